"""Arabic short forms of Libyan bodies (issue #12, arorg): a body's weak alias
(الرئاسي, الوفاق, الوحدة الوطنية, المركزي, الوطنية للنفط, مجلس الرئاسة) names it where
the article never writes it in full, when a head noun or a verb of
``stoplists.yaml`` ``org_short_heads`` stands right before it (a quotation mark may
stand between), or "و" joins it to a body of its country named just before, and the
article names the body's country. An adjective use (القصر الرئاسي, البنك المركزي
المصري), a common noun (روح الوفاق, تعزيز الوحدة الوطنية) and an article naming no
Libyan entity are left alone. And a bare Libyan body name another country's adjective
qualifies (مجلس النواب العراقي, القيادة العامة للجيش السوداني) is that country's body,
not Libya's (``foreign_local.drop_foreign_qualified``)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of, mentions_of
from wirewatch.core.entities import EntityDetector

PC = "org:ly-presidential-council"
GNA = "org:ly-gna"
GNU = "org:ly-gnu"
CBL = "org:ly-cbl"
NOC = "org:ly-noc"
HOR = "org:ly-hor"
HCS = "org:ly-hcs"
LNA = "org:ly-lna"


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # a head noun in construct with the short form
        ("وصرح عضو الرئاسي موسى الكوني لوسائل إعلام ليبية بأن اللقاء كان إيجابيا.", PC),
        ("ونفى مستشار الرئاسي في طرابلس صحة الأنباء المتداولة.", PC),
        ("وأوضح الناطق باسم الوفاق العقيد محمد قنونو أن طرابلس آمنة.", GNA),
        ("والتقى وزير دفاع الوفاق صلاح النمروش قادة عسكريين في مصراتة.", GNA),
        ("وأكد محافظ المركزي الصديق الكبير أن المصرف يعمل بصورة طبيعية في طرابلس.", CBL),
        ("وأشار رئيس مجلس إدارة الوطنية للنفط في طرابلس إلى تراجع الإنتاج.", NOC),
        ("وذكر بيان صادر عن المكتب الصحفي لمجلس الرئاسة أن المنفي زار بنغازي.", PC),
        # a glued preposition on the head
        ("وقال بيان لرئيس الرئاسي الليبي إن الانتخابات أولوية.", PC),
        # a quotation mark between the head and the short form
        ("واتفق رئيس حكومة «الوحدة الوطنية» الليبية مع أنقرة على تفعيل الاتفاقيات.", GNU),
        ('وقاتل اللواء التابع لحكومة "الوحدة الوطنية" في ضواحي طرابلس.', GNU),
        # a verb whose subject it is
        ("وأصدر الرئاسي مرسوما بتعيين سفير جديد لليبيا في أنقرة.", PC),
        ("ورفض المركزي في طرابلس طلب الحكومة بصرف الميزانية.", CBL),
        # joined by و to a Libyan body named just before
        ("ودعا مجلس الدولة والرئاسي الليبيون إلى الحوار.", PC),
    ],
)
def test_a_short_form_in_a_body_slot_is_the_body(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # adjectives: a definite noun before them
        ("وانتقل الوفد إلى المقر الرئاسي في العاصمة الليبية طرابلس.", PC),
        ("وحذر الخبراء الليبيون من أثر قرار البنك المركزي الأوروبي.", CBL),
        ("وعرض التلفزيون الليبي صور الموكب الرئاسي في طرابلس.", PC),
        # the common noun under a head the list does not hold
        ("ودعا عميد بلدية طرابلس إلى روح الوفاق بين الليبيين.", GNA),
        ("وشدد المشاركون في ملتقى بنغازي على تعزيز الوحدة الوطنية الليبية.", GNU),
        # a listed head, but no Libyan entity in the article
        ("وقال عضو الرئاسي في المؤتمر إن الجلسة ستعقد غدا.", PC),
        ("وأعلن المركزي رفع سعر الفائدة نصف نقطة.", CBL),
        # a preposition glued to the short form with no listed head before it
        ("وتحدث سكان طرابلس عن الحاجة للوفاق بين الأطراف.", GNA),
    ],
)
def test_other_uses_of_the_words_stay_unlinked(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وأقر مجلس النواب العراقي قانون الموازنة بعد جدل طويل.", HOR),
        ("وعقد مجلس النواب الأردني جلسة طارئة لمناقشة الأسعار.", HOR),
        ("وأصدر مجلس الدولة المصري فتوى بشأن العقود الحكومية.", HCS),
        ("وشكل الرئيس محمود عباس حكومة الوحدة الوطنية الفلسطينية عام 2014.", GNU),
        ("ونفت القيادة العامة للجيش السوداني تقارير عن انسحاب قواتها.", LNA),
        ("وعزل محافظ المركزي التركي بعد أشهر من تعيينه في أنقرة وطرابلس.", CBL),
    ],
)
def test_another_countrys_adjective_makes_it_that_countrys_body(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وصوت مجلس النواب الليبي على الموازنة.", HOR),
        ("وقال مجلس النواب في بيان إن الجلسة ستعقد في بنغازي.", HOR),
        ("وشارك وفد من مجلس النواب الليبي في اجتماعات أنقرة.", HOR),
        ("وزار وفد من مجلس النواب تركيا الأسبوع الماضي.", HOR),
    ],
)
def test_its_own_country_or_a_place_after_it_keeps_it(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, "ar")


def test_only_the_qualified_mention_is_dropped(detector: EntityDetector) -> None:
    text = "وبحث مجلس النواب الليبي التجربة مع مجلس النواب المصري في القاهرة."
    assert mentions_of(detector, text, "ar")[HOR] == ["مجلس النواب الليبي"]
