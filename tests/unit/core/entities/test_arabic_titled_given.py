"""A given name that is also a common word (عادل "just", فرج "relief", مجدي, توفيق
"success") starts a name the KB lacks only at the end of a title's clause (issue #12,
accarent; dev ar-137, ar-17003, fresh ar-29011): paraphrases unlike those excerpts,
and the same words where they are words, which must stay unread."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import shaped_surfaces
from wirewatch.core.entities import EntityDetector

_shaped = partial(shaped_surfaces, lang="ar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a title word a few words before, in the same clause
        ("وأوضح مدير إدارة الجوازات بمطار معيتيقة عادل الورفلي أن الرحلات مستمرة.", "عادل الورفلي"),
        ("وحضر رئيس قسم التوثيق مجدي الشريف توقيع الاتفاقية.", "مجدي الشريف"),
        # an honorific or a rank right before the name
        ("وشارك في الاجتماع العقيد توفيق الزليتني ممثلا عن الوزارة.", "توفيق الزليتني"),
        ("ورحب السيد فرج الدرسي بالوفد الزائر.", "فرج الدرسي"),
    ],
)
def test_a_common_word_given_name_after_a_title_starts_a_name(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert _shaped(detector, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        # no title: the words are words ("a just solution", "relief came")
        "ودعا إلى حل عادل الشروط للأزمة الليبية.",
        "وجاء فرج الأهالي بعد فتح الطريق.",
        # a clause word between the title and the word: the clause went on
        "وقال رئيس الحكومة إن عمر الحكومة الجديدة قصير.",
        "وأكد مدير المستشفى أن سعيد الحظ من نجا من الحادث.",
    ],
)
def test_the_same_words_without_a_title_stay_words(detector: EntityDetector, text: str) -> None:
    assert _shaped(detector, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # (session 20, arcon) the title's own institution noun between it and the name
        # (مجلس, وزارة, حكومة end a title's clause elsewhere: name_shape's function words)
        ("وحضر رئيس المجلس البلدي لمدينة مصراتة مؤمن الزوبي حفل الافتتاح.", "مؤمن الزوبي"),
        ("وأكد وكيل وزارة الصحة لشؤون المستشفيات سعيد الفيتوري جاهزية المرافق.", "سعيد الفيتوري"),
        ("واستقبل مدير مكتب رئيس الحكومة للشؤون الفنية فرج المبروك الوفد الزائر.", "فرج المبروك"),
    ],
)
def test_a_title_holding_its_institution_noun_still_starts_a_name(
    detector: EntityDetector, text: str, name: str
) -> None:
    assert _shaped(detector, text) == [name]


def test_an_institution_noun_after_a_clause_word_is_no_title(detector: EntityDetector) -> None:
    # the clause went on after the title ("إن"): the noun heads the next clause
    assert _shaped(detector, "وقال رئيس الحكومة إن مجلس النواب عادل عن قراره.") == []


def test_a_quoted_qualifier_after_a_title_is_no_name(detector: EntityDetector) -> None:
    # "the 'illegitimate' government": a quoted adjective phrase, not a person
    text = "وقال وزير التعليم المكلف بحكومة الوفاق “غير الشرعية” إن المدارس ستفتح."
    assert _shaped(detector, text) == []
