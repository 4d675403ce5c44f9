"""Contacts told across clauses and sentences (issue #12, session 19, branch crossent).

The sentences are invented for the probe (wire, state-media, Gulf and Turkish daily
styles), not taken from the real set; each class keeps cases its rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import current_and_historical, keys
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
MENFI, FIDAN = "person:mohamed-menfi", "person:hakan-fidan"
HAFTAR, GULER = "person:khalifa-haftar", "person:yasar-guler"


# -- Arabic relative clause recap: "X، الذي كان قد التقى Y الشهر الماضي" ----------------
# The relative pronoun opens a recap phrase as "who" does in English: a clause holding a
# contact word and a past marker tells an earlier contact; the sentence's own contact,
# outside it, keeps its own (current) date instead of taking the clause's.


@pytest.mark.parametrize(
    ("text", "current", "historical"),
    [
        (
            "التقى فيدان في طرابلس اليوم الأحد الدبيبة، الذي كان قد اجتمع بأردوغان في إسطنبول"
            " الشهر الماضي.",
            keys((FIDAN, DBEIBAH)),
            keys((ERDOGAN, DBEIBAH)),
        ),
        (
            "التقى الدبيبة اليوم الإثنين بوزير الدفاع التركي يشار غولر، الذي زار بنغازي الشهر"
            " الماضي والتقى خليفة حفتر.",
            keys((DBEIBAH, GULER)),
            keys((GULER, HAFTAR)),
        ),
        (
            "استقبل الرئيس رجب طيب أردوغان في أنقرة اليوم رئيس حكومة الوحدة الوطنية عبد الحميد"
            " الدبيبة، الذي كان قد التقى الرئيس التركي في مارس الماضي.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
    ],
)
def test_arabic_relative_recap_leaves_the_main_contact_current(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, "ar")
    assert found_current == current
    assert historical <= found_historical


@pytest.mark.parametrize(
    ("text", "current", "historical"),
    [
        # the clause is the sentence's only contact: a recap, as before
        (
            "قال فيدان، الذي التقى حفتر في بنغازي العام الماضي، إن بلاده تدعم الحوار.",
            set(),
            keys((FIDAN, HAFTAR)),
        ),
        # a clause with no past marker is no recap: the sentence is the day's
        (
            "التقى فيدان اليوم الدبيبة، الذي وصل إلى أنقرة أمس في زيارة رسمية.",
            keys((FIDAN, DBEIBAH)),
            set(),
        ),
    ],
)
def test_arabic_relative_clauses_the_recap_rule_leaves_alone(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    found_current, found_historical = current_and_historical(detector, entities, text, "ar")
    assert found_current == current
    assert found_historical == historical


# -- a delegation's members named after the sentence of its meeting ----------------------
# The membership cues gain the other forms newsrooms use ("X was also part of the
# delegation", "The delegation's members included X", "وكان X في عداد الوفد"، "ومن
# أعضاء الوفد X"، "ويتكون الوفد من X"), and Turkish "Heyet, ..." (the delegation as a
# subject set off by a comma) is the bare delegation the article named before.

KALIN = "person:ibrahim-kalin"


@pytest.mark.parametrize(
    ("lang", "text", "current"),
    [
        (
            "en",
            "Turkey's delegation, which arrived in Tripoli on Sunday, was received by Prime"
            " Minister Abdul Hamid Dbeibah. Intelligence chief Ibrahim Kalin was also part of"
            " the delegation.",
            keys((DBEIBAH, KALIN)),
        ),
        (
            "en",
            "Mohamed Menfi hosted a Turkish delegation at the presidential council on Thursday."
            " The delegation's members included Hakan Fidan.",
            keys((MENFI, FIDAN)),
        ),
        (
            "ar",
            "استقبل المنفي في طرابلس وفدا عسكريا تركيا رفيع المستوى. وكان وزير الدفاع يشار غولر"
            " في عداد الوفد.",
            keys((MENFI, GULER)),
        ),
        (
            "ar",
            "التقى خليفة حفتر اليوم في الرجمة الوفد التركي الزائر. ومن أعضاء الوفد رئيس جهاز"
            " الاستخبارات إبراهيم كالن.",
            keys((HAFTAR, KALIN)),
        ),
        (
            "ar",
            "التقى الدبيبة وفدا تركيا. ويتكون الوفد من وزير الخارجية هاكان فيدان ومسؤولين آخرين.",
            keys((DBEIBAH, FIDAN)),
        ),
        (
            "tr",
            "MİT Başkanı İbrahim Kalın başkanlığındaki heyet Bingazi'ye gitti. Heyet, burada"
            " Hafter ile bir araya geldi.",
            keys((KALIN, HAFTAR)),
        ),
        (
            "tr",
            "Libya Başbakanı Dibeybe başkanlığındaki heyet Ankara'ya geldi. Heyet, Dışişleri"
            " Bakanı Hakan Fidan ile görüştü.",
            keys((DBEIBAH, FIDAN)),
        ),
    ],
)
def test_members_named_after_the_meeting_are_its_parties(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (current, set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no membership cue: a compatriot named after the meeting is no member
        (
            "en",
            "Dbeibah received a Turkish delegation on Monday. Hakan Fidan, who was not in"
            " Tripoli, praised the talks.",
        ),
        # membership denied, of another delegation
        (
            "en",
            "Dbeibah met a Turkish delegation on Monday. Hakan Fidan said in Ankara that he"
            " would not be part of the delegation that travels to Rome next week.",
        ),
        # members of a delegation no one met
        (
            "ar",
            "استقبل الدبيبة اليوم السفير الإيطالي. وفي أنقرة، قال هاكان فيدان إن أعضاء الوفد"
            " التركي سيصلون الأسبوع المقبل.",
        ),
        # the delegation's meeting is a plan
        (
            "tr",
            "Hakan Fidan başkanlığındaki heyet Trablus'a gitti. Heyet, yarın Dibeybe ile"
            " görüşecek.",
        ),
    ],
)
def test_member_cues_leave_other_sentences_alone(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (set(), set())


# -- the visitor's meeting told with his pronoun in the sentence after his arrival -------
# "During his meeting with Y, the minister ...", "وخلال لقائه Y، أكد الوزير ...": the
# possessed meeting refers back as "during the meeting" does; "during ~ he" allowed three
# words only, so a partner's full name or a role in place of "he" broke it.

MANGOUSH = "person:najla-mangoush"


@pytest.mark.parametrize(
    ("lang", "text", "current"),
    [
        (
            "en",
            "Yasar Guler flew to Benghazi on Saturday. During his talks with Khalifa Haftar, the"
            " minister reviewed military training.",
            keys((GULER, HAFTAR)),
        ),
        (
            "en",
            "Najla Mangoush was in Ankara on Thursday. During her meeting with Hakan Fidan, she"
            " raised the maritime accord.",
            keys((MANGOUSH, FIDAN)),
        ),
        (
            "ar",
            "وصل وزير الخارجية التركي هاكان فيدان إلى طرابلس اليوم. وخلال لقائه رئيس المجلس"
            " الرئاسي محمد المنفي، أكد الوزير دعم بلاده.",
            keys((FIDAN, MENFI)),
        ),
        (
            "ar",
            "زار وزير الدفاع التركي يشار غولر بنغازي اليوم. وخلال مباحثاته مع خليفة حفتر، تم بحث"
            " التعاون العسكري.",
            keys((GULER, HAFTAR)),
        ),
    ],
)
def test_the_possessed_meeting_refers_back_to_the_visitor(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (current, set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the visitor met no one of the other side
        (
            "en",
            "Hakan Fidan arrived in Rome on Sunday. During his meeting with Italian Foreign"
            " Minister Antonio Tajani, he discussed Libya.",
        ),
        # a planned meeting
        (
            "en",
            "Fidan will travel to Tripoli next week. During his meeting with Dbeibah, he is"
            " expected to discuss the maritime deal.",
        ),
        (
            "ar",
            "وصل هاكان فيدان إلى روما اليوم. وخلال لقائه نظيره الإيطالي، بحث الأوضاع في ليبيا.",
        ),
        (
            "ar",
            "يصل هاكان فيدان إلى طرابلس الأسبوع المقبل. ومن المقرر أن يبحث خلال لقائه الدبيبة"
            " ملف الانتخابات.",
        ),
    ],
)
def test_the_possessed_meeting_leaves_other_sentences_alone(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (set(), set())


# -- the delegation's head named after its meeting; a sender is no member ---------------
# "Heading the delegation was X", "وترأس الوفد X"، "وكان على رأس الوفد X", a participle
# clause without الذي ("وفد عسكري تركي يترأسه X") and the host between the verb and the
# delegation ("واستقبل صدام حفتر الوفد"); a compatriot named as whose message the
# delegation carried ("who brought a message from Erdogan") is no member.

SADDAM = "person:saddam-haftar"


@pytest.mark.parametrize(
    ("lang", "text", "current"),
    [
        (
            "en",
            "Dbeibah hosted the Turkish delegation in Tripoli on Wednesday. Heading the"
            " delegation was Defence Minister Yasar Guler.",
            keys((DBEIBAH, GULER)),
        ),
        (
            "en",
            "Khalifa Haftar received a Turkish delegation in Benghazi on Monday. The"
            " delegation included intelligence chief Ibrahim Kalin, who brought a message"
            " from Erdogan.",
            keys((HAFTAR, KALIN)),
        ),
        (
            "en",
            "Mohamed Menfi received a Turkish delegation on Sunday. The delegation, led by"
            " Ibrahim Kalin, carried a message from President Erdogan.",
            keys((MENFI, KALIN)),
        ),
        (
            "ar",
            "استقبل صدام حفتر في بنغازي وفدا تركيا. وترأس الوفد رئيس جهاز الاستخبارات إبراهيم"
            " كالن.",
            keys((SADDAM, KALIN)),
        ),
        (
            "ar",
            "استقبل المنفي وفدا تركيا. وكان على رأس الوفد وزير الخارجية هاكان فيدان.",
            keys((MENFI, FIDAN)),
        ),
        (
            "ar",
            "وصل إلى بنغازي وفد عسكري تركي يترأسه وزير الدفاع يشار غولر. واستقبل صدام حفتر"
            " الوفد في مقر القيادة.",
            keys((SADDAM, GULER)),
        ),
    ],
)
def test_the_head_named_after_the_meeting_and_no_sender(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (current, set())


@pytest.mark.parametrize(
    "text",
    [
        # the one delegation named is Italian: the Turkish attendee is no member
        "وصل إلى طرابلس وفد إيطالي. واستقبل الدبيبة الوفد في مقر الحكومة، بحضور هاكان فيدان.",
        # two foreign delegations: which one was received is a guess
        "وصل وفد تركي برئاسة هاكان فيدان إلى طرابلس. كما وصل وفد إيطالي. واستقبل الدبيبة الوفد"
        " في مقر الحكومة.",
    ],
)
def test_a_host_before_the_bare_delegation_resolves_only_one_foreign_one(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert current_and_historical(detector, entities, text, "ar") == (set(), set())


# -- "whom" and سبق in a recap clause ---------------------------------------------------
# "..., whom he had met two months earlier" opens a recap as "who" does; "الذي سبق أن
# التقى ..." is marked past by سبق as by قد. The main clause keeps its own date.


@pytest.mark.parametrize(
    ("lang", "text", "current", "historical"),
    [
        (
            "en",
            "Mohamed Menfi on Thursday received Ibrahim Kalin, whom he had met in Tripoli two"
            " months earlier.",
            keys((MENFI, KALIN)),
            set(),
        ),
        (
            "ar",
            "استقبل المنفي اليوم الخميس رئيس جهاز الاستخبارات التركي إبراهيم كالن، الذي سبق أن"
            " التقى صدام حفتر في بنغازي.",
            keys((MENFI, KALIN)),
            keys((KALIN, SADDAM)),
        ),
        # no contact word in the clause: no recap, the sentence is the day's
        (
            "en",
            "Erdogan received Dbeibah on Tuesday, whom he called a brother.",
            keys((ERDOGAN, DBEIBAH)),
            set(),
        ),
    ],
)
def test_whom_and_sabaqa_open_or_mark_a_recap_clause(
    detector: ContactDetector,
    entities: EntityDetector,
    lang: str,
    text: str,
    current: set[str],
    historical: set[str],
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (current, historical)


# -- the delegation named bare in the meeting sentence, its head in the one before ------
# "X led a delegation to Benghazi. The delegation met Y", "Heyeti Başbakan Dibeybe kabul
# etti" (the host between delegation and verb), "وخلال لقاء الوفد بالدبيبة".

BAYRAKTAR = "person:alparslan-bayraktar"


@pytest.mark.parametrize(
    ("lang", "text", "current"),
    [
        (
            "en",
            "Turkish intelligence chief Ibrahim Kalin led a delegation to Benghazi on Monday."
            " The delegation met Khalifa Haftar and discussed the political process.",
            keys((KALIN, HAFTAR)),
        ),
        (
            "tr",
            "Enerji Bakanı Alparslan Bayraktar başkanlığındaki Türk heyeti Trablus'ta"
            " temaslarda bulundu. Heyeti Başbakan Dibeybe kabul etti.",
            keys((BAYRAKTAR, DBEIBAH)),
        ),
        (
            "ar",
            "وصل إلى طرابلس وفد تركي برئاسة هاكان فيدان. وخلال لقاء الوفد بالدبيبة، جرى بحث"
            " العلاقات الثنائية.",
            keys((FIDAN, DBEIBAH)),
        ),
    ],
)
def test_a_bare_delegation_met_after_its_head_was_named(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str, current: set[str]
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (current, set())


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the delegation received is another country's
        (
            "en",
            "Hakan Fidan headed a delegation to Rome on Monday. Dbeibah, meanwhile, received"
            " the Italian delegation in Tripoli.",
        ),
        (
            "tr",
            "Hakan Fidan başkanlığındaki heyet Roma'ya gitti. Dibeybe ise İtalyan heyetini"
            " Trablus'ta kabul etti.",
        ),
        # the delegation's meeting is a plan
        (
            "ar",
            "وصل وفد تركي برئاسة هاكان فيدان إلى روما. ومن المقرر لقاء الوفد بالدبيبة الأسبوع"
            " المقبل.",
        ),
    ],
)
def test_a_bare_delegation_of_another_country_or_a_plan_is_left_alone(
    detector: ContactDetector, entities: EntityDetector, lang: str, text: str
) -> None:
    assert current_and_historical(detector, entities, text, lang) == (set(), set())
