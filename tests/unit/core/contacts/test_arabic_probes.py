"""Arabic contact constructions found missing by probing stage 1 with invented newsroom
sentences (issue #12): the headline dual of the present (يناقشان، يجتمعان), a meeting
asked for or excused with its subject between verb and object ("طلب حفتر لقاء
أردوغان"، "اعتذر الدبيبة عن لقاء فيدان"), the passive "is awaited to" (يُنتظر أن).

The sentences are paraphrases written for the probe, not the wording of any excerpt of
the real-text set; each rule also has sentences it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
GULER = "person:yasar-guler"
TAKALA = "person:mohamed-takala"


def current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="probe")
    return {e.pair_key for e in events if not e.historical}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("الدبيبة وغولر يناقشان التعاون العسكري", (DBEIBAH, GULER)),
        ("محمد المنفي وفيدان يناقشان ملف الهجرة غير النظامية في طرابلس", (MENFI, FIDAN)),
        ("الدبيبة وفيدان يجتمعان في طرابلس لبحث ملف الطاقة", (DBEIBAH, FIDAN)),
        ("محمد تكالة وأردوغان يجتمعان في إسطنبول", (TAKALA, ERDOGAN)),
    ],
)
def test_headline_duals_of_the_present_report_the_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        "طلب حفتر لقاء أردوغان عبر وسطاء.",
        "وطلب المشير خليفة حفتر زيارة أنقرة للقاء أردوغان.",
        "اعتذر الدبيبة عن لقاء فيدان بسبب ارتباطات سابقة.",
        "واعتذر رئيس الحكومة عبد الحميد الدبيبة عن استقبال وزير الدفاع التركي يشار غولر.",
        "ينتظر أن يصل فيدان إلى بنغازي للقاء حفتر.",
        "ويُنتظر أن يجتمع الدبيبة مع أردوغان في إسطنبول.",
    ],
)
def test_a_meeting_asked_for_excused_or_awaited_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the request made at the meeting: the trigger carries a pronoun, not the object
        "وطلب الدبيبة خلال لقائه أردوغان دعم تركيا للانتخابات.",
        # an apology offered at the meeting is what was said there
        "التقى الدبيبة أردوغان في أنقرة، واعتذر الرئيس التركي عن تأخر وصول الشحنات.",
        # "ينتظر" without "أن" is no plan of this meeting
        "التقى الدبيبة أردوغان في أنقرة، في وقت ينتظر فيه الليبيون نتائج الحوار.",
    ],
)
def test_requests_apologies_and_waiting_said_at_a_meeting_leave_it(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == {pair_key(DBEIBAH, ERDOGAN)}


@pytest.mark.parametrize(
    "text",
    [
        # possibility: "من المحتمل أن"، "قد" with the present
        "ومن المحتمل أن يلتقي الدبيبة أردوغان على هامش القمة.",
        "ومن المرجح أن يستقبل أردوغان رئيس المجلس الرئاسي محمد المنفي في أنقرة.",
        "قد يلتقي الدبيبة أردوغان خلال الأيام القادمة.",
        "وقد يستقبل المشير خليفة حفتر وزير الخارجية التركي هاكان فيدان في بنغازي.",
        # upcoming (القادم), as المقبل
        "يلتقي فيدان المنفي في طرابلس الأسبوع القادم.",
        # a date not yet set, a report dismissed, a meeting called off
        "لم يحدد بعد موعد لقاء الدبيبة وأردوغان.",
        "ولم يتم تحديد موعد لزيارة وزير الدفاع التركي يشار غولر إلى طرابلس للقاء الدبيبة.",
        "لا صحة للأنباء عن لقاء جمع حفتر وفيدان.",
        "ألغى أردوغان لقاءه مع حفتر في اللحظة الأخيرة.",
        "وألغت وزيرة الخارجية التركية زيارتها إلى طرابلس حيث كانت ستلتقي الدبيبة.",
    ],
)
def test_a_possible_unscheduled_denied_or_cancelled_meeting_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # قد with the past is "did": the meeting took place
        "وقد التقى الدبيبة أردوغان اليوم في أنقرة.",
        # a cancellation far from the meeting verb, of something else
        "التقى الدبيبة أردوغان في أنقرة بعد أسبوع من قرار ألغت بموجبه تركيا شرط التأشيرة.",
        # an upcoming event the parties discussed, far from the meeting verb
        "التقى الدبيبة أردوغان في أنقرة اليوم، وتناول اللقاء الذي استمر ساعتين الاستحقاق "
        "الانتخابي القادم.",
    ],
)
def test_a_held_meeting_beside_such_words_stands(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == {pair_key(DBEIBAH, ERDOGAN)}


@pytest.mark.parametrize(
    "text",
    [
        "لن يلتقي أردوغان حفتر قبل وقف إطلاق النار.",
        "وأكد الدبيبة أنه لن يزور أنقرة للقاء أردوغان في الوقت الحالي.",
        "لن يستقبل أردوغان حفتر في أنقرة، حسب مصدر تركي.",
        "قال أردوغان إن المباحثات مع حفتر لن تبدأ قبل وقف إطلاق النار.",
    ],
)
def test_a_meeting_that_will_not_happen_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


def test_what_will_not_happen_said_at_a_meeting_leaves_it(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "وأكد أردوغان خلال لقائه الدبيبة أن تركيا لن تتخلى عن ليبيا."
    assert current(detector, entities, text) == {pair_key(DBEIBAH, ERDOGAN)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وترأس الدبيبة وفد ليبيا في المباحثات مع الرئيس التركي رجب طيب أردوغان.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "وشارك رئيس المجلس الرئاسي محمد المنفي في المحادثات مع وزير الخارجية التركي هاكان "
            "فيدان في طرابلس.",
            (MENFI, FIDAN),
        ),
    ],
)
def test_the_definite_talks_with_a_named_partner_are_a_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        # with a country, not a person: no principal on that side
        "رحب الدبيبة بالمباحثات مع تركيا بشأن ترسيم الحدود البحرية.",
        "وتتواصل المحادثات مع الجانب التركي منذ أشهر، بحسب مصدر في حكومة الدبيبة.",
    ],
)
def test_the_definite_talks_with_a_country_name_no_pair(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # sought or wished for
        "يسعى الدبيبة للقاء أردوغان قبل نهاية الشهر.",
        "ويسعى رئيس المجلس الرئاسي محمد المنفي للقاء الرئيس التركي رجب طيب أردوغان.",
        "أبدى حفتر رغبته في لقاء أردوغان.",
        "وعبر المشير خليفة حفتر عن رغبته في زيارة أنقرة للقاء الرئيس أردوغان.",
        # demanded, impossible, not held, put off, possible
        "طالب نواب بلقاء بين الدبيبة وأردوغان لحل الخلافات.",
        "تعذر عقد اللقاء بين حفتر وفيدان بسبب الأحوال الجوية.",
        "تساءل مراقبون عن أسباب عدم لقاء أردوغان بحفتر.",
        "أرجئ لقاء الدبيبة وأردوغان إلى أجل غير مسمى.",
        "وقررت الرئاسة التركية إرجاء لقاء وزير الدفاع يشار غولر والمشير خليفة حفتر.",
        "وتحدثت وسائل إعلام عن لقاء محتمل بين أردوغان وحفتر.",
    ],
)
def test_a_meeting_sought_wished_demanded_impossible_or_put_off_is_none(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "وأكد الدبيبة خلال لقائه أردوغان في أنقرة أن ليبيا تسعى لتعزيز التعاون مع تركيا.",
        "التقى الدبيبة أردوغان في أنقرة، وأعرب عن رغبته في تعزيز التعاون الاقتصادي.",
        "التقى الدبيبة أردوغان في أنقرة، وطالب بعقد مؤتمر دولي لدعم الانتخابات.",
        "التقى الدبيبة أردوغان في أنقرة، وبحثا سبل مواجهة أي تصعيد محتمل في الجنوب.",
        "وأوضح الدبيبة عقب لقائه أردوغان أنه تعذر حتى الآن الاتفاق على موعد الانتخابات.",
    ],
)
def test_wishes_demands_and_failures_voiced_at_a_meeting_leave_it(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == {pair_key(DBEIBAH, ERDOGAN)}
