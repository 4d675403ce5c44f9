"""Arabic copy writes the minister's nationality between the title and the name
("وزير التجارة التركي بولات", "رئيس المجلس الرئاسي الليبي المنفي"): the titled-name
rule reads the name after the adjective when the words right after the title name
no holder (:mod:`wirewatch.core.entities.titled_holders`, issue #12, entmech). Undated
articles, where only the title narrows a bare surname (most of the Arabic real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import people
from wirewatch.core.textfold import fold


def _undated(detector, linker, text: str) -> dict[str, list[str]]:
    folded = fold(text)
    return people(linker.link_undated(folded, "ar", detector.detect(folded, "ar")))


@pytest.mark.parametrize(
    ("text", "holder", "surface"),
    [
        ("التقى وزير التجارة التركي بولات نظيره الليبي في طرابلس يوم الأحد.",
         "person:omer-bolat", "بولات"),
        # a comma after the adjective
        ("وأكد وزير التجارة التركي، بولات، أن بلاده مستعدة للاستثمار.",
         "person:omer-bolat", "بولات"),
        ("وزير الطاقة التركي بيرقدار يبحث مع نظيره الليبي التعاون في مجال النفط",
         "person:alparslan-bayraktar", "بيرقدار"),
        # the feminine adjective, a proclitic on the title
        ("ولوزيرة الخارجية الليبية المنقوش تصريحات سابقة حول الاتفاقية",
         "person:najla-mangoush", "المنقوش"),
        # a council's head, the adjective after the council's name
        ("وبحث رئيس المجلس الرئاسي الليبي المنفي مع السفير التركي تطورات الأوضاع",
         "person:mohamed-menfi", "المنفي"),
        ("وقال رئيس المجلس الأعلى للدولة الليبي تكالة إن الانتخابات ممكنة هذا العام",
         "person:mohamed-takala", "تكالة"),
    ],
)  # fmt: skip
def test_a_name_after_the_title_and_a_nationality(
    detector, linker, text: str, holder: str, surface: str
) -> None:
    assert _undated(detector, linker, text).get(holder) == [surface]


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # no name after the adjective
        ("وقال وزير التجارة التركي إن الصادرات ارتفعت.", "person:omer-bolat"),
        # the former one: "السابق" is no name
        ("وقال وزير التجارة التركي السابق بولات إن الاتفاق لم يوقع", "person:omer-bolat"),
        # a deputy's title keeps its holder's name off
        ("وقال نائب وزير التجارة التركي بولات إن الوفد وصل", "person:omer-bolat"),
        # the word after the title is no nationality: nothing skipped
        ("وقال وزير التجارة الجديد بولات إن الوفد وصل", "person:omer-bolat"),
    ],
)  # fmt: skip
def test_left_alone(detector, linker, text: str, nobody: str) -> None:
    assert nobody not in _undated(detector, linker, text)
