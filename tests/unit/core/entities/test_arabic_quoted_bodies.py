"""Arabic bodies named in quotation marks after their kind's noun (شركة “X”, لشركة
“X”, قناة "X") or opening the quotation (“قناة X”) are organisations the KB lacks
(session 21, entshape; named_orgs._quoted_ar): no capitals, so the marks bound the
name. Speech, a qualifier, a definite noun ("the party") before a quotation, an
operation's name, and an outlet the KB holds are left alone. Invented sentences."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import org_mentions_of


def _pattern_orgs(detector, text: str) -> dict[str, list[str]]:
    return {
        k: v
        for k, v in org_mentions_of(detector, text, "ar").items()
        if k.startswith("org:pattern:")
    }


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("ونفذت أعمال الصيانة شركة “النسيم” للمقاولات في المدينة.", "النسيم"),
        ("بحضور المدير التنفيذي لشركة «تكنو بترول»، وعدد من المسؤولين.", "تكنو بترول"),
        ('ونقلت قناة "الوادي الإخبارية" عن مصادر أن الوفد وصل.', "الوادي الإخبارية"),
        ("وذكرت “قناة الساحل” أن الاجتماع تأجل.", "قناة الساحل"),
        ("وقالت وكالة “نبأ 24” إن الحكومة أقرت الميزانية.", "نبأ 24"),
    ],
)
def test_a_quoted_body_after_its_noun(detector, text: str, mention: str) -> None:
    found = _pattern_orgs(detector, text)
    assert [mention] in found.values()


def test_a_body_quoted_in_full_then_short_is_one_body(detector) -> None:
    text = "والتقى مدير لشركة “تكنو بترول الليبية” ثم زار مقر شركة “تكنو بترول” بالعاصمة."
    assert list(_pattern_orgs(detector, text).values()) == [["تكنو بترول الليبية", "تكنو بترول"]]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير الشركة “نحن ملتزمون بالعقد”.",
        "وأوضح رئيس الحزب “الوضع صعب”.",
        "وقال الناطق باسم الجهاز “لا تراجع”.",
        "ووصف البيان الحكومة “غير الشرعية”.",
        "وأطلق الجيش عملية “النصر المبين” في الجنوب.",
        # four words and more: no name
        "وقالت الشركة إن شركة “هذه المرحلة صعبة جدا” ستنتهي.",
        # no body noun before
        "وقال المتحدث “الوادي الأخضر” في الجنوب.",
    ],
)
def test_no_quoted_body_from_speech_or_other_nouns(detector, text: str) -> None:
    assert _pattern_orgs(detector, text) == {}


def test_an_outlet_the_kb_holds_keeps_its_link(detector) -> None:
    found = org_mentions_of(detector, "وقالت قناة “الجزيرة” إن الوفد وصل.", "ar")
    assert "org:al-jazeera" in found
    assert not any(k.startswith("org:pattern:") for k in found)
