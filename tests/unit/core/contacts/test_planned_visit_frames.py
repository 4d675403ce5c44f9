"""A Turkish announcement puts the planned meeting inside the visit it is to happen in:
"Fidan'ın ziyareti sırasında Menfi ile görüşmesi planlanıyor". The sentence-final plan
predicate governs the verbal noun ("görüşmesi", "görüşme yapması"); the visit noun
that frames it (locative "ziyaretinde", or before "sırasında", "kapsamında") is as
planned (``plan_frame`` in the Turkish contact lexicon, ``scope._planned_frames``).
A frame of a meeting held ("ziyaretinde ... yaptığı görüşme sonrasında ...
bekleniyor") and a held contact beside the expectation stay contacts (longtr;
invented whole-article announcements: 5 of 8 raised a current alert)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
BAYRAKTAR = "person:alparslan-bayraktar"

pairs = pairs_on("2025-06-02", lang="tr", article_id="frames", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "Bakan Fidan'ın Trablus ziyareti sırasında Başkanlık Konseyi Başkanı Menfi ile "
        "görüşmesi planlanıyor.",
        "Başbakan Dibeybe'nin Ankara ziyaretinde Cumhurbaşkanı Erdoğan ile baş başa bir "
        "görüşme yapması bekleniyor.",
        "Enerji Bakanı Bayraktar'ın Libya temasları kapsamında Başbakan Dibeybe ile bir "
        "toplantı düzenlemesi öngörülüyor.",
        "Erdoğan'ın Körfez turu esnasında Dibeybe ile de kısa bir görüşme "
        "gerçekleştirmesi gündemde.",
        "Fidan'ın Bingazi'deki ziyareti çerçevesinde Menfi ile görüşmesi, ardından "
        "Türk iş insanlarıyla bir araya gelmesi hedefleniyor.",
    ],
)
def test_the_visit_framing_a_planned_meeting_is_planned_too(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the visit frames a meeting held; only the signing after it is expected
            "Dışişleri Bakanı Fidan'ın Trablus ziyaretinde Dibeybe ile yaptığı görüşmenin "
            "ardından iki ülkenin enerji anlaşması imzalaması bekleniyor.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (  # a participle: the meeting held, the next one expected
            "Ankara ziyaretinde Erdoğan ile görüşen Dibeybe'nin bugün de Bakan Fidan ile "
            "bir araya gelmesi bekleniyor.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # no plan predicate: the visit and its meeting were held
            "Enerji Bakanı Alparslan Bayraktar, Trablus ziyareti sırasında Libya Başbakanı "
            "Dibeybe ile görüştü.",
            {pair_key(BAYRAKTAR, DBEIBAH)},
        ),
    ],
)
def test_a_held_meeting_beside_an_expectation_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
