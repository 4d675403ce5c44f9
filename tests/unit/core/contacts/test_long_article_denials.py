"""Contacts a long English article says did not happen (issue #12, session 19): the
background paragraphs of a whole article tell what has not happened yet as often as
what has ("Erdogan has never received Haftar", "No Turkish minister has yet visited
Benghazi"). A negated verb other than "met", and a side that no one of has had the
contact, are ``block`` cues (``lexicons/contacts/en.yaml``); an analyst's contact
weighed ("would mark a turning point") cancels its trigger (``block_nearest``).

The sentences are written for the probe, not taken from any article or excerpt; each
has a sentence with the same words that reports a contact and must keep it.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical as pairs
from tests.unit.core.contacts.sentences import keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, SALEH = "person:khalifa-haftar", "person:aguila-saleh"
BOLAT = "person:omer-bolat"

DENIED = [
    "Erdogan has never received Haftar.",
    "Haftar has never been received by Erdogan in Ankara.",
    "Erdogan has never hosted Aguila Saleh at the presidential complex.",
    "Fidan has not yet met Haftar, officials in Ankara said.",
    "Menfi did not hold talks with Erdogan, contrary to earlier reports.",
    "Fidan and Haftar have never held talks, a diplomat said.",
    "Trade Minister Omer Bolat is in Tripoli, but no Turkish minister has yet met Haftar.",
]


@pytest.mark.parametrize("text", DENIED)
def test_a_denied_contact_is_no_event(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    current, historical = pairs(detector, entities, text)
    assert not current and not historical


HELD = [
    ("Erdogan received Haftar in Ankara on Tuesday.", keys((ERDOGAN, HAFTAR))),
    ("Erdogan hosted Aguila Saleh at the presidential complex.", keys((ERDOGAN, SALEH))),
    ("Fidan met Haftar in Benghazi, officials in Ankara said.", keys((FIDAN, HAFTAR))),
    ("Menfi held talks with Erdogan on Saturday.", keys((ERDOGAN, MENFI))),
    ("Trade Minister Omer Bolat met Dbeibah in Tripoli on Sunday.", keys((BOLAT, DBEIBAH))),
]


@pytest.mark.parametrize(("text", "expected"), HELD)
def test_the_same_words_told_of_a_contact_keep_it(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert expected <= current


# A contact weighed in an analysis, not held ("would mark", "could signal"): the
# cue cancels the nearest trigger only (``block_nearest``), so a contact held in the
# same sentence stays.
WEIGHED = [
    "A meeting between Erdogan and Haftar would mark a turning point, analysts said.",
    "Talks between Fidan and Haftar could signal a shift in Ankara's policy.",
    "An Erdogan-Haftar meeting would represent a remarkable reversal.",
]


@pytest.mark.parametrize("text", WEIGHED)
def test_a_contact_weighed_is_no_event(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    current, _ = pairs(detector, entities, text)
    assert not current


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fidan met Dbeibah in Tripoli on Sunday, in a visit that would mark a new phase.",
            keys((FIDAN, DBEIBAH)),
        ),
        (
            "Erdogan received Menfi on Tuesday, talks analysts said could signal closer ties.",
            keys((ERDOGAN, MENFI)),
        ),
    ],
)
def test_a_contact_held_beside_a_weighed_one_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    current, _ = pairs(detector, entities, text)
    assert expected <= current
