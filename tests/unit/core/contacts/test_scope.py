"""A plan cue cancels the trigger next to it, not the contact reported beside it.

Sentences paraphrase the wording of the real-text dev set (issue #12, class 3: one
blocking cue cancelled the whole sentence even where it belonged to another clause).
They run through the real entity detector and the packaged lexicons.
"""

from __future__ import annotations

import pytest

from schemas import ContactEvent
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.scope import cancelled_triggers, in_live_scope, words_between
from wirewatch.core.entities.detector import EntityDetector

DAVUTOGLU, ABDUL_JALIL = "person:ahmet-davutoglu", "person:mustafa-abdul-jalil"
JIBRIL = "person:mahmoud-jibril"
AKAR, MISHRI = "person:hulusi-akar", "person:khalid-al-mishri"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"


def detect(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, day: str
) -> list[ContactEvent]:
    return events_in(detector, entities, text, lang, on_day(day), article_id="scope")


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        # talks held, a premier's visit announced (the announced visit is no trigger)
        (
            "ar",
            "2013-02-16",
            "بحثا وزير الخارجية التركي أحمد داود أوغلو، اليوم السبت مع مصطفى عبد الجليل "
            "تطورات الوضع في ليبيا، والزيارة المرتقبة لرئيس الوزراء الليبي علي زيدان إلى "
            "تركيا الأسبوع المقبل.",
            {pair_key(DAVUTOGLU, ABDUL_JALIL)},
        ),
        (
            "en",
            "2013-02-16",
            "Ahmet Davutoglu met Mustafa Abdul Jalil in Benghazi on Saturday and discussed "
            "the upcoming visit of Ali Zeidan to Turkey.",
            {pair_key(DAVUTOGLU, ABDUL_JALIL)},
        ),
        # a time word before a plan's own verb dates the plan, not the meeting held
        (
            "tr",
            "2020-07-06",
            "Bakan Akar, Trablus'ta Halid el-Meşri ile görüştü; Dbeybe ile ise önümüzdeki "
            "hafta bir araya gelecek.",
            {pair_key(AKAR, MISHRI)},
        ),
        (
            "ar",
            "2020-07-06",
            "التقى هاكان فيدان عبد الحميد الدبيبة في طرابلس أمس، على أن يستقبل خليفة حفتر "
            "في الزيارة المرتقبة الشهر المقبل.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "ar",
            "2020-07-06",
            "استقبل أردوغان فائز السراج في إسطنبول اليوم وبحثا الزيارة المرتقبة لخليفة حفتر.",
            {pair_key(ERDOGAN, SARRAJ)},
        ),
    ],
)
def test_a_plan_cancels_only_its_own_clause(detector, entities, lang, day, text, expected) -> None:
    found = detect(detector, entities, text, lang, day)
    assert {e.pair_key for e in found} == expected
    assert not any(e.historical for e in found)


@pytest.mark.parametrize(
    ("lang", "day", "text"),
    [
        # the plan is the sentence's only contact word
        ("en", "2011-09-01", "Dbeibah will visit Ankara next week to meet Erdogan."),
        (
            "en",
            "2011-09-01",
            "Mahmoud Jibril, a Libyan rebel leader, is set to arrive in Turkey today to "
            "discuss aid pledged by Ahmet Davutoglu during his visit.",
        ),
        (
            "tr",
            "2020-07-06",
            "Halid el-Meşri ve Fethi Başağa ile görüşmesi beklenen Bakan Akar, daha sonra "
            "Libya Görev Grup Komutanlığını ziyaret edecek.",
        ),
        ("ar", "2020-07-06", "من المقرر أن يلتقي هاكان فيدان عبد الحميد الدبيبة الأسبوع المقبل."),
    ],
)
def test_a_plan_alone_is_no_contact(detector, entities, lang, day, text) -> None:
    assert detect(detector, entities, text, lang, day) == []


def test_a_name_inside_a_compound_modifier_is_no_actor(detector, entities) -> None:
    text = (
        "Mahmoud Jibril, a Libyan rebel leader, met Ahmet Davutoglu in Ankara today to "
        "discuss post-Gadhafi aid."
    )
    found = detect(detector, entities, text, "en", "2011-09-01")
    assert {e.pair_key for e in found} == {pair_key(DAVUTOGLU, JIBRIL)}


def test_cancelled_triggers_prefers_the_plan_it_holds() -> None:
    import re

    folded = "a met b and next week c will meet d"
    triggers = [(2, 5), (26, 35)]  # "met", "will meet"
    pattern = re.compile(r"next week|will meet")
    cancelled, unattached = cancelled_triggers(pattern, folded, 0, len(folded), triggers)
    assert cancelled == {1}  # "next week" stands by the plan, not by "met"
    assert unattached == []
    far = "a met b then one two three four five six the expected visit"
    cancelled, unattached = cancelled_triggers(re.compile("expected"), far, 0, len(far), [(2, 5)])
    assert cancelled == set() and unattached == [(far.index("expected"), far.index(" visit"))]


def test_in_live_scope_measures_words() -> None:
    text = "X met Y and Z will meet W"
    live, dead = [(2, 5)], [(14, 23)]
    assert in_live_scope(text, (6, 7), live, dead, [])  # Y, next to "met"
    assert not in_live_scope(text, (24, 25), live, dead, [])  # W, next to "will meet"
    assert words_between(text, (0, 1), (6, 7)) == 1


# -- recaps by tense: the past perfect, dated or not (recaps.py) -------------------------


@pytest.mark.parametrize(
    ("lang", "day", "text", "historical"),
    [
        # the relative clause's "today" is not the meeting's date: a recap
        (
            "ar",
            "2025-08-25",
            "وكان صدام حفتر، نائب القائد العام الذي حضر اللقاء اليوم، قد التقى إبراهيم قالن "
            "في بنغازي.",
            True,
        ),
        # a current date after the cue: the day's own event told in the pluperfect
        (
            "ar",
            "2020-06-04",
            "وكان فائز السراج قد اجتمع مع أردوغان في العاصمة التركية أنقرة، اليوم الخميس.",
            False,
        ),
        ("tr", "2021-01-15", "Fayiz es-Serrac, dün Ankara'da Erdoğan ile görüşmüştü.", True),
        ("en", "2021-01-15", "Fayez al-Sarraj had met Erdogan in Ankara on Thursday.", True),
        ("en", "2021-01-15", "Fayez al-Sarraj met Erdogan in Ankara on Thursday.", False),
    ],
)
def test_past_perfect_is_a_recap_unless_dated_after(
    detector, entities, lang, day, text, historical
) -> None:
    [event] = detect(detector, entities, text, lang, day)
    assert event.historical is historical


# -- lexicon entries drawn from dev-set wording ------------------------------------------

HADDAD, MENFI, LAFI = "person:mohammed-al-haddad", "person:mohamed-menfi", "person:abdullah-al-lafi"


@pytest.mark.parametrize(
    ("lang", "day", "text", "expected"),
    [
        # a noun with its counterparts ("discussions with")
        (
            "en",
            "2021-03-20",
            "Relations were on the agenda in President Recep Tayyip Erdoğan's discussions "
            "with Mohammad Menfi and Prime Minister Abdul Hamid Dbeibah, the directorate said.",
            {pair_key(ERDOGAN, MENFI), pair_key(ERDOGAN, DBEIBAH)},
        ),
        # first person in a quoted statement
        (
            "ar",
            "2022-08-02",
            "وقال عبد الله اللافي في بيان: التقينا اليوم في أنقرة الرئيس التركي رجب طيب أردوغان.",
            {pair_key(LAFI, ERDOGAN)},
        ),
        (
            "tr",
            "2021-08-18",
            "Hulusi Akar: Bugün Trablus'ta Muhammed el-Haddad ile görüştük.",
            {pair_key(AKAR, HADDAD)},
        ),
        # the agent of another act ("tarafından açılışı gerçekleştirilen") is no party
        (
            "tr",
            "2021-08-18",
            "Akar, Cumhurbaşkanı Recep Tayyip Erdoğan tarafından açılışı gerçekleştirilen fuar "
            "kapsamında Libya Genelkurmay Başkanı Muhammed el-Haddad ile görüştü.",
            {pair_key(AKAR, HADDAD)},
        ),
    ],
)
def test_lexicon_entries(detector, entities, lang, day, text, expected) -> None:
    found = detect(detector, entities, text, lang, day)
    assert {e.pair_key for e in found} == expected


def test_a_month_named_alone_dates_a_recap(detector, entities) -> None:
    text = (
        "Abdul Hamid Dbeibah made a private visit to Ankara in mid-February, meeting with Erdoğan."
    )
    [event] = detect(detector, entities, text, "en", "2021-04-12")
    assert event.pair_key == pair_key(DBEIBAH, ERDOGAN)
    assert event.historical


# -- one verb, hosts and guests on its two sides (scope.across_one_verb) -----------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "tr",
            "Libya Genelkurmay Başkanı Muhammed eş-Şerif ile Türkiye'nin Trablus Büyükelçisi "
            "Serhat Aksen tarafından karşılanan Hulusi Akar, tören kıtasını selamladı.",
        ),
        (
            "en",
            "Mohammed al-Haddad and Turkish ambassador Guven Begec greeted Hulusi Akar at "
            "Mitiga airport.",
        ),
        ("ar", "محمد الحداد والسفير التركي كنعان يلماز استقبلا خلوصي أكار في مطار معيتيقة."),
    ],
)
def test_a_fellow_host_is_no_counterpart(detector, entities, lang, text) -> None:
    # The Turkish ambassador greeted Akar beside the Libyan officer: only Akar met him.
    found = detect(detector, entities, text, lang, "2020-12-26")
    keys = {e.pair_key for e in found}
    assert len(keys) == 1
    [key] = keys
    assert AKAR in key.split("|")
