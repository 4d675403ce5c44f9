"""Arabic near-contacts that must give no current event, and the contacts beside them
that must stay (issue #12, session 15): found missing by probing stage 1 with invented
newsroom sentences, by class rather than by excerpt.

- plans: an indefinite "expected" after its noun (لقاء مرتقب), a meeting still ahead
  (قبيل لقائه أردوغان), one called for, proposed, arranged or possible (دعا إلى عقد
  لقاء، ترتيب لقاء، الإعداد لزيارة، احتمال لقاء), the counterfactual لو, a meeting that
  ought not to happen (يجب ألا يجلس);
- interviews and press encounters named with a trigger word (لقاء تلفزيوني، اتصال هاتفي
  مع قناة، لقاء مع الصحفيين);
- commenters and third parties: the commenter between verb and preposition (علق المشري
  على لقاء ...), the results of someone's visit (نتائج زيارة فيدان);
- recaps: an anniversary (الذكرى الخامسة لتوقيع ...);
- denials: a denial of something else after the contact no longer rules it out (ونفى
  الرئيس التركي وجود أي خلاف), a denial of the contact still does (إلا أن القيادة نفت
  ذلك، وهو ما نفاه المكتب، ثم نفت الرئاسة);
- the long adjective of a press conference (مؤتمر صحافي مشترك مع ...).

The sentences are paraphrases written for the probe, not the wording of any excerpt of
the real-text set.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.content import content_start
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold_char_string

DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
SADDAM = "person:saddam-haftar"


def current(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="probe")
    return {e.pair_key for e in events if not e.historical}


def historical(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="probe")
    return {e.pair_key for e in events if e.historical}


@pytest.mark.parametrize(
    "text",
    [
        # an indefinite "expected" after its noun
        "لقاء مرتقب بين عبد الحميد الدبيبة ورجب طيب أردوغان في إسطنبول نهاية الشهر.",
        "ويجري محمد المنفي زيارة مرتقبة إلى أنقرة يلتقي خلالها رجب طيب أردوغان.",
        # a meeting still ahead when something else is told
        "قبيل لقائه أردوغان، التقى عبد الحميد الدبيبة رجال أعمال ليبيين في إسطنبول.",
        "وصرح محمد المنفي للصحفيين قبيل لقاء رجب طيب أردوغان بأن الزيارة مهمة.",
        "وقال عبد الحميد الدبيبة قبل لقائه أردوغان إن العلاقات ممتازة.",
        # called for, proposed, being arranged, possible
        "دعا خالد المشري إلى عقد لقاء بين عبد الحميد الدبيبة ورجب طيب أردوغان لحل الخلاف.",
        "تسعى أنقرة إلى ترتيب لقاء بين خليفة حفتر ورجب طيب أردوغان.",
        "يجري الإعداد لزيارة يقوم بها عبد الحميد الدبيبة إلى أنقرة للقاء أردوغان.",
        "تناقش الأوساط السياسية احتمال لقاء عبد الحميد الدبيبة ورجب طيب أردوغان.",
        # the meetings a visit is to hold
        "وصل رئيس الأركان التركي متين غوراك إلى طرابلس في زيارة يلتقي خلالها محمد الحداد.",
        "يبدأ وزير الخارجية التركي هاكان فيدان زيارة إلى بنغازي يلتقي خلالها صدام خليفة حفتر.",
        # a counterfactual
        "لو التقى عقيلة صالح برجب طيب أردوغان لتغيرت المعادلة في ليبيا.",
        # ought not to sit down with him
        "قال وزير الخارجية التركي مولود تشاووش أوغلو إن خليفة حفتر يجب ألا يجلس إلى طاولة التفاوض.",
    ],
)
def test_plans_wishes_and_suppositions_give_no_current_event(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # "before he left Ankara": no meeting noun after قبيل
        (
            "التقى عبد الحميد الدبيبة الرئيس التركي رجب طيب أردوغان قبيل مغادرته أنقرة.",
            (DBEIBAH, ERDOGAN),
        ),
        # the past "met during it" is a meeting held
        (
            "وصل رئيس الأركان التركي متين غوراك إلى طرابلس في زيارة التقى خلالها محمد الحداد.",
            ("person:metin-gurak", HADDAD),
        ),
        # the expected visit is cancelled, the talks held stay
        (
            "بحث هاكان فيدان مع عبد الحميد الدبيبة في طرابلس التحضير لزيارة مرتقبة إلى أنقرة.",
            (DBEIBAH, FIDAN),
        ),
        # a call made during the meeting for another meeting
        (
            "دعا محمد المنفي خلال لقائه رجب طيب أردوغان في أنقرة إلى عقد قمة إقليمية.",
            (MENFI, ERDOGAN),
        ),
    ],
)
def test_the_contacts_beside_a_plan_cue_stay(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in current(detector, entities, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال عبد الحميد الدبيبة في اتصال هاتفي مع قناة ليبيا الأحرار إن أردوغان داعم للاستقرار.",
        "أكد محمد المنفي في لقاء تلفزيوني أن علاقته بأردوغان قوية.",
        "وقال رجب طيب أردوغان في لقاء مع الصحفيين على متن الطائرة إن حفتر ليس محاورا.",
        "وأوضح هاكان فيدان في لقاء خاص مع قناة الجزيرة أن خليفة حفتر شريك في الحل.",
        "وقال خالد المشري في مداخلة هاتفية إن أردوغان حليف.",
    ],
)
def test_interviews_named_with_a_trigger_word_are_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


def test_an_interview_beside_a_contact_leaves_it(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "وقال محمد المنفي في لقاء تلفزيوني إنه التقى الرئيس رجب طيب أردوغان أمس في أنقرة."
    assert pair_key(MENFI, ERDOGAN) in current(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the commenter between verb and preposition takes no part; the meeting's own
        # parties, named after the noun, remain
        (
            "علق خالد المشري على لقاء عبد الحميد الدبيبة ورجب طيب أردوغان بالقول إنه لا يخدم الاستقرار.",
            {pair_key(DBEIBAH, ERDOGAN)},
        ),
        ("أشاد محمد المنفي بنتائج زيارة رجب طيب أردوغان إلى الجزائر.", set()),
        ("بحث عقيلة صالح مع السفير الأمريكي نتائج زيارة هاكان فيدان إلى طرابلس.", set()),
    ],
)
def test_commenters_and_results_of_others_visits(
    detector: ContactDetector, entities: EntityDetector, text: str, kept: set[str]
) -> None:
    assert current(detector, entities, text) == kept


def test_his_own_meeting_results_keep_the_speaker_a_party(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "استعرض محمد المنفي مع أعضاء المجلس نتائج لقائه برجب طيب أردوغان في أنقرة."
    assert pair_key(MENFI, ERDOGAN) in current(detector, entities, text)


def test_an_anniversary_of_a_contact_is_a_recap(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "تحل اليوم الذكرى الخامسة لتوقيع رجب طيب أردوغان وفائز السراج مذكرتي التفاهم في إسطنبول."
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "التقى عبد الحميد الدبيبة الرئيس رجب طيب أردوغان في أنقرة، ونفى الرئيس التركي وجود أي خلاف بين البلدين.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "استقبل رجب طيب أردوغان محمد المنفي في إسطنبول، وأكد المنفي خلال اللقاء نفي بلاده لأي تدخل في شؤون جيرانها.",
            (MENFI, ERDOGAN),
        ),
        (
            "التقى صدام خليفة حفتر وزير الدفاع التركي يشار غولر في أنقرة، وسط نفي تركي لأي تغيير في موقفها.",
            (SADDAM, GULER),
        ),
        (
            "أجرى رجب طيب أردوغان اتصالا هاتفيا بمحمد المنفي، نفى خلاله الرئيس التركي نية بلاده إرسال قوات إضافية.",
            (MENFI, ERDOGAN),
        ),
    ],
)
def test_a_denial_of_something_else_after_the_contact_leaves_it(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        "ذكرت تقارير أن خليفة حفتر التقى إبراهيم قالن في بنغازي، إلا أن القيادة العامة نفت ذلك.",
        "أفادت وسائل إعلام بأن عقيلة صالح التقى رجب طيب أردوغان في أنقرة، وهو ما نفاه المكتب الإعلامي لمجلس النواب.",
        "قالت مصادر إن خليفة حفتر اجتمع مع هاكان فيدان سرا، لكن المتحدث باسم القيادة نفى.",
        "تحدثت صحف عن لقاء بين عبد الحميد الدبيبة ويشار غولر في إسطنبول، ونفت الحكومة صحة هذه الأنباء.",
        "ذكرت قناة تركية أن محمد المنفي التقى رجب طيب أردوغان، ونفى المجلس الرئاسي حصول اللقاء.",
        "أشارت تقارير إلى أن خليفة حفتر التقى إبراهيم قالن، ونفت القيادة العامة ما تداولته وسائل الإعلام.",
        "نقلت وكالة عن مصادر أن عقيلة صالح اجتمع مع رجب طيب أردوغان، ثم نفت القيادة العامة للجيش الليبي.",
    ],
)
def test_a_denial_of_the_contact_still_rules_it_out(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


def test_content_start_denial_needs_a_named_object_and_no_reference_back() -> None:
    ar = load_lexicons()["ar"]
    assert ar.block is not None and ar.block_as_content is not None
    meeting = (0, len("التقى"))
    other = fold_char_string("التقى أ ب ونفى الوزير وجود أي خلاف")
    at = content_start(
        ar.block, ar.block_as_content, other, 0, len(other), [meeting], ar.block_as_content_except
    )
    assert at == other.index("ونفي")
    for text in ("التقى أ ب ونفى الوزير ذلك", "التقى أ ب وهو ما نفاه الوزير", "التقى أ ب ثم نفت"):
        folded = fold_char_string(text)
        found = content_start(
            ar.block,
            ar.block_as_content,
            folded,
            0,
            len(folded),
            [meeting],
            ar.block_as_content_except,
        )
        assert found is None, text


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وأكد يشار غولر في مؤتمر صحافي مشترك مع محمد الحداد في طرابلس استمرار التدريب.",
            (GULER, HADDAD),
        ),
        (
            "وقال هاكان فيدان في المؤتمر الصحافي المشترك مع محمد المنفي إن البلدين متفقان.",
            (MENFI, FIDAN),
        ),
    ],
)
def test_a_press_conference_with_the_long_adjective(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        "برعاية جهاز الاستخبارات التركية، اجتمع صدام خليفة حفتر مع عماد الطرابلسي في إسطنبول.",
        "وعقد في طرابلس، تحت رعاية المخابرات التركية، اجتماع ضم عبد الحميد الدبيبة وخالد المشري.",
    ],
)
def test_an_institution_sponsoring_others_meeting_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a person sponsor stays a party, as do the signatories
        (
            "برعاية الرئيس رجب طيب أردوغان، وقع وزير الدفاع التركي يشار غولر ونظيره الليبي عبد الحميد الدبيبة مذكرة تفاهم.",
            (GULER, DBEIBAH),
        ),
        # the institution's own minister meets the Libyans: the sponsor is beside its side
        (
            "برعاية وزارة الخارجية التركية، التقى هاكان فيدان عبد الحميد الدبيبة في أنقرة.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_sponsors_with_a_party_of_their_side_leave_the_contact(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in current(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "اتفق رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة مع الرئيس التركي رجب طيب أردوغان على مواصلة التنسيق.",
            (DBEIBAH, ERDOGAN),
        ),
        (
            "واتفق وزير الدفاع التركي يشار غولر مع محمد الحداد على برنامج تدريب جديد.",
            (GULER, HADDAD),
        ),
    ],
)
def test_agreeing_with_someone_is_a_talk(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert current(detector, entities, text) == {pair_key(*pair)}


@pytest.mark.parametrize(
    "text",
    [
        # agreeing with an opinion, two states, a plan, a failure
        "يتفق محلل سياسي مع رأي رجب طيب أردوغان بأن خليفة حفتر ليس محاورا.",
        "اتفقت تركيا وليبيا على تمديد مذكرة التفاهم.",
        "من المتوقع أن يتفق محمد المنفي مع رجب طيب أردوغان على خريطة طريق.",
        "لم يتفق عبد الحميد الدبيبة مع رجب طيب أردوغان على موعد الزيارة.",
    ],
)
def test_agreements_that_are_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current(detector, entities, text) == set()
