"""Arabic copy often tells a contact through its definite noun and who held it: "the
talks that X held with Y" (المباحثات التي أجراها X مع Y), "the meeting that brought X
and Y together" (اللقاء الذي جمع X بـY), "the call between X and Y" (الاتصال الهاتفي
بين X وY). The bare definite noun stays no trigger (it mostly refers back: "خلال
اللقاء"), but with its relative clause or "between" it names the contact (issue #12).

The sentences paraphrase the class; none is the wording of a dev-set excerpt. They run
through the real entity detector and the packaged lexicons, as the pipeline does.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
GULER, HAFTAR, KALIN = "person:yasar-guler", "person:khalifa-haftar", "person:ibrahim-kalin"


def current_pairs(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="def")
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وتناولت المحادثات التي أجراها وزير الخارجية التركي هاكان فيدان في طرابلس مع "
            "رئيس المجلس الرئاسي محمد المنفي ملف الانتخابات.",
            (FIDAN, MENFI),
        ),
        (
            "ركزت المباحثات الموسعة التي عقدها الدبيبة في أنقرة مع الرئيس أردوغان على ملف الطاقة.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "تناول الاجتماع الذي جمع رئيس الحكومة عبد الحميد الدبيبة بوزير الدفاع التركي يشار "
            "غولر في أنقرة التعاون العسكري.",
            (DBEIBAH, GULER),
        ),
        ("أشاد المحلل بالاجتماع الذي جمع حفتر وقالن في بنغازي.", (HAFTAR, KALIN)),
        (
            "وكشفت مصادر عن تفاصيل اللقاء المغلق الذي جمع محمد المنفي بالرئيس التركي رجب طيب أردوغان.",
            (MENFI, ERDOGAN),
        ),
        ("وتطرق الاتصال الهاتفي بين أردوغان والدبيبة إلى ملف الانتخابات.", (DBEIBAH, ERDOGAN)),
        ("وبحث اللقاء بين خليفة حفتر وإبراهيم قالن الأوضاع في ليبيا.", (HAFTAR, KALIN)),
    ],
)
def test_a_definite_contact_noun_with_its_parties_reports_the_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in current_pairs(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        # criticised, planned, or held by one side alone: no contact
        "وانتقد حفتر اللقاء الذي جمع الدبيبة بأردوغان.",
        "ومن المقرر أن يتناول الاجتماع الذي سيجمع الدبيبة بأردوغان ملف الطاقة.",
        "وناقش الاجتماع الذي عقده المجلس الرئاسي في طرابلس الموقف من التدخل التركي.",
        # the bare definite noun, no relative clause: a back reference, not a contact
        "وخلال اللقاء أكد أردوغان دعمه لحكومة الدبيبة.",
    ],
)
def test_no_contact_without_a_held_meeting_between_the_two(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current_pairs(detector, entities, text) == set()


def test_a_recap_told_with_the_definite_noun_stays_historical(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "وكان اللقاء الذي جمع الدبيبة بأردوغان في إسطنبول العام الماضي قد تناول ملف الطاقة."
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="def")
    assert [e.historical for e in events if e.pair_key == pair_key(DBEIBAH, ERDOGAN)] == [True]
