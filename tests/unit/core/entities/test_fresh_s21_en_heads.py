"""An institution's head named by an English title the role list lacked until
session 21 (secretary-general, coordinator, chief of mission, chairperson, director,
representative, ...: ``roles.yaml``, "head of institution"), after the institution's
possessive or a nationality, a place between them allowed in English as in Turkish
("TIKA's Libya coordinator, X"). Invented sentences."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str) -> dict[str, str | None]:
    return {
        e.mentions[0].text: e.country
        for e in detector.detect(fold(text), "en")
        if e.type.value == "PERSON"
    }


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Libyan Red Crescent's secretary-general, Omar Jaber, received the aid.",
            "Omar Jaber",
            "LY",
        ),
        ("The IOM's chief of mission in Libya, Nadia Rossi, visited Zuwara.", "Nadia Rossi", None),
        (
            "TIKA's Libya coordinator, Mehmet Ali Yalcin, handed over the aid.",
            "Mehmet Ali Yalcin",
            "TR",
        ),
        (
            "Turkish coordinator Mehmet Ali Yalcin met the mayor of Zawiya.",
            "Mehmet Ali Yalcin",
            "TR",
        ),
        ("UNHCR's representative in Libya, Sara Lind, toured the school.", "Sara Lind", None),
    ],
)
def test_an_institution_head_by_an_english_title(
    detector: EntityDetector, text: str, name: str, country: str | None
) -> None:
    people = _people(detector, text)
    assert name in people
    assert people[name] == country


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Libyan head of state, who was not named, spoke.", "State"),
        ("Turkey's head coach spoke to Reuters on Monday.", "Reuters"),
        ("The NOC's chairman said Production would rise.", "Production"),
    ],
)
def test_a_title_without_a_name_finds_no_person(
    detector: EntityDetector, text: str, absent: str
) -> None:
    assert not [name for name in _people(detector, text) if absent in name]
