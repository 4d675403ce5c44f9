"""A visit's programme in the present of a schedule ("يتضمن برنامج الزيارة لقاءات مع
..."): the meetings are planned, no contact yet; the past ("تضمنت الزيارة لقاءات")
reports them held. The real entity detector and packaged lexicons run the sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, GULER = "person:abdul-hamid-dbeibah", "person:yasar-guler"
HADDAD = "person:mohammed-al-haddad"


def current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2025-06-02"))
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    "text",
    [
        "ويشمل برنامج غولر في طرابلس لقاءات مع الدبيبة وعدد من القادة العسكريين.",
        "وتتضمن زيارة وزير الدفاع التركي يشار غولر لقاءات مع الدبيبة ورئيس الأركان.",
    ],
)
def test_a_scheduled_programme_is_no_contact(detector, entities, text) -> None:
    assert pair_key(GULER, DBEIBAH) not in current(detector, entities, text)


def test_a_programme_told_in_the_past_is_held(detector, entities) -> None:
    text = "وتضمنت زيارة وزير الدفاع التركي يشار غولر لقاءات مع الدبيبة في طرابلس."
    assert pair_key(GULER, DBEIBAH) in current(detector, entities, text)


def test_a_meeting_held_within_a_programme_stands(detector, entities) -> None:
    text = "واستقبل وزير الدفاع التركي يشار غولر محمد الحداد، ضمن برنامج لقاءات مكثف في أنقرة."
    assert pair_key(GULER, HADDAD) in current(detector, entities, text)
