"""One country's envoy to the other named by role with the post ("Libya's ambassador
to Ankara", "the Turkish ambassador in Tripoli", "Türkiye'nin Trablus Büyükelçisi"):
the holder of that post on the article's day, in Arabic by the post after the anchor
("سفير ليبيا لدى تركيا") (s21 leftovers: none was linked; Libya's
envoys' KB terms read "ambassador (to Türkiye)", which no office covered). A bare
"ambassador" (to anywhere), the post named with the wrong sender, and a day the KB
knows no single holder of, link no one.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import people_on
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker

QULAIB, BEGEC = "person:mustafa-al-qulaib", "person:guven-begec"
YILMAZ = "person:kenan-yilmaz"


@pytest.mark.parametrize(
    ("text", "lang", "day", "holder"),
    [
        (
            "Libya's ambassador to Ankara attended the reception on Friday.",
            "en",
            "2025-03-01",
            QULAIB,
        ),
        ("The Libyan envoy to Turkey handed over the letter.", "en", "2025-03-01", QULAIB),
        ("Turkey's ambassador to Libya toured the port of Misrata.", "en", "2025-03-01", BEGEC),
        (
            "The Turkish ambassador in Tripoli toured the port of Misrata.",
            "en",
            "2022-03-01",
            YILMAZ,
        ),
        ("Türkiye'nin Trablus Büyükelçisi Misrata Limanı'nı gezdi.", "tr", "2025-03-01", BEGEC),
        ("Türkiye'nin Trablus Büyükelçisi Misrata Limanı'nı gezdi.", "tr", "2022-03-01", YILMAZ),
        ("Libya'nın Ankara Büyükelçisi resepsiyona katıldı.", "tr", "2025-03-01", QULAIB),
        # Arabic: the post after the anchor names the office
        ("وحضر سفير ليبيا لدى تركيا حفل الاستقبال.", "ar", "2025-03-01", QULAIB),
        ("وتفقد السفير التركي في طرابلس ميناء مصراتة.", "ar", "2022-03-01", YILMAZ),
        ("وتفقد سفير تركيا لدى ليبيا ميناء مصراتة.", "ar", "2025-03-01", BEGEC),
    ],
)
def test_the_envoy_of_the_day(
    detector: EntityDetector, linker: RoleLinker, text: str, lang: str, day: str, holder: str
) -> None:
    assert holder in people_on(detector, linker, text, lang, day)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # to anywhere: no one
        ("Libya's ambassador attended the reception on Friday.", "en"),
        ("The Turkish ambassador to Egypt toured the port of Alexandria.", "en"),
        # the post with the wrong sender: no Turkish envoy to Ankara exists
        ("Turkey's ambassador to Ankara attended the reception on Friday.", "en"),
        ("وحضر السفير التركي حفل الاستقبال.", "ar"),
        ("وحضر سفير ليبيا لدى إيطاليا حفل الاستقبال.", "ar"),
        ("وحضر السفير الإيطالي لدى ليبيا حفل الاستقبال.", "ar"),
    ],
)
def test_no_envoy(detector: EntityDetector, linker: RoleLinker, text: str, lang: str) -> None:
    assert not {QULAIB, BEGEC, YILMAZ} & set(people_on(detector, linker, text, lang, "2025-03-01"))
