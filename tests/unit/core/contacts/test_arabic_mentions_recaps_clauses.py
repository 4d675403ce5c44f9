"""Arabic wrong current events by class (issue #12, session 17, arprec): a person merely
mentioned paired as a principal, a recap left current, two clauses paired across.

Found by probing stage 1 with invented newsroom sentences, written before the dev
errors were read:

- a person named as the owner of another noun: whose envoy, message, instructions,
  vision, efforts, stance or moves (مبعوث الرئيس، رسالة خطية من، ممثلا عن، توجيهات،
  جهود، موقف، تحركات), whose government an official serves (التابع لحكومة الدبيبة);
- whoever follows a verb whose subject is the two parties already told (وبحثا،
  وناقشا، وناقش الجانبان): what they discussed, unless "مع" brings a partner;
- the first contact since an earlier one (منذ زيارة تشاووش أوغلو): who made that one;
- a contact weeks, months or years before what the sentence reports (بعد أشهر من
  لقاء، بعد أسبوعين من اتصال): historical, not hours or days;
- two clauses each telling a contact of its own (، كما التقى ...، فيما التقى ...):
  each keeps its pair.

The sentences are paraphrases written for the probe, not the wording of any excerpt of
the real-text set.
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
SADDAM, HAFTAR = "person:saddam-haftar", "person:khalifa-haftar"
KALIN, BAOUR = "person:ibrahim-kalin", "person:taher-al-baour"
SISI, KENAN = "person:abdel-fattah-el-sisi", "person:kenan-yilmaz"


def _events(detector: ContactDetector, entities: EntityDetector, text: str) -> list[ContactEvent]:
    return events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="probe")


def current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    return {e.pair_key for e in _events(detector, entities, text) if not e.historical}


def historical(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    return {e.pair_key for e in _events(detector, entities, text) if e.historical}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # on whose behalf, whose envoy
        (
            "التقى فيدان، ممثلا عن الرئيس أردوغان، رئيس الحكومة عبد الحميد الدبيبة في طرابلس.",
            {(FIDAN, DBEIBAH)},
        ),
        ("استقبل الدبيبة مبعوث الرئيس أردوغان، وزير الخارجية هاكان فيدان.", {(DBEIBAH, FIDAN)}),
        # whose message was handed over
        (
            "التقى قالن المشير خليفة حفتر في بنغازي، ونقل إليه رسالة من الرئيس أردوغان.",
            {(KALIN, HAFTAR)},
        ),
        # whose efforts, instructions or stance are spoken of
        (
            "التقى فيدان الباعور، وأكد له أن أنقرة تدعم جهود الدبيبة لتوحيد المؤسسات.",
            {(FIDAN, BAOUR)},
        ),
        (
            "بحث أردوغان مع المنفي في اتصال هاتفي مستجدات الأوضاع وموقف خليفة حفتر من الانتخابات.",
            {(ERDOGAN, MENFI)},
        ),
        # whose government the official serves
        (
            "استقبل غولر رئيس الأركان العامة التابع لحكومة الدبيبة محمد الحداد.",
            {(GULER, HADDAD)},
        ),
    ],
)
def test_a_person_owning_another_noun_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert current(detector, entities, text) == {pair_key(a, b) for a, b in pairs}


@pytest.mark.parametrize(
    "text",
    [
        # a stance, moves or efforts of someone, said outside any contact
        "وأوضح فيدان في مقابلة تلفزيونية أن محادثات جنيف فشلت بسبب موقف حفتر.",
        "وأشاد أردوغان في كلمته بجهود الدبيبة لتوحيد المؤسسات.",
    ],
)
def test_a_stance_or_efforts_alone_make_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


def test_an_envoy_named_after_the_title_is_the_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "مبعوث الرئيس التركي، إبراهيم قالن": the name is the envoy's, no owner's
    text = "استقبل الدبيبة مبعوث الرئيس التركي، إبراهيم قالن، في طرابلس."
    assert current(detector, entities, text) == {pair_key(DBEIBAH, KALIN)}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "التقى قالن صدام حفتر في إسطنبول، وبحثا رؤية الرئيس أردوغان للحل في ليبيا.",
            {(KALIN, SADDAM)},
        ),
        ("استقبل أردوغان السيسي في أنقرة، وبحثا الأوضاع في ليبيا وحكومة الدبيبة.", set()),
        ("التقى أردوغان رئيس الوزراء الإيطالي، وناقشا الملف الليبي وتحركات حفتر.", set()),
        (
            "استقبل غولر الحداد في أنقرة، واستعرض الجانبان برامج التدريب التي يشرف عليها صدام حفتر.",
            {(GULER, HADDAD)},
        ),
    ],
)
def test_who_follows_a_verb_of_the_two_parties_is_what_they_discussed(
    detector: ContactDetector, entities: EntityDetector, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert current(detector, entities, text) == {pair_key(a, b) for a, b in pairs}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # "مع" brings a partner to the verb of the two
        (
            "استقبل أردوغان الدبيبة، وبحث الجانبان مع وزير الخارجية هاكان فيدان ملفات التعاون.",
            {(ERDOGAN, DBEIBAH), (FIDAN, DBEIBAH)},
        ),
        (
            "استقبل الدبيبة وفدا تركيا، وبحثا مع السفير كنعان يلماز التعاون.",
            {(DBEIBAH, KENAN)},
        ),
        # the dual misspelt for the singular, its subject after it and "مع" later
        (
            "بحثا وزير الخارجية التركي هاكان فيدان، اليوم السبت مع رئيس الحكومة الليبية الدبيبة.",
            {(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_a_partner_after_the_verb_of_the_two_stays(
    detector: ContactDetector, entities: EntityDetector, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert current(detector, entities, text) == {pair_key(a, b) for a, b in pairs}


def test_who_made_the_earlier_contact_is_no_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "التقى فيدان حفتر في بنغازي، في أول زيارة لوزير خارجية تركي منذ زيارة تشاووش أوغلو لطرابلس."
    )
    assert current(detector, entities, text) == {pair_key(FIDAN, HAFTAR)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وتأتي الزيارة بعد أشهر من لقاء جمع أردوغان بالدبيبة في إسطنبول.", (ERDOGAN, DBEIBAH)),
        ("وجاء اللقاء بعد أسبوعين من اتصال هاتفي بين أردوغان والمنفي.", (ERDOGAN, MENFI)),
        ("ويأتي ذلك بعد ثلاثة أعوام من لقاء جمع غولر وصدام حفتر في أنقرة.", (GULER, SADDAM)),
        ("وتأتي المباحثات بعد عام على زيارة فيدان إلى طرابلس ولقائه الدبيبة.", (FIDAN, DBEIBAH)),
    ],
)
def test_a_contact_weeks_months_or_years_before_is_historical(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == set()
    assert historical(detector, entities, text) == {pair_key(*pair)}


def test_a_contact_hours_before_stays_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "بعد ساعات من لقائه أردوغان، عقد الدبيبة مؤتمرا صحفيا في أنقرة."
    assert current(detector, entities, text) == {pair_key(ERDOGAN, DBEIBAH)}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "التقى أردوغان الدبيبة، كما التقى فيدان نظيره الليبي الطاهر الباعور.",
            {(ERDOGAN, DBEIBAH), (FIDAN, BAOUR)},
        ),
        (
            "بحث فيدان مع الباعور ملفات التعاون، فيما التقى غولر الحداد.",
            {(FIDAN, BAOUR), (GULER, HADDAD)},
        ),
        (
            "التقى فيدان الدبيبة في طرابلس، فيما التقى غولر في أنقرة رئيس الأركان محمد الحداد.",
            {(FIDAN, DBEIBAH), (GULER, HADDAD)},
        ),
    ],
)
def test_clauses_each_telling_a_contact_keep_their_own_pairs(
    detector: ContactDetector, entities: EntityDetector, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert current(detector, entities, text) == {pair_key(a, b) for a, b in pairs}


def test_a_clause_naming_one_side_still_pairs_with_the_other(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "التقى أردوغان الدبيبة، كما التقى المنفي."
    assert current(detector, entities, text) == {
        pair_key(ERDOGAN, DBEIBAH),
        pair_key(ERDOGAN, MENFI),
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the companions' clause closed by a comma before the object
        (
            "استقبل أردوغان، يرافقه فيدان وقالن، رئيس المجلس الرئاسي الليبي محمد المنفي.",
            (ERDOGAN, MENFI),
        ),
        (
            "التقى فيدان، برفقة رئيس الاستخبارات إبراهيم قالن، المشير خليفة حفتر في بنغازي.",
            (FIDAN, HAFTAR),
        ),
        (
            "استقبل المشير خليفة حفتر، بحضور صدام حفتر، وزير الخارجية التركي هاكان فيدان.",
            (HAFTAR, FIDAN),
        ),
        # a companion of the subject's side, then the object's title
        (
            "التقى المنفي برفقة عضو المجلس الرئاسي عبد الله اللافي الرئيس التركي رجب طيب أردوغان في أنقرة.",
            (MENFI, ERDOGAN),
        ),
    ],
)
def test_the_object_after_the_companions_is_a_principal(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the object named before the cue: every one after it only attended
        (
            "التقى الدبيبة وزير الدفاع التركي يشار غولر بحضور رئيس الأركان محمد الحداد.",
            {(DBEIBAH, GULER)},
        ),
        (
            "التقى أردوغان المنفي. كما حضر اللقاء كل من وزير الدفاع يشار غولر والسفير كنعان يلماز.",
            {(ERDOGAN, MENFI)},
        ),
        # the object is an unnamed delegation after the companions: no attendee takes its place
        (
            "استقبل الدبيبة، بحضور السفير التركي كنعان يلماز، وفدا من رجال الأعمال الأتراك.",
            set(),
        ),
    ],
)
def test_attendees_stay_attendees_when_the_object_is_told(
    detector: ContactDetector, entities: EntityDetector, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert {k for k in current(detector, entities, text) if "generic" not in k} == {
        pair_key(a, b) for a, b in pairs
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("التقى الدبيبة أردوغان عدة مرات منذ توليه منصبه.", (DBEIBAH, ERDOGAN)),
        ("والتقى الدبيبة بأردوغان مرارا خلال العامين الماضيين.", (DBEIBAH, ERDOGAN)),
        ("واجتمع صدام حفتر مع غولر في مناسبات عدة في أنقرة.", (SADDAM, GULER)),
    ],
)
def test_a_contact_told_as_repeated_is_historical(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == set()
    assert historical(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a habit agreed at the day's meeting, past years as its topic: the day's contact
        (
            "التقى الدبيبة أردوغان في أنقرة، واتفقا على عقد اجتماعات بشكل دوري.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "التقى الدبيبة أردوغان في أنقرة، وبحثا مسار العلاقات خلال السنوات الماضية.",
            (DBEIBAH, ERDOGAN),
        ),
    ],
)
def test_a_habit_or_past_years_as_the_topic_leave_the_contact_current(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}
