"""Asides of long Arabic articles that name a Turkey–Libya pair with no contact of the
day: contacts told as many ("مرات عديدة"، "في أكثر من مناسبة"), a call still ahead
("سيتصل"، "سيتحدث"), a contact supposed ("إن حدث"، "في حال تمت"، "المحتمل") or only
considered ("تدرس دعوة"), a report nobody confirmed ("وهو ما لم تؤكده"، "لم يتسن
التأكد"), and a side's members listed by side ("وشارك ... عن الجانب التركي"); with the
sentences' plain forms, and the cues' words where the contact stands."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

from .sentences import events_in, on_day

DAY = on_day("2024-11-18")
LEAD = "أعلنت الحكومة، الاثنين، عن خطة لتطوير الموانئ.\n\n"


def _current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[frozenset]:
    return {
        frozenset(p.name for p in e.participants)
        for e in events_in(detector, entities, LEAD + text, "ar", DAY)
        if not e.historical
    }


# (aside, its plain form: a contact of the day)
ASIDES = [
    (
        "وقال المنفي إنه التقى أردوغان مرات عديدة منذ توليه منصبه.",
        "والتقى المنفي أردوغان في أنقرة.",
    ),
    (
        "والتقى وزير الدفاع التركي يشار غولر رئيس الأركان محمد الحداد في أكثر من مناسبة.",
        "والتقى وزير الدفاع التركي يشار غولر رئيس الأركان محمد الحداد في طرابلس.",
    ),
    (
        "وأعلن الدبيبة أنه سيتصل بالرئيس التركي رجب طيب أردوغان لبحث الملف.",
        "واتصل الدبيبة بالرئيس التركي رجب طيب أردوغان لبحث الملف.",
    ),
    (
        "وقال وزير الخارجية التركي هاكان فيدان إنه سيتحدث هاتفيا مع رئيس المجلس الرئاسي محمد المنفي.",
        "وتحدث وزير الخارجية التركي هاكان فيدان هاتفيا مع رئيس المجلس الرئاسي محمد المنفي.",
    ),
    (
        "ويرى مراقبون أن لقاء أردوغان وصدام حفتر، إن حدث، سيغير موازين القوى.",
        "وعقد أردوغان وصدام حفتر لقاء في أنقرة.",
    ),
    (
        "وفي حال تمت زيارة فيدان إلى بنغازي ولقاؤه خليفة حفتر، فستكون الأولى من نوعها.",
        "وزار فيدان بنغازي والتقى خليفة حفتر.",
    ),
    (
        "وتحدثت وسائل إعلام عن اللقاء المحتمل بين الدبيبة ووزير الدفاع التركي يشار غولر.",
        "والتقى الدبيبة وزير الدفاع التركي يشار غولر.",
    ),
    (
        "وقال مصدر إن أنقرة تدرس دعوة عقيلة صالح لزيارتها ولقاء الرئيس أردوغان.",
        "والتقى عقيلة صالح الرئيس أردوغان في أنقرة.",
    ),
    (
        "ونقلت صحيفة عن مصادر أن إبراهيم قالن التقى الدبيبة سرا، وهو ما لم تؤكده الحكومة.",
        "والتقى إبراهيم قالن الدبيبة في طرابلس.",
    ),
    (
        "وأفادت مواقع محلية بأن غولر التقى صدام حفتر، ولم يتسن للوسط التأكد من ذلك.",
        "والتقى غولر صدام حفتر في بنغازي.",
    ),
]


@pytest.mark.parametrize(("aside", "plain"), ASIDES)
def test_asides_are_no_contact_of_the_day(
    detector: ContactDetector, entities: EntityDetector, aside: str, plain: str
) -> None:
    assert _current(detector, entities, plain), plain
    assert _current(detector, entities, aside) == set(), aside


@pytest.fixture
def lead_meeting() -> str:
    return (
        "استقبل الرئيس التركي رجب طيب أردوغان اليوم رئيس المجلس الرئاسي محمد المنفي في أنقرة.\n\n"
    )


def test_a_sides_members_are_no_principals(
    detector: ContactDetector, entities: EntityDetector, lead_meeting: str
) -> None:
    listed = (
        "وشارك في الجلسة عن الجانب التركي وزير الطاقة ألب أرسلان بيرقدار، وعن الجانب الليبي"
        " وزير الدولة وليد اللافي."
    )
    pairs = _current(detector, entities, lead_meeting + listed)
    assert {n for pair in pairs for n in pair} & {"Alparslan Bayraktar", "Walid Ellafi"} == set()
    assert any("Mohamed al-Menfi" in pair for pair in pairs)


@pytest.mark.parametrize(
    "sentence",
    [
        # a co-principal beside the head, not a side's list
        "واستقبل الرئيس التركي رجب طيب أردوغان المنفي، وشارك في الاجتماع إلى جانب المنفي"
        " نائبه عبد الله اللافي.",
        # "بعد أن حدث" (folds as "إن حدث") away from a contact noun
        "والتقى وزير الخارجية التركي هاكان فيدان الدبيبة بعد أن حدث تأخير في موعد الطائرة.",
        # "أكثر من مرة" said of the day's meeting
        "والتقى أردوغان الدبيبة في إسطنبول، وأكد أكثر من مرة دعم بلاده لحكومته.",
        # a call made, then one announced: the made one stays
        "وتحدث وزير الخارجية التركي هاكان فيدان هاتفيا مع رئيس المجلس الرئاسي محمد المنفي، وقال إنه سيزور طرابلس.",
    ],
)
def test_the_cues_words_where_the_contact_stands(
    detector: ContactDetector, entities: EntityDetector, sentence: str
) -> None:
    assert _current(detector, entities, sentence), sentence
