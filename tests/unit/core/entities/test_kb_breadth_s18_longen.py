"""KB breadth from the session-18 English whole-article audit: third-country officers
whole Libya articles name beside Haftar (Egypt's chief of staff 2014-2017 and its
military intelligence head, the ICRC president) and spellings of two KB people the
articles wrote otherwise ("Abdel Fatah al-Sisi", whose "Fatah" was the Palestinian
movement; "Salahuddin al-Namroush"). Paraphrases in newsroom style, none taken from
the audit's pages; a Fatah that is the movement stays the movement."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of, mentions_of
from wirewatch.core.entities import EntityDetector

SISI, FATAH = "person:abdel-fattah-el-sisi", "org:fatah"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Egypt's armed forces chief of staff, Lieutenant General Mahmoud Hegazy, flew to "
            "Benghazi for talks with Khalifa Haftar.",
            "person:mahmoud-hegazy",
        ),
        (
            "The message was carried to Haftar by Egyptian intelligence director Khaled Megawer.",
            "person:khaled-megawer",
        ),
        (
            "ICRC President Peter Maurer met officials in Tripoli and Benghazi this week.",
            "person:peter-maurer",
        ),
        (
            "Libyan Defence Minister Salahuddin al-Namroush received the Turkish delegation.",
            "person:salah-al-namroush",
        ),
    ],
)
def test_new_people_and_spellings_link(detector: EntityDetector, text: str, target: str) -> None:
    assert target in ids_of(detector, text, "en")


def test_abdel_fatah_is_sisi_not_the_movement(detector: EntityDetector) -> None:
    found = mentions_of(detector, "President Abdel Fatah al-Sisi received Haftar in Cairo.", "en")
    assert "Abdel Fatah al-Sisi" in found.get(SISI, [])
    assert FATAH not in found


def test_the_movement_stays_the_movement(detector: EntityDetector) -> None:
    text = "Fatah and Hamas officials met in Cairo on Sunday."
    assert FATAH in ids_of(detector, text, "en")
