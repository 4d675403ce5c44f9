"""A role named as held at another time is not today's holder (issue #12, session 19):
a long article's background names people by the office they held then ("then the
Libyan foreign minister", "the then Turkish prime minister", "at the time Turkey's
defence minister"). Before, "then" counted only right before the role phrase, so the
article between, or "at the time", let the phrase link to the holder on the article's
date: a person the article never names, and a false contact with him. ``passed_before``
(the article) is read past, and "at the time" is one of the ``not_before_phrases``
(``lexicons/offices/en.yaml``).

Invented sentences; the same phrases without "then" still link to the day's holder."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import EntityType
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker
from wirewatch.core.textfold import fold

DAY = datetime(2025, 6, 10)


def _people(detector: EntityDetector, linker: RoleLinker, text: str) -> set[str]:
    folded = fold(text)
    entities = linker.link(folded, "en", detector.detect(folded, "en"), DAY)
    return {e.id for e in entities if e.type is EntityType.PERSON}


@pytest.mark.parametrize(
    ("text", "not_linked"),
    [
        (
            "Cavusoglu signed the accord with Najla Mangoush, then the Libyan foreign minister.",
            "person:taher-al-baour",
        ),
        (
            "Erdogan signed the memorandum with Sarraj, then the Libyan prime minister.",
            "person:abdul-hamid-dbeibah",
        ),
        ("Akar, at the time Turkey's defence minister, flew to Misrata.", "person:yasar-guler"),
        (
            "The talks were chaired by Davutoglu, then the Turkish foreign minister.",
            "person:hakan-fidan",
        ),
    ],
)
def test_a_role_held_then_links_no_one(
    detector: EntityDetector, linker: RoleLinker, text: str, not_linked: str
) -> None:
    assert not_linked not in _people(detector, linker, text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Libyan foreign minister met Fidan in Ankara.", "person:taher-al-baour"),
        ("Fidan then met the Libyan foreign minister.", "person:taher-al-baour"),
        ("Dbeibah met the Turkish defence minister at the time agreed.", "person:yasar-guler"),
        (
            "For the first time the Turkish defence minister visited Benghazi.",
            "person:yasar-guler",
        ),
    ],
)
def test_the_days_role_still_links_its_holder(
    detector: EntityDetector, linker: RoleLinker, text: str, holder: str
) -> None:
    assert holder in _people(detector, linker, text)
