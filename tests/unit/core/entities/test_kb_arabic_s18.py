"""KB Arabic coverage of session 18 (issue #12, kbar18): Libyan people and bodies the
probes of Arabic copy found missing (``arabic_s18.yaml``), and Arabic forms the KB's
entries lacked: short forms of Libyan bodies with the nationality adjective (الرئاسي
الليبي, المركزي الليبي), company names without "شركة", and Turkish names in another
rendering (وارانك, غل). The sentences are invented paraphrases in newsroom style, not
excerpts of the real set; what must stay unlinked: the bare weak short forms with no
full name in the text, another country's military region, and a shared given name."""

from __future__ import annotations

import pytest

from wirewatch.core.textfold import fold


def _ids(detector, text: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), "ar")}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("وقال النائب إبراهيم الزغيد إن الجلسة لم يكتمل نصابها.", "person:ibrahim-al-zaghid"),
        ("وافتتح عميد البلدية مصطفى كرواد صالة المطار الجديدة.", "person:mustafa-karwad"),
        (
            "وأعلن عميد بلدية بنغازي عبدالرحمن العبار إطلاق مشروع الصرف الصحي.",
            "person:abdulrahman-al-abbar",
        ),
        ("وترشح عبد المجيد سيف النصر لعضوية المجلس الرئاسي.", "person:abdelmajid-saif-al-nasr"),
        ("وأعلنت المنطقة العسكرية الجنوبية تأمين حقل الشرارة.", "org:ly-southern-military-region"),
        ("وأغلقت منطقة طرابلس العسكرية الطريق الساحلي.", "org:ly-tripoli-military-region"),
        ("وأصدر الرئاسي الليبي قرارا بتشكيل لجنة للمصالحة.", "org:ly-presidential-council"),
        ("وخفض المركزي الليبي سعر صرف الدينار.", "org:ly-cbl"),
        ("وأعلنت الخليج العربي للنفط استئناف الضخ من حقل السرير.", "org:ly-agoco"),
        ("وقالت الواحة للنفط إن الإنتاج عاد إلى معدله.", "org:ly-waha-oil"),
        ("ووزعت البريقة لتسويق النفط شحنات الوقود على المحطات.", "org:ly-brega-marketing"),
        ("وصوت أعضاء ملتقى الحوار السياسي على السلطة التنفيذية الجديدة.", "org:ly-lpdf"),
        ("وانتشرت قوة النواصي في محيط قاعدة أبوستة.", "org:ly-nawasi-brigade"),
        ("وأكد جهاز المخابرات الليبي تعاونه مع نظرائه.", "org:ly-intelligence-service"),
        ("وكلف مجلس الإدارة مسعود سليمان موسى بتسيير المؤسسة.", "person:masoud-suleman"),
        ("وقال وزير الصناعة التركي مصطفى وارانك إن المصانع جاهزة.", "person:mustafa-varank"),
        ("وقال وزير العدل التركي عبد الحميد غل إن القضاء مستقل.", "person:abdulhamit-gul"),
        (
            "وقال رئيس شركة البترول التركية مليح خان بيلغين إن الحفر سيبدأ.",
            "person:melih-han-bilgin",
        ),
    ],
)
def test_the_arabic_forms_link(detector, text: str, entity_id: str) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the weak short forms bare, with no full name in the text
        ("وأكد الرئاسي أن الانتخابات ستجرى في موعدها.", "org:ly-presidential-council"),
        ("وقال المركزي إن السيولة متوفرة.", "org:ly-cbl"),
        # another country's southern region
        (
            "وقالت المنطقة العسكرية الجنوبية في الجزائر إن الحدود آمنة.",
            "org:ly-southern-military-region",
        ),
        # a shared given name with another family name
        ("وقال مصطفى الفيتوري إن المصنع سيفتتح.", "person:mustafa-karwad"),
    ],
)
def test_what_stays_unlinked(detector, text: str, entity_id: str) -> None:
    assert entity_id not in _ids(detector, text)
