"""The other Arabic bare institution names (issue #12, entar): the ministries of
justice, transport, energy, trade, industry, education, local government, planning,
housing and social affairs, and the Libyan bodies Arabic copy names without the country
(مصلحة الطيران المدني, المفوضية العليا للانتخابات, هيئة الرقابة الإدارية), linked by the
article's country cues as وزارة الدفاع is; a bare name of a country the list does not
hold, or with no cue, is left alone."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _ids(detector: EntityDetector, text: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), "ar")}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the head's title with the country elsewhere in the article
        (
            "ووصل وزير العدل التركي يلماز تونش إلى طرابلس، وقالت وزارة العدل إن الزيارة ناجحة.",
            "org:tr-justice",
        ),
        (
            "وأعلن وزير الطاقة التركي ألب أرسلان بيرقدار الاتفاق، وقالت وزارة الطاقة إن التنقيب سيبدأ.",
            "org:tr-energy",
        ),
        (
            "واجتمع وزير الصناعة التركي مع رجال أعمال ليبيين، وأكدت وزارة الصناعة دعم المستثمرين.",
            "org:tr-industry",
        ),
        # a country-bearing name right after it
        (
            "وقالت وزارة المواصلات بحكومة الوحدة الوطنية إن الرحلات إلى إسطنبول ستزيد.",
            "org:ly-ministry-transport",
        ),
        ("وأفادت المفوضية العليا للانتخابات في طرابلس بأن التسجيل بدأ.", "org:ly-hnec"),
        # an article about one country, an organisation of it named
        (
            "وأقرت حكومة الوحدة الوطنية خطة جديدة، وأعلنت وزارة الحكم المحلي توزيع الميزانيات.",
            "org:ly-ministry-local-government",
        ),
        (
            "وطالبت هيئة الرقابة الإدارية حكومة الوحدة الوطنية بوقف التعاقدات المباشرة.",
            "org:ly-administrative-control-authority",
        ),
        (
            "وأكدت حكومة الوحدة الوطنية أن مصلحة الطيران المدني ستعيد فتح المجال الجوي.",
            "org:ly-civil-aviation",
        ),
        (
            "وقال أردوغان أمام نواب حزب العدالة والتنمية التركي في أنقرة إن تركيا باقية.",
            "org:akp",
        ),
    ],
)
def test_bare_name_linked_by_the_article_cues(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # another country's ministry, which the list does not hold
        ("وقالت وزارة العدل الأمريكية إن المتهم اعترف بالتهم.", "org:tr-justice"),
        ("وقالت وزارة العدل الأمريكية إن المتهم اعترف بالتهم.", "org:ly-ministry-justice"),
        ("وقالت وزارة الطاقة الروسية إن الإنتاج ارتفع.", "org:tr-energy"),
        ("وقال حزب العدالة والتنمية المغربي إن الانتخابات مزورة.", "org:akp"),
        # no cue at all
        ("وقالت وزارة التجارة إن الأسعار ستنخفض الشهر المقبل.", "org:tr-trade"),
        # two countries: the article does not say whose
        (
            "واستقبل الدبيبة وفدا تركيا في طرابلس، وقالت وزارة العدل إن التعاون سيتوسع.",
            "org:ly-ministry-justice",
        ),
    ],
)
def test_bare_name_without_a_cue_is_left(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # cue 6: a sole name, its country named anywhere, another country named too
        (
            "وبحث وزير الطاقة التركي مع الجانب الليبي أوضاع مؤسسة النفط بعد الإغلاق الأخير.",
            "org:ly-noc",
        ),
        (
            "وقالت السفارة التركية إن مصلحة الطيران المدني وافقت على استئناف الرحلات إلى ليبيا.",
            "org:ly-civil-aviation",
        ),
        (
            "وانتقد وزير الخارجية المصري سياسات حزب العدالة والتنمية، وقال إن أنقرة"
            " تتدخل في ليبيا.",
            "org:akp",
        ),
        (
            "ووقعت وزارة الاقتصاد والتجارة مذكرة مع الجانب التركي لزيادة الصادرات الليبية.",
            "org:ly-ministry-economy",
        ),
        # the caretaker government, Libya named
        (
            "واستقبل وزير الصحة في حكومة تصريف الأعمال وفدا من مستشفى تركي في مصراتة"
            " لبحث علاج الجرحى الليبيين.",
            "org:ly-gnu",
        ),
    ],
)
def test_sole_name_linked_when_its_country_is_named(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # its country not named at all
        ("وقالت مؤسسة النفط إن الإنتاج ارتفع إلى مليون برميل.", "org:ly-noc"),
        ("وأعلن حزب العدالة والتنمية فوزه في الانتخابات البلدية بالمغرب.", "org:akp"),
        ("وقالت حكومة تصريف الأعمال في لبنان إنها ستدفع الرواتب.", "org:ly-gnu"),
        # not a sole name: a ministry every country has, two countries named
        (
            "ووصل وفد تركي إلى طرابلس، وقالت وزارة التعليم إن المنح ستزيد.",
            "org:ly-ministry-education",
        ),
    ],
)
def test_sole_name_left_without_its_country(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id not in _ids(detector, text)
