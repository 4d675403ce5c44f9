"""A title that begins with a letter Arabic also glues on as a clitic (وزير, وكيل
begin with و) is that title, not و + زير: a given name that is also a common word
(سامي, عادل) starts a name only after a title, and "وزير الصحة سامي الهوني" found
none because the title read as "زير". A glued و before the title still comes off
("ووكيل")."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector

_shaped = partial(shaped_surfaces, lang="ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال وزير الزراعة سامي الهوني إن الموسم جيد.", "سامي الهوني"),
        ("وأوضح وكيل وزارة الداخلية عادل الشريدي أن الخطة جاهزة.", "عادل الشريدي"),
        ("وصرح ووكيل الوزارة عادل الشريدي بأن الخطة جاهزة.", "عادل الشريدي"),
        ("وشدد الوكيل سامي القنطري على أهمية التنسيق.", "سامي القنطري"),
    ],
)
def test_a_title_beginning_with_waw_starts_a_titled_name(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert _shaped(detector, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "وكان كيل سامي الهوني كبيرا في الموسم.",
        "وقال زير سامي الهوني إن الموسم جيد.",
        "وجاء سامي الهوني متأخرا إلى الموعد.",
    ],
)
def test_no_title_no_common_word_name(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []
