"""A meeting that failed is no contact (issue #12: English copy; "to meet" is a
trigger for a past journey's purpose, so its failures need their own block cues).
Paraphrases."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector


@pytest.mark.parametrize(
    "text",
    [
        "Dbeibah and Erdogan failed to meet during the summit in Istanbul.",
        "Hakan Fidan fails to meet Mohamed al-Menfi as the visit is cut short.",
    ],
)
def test_failed_meetings_are_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert events_in(detector, entities, text, "en", on_day("2024-05-03")) == []
