"""A name of two or three words set off by commas right after a title's clause is a
person whatever its given name (session 21, entshape): Arabic copy lists foreign
ambassadors and quotes rare officials so ("وسفير اليابان، X Y، وسفير ..."), and the
commas bound the name as quotation marks do (arabic_names._comma_bounded). Phrases
set off the same way after a title (a source, a time, an adverb) are no name.
Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقدم السفراء أوراقهم: سفير البرازيل، ماركوس فيرنانديز، وسفير كندا، أوليفر تومسون، حسب البيان.",
         "ماركوس فيرنانديز"),
        ("وقدم السفراء أوراقهم: سفير البرازيل، ماركوس فيرنانديز، وسفير كندا، أوليفر تومسون، حسب البيان.",
         "أوليفر تومسون"),
        ("وقال ممثل المفوضية، جان بول كاستيلو، إن العمل مستمر.", "جان بول كاستيلو"),
        ("وقال ممثل الشركة، ريكاردو بيريز، إن المشروع سيكتمل.", "ريكاردو بيريز"),
    ],
)  # fmt: skip
def test_a_name_between_commas_after_a_title(detector, text: str, name: str) -> None:
    assert name in shaped_surfaces(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        # a source, a time, an adverb set off after the title
        "وقال وزير الخارجية، بحسب البيان، إن الزيارة ناجحة.",
        "وأشار رئيس المجلس، حسب المصدر، إلى أهمية الحوار.",
        "وقال مدير المكتب، هذا الأسبوع، إن العمل مستمر.",
        "وقال السفير، فيما يخص الملف، إن العمل مستمر.",
        "وقال الرئيس، مخاطبا الحضور، إن العمل مستمر.",
        "وأكد السفير التركي، عقب اللقاء، أن العلاقات متينة.",
        "وقال الوزير، مساء أمس، إن العمل مستمر.",
        "وقال رئيس الوزراء، أثناء الزيارة، إن العمل مستمر.",
        # "and" glued on: the clause's objects listed on
        "واستقبل الوزير السفير، ووزير المالية، والوفد المرافق لهما، في مكتبه.",
        # no title before the first comma
        "وفي طرابلس، ماركوس فيرنانديز، حسب المصادر، وصل أمس.",
        # one word only, or four
        "وقال ممثل الشركة، ريكاردو، إن المشروع سيكتمل.",
        "وقال ممثل الشركة، ريكاردو ماريا دي بيريز، إن المشروع سيكتمل.",
    ],
)
def test_no_person_from_other_phrases_between_commas(detector, text: str) -> None:
    assert shaped_surfaces(detector, text, "ar") == []
