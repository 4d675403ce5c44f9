"""Background paragraphs of long Arabic articles: a contact placed in a past time an
earlier sentence named ("وخلال تلك المرحلة"، "آنذاك"), told as a past habit ("كان ...
يستقبل"، "دأب على"، "في كل زيارة"، "تكررت لقاءات") or recalled ("استذكر"، "إلى
الأذهان"، "أعاد ... التذكير") is historical; the same sentences without the cue, the
cue's words inside a sentence as its topic, and dated sentences stay current."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

from .sentences import events_in, on_day

DAY = on_day("2025-03-10")
#: A neutral lead, so the sentence under test is a later paragraph.
LEAD = "أعلنت الحكومة، الاثنين، عن خطة لتطوير الموانئ.\n\nوشهد عام 2023 زيارات متبادلة.\n\n"

# (with the cue, the same sentence without it)
BACKGROUND = [
    (
        "وفي ذلك العام، استقبل المنفي وزير الدفاع التركي يشار غولر في طرابلس.",
        "واستقبل المنفي وزير الدفاع التركي يشار غولر في طرابلس.",
    ),
    (
        "وخلال تلك المرحلة، التقى صدام حفتر رئيس الأركان التركي متين غوراك في أنقرة.",
        "والتقى صدام حفتر رئيس الأركان التركي متين غوراك في أنقرة.",
    ),
    (
        "وحينها بحث الحداد مع وزير الدفاع التركي يشار غولر برامج التدريب.",
        "وبحث الحداد مع وزير الدفاع التركي يشار غولر برامج التدريب.",
    ),
    (
        "والتقى رئيس جهاز الاستخبارات التركية آنذاك هاكان فيدان رئيس المجلس الرئاسي محمد المنفي.",
        "والتقى رئيس جهاز الاستخبارات التركية هاكان فيدان رئيس المجلس الرئاسي محمد المنفي.",
    ),
    (
        "وكان المنفي يستقبل السفير التركي غوفن بيجيتش في مقر المجلس بطرابلس.",
        "واستقبل المنفي السفير التركي غوفن بيجيتش في مقر المجلس بطرابلس.",
    ),
    (
        "ودأب الحداد منذ سنوات على لقاء رئيس الأركان التركي متين غوراك.",
        "والتقى الحداد رئيس الأركان التركي متين غوراك.",
    ),
    (
        "واستقبل الدبيبة وزير الدفاع التركي يشار غولر في كل زيارة قام بها إلى العاصمة.",
        "واستقبل الدبيبة وزير الدفاع التركي يشار غولر في العاصمة.",
    ),
    (
        "وتكررت خلال العامين الماضيين لقاءات فيدان والمنفي في طرابلس وأنقرة.",
        "والتقى فيدان والمنفي في طرابلس.",
    ),
    (
        "واستذكر المنفي لقاءه مع الرئيس التركي رجب طيب أردوغان في أنقرة.",
        "والتقى المنفي الرئيس التركي رجب طيب أردوغان في أنقرة.",
    ),
    (
        "وأعاد المشهد إلى الأذهان استقبال أردوغان للدبيبة في قصر دولمة بهتشة.",
        "واستقبل أردوغان الدبيبة في قصر دولمة بهتشة.",
    ),
    (
        "وأعاد الاجتماع التذكير بلقاء جمع صدام حفتر ووزير الدفاع التركي يشار غولر في أنقرة.",
        "وعقد صدام حفتر لقاء مع وزير الدفاع التركي يشار غولر في أنقرة.",
    ),
]


def _flags(detector: ContactDetector, entities: EntityDetector, sentence: str) -> list[bool]:
    return [e.historical for e in events_in(detector, entities, LEAD + sentence, "ar", DAY)]


@pytest.mark.parametrize(("recap", "plain"), BACKGROUND)
def test_background_time_habit_and_recall_make_a_recap(
    detector: ContactDetector, entities: EntityDetector, recap: str, plain: str
) -> None:
    assert False in _flags(detector, entities, plain), plain  # current without the cue
    # no current event: a recap's event, or none (a habit's imperfect is no trigger)
    assert False not in _flags(detector, entities, recap), recap


@pytest.mark.parametrize(
    "sentence",
    [
        # "meanwhile": the day's own time
        "وفي تلك الأثناء، استقبل الحداد رئيس الأركان التركي متين غوراك.",
        # the period as the talks' topic, inside the sentence
        "واستقبل صدام حفتر السفير التركي غوفن بيجيتش، واستعرضا ما أنجز خلال تلك الفترة.",
        "وبحث فيدان مع المنفي المستجدات، مؤكدا أن بلاده ساندت ليبيا في تلك المرحلة الصعبة.",
        # a reminder given at the meeting, not an old contact recalled
        "والتقى فيدان المنفي، وجدد التذكير بموقف أنقرة من الحوار.",
        # dated: the date decides ("اليوم")
        "والتقى غولر الحداد اليوم في طرابلس، في زيارة أعادت إلى الأذهان زيارته الأولى.",
    ],
)
def test_the_cues_words_elsewhere_leave_the_contact_current(
    detector: ContactDetector, entities: EntityDetector, sentence: str
) -> None:
    assert False in _flags(detector, entities, sentence), sentence
