"""A Turkish plan predicate that ends the sentence governs the verbal-noun clause
before it, however long (``scope.governed_by_plan``): the meeting it names is
expected, not held. A verbal noun followed by a postposition (after the meeting), a
finite verb and a plan that governs another clause keep their contacts.

Sentences paraphrase the shape seen in fresh Turkish excerpts (issue #12, class 3):
the plan word stood more words from the meeting's verb than ``block_nearest`` reaches.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DAVUTOGLU, ABDUL_JALIL = "person:ahmet-davutoglu", "person:mustafa-abdul-jalil"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"


pairs = pairs_on("2024-05-02", lang="tr", article_id="plan", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "Bingazi'ye gidecek olan Davutoğlu'nun, Ulusal Geçiş Konseyi Başkanı Mustafa "
        "Abdülcelil ile görüşmesi ve siyasi sürecin başlaması mesajını vermesi bekleniyor.",
        "Dışişleri Bakanı Hakan Fidan'ın Trablus'taki temasları kapsamında Başbakan "
        "Abdulhamid Dibeybe ile bir araya gelmesi ve enerji dosyalarını ele alması "
        "öngörülüyor.",
        "Cumhurbaşkanı Erdoğan'ın Libya Başkanlık Konseyi Başkanı Muhammed el-Menfi'yi "
        "gelecek ay Ankara'daki Külliye'de resmi törenle kabul etmesi planlanıyor.",
        "Heyetin, Libya Başbakanı Dibeybe ve Dışişleri Bakanı Fidan ile ayrı ayrı "
        "görüşmeleri ve ortak bir bildiri yayımlamaları hedefleniyor.",
    ],
)
def test_a_final_plan_predicate_cancels_its_verbal_noun_clause(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the meeting held, then something else expected
            "Erdoğan, Menfi ile Ankara'da görüştü; iki liderin yakında ortak bir açıklama "
            "yapması bekleniyor.",
            {pair_key(ERDOGAN, MENFI)},
        ),
        (  # a finite verb: held
            "Dışişleri Bakanı Hakan Fidan, Trablus'ta Başbakan Abdulhamid Dibeybe ile "
            "görüştü ve iki ülke arasındaki enerji anlaşmalarının imzalanması bekleniyor.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_held_contacts_beside_an_expectation_stay(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
