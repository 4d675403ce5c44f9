"""A delegation named by the country that sent it ("a delegation from Ankara"), whose
members another sentence names, met the Libyan side (issue #12: English copy names
delegations so as often as "a Turkish delegation"). Paraphrases, not an excerpt."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Libyan Prime Minister Abdul Hamid Dbeibah received a high-level delegation from "
            "Ankara on Tuesday. The delegation included Foreign Minister Hakan Fidan and "
            "Defence Minister Yasar Guler.",
            {pair_key(DBEIBAH, FIDAN), pair_key(DBEIBAH, GULER)},
        ),
        (
            "Mohamed al-Menfi held talks in Tripoli with a delegation sent by Türkiye. "
            "Its members were Hakan Fidan and Yasar Guler.",
            {pair_key(MENFI, FIDAN), pair_key(MENFI, GULER)},
        ),
    ],
)
def test_a_delegation_named_by_its_sender_meets_through_its_members(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "from" alone is still a mere mention: who arrived from Turkey met nobody there.
        "Abdul Hamid Dbeibah returned from Ankara on Tuesday and met the cabinet.",
        # A third country's delegation: no Turkish member to meet.
        "Abdul Hamid Dbeibah received a delegation from Italy. Hakan Fidan was in Ankara.",
    ],
)
def test_no_sender_no_turkish_delegation(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()
