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
