"""A Turkish photo caption of two principals and their titles alone, joined by "ve"
or a dash ("MİT Başkanı İbrahim Kalın ve Hafter", "Libya Başbakanı Serrac -
Cumhurbaşkanı Erdoğan"), is the meeting the photo shows: so the labelled set's
annotators read it (``caption_joiners`` in the tr contacts lexicon,
``detector.caption_trigger``). A line with a lower-case word in it (a verb, "hakkında")
is no caption, and a third country's person makes no pair."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, HAFTAR = "person:recep-tayyip-erdogan", "person:khalifa-haftar"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


def pairs(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "tr", on_day("2024-06-03"))
    return {e.pair_key for e in events if e.kind == "meeting"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Dışişleri Bakanı Hakan Fidan ve Libya Başbakanı Dibeybe\n\nİki ülke "
            "arasındaki ilişkiler ele alındı.",
            pair_key(FIDAN, DBEIBAH),
        ),
        (
            "Libya Başbakanı Dibeybe – Bakan Hakan Fidan\n\nEnerji alanındaki projeler "
            "masaya yatırıldı.",
            pair_key(FIDAN, DBEIBAH),
        ),
        (
            "Cumhurbaşkanı Erdoğan ve Hafter\n\nGörüşme basına kapalı yapıldı.",
            pair_key(ERDOGAN, HAFTAR),
        ),
    ],
)
def test_a_caption_of_two_principals_is_a_meeting(detector, entities, text: str, pair: str) -> None:
    assert pairs(detector, entities, text) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        # a headline with more than names and titles
        "Erdoğan ve Hafter hakkında yeni iddialar\n\nMuhalefet açıklama yaptı.",
        "Fidan ve Dibeybe'nin ortak projesi tartışılıyor\n\nMuhalefet açıklama yaptı.",
        # a third country's leader
        "Cumhurbaşkanı Erdoğan ve Putin\n\nLibya konuşuldu.",
        # three people: no one meeting of two
        "Erdoğan, Hafter ve Dibeybe\n\nLibya konuşuldu.",
    ],
)
def test_left_alone(detector, entities, text: str) -> None:
    assert pairs(detector, entities, text) == set()
