"""Arabic near-contacts found by probing stage 1 with invented newsroom sentences
(issue #12, session 14): an intention or expectation verb whose meeting noun stands
past a long subject ("يعتزم رئيس المجلس الرئاسي محمد المنفي القيام بزيارة"), "last
year" published in early January, and a comment verb whose object is a meeting of others ("وصف حفتر لقاء
الدبيبة وأردوغان").

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
GULER, SADDAM = "person:yasar-guler", "person:saddam-haftar"
AKAR, NAMROUSH = "person:hulusi-akar", "person:salah-al-namroush"
HAFTAR, TAKALA = "person:khalifa-haftar", "person:mohamed-takala"


def split(
    detector: ContactDetector, entities: EntityDetector, text: str, day: str = "2024-05-10"
) -> tuple[set[str], set[str]]:
    """(current, historical) pair keys of ``text`` published on ``day``."""
    events = events_in(detector, entities, text, "ar", on_day(day), article_id="probe")
    return (
        {e.pair_key for e in events if not e.historical},
        {e.pair_key for e in events if e.historical},
    )


@pytest.mark.parametrize(
    "text",
    [
        "يعتزم رئيس المجلس الرئاسي محمد المنفي القيام بزيارة إلى تركيا تلبية لدعوة من "
        "الرئيس رجب طيب أردوغان.",
        "وتعتزم حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة إجراء مباحثات موسعة مع "
        "الرئيس التركي رجب طيب أردوغان.",
        "يرتقب أن يجري وزير الدفاع التركي يشار غولر مباحثات مع صدام حفتر في بنغازي.",
        "ويتوقع أن يعقد رئيس الحكومة عبد الحميد الدبيبة اجتماعا مع وزير الخارجية التركي "
        "هاكان فيدان.",
        "وينوي المشير خليفة حفتر خلال الشهر الجاري القيام بزيارة رسمية إلى أنقرة للقاء أردوغان.",
    ],
)
def test_an_intention_or_expectation_reaches_its_meeting_across_titles(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert split(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the intention comes after the meeting held: it governs only what follows it
        (
            "التقى الدبيبة الرئيس أردوغان في أنقرة، وأكد أن حكومته تعتزم توسيع الاستثمارات "
            "التركية في ليبيا.",
            (DBEIBAH, ERDOGAN),
        ),
        # an expectation of something else, said at a meeting held
        (
            "وبحث فيدان مع المنفي في طرابلس اليوم ملف الانتخابات التي يتوقع أن تجرى العام المقبل.",
            (FIDAN, MENFI),
        ),
    ],
)
def test_a_held_meeting_beside_an_intention_stands(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert split(detector, entities, text)[0] == {pair_key(*pair)}


@pytest.mark.parametrize("day", ["2025-01-05", "2025-06-20"])
def test_met_last_year_is_a_recap_even_early_in_january(
    detector: ContactDetector, entities: EntityDetector, day: str
) -> None:
    text = "يذكر أن النمروش التقى أكار في أنقرة العام الماضي."
    assert split(detector, entities, text, day) == (set(), {pair_key(AKAR, NAMROUSH)})


def test_met_this_year_stays_current(detector: ContactDetector, entities: EntityDetector) -> None:
    text = "التقى النمروش أكار في أنقرة اليوم لبحث التعاون العسكري."
    assert split(detector, entities, text, "2025-01-05")[0] == {pair_key(AKAR, NAMROUSH)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("وصف حفتر لقاء الدبيبة وأردوغان بأنه تدخل في الشأن الليبي.", (DBEIBAH, ERDOGAN)),
        (
            "ووصف رئيس المجلس الأعلى للدولة محمد تكالة لقاء صدام حفتر ووزير الدفاع التركي "
            "يشار غولر بالمهم.",
            (SADDAM, GULER),
        ),
        ("ورحب المنفي بلقاء فيدان وحفتر في بنغازي.", (FIDAN, HAFTAR)),
        ("واعتبر تكالة لقاء أردوغان وحفتر خطوة نحو توحيد المؤسسات.", (ERDOGAN, HAFTAR)),
    ],
)
def test_a_commenter_on_a_meeting_of_others_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    current, historical = split(detector, entities, text)
    assert current | historical == {pair_key(*pair)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the welcome is given to a guest met: the subject is a party
        ("رحب الدبيبة بالرئيس أردوغان لدى وصوله إلى طرابلس وعقدا لقاء مغلقا.", (DBEIBAH, ERDOGAN)),
        # a meeting noun with the speaker's own pronoun ("لقاءه") is his own meeting
        ("ووصف الدبيبة لقاءه مع أردوغان في أنقرة بالمثمر.", (DBEIBAH, ERDOGAN)),
    ],
)
def test_a_welcome_or_a_comment_on_ones_own_meeting_keeps_the_speaker(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    current, historical = split(detector, entities, text)
    assert current | historical == {pair_key(*pair)}


SARRAJ, AKSEN = "person:fayez-al-sarraj", "person:serhat-aksen"
ABDULJALIL, ZEIDAN = "person:othman-abduljalil", "person:ali-zeidan"


def test_a_delegation_relative_clause_that_lists_its_members_names_parties(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # "الذي ضم": the members of the delegation received, not thirds named in passing
    text = (
        "واستقبل رئيس المجلس الرئاسي، فايز السراج، اليوم الجمعة، وزير الدفاع التركي خلوصي "
        "أكار، والوفد المرافق له، الذي ضم رئيس الأركان الفريق أول يشار غولر، والسفير "
        "التركي سرحت أكسن."
    )
    assert split(detector, entities, text)[0] == {
        pair_key(SARRAJ, AKAR),
        pair_key(SARRAJ, GULER),
        pair_key(SARRAJ, AKSEN),
    }


def test_a_relative_clause_of_another_verb_still_names_a_third(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # a clause of another verb ("الذي خلف"): the Libyan named in it is no party
    text = "استقبل أردوغان الدبيبة، الذي خلف فتحي باشاغا في رئاسة الحكومة، في أنقرة اليوم."
    assert split(detector, entities, text)[0] == {pair_key(DBEIBAH, ERDOGAN)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "جاء ذلك في المؤتمر الصحفي المشترك الذي عقده أردوغان مع نظيره الليبي علي زيدان "
            "في أنقرة.",
            (ERDOGAN, ZEIDAN),
        ),
        (
            "وعقد أردوغان مع رئيس الحكومة عبد الحميد الدبيبة مؤتمرا صحفيا مشتركا عقب مباحثاتهما.",
            (DBEIBAH, ERDOGAN),
        ),
    ],
)
def test_a_joint_press_conference_names_its_two_holders(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert split(detector, entities, text)[0] == {pair_key(*pair)}


def test_a_joint_press_conference_with_a_third_country_is_no_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "عقد فيدان مؤتمرا صحفيا مشتركا مع نظيره الإيطالي تناول الوضع في ليبيا وحكومة الدبيبة."
    assert split(detector, entities, text)[0] == set()


@pytest.mark.parametrize(
    "text",
    [
        "بحث وزير التعليم الدكتور ( عثمان عبدالجليل )، و السفير التركي ( سرحت أكسن) ، اليوم "
        "عودة الشركات التركية.",
        "التقى وزير التعليم (عثمان عبدالجليل) السفير التركي (سرحت أكسن) بمقر الوزارة.",
    ],
)
def test_a_title_holder_named_alone_in_parentheses_is_a_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert split(detector, entities, text)[0] == {pair_key(ABDULJALIL, AKSEN)}


def test_a_name_inside_a_longer_parenthetical_aside_stays_out(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # the aside tells who the ambassador succeeded: no party of the meeting
    text = "التقى الدبيبة السفير التركي كنعان يلماز (خلفا لسرحت أكسن) في طرابلس."
    assert split(detector, entities, text)[0] == {pair_key(DBEIBAH, "person:kenan-yilmaz")}


YILMAZ = "person:kenan-yilmaz"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ودع الدبيبة السفير التركي كنعان يلماز بمناسبة انتهاء مهامه في طرابلس.",
            (DBEIBAH, YILMAZ),
        ),
        ("أقام الدبيبة حفل توديع للسفير التركي كنعان يلماز.", (DBEIBAH, YILMAZ)),
        (
            "قدم السفير التركي الجديد كنعان يلماز أوراق اعتماده إلى رئيس المجلس الرئاسي محمد "
            "المنفي.",
            (MENFI, YILMAZ),
        ),
    ],
)
def test_a_farewell_or_credentials_presented_is_a_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert split(detector, entities, text)[0] == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        "أودع المصرف المركزي الليبي أموالا لدى المصرف المركزي التركي في أنقرة.",
        # "ودعت" is "and she called on" as often as "bade farewell"
        "ودعت المنقوش في بيان الوزير التركي هاكان فيدان إلى دعم المسار الانتخابي.",
    ],
)
def test_a_deposit_or_a_call_on_someone_is_no_farewell(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert split(detector, entities, text)[0] == set()


SALEH = "person:aguila-saleh"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "الرئيس التركي يستقبل المنفي في إسطنبول\n"
            "استقبل الرئيس التركي رجب طيب أردوغان، اليوم، رئيس المجلس الرئاسي.\n"
            "وتناول اللقاء العلاقات الثنائية.",
            (ERDOGAN, MENFI),
        ),
        (
            "وصل عقيلة صالح إلى أنقرة في زيارة رسمية.\n"
            "والتقى وزير الخارجية التركي هاكان فيدان اليوم رئيس مجلس النواب الليبي.",
            (SALEH, FIDAN),
        ),
        (
            "أعلن مكتب تكالة أن الزيارة تستمر يومين.\n"
            "واستقبل أردوغان رئيس المجلس الأعلى للدولة في أنقرة اليوم.",
            (ERDOGAN, TAKALA),
        ),
    ],
)
def test_an_institutions_head_by_office_alone_is_its_holder_named_before(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert split(detector, entities, text)[0] == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        # no holder named before: the office alone names no one
        "استقبل الرئيس التركي رجب طيب أردوغان، اليوم، رئيس المجلس الرئاسي.",
        # the holder named before is of another institution
        "وصل الدبيبة إلى أنقرة.\nواستقبل أردوغان اليوم رئيس المجلس الأعلى للدولة.",
    ],
)
def test_an_institutions_head_with_no_such_holder_named_is_no_one(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    current = split(detector, entities, text)[0]
    assert not any(k.count("person:") == 2 for k in current)
