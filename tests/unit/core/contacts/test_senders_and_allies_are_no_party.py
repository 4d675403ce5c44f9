"""Who sent greetings, whose ally a party is, whose region was visited: no party of the
contact ("conveyed Erdogan's greetings to Menfi", "greetings of President ...",
"Bujwari, an ally of Haftar", "Haftar's eastern Libya") (issue #12). Paraphrases, not
the excerpts that showed them; each with what must be left alone."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import participant_sets_on

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, SADDAM = "person:khalifa-haftar", "person:saddam-haftar"
YILMAZ = "person:kenan-yilmaz"


pairs = participant_sets_on("2024-05-03", "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish Foreign Minister Hakan Fidan conveyed Erdogan's greetings to Mohamed "
            "al-Menfi during their meeting in Tripoli on Monday.",
            {frozenset({FIDAN, MENFI})},
        ),
        (
            "Hakan Fidan met Mohamed al-Menfi in Tripoli on Monday and conveyed the greetings "
            "of Turkish President Recep Tayyip Erdogan.",
            {frozenset({FIDAN, MENFI})},
        ),
        (
            "During the meeting, Fidan passed on greetings from Erdogan to Dbeibah.",
            {frozenset({FIDAN, DBEIBAH})},
        ),
        (
            "Ambassador Kenan Yilmaz was met by a delegation headed by Saqr Bujwari, an ally "
            "of Khalifa Haftar.",
            {frozenset({YILMAZ, "person:saqr-bujwari"})},
        ),
    ],
)
def test_the_sender_or_the_patron_is_no_party(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected


def test_a_commanders_region_is_no_meeting_with_him(detector, entities) -> None:
    text = (
        "Turkish ambassador Kenan Yilmaz visited Benghazi on Monday, signalling closer ties "
        "with Khalifa Haftar's eastern Libya."
    )
    assert frozenset({YILMAZ, HAFTAR}) not in pairs(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # met in person, greetings or not
        (
            "Erdogan met Dbeibah and Menfi in Ankara on Monday.",
            {frozenset({ERDOGAN, DBEIBAH}), frozenset({ERDOGAN, MENFI})},
        ),
        # the commander himself visited
        (
            "Turkish ambassador Kenan Yilmaz visited Khalifa Haftar in Benghazi on Monday.",
            {frozenset({YILMAZ, HAFTAR})},
        ),
        # the son is the party, the father only names him
        (
            "Erdogan received Haftar's son Saddam Haftar in Ankara on Monday.",
            {frozenset({ERDOGAN, SADDAM})},
        ),
    ],
)
def test_principals_named_in_person_stay(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected
