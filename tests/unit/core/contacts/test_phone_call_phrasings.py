"""English phrasings of a phone call (issue #12, class 5): a call "received from",
"taken" or "answered", and talks held by phone, are phone calls, not receptions or
talks; the verb "received" with anything but a call keeps its own kind."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"


def kinds(detector: ContactDetector, entities: EntityDetector, text: str) -> set[tuple[str, str]]:
    found = events_in(detector, entities, text, "en", on_day("2024-05-06"))
    return {(str(e.kind), e.pair_key) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan received a call from Mohamed Menfi on Monday.",
        "Hakan Fidan received a congratulatory call from Mohamed Menfi on Monday.",
        "Mohamed Menfi receives a call from Hakan Fidan on the eve of the vote.",
        "Upon receiving a call from Mohamed Menfi on Monday, Hakan Fidan praised the truce.",
        "Hakan Fidan took a call from Mohamed Menfi on Monday.",
        "Hakan Fidan got a late-night call from Mohamed Menfi on Monday.",
        "Hakan Fidan answered a call from Mohamed Menfi on Monday.",
        "Hakan Fidan held phone talks with Mohamed Menfi on Monday.",
        "Hakan Fidan and Mohamed Menfi held telephone talks on Monday.",
        # phrasings the lexicon already had: they stay phone calls
        "Hakan Fidan spoke by phone with Mohamed Menfi on Monday.",
        "In a phone conversation with Mohamed Menfi on Monday, Hakan Fidan discussed the vote.",
        "Hakan Fidan telephoned Mohamed Menfi on Monday.",
        "Mohamed Menfi received a phone call from Hakan Fidan on Monday.",
    ],
)
def test_a_call_received_taken_or_held_by_phone_is_a_phone_call(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert kinds(detector, entities, text) == {("phone_call", pair_key(FIDAN, MENFI))}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a reception in person, of a person or a delegation
        ("Ibrahim Kalin received Khalifa Haftar in Ankara on Monday.", "reception"),
        ("Ibrahim Kalin received a delegation headed by Khalifa Haftar on Monday.", "reception"),
        # a meeting after someone else's appeal stays a meeting
        ("Ibrahim Kalin met Khalifa Haftar in Benghazi after a call from the UN.", "meeting"),
        # talks in person stay talks
        ("Ibrahim Kalin held talks with Khalifa Haftar in Benghazi on Monday.", "talks"),
    ],
)
def test_other_receptions_meetings_and_talks_keep_their_kind(
    detector: ContactDetector, entities: EntityDetector, text: str, kind: str
) -> None:
    assert kinds(detector, entities, text) == {(kind, pair_key(KALIN, HAFTAR))}


def test_a_call_that_is_an_appeal_is_neither_a_phone_call_nor_a_reception(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "a call for calm" is an appeal received, a thing and not a person: no contact
    # (the English lexicon's received_things; it was read as a reception before)
    text = "Ibrahim Kalin received a call for calm from Khalifa Haftar on Monday."
    assert kinds(detector, entities, text) == set()
