"""A KB person's given name kept as his weak alias, then a surname the KB does not
know: another man (detector ``_resolve``, session 18).

Whole articles name many officers by rank and full name. "Major General Khaled
Megawer", Egypt's intelligence chief, came out as Khaled Haftar: "Khaled" is Khaled
Haftar's weak alias, and after a title a weak alias links to its one bearer. A
capitalised word right after the given name continues someone else's name; the title
rule no longer links it then (the name's shape may find the man instead). The given
name alone after a title ("General Khaled then met ..."), a KB full name and the
father's name inside a son's chain are left as they were."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of, mentions_of
from wirewatch.core.entities import EntityDetector

KHALED, SADDAM = "person:khaled-haftar", "person:saddam-haftar"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Khalifa Haftar received a letter delivered by Egypt's military intelligence "
            "chief, Major General Khaled Megawer, in Benghazi.",
            KHALED,
        ),
        (
            "Khalifa Haftar met Brigadier General Khaled Boushmaila, a Tobruk commander, "
            "on Monday.",
            KHALED,
        ),
        (
            "Saddam Haftar inspected the port with Colonel Saddam Nasser Bougaigis on Sunday.",
            SADDAM,
        ),
    ],
)
def test_a_given_name_then_an_unknown_surname_is_someone_else(
    detector: EntityDetector, text: str, other: str
) -> None:
    found = mentions_of(detector, text, "en")
    # the namesake is linked only by his own full name, if the text gives it
    assert all(m.count(" ") > 0 for m in found.get(other, []))


@pytest.mark.parametrize(
    ("text", "target", "form"),
    [
        (
            "Khalifa Haftar appointed his son Khaled Haftar chief of staff. Lieutenant "
            "General Khaled then met the Turkish ambassador.",
            KHALED,
            "Khaled",
        ),
        ("Saddam Haftar toured the ship. General Saddam later met the crew.", SADDAM, "Saddam"),
    ],
)
def test_the_given_name_alone_after_a_title_stays_linked(
    detector: EntityDetector, text: str, target: str, form: str
) -> None:
    assert form in mentions_of(detector, text, "en").get(target, [])


def test_a_full_name_and_a_sons_chain_stay_linked(detector: EntityDetector) -> None:
    found = ids_of(
        detector, "Lieutenant General Saddam Khalifa Haftar met Khaled Haftar in Benghazi.", "en"
    )
    assert {SADDAM, KHALED} <= found
