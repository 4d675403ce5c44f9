"""(accen5, issue #12) Two English classes of the fresh real excerpts, as paraphrases
unlike them: a message, greetings or a letter handed over in person is a contact
between its bearer and the one it reaches, never its sender; a schedule with its
auxiliary apart ("is also scheduled to hold meetings with") is a plan, not a contact."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
BAYRAKTAR, DBEIBAH = "person:alparslan-bayraktar", "person:abdul-hamid-dbeibah"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
BOLAT, HAWIJ = "person:omer-bolat", "person:mohamed-al-hawij"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hakan Fidan conveyed President Erdogan's greetings to Menfi in Tripoli.", (FIDAN, MENFI)),
        (
            "In Tripoli, Energy Minister Alparslan Bayraktar delivered a written message "
            "from Recep Tayyip Erdogan to Abdul Hamid Dbeibah.",
            (BAYRAKTAR, DBEIBAH),
        ),
        (
            "Defence Minister Yasar Guler handed a letter from the Turkish president to "
            "Libya's chief of staff Mohammed al-Haddad on Thursday.",
            (GULER, HADDAD),
        ),
    ],
)
def test_a_message_handed_over_pairs_its_bearer_with_who_gets_it(
    detector, entities, text, expected
) -> None:
    assert pairs(detector, entities, text) == {pair_key(*expected)}


@pytest.mark.parametrize(
    "text",
    [
        # a message sent, nobody named to bear it: no contact
        "Erdogan conveyed his condolences to the Libyan people after the floods.",
        # the greetings' sender and their recipient never met
        "Menfi thanked Erdogan for the greetings he conveyed on Eid.",
    ],
)
def test_a_message_with_no_bearer_met_is_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Omer Bolat is also scheduled to hold talks with Mohamed al-Hawij in Tripoli.",
        "Fidan, who is reportedly scheduled to meet Menfi, arrived in Malta on Thursday.",
        "Guler was scheduled to receive Mohammed al-Haddad in Ankara, the ministry said.",
    ],
)
def test_a_scheduled_meeting_is_no_contact(detector, entities, text) -> None:
    assert pairs(detector, entities, text) == set()


def test_a_schedule_leaves_the_meeting_held_beside_it(detector, entities) -> None:
    text = (
        "Omer Bolat met Mohamed al-Hawij in Tripoli on Wednesday. He is scheduled to visit "
        "Benghazi next."
    )
    assert pairs(detector, entities, text) == {pair_key(BOLAT, HAWIJ)}


# -- (accen5) a handshake is an encounter -------------------------------------------------

HAFTAR, ERDOGAN = "person:khalifa-haftar", "person:recep-tayyip-erdogan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the sidelines of the summit, Hakan Fidan shook hands with Haftar.", (FIDAN, HAFTAR)),
        ("Photos showed a handshake between Erdogan and Menfi at the palace.", (ERDOGAN, MENFI)),
    ],
)
def test_a_handshake_is_a_contact(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == {pair_key(*expected)}


def test_a_refused_handshake_is_none(detector, entities) -> None:
    assert pairs(detector, entities, "Erdogan refused to shake hands with Haftar in Rome.") == set()
