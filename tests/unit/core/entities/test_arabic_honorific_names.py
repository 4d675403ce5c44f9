"""An Arabic honorific or rank vouches for the name right after it (entfix), as a
descriptor does: "السيد سند الزروق", "العميد نوري المقريف" are people whatever
their given name; a word of a verb's shape, a word with the article, and a rank that
is also a word (اللواء: the brigade) start none."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال السيد سند الزروق إن الزيارة مهمة.", "سند الزروق"),
        ("وقال العميد هنيدي الطاهر إن القوات جاهزة.", "هنيدي الطاهر"),
        ("وقالت السيدة سند الفيتوري إن الشركة مستعدة.", "سند الفيتوري"),
    ],
)
def test_a_name_after_an_honorific(detector: EntityDetector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        # اللواء is the brigade here, حالت a verb
        "إلا أن الاستجابة السريعة لقوات اللواء حالت دون وقوع خسائر.",
        # the article: an office, no name
        "وقال السيد الرئيس إن الحوار مستمر.",
        # a feminine ending: the verb's object
        "وأكد الدكتور ضرورة الالتزام بالاتفاق.",
    ],
)
def test_no_name_after_an_honorific(detector: EntityDetector, text: str) -> None:
    assert shaped_surfaces(detector, text, "ar") == []
