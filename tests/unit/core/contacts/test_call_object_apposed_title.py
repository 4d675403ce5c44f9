"""(accen5, issue #12) "Erdogan called the head of Libya's Presidential Council, Mohamed
Menfi, ...": the bare call verb's object may stand after its title set off by commas;
what the verb then *called* that person ("..., Khalifa Haftar, a putschist") stays no
call, and so does a long gap that is no title."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the floods Erdogan called the chairman of the Presidential Council, "
            "Mohamed Menfi, to offer his condolences.",
            (ERDOGAN, MENFI),
        ),
        (
            "Hakan Fidan called the head of the government based in Tripoli, Abdul Hamid Dbeibah, "
            "on Thursday.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_a_call_to_a_person_named_after_his_title(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == {pair_key(*expected)}


@pytest.mark.parametrize(
    "text",
    [
        "Erdogan called the commander of the eastern forces, Khalifa Haftar, a putschist.",
        # a clause, not a title, between the verb and the name
        "Erdogan called for calm and said, as Menfi had asked, that talks must resume.",
    ],
)
def test_no_call_without_a_titled_object(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()
