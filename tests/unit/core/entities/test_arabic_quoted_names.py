"""Quoted Arabic names after their title (issue #12, arorg): Libyan and Turkish
outlets' Arabic copy sets names in quotation marks ("النائب “أرسان اكصو”"). Such a
name of two or three words, ending a title's clause, is found by its shape even when
the lexicon does not list its given name; quoted speech, a quoted body and a quoted
name with no title before it are left alone."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وحضر الاجتماع المهندس “طلعت الزروق” ممثلا عن الشركة.", "طلعت الزروق"),
        ("واستقبل الوفد الدكتور «رامي الفيتوري» في مقر الجامعة.", "رامي الفيتوري"),
        ('وقال مدير إدارة الجوازات "مفتاح الكرغلي" إن المنفذ فتح.', "مفتاح الكرغلي"),
        ("والتقى وكيل وزارة الصحة”سعد بن طاهر” بالوفد التركي.", "سعد بن طاهر"),
    ],
)
def test_a_quoted_name_after_its_title_is_found(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert name in shaped_surfaces(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        # quoted speech after a title
        'وقال الوزير "نحن ملتزمون" بكل الاتفاقات.',
        'وكتب السفير "هذه خطوة" مهمة للبلدين.',
        # a quoted body after a title
        'وشارك رئيس الهيئة "حركة الإصلاح" في الندوة.',
        'وزار المدير "مستشفى الجلاء" في بنغازي.',
        # a quoted pair of words with no title before it
        'وانتشرت عبارة "طلعت الشمس" على مواقع التواصل.',
        # the article's word or a one-word quote
        'ووقع مدير شركة "البريقة لتسويق" العقد.',
        'واستقبل المدير العام "سوناطراك" الوفد.',
    ],
)
def test_other_quotes_are_no_names(detector: EntityDetector, text: str) -> None:
    assert shaped_surfaces(detector, text, "ar") == []


def test_a_quoted_ship_after_its_commander_is_no_person(detector: EntityDetector) -> None:
    text = "واستقبل رئيس الأركان قائد الفرقاطة التركية “غازي عنتاب” والوفد المرافق له."
    assert shaped_surfaces(detector, text, "ar") == []


@pytest.mark.parametrize(
    "text",
    [
        "وأشاد البيان بجهود المشير أركان حرب خليفة حفتر في مكافحة الإرهاب.",
        "وحضر الفريق أول أركان حرب أسامة عسكر المناورة.",
    ],
)
def test_the_rank_staff_is_no_name(detector: EntityDetector, text: str) -> None:
    # أركان حرب ("staff") in an officer's rank: أركان is also a Turkish given name
    assert "أركان حرب" not in shaped_surfaces(detector, text, "ar")


def test_a_turkish_erkan_is_still_found(detector: EntityDetector) -> None:
    text = "وقال المهندس أركان يلدز إن المشروع يبدأ قريبا."
    assert "أركان يلدز" in shaped_surfaces(detector, text, "ar")
