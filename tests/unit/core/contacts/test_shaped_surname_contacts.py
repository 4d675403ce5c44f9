"""A meeting told by surname alone in the sentence after a person the KB lacks was
introduced in full with a title (issue #12): the surname is that person
(``found_surnames``), so the contact pairs through it."""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, BOLAT = "person:abdul-hamid-dbeibah", "person:omer-bolat"


def _current(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> list[ContactEvent]:
    events = events_in(detector, entities, text, lang, on_day("2024-05-02"), article_id="surn")
    return [e for e in events if not e.historical]


@pytest.mark.parametrize(
    ("lang", "text", "name", "other"),
    [
        (  # found by its shape, its country the institution's before it
            "en",
            "The head of the Misrata Chamber of Commerce, Salem Al-Ferjani, landed in Ankara "
            "on Thursday. Al-Ferjani met Trade Minister Omer Bolat at the ministry.",
            "Salem Al-Ferjani",
            BOLAT,
        ),
        (  # found by its shape, its country the title's
            "ar",
            "وصل رئيس الغرفة التجارية التركية أورهان دميرطاش إلى طرابلس الخميس. "
            "والتقى دميرطاش رئيس الحكومة عبد الحميد الدبيبة.",
            "أورهان دميرطاش",
            DBEIBAH,
        ),
        (  # found by a pattern (its surname search predates this one)
            "tr",
            "Misrata Ticaret Odası Başkanı Salim Fercani perşembe günü Ankara'ya geldi. "
            "Fercani, Ticaret Bakanı Ömer Bolat ile görüştü.",
            "Salim Fercani",
            BOLAT,
        ),
    ],
)
def test_a_meeting_told_by_surname_pairs_the_person_named_before(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    name: str,
    other: str,
) -> None:
    events = _current(detector, entities, text, lang)
    partners = {
        p.name
        for e in events
        if other in {q.id for q in e.participants}
        for p in e.participants
        if p.id != other
    }
    assert name in partners, events
