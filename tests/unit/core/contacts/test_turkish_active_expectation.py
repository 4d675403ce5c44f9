"""A Turkish expectation, hope or wish in the active voice ends the sentence and
governs the verbal-noun clause before it as the passive "bekleniyor" does
(``governing_plan`` in the Turkish contact lexicon, ``scope.governed_by_plan``): the
visit or meeting it names is wished for, not held. A noun trigger's light verb
("ziyaret etmesini") is the verbal noun read (issue #12, enttr3; invented probes)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN = "person:hakan-fidan"

pairs = pairs_on("2025-06-02", lang="tr", article_id="expect", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "Dibeybe, Cumhurbaşkanı Erdoğan'ın yakında Trablus'u ziyaret etmesini "
        "beklediklerini söyledi.",
        "Başbakan Dibeybe, Erdoğan'ın Libya'yı ziyaret etmesini umut ettiklerini söyledi.",
        "Dibeybe'nin ofisi, Dışişleri Bakanı Fidan ile Trablus'ta bir araya gelmesini "
        "istediklerini belirtti.",
        "Libyalı yetkililer, Erdoğan'ın Dibeybe'yi Ankara'da kabul etmesini bekliyor.",
    ],
)
def test_a_wished_meeting_or_visit_is_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the meeting held (a finite verb), then something else expected
            "Erdoğan, Dibeybe'yi Ankara'da kabul etti ve iki ülkenin işbirliğini "
            "sürdürmesini beklediklerini söyledi.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # the meeting held (a participle), then an expectation of something else
            "Başbakan Dibeybe ile Trablus'ta görüşen Dışişleri Bakanı Hakan Fidan, "
            "anlaşmaların hızla uygulanmasını beklediklerini söyledi.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_a_held_meeting_before_an_expectation_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
