"""KB breadth (issue #12, entar): Libyan state bodies, banks and formations, Turkish
state bodies and international bodies Arabic copy on Libya names that the KB lacked,
and the Arabic forms of Turkish bodies it held under one form (TPAO as شركة النفط
التركية, the SSB as مستشارية الصناعات الدفاعية, AFAD, the General Staff, Diyanet).
Sentences unlike any excerpt, in the three languages, and forms that must stay
unlinked."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _ids(detector: EntityDetector, text: str, lang: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("ووقع جهاز تنمية وتطوير المراكز الإدارية عقدا مع شركة تركية.", "ar", "org:ly-odac"),
        ("ODAC awarded the Turkish contractor a hospital project.", "en", "org:ly-odac"),
        ("ونقل جهاز الإسعاف والطوارئ الجرحى إلى المستشفى.", "ar", "org:ly-ambulance-service"),
        ("وأعلن مصرف الجمهورية صرف المرتبات.", "ar", "org:ly-jumhouria-bank"),
        ("وقالت مصلحة الموانئ والنقل البحري إن السفينة رست.", "ar", "org:ly-ports-authority"),
        ("وأعلنت غرفة عمليات سرت الجفرة رصد تحركات.", "ar", "org:ly-sirte-jufra-operations-room"),
        (
            "The Sirte-Jufra Operations Room reported enemy movements.",
            "en",
            "org:ly-sirte-jufra-operations-room",
        ),
        (
            "وقال آمر المنطقة العسكرية الغربية إن الوضع مستقر.",
            "ar",
            "org:ly-western-military-region",
        ),
        ("وأكد مجلس الأمن القومي التركي استمرار العمليات.", "ar", "org:tr-nsc"),
        ("Milli Güvenlik Kurulu toplantısında Libya da ele alındı.", "tr", "org:tr-nsc"),
        ("وقال معهد الإحصاء التركي إن الصادرات إلى ليبيا ارتفعت.", "ar", "org:turkstat"),
        ("TÜİK verilerine göre Libya'ya ihracat arttı.", "tr", "org:turkstat"),
        ("وأكد صندوق الثروة السيادي التركي اهتمامه بالاستثمار.", "ar", "org:turkey-wealth-fund"),
        ("ودعا مجلس التعاون الخليجي إلى وقف القتال.", "ar", "org:gcc"),
        ("وقالت منظمة الصحة العالمية إن اللقاحات وصلت إلى طرابلس.", "ar", "org:who"),
        ("The World Health Organization sent a team to Derna.", "en", "org:who"),
        # other forms of Turkish bodies the KB held
        ("وقالت شركة النفط التركية إنها ستنقب قبالة السواحل.", "ar", "org:tpao"),
        ("ووقعت مستشارية الصناعات الدفاعية اتفاقا جديدا.", "ar", "org:tr-ssb"),
        ("وقال رئيس هيئة الأركان العامة التركية إن القوات جاهزة.", "ar", "org:tr-general-staff"),
        ("وأرسلت مديرية الشؤون الدينية التركية أئمة إلى طرابلس.", "ar", "org:diyanet"),
        # other names of KB bodies
        ("ورفضت حكومة الاستقرار أي اتفاق لا يمر عبر البرلمان.", "ar", "org:ly-gns"),
        ("وأعلنت قوات الكرامة استعادة السيطرة على الحقل.", "ar", "org:ly-lna"),
        ("ورحبت بعثة الأمم المتحدة لدى ليبيا بوقف إطلاق النار.", "ar", "org:unsmil"),
        ("وفتشت العملية الأوروبية إيريني سفينة شحن قبالة بنغازي.", "ar", "org:eunavfor-irini"),
        (
            "واستقبلت رئاسة الأركان العامة للجيش الليبي وفدا عسكريا تركيا.",
            "ar",
            "org:ly-general-staff",
        ),
        ("ووزعت هيئة الإغاثة التركية سلالا غذائية في سبها.", "ar", "org:ihh"),
        ("وافتتحت الوكالة التركية للتعاون والتنسيق مركزا صحيا في مصراتة.", "ar", "org:tika"),
        ("ودافع الحزب الحاكم في تركيا عن مذكرة التفاهم البحرية.", "ar", "org:akp"),
        # "the two councils": the dual names the first-named council
        ("وطالبت البعثة مجلسي النواب والدولة بالتوافق على القوانين.", "ar", "org:ly-hor"),
        ("واتفق مجلسا النواب والأعلى للدولة على خارطة طريق.", "ar", "org:ly-hor"),
        ("ورحب مجلسا الدولة والنواب بالمبادرة الأممية.", "ar", "org:ly-hcs"),
    ],
)
def test_body_found(detector: EntityDetector, text: str, lang: str, entity_id: str) -> None:
    assert entity_id in _ids(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the General Staff's words without the country name no body
        ("وقال رئيس الأركان العامة إن التدريب مستمر.", "org:tr-general-staff"),
        # the unity of a bank's name is not the bank
        ("ودعا إلى الوحدة الوطنية ونبذ الفرقة.", "org:ly-wahda-bank"),
        # another country's security council
        ("وقال مجلس الأمن القومي الأمريكي إن واشنطن تتابع.", "org:tr-nsc"),
        # another country's two houses
        ("وصوت مجلسا النواب والشيوخ الأمريكيان على العقوبات.", "org:ly-hor"),
    ],
)
def test_body_not_found(detector: EntityDetector, text: str, entity_id: str) -> None:
    assert entity_id not in _ids(detector, text, "ar")
