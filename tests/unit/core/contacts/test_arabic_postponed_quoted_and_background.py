"""Three Arabic classes of issue #12, each a paraphrase unlike the dev excerpt that
showed it:

* a visit put off takes the meeting it was for with it ("تأجلت زيارة X إلى أنقرة للقاء
  Y"): the purpose trigger (للقاء، للاجتماع) falls with the visit it follows;
* who is quoted through another ("نقلت الوكالة عن X قوله إن زيارة Y لطرابلس ...")
  tells of a visit by another country's visitor: no party to it;
* a background note (يذكر أن، يشار إلى أن) of a contact held "in
  an earlier time" (في وقت سابق), or one held "earlier this month", recalls an older
  contact: historical, unless the sentence dates it today.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
SALEH, GULER = "person:aguila-saleh", "person:yasar-guler"
HADDAD = "person:mohammed-al-haddad"


def flags(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> list[bool]:
    """``historical`` of each event of ``text`` between the pair (an undated page)."""
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), dated=False)
    return [e.historical for e in events if e.pair_key == pair_key(*pair)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("تأجلت زيارة رئيس المجلس الرئاسي محمد المنفي إلى أنقرة للقاء أردوغان.", (MENFI, ERDOGAN)),
        (
            "وأُرجئت زيارة وزير الدفاع التركي يشار غولر إلى طرابلس للاجتماع برئيس الأركان "
            "محمد الحداد بسبب الأحوال الجوية.",
            (GULER, HADDAD),
        ),
        ("وأُجّلت زيارته إلى إسطنبول للقاء الرئيس التركي، بحسب مكتب الدبيبة.", (DBEIBAH, ERDOGAN)),
    ],
)
def test_a_visit_put_off_takes_its_meeting_with_it(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert flags(detector, entities, text, pair) == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a visit made for a meeting is a contact
        (
            "زار رئيس المجلس الرئاسي محمد المنفي أنقرة للقاء الرئيس التركي أردوغان.",
            (MENFI, ERDOGAN),
        ),
        # something else put off, then a visit made for a meeting
        (
            "تأجل المؤتمر الاقتصادي الدولي للطاقة والاستثمار في طرابلس، لكن الدبيبة زار "
            "أنقرة للقاء الرئيس التركي رجب طيب أردوغان.",
            (DBEIBAH, ERDOGAN),
        ),
        # one visit put off, another meeting held in the same sentence
        (
            "تأجلت زيارة الدبيبة إلى أنقرة للقاء أردوغان، بينما التقى المنفي الرئيس التركي "
            "رجب طيب أردوغان في إسطنبول.",
            (MENFI, ERDOGAN),
        ),
    ],
)
def test_a_visit_held_or_a_meeting_of_its_own_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert flags(detector, entities, text, pair) == [False]


def test_who_is_quoted_on_another_countrys_visit_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "ونقلت وكالة الأنباء عن رئيس مجلس النواب عقيلة صالح قوله إن زيارة وزير الخارجية "
        "التركي هاكان فيدان لبنغازي خطوة إيجابية."
    )
    assert flags(detector, entities, text, (SALEH, FIDAN)) == []


def test_who_is_quoted_on_his_own_meeting_is_a_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "ونقلت وكالة الأنباء عن رئيس مجلس النواب عقيلة صالح قوله إن لقاءه مع وزير الخارجية "
        "التركي هاكان فيدان كان مثمرا."
    )
    assert flags(detector, entities, text, (SALEH, FIDAN)) == [False]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "يشار إلى أن الدبيبة التقى الرئيس التركي رجب طيب أردوغان في وقت سابق.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "ويذكر أن محمد المنفي استقبل وزير الخارجية التركي هاكان فيدان في طرابلس في وقت سابق.",
            (MENFI, FIDAN),
        ),
        ("واستقبل أردوغان الدبيبة في أنقرة في وقت سابق هذا العام.", (DBEIBAH, ERDOGAN)),
    ],
)
def test_a_background_note_of_an_earlier_contact_is_historical(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert flags(detector, entities, text, pair) == [True]


def test_the_same_note_without_earlier_stays_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "ويذكر أن محمد المنفي استقبل وزير الخارجية التركي هاكان فيدان في طرابلس."
    assert flags(detector, entities, text, (MENFI, FIDAN)) == [False]


@pytest.mark.parametrize(
    "text",
    [
        # earlier today: the day's own meeting
        "يذكر أن الدبيبة التقى الرئيس التركي رجب طيب أردوغان في وقت سابق اليوم.",
        # arrived earlier, then met: no background note
        "ووصل الدبيبة في وقت سابق إلى إسطنبول، حيث التقى الرئيس التركي رجب طيب أردوغان.",
    ],
)
def test_earlier_today_or_an_earlier_arrival_stays_current(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert flags(detector, entities, text, (DBEIBAH, ERDOGAN)) == [False]
