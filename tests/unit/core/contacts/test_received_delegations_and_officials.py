"""Receptions whose received side is a delegation named before, and unnamed officials
(issue #12, session 20, branch confix).

A passive reception with a pronoun or the delegation as its subject ("It was received
by Menfi", "They were also received by Erdogan", "Heyet, ... tarafından kabul
edildi", "وكان في استقبالهم", "واستقبل الرئيس التركي ... الوفد") stands for the
delegation the sentences before named: its head, or, when they name no person of its
side, the institution whose delegation it is ("A delegation of Libya's House of
Representatives visited Ankara": ``continuation.names_delegation_owner``).

Unnamed officials of an institution ("met officials of the Government of National
Unity", "yetkilileriyle", "مسؤولين بحكومة الوحدة", "الجانب الليبي") are no party: the
real set's dev labels give no contact with the institution (en-020, en-9004's "officials
from the Turkish Foreign Ministry"), and Arabic and Turkish already read them so; an
institution met by name ("held talks with the Presidential Council") still is one.

The sentences are invented for the probe (wire, Gulf and Turkish daily styles), not
taken from the real set; each class keeps cases its rule must leave alone.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.pipeline import Pipeline

ERDOGAN, MISHRI = "person:recep-tayyip-erdogan", "person:khalid-al-mishri"
FIDAN, MENFI = "person:hakan-fidan", "person:mohamed-menfi"
HOR, GNU = "org:ly-hor", "org:ly-gnu"
PC = "org:ly-presidential-council"

LIBYAN_HEADED = {
    "en": "A Libyan delegation headed by Khalid al-Mishri arrived in Ankara on Monday. ",
    "ar": "وصل وفد ليبي برئاسة رئيس المجلس الأعلى للدولة خالد المشري إلى أنقرة اليوم. ",
}


@pytest.mark.parametrize(
    "text",
    [
        LIBYAN_HEADED["en"] + "It was received by Turkish President Recep Tayyip Erdogan.",
        LIBYAN_HEADED["en"] + "It was later received by President Recep Tayyip Erdogan.",
        LIBYAN_HEADED["ar"] + "وكان في استقبالهم الرئيس التركي رجب طيب أردوغان.",
        LIBYAN_HEADED["ar"] + "وكان في استقبال الوفد الرئيس التركي رجب طيب أردوغان.",
        LIBYAN_HEADED["ar"] + "واستقبل الرئيس التركي رجب طيب أردوغان الوفد في القصر الرئاسي.",
        "Libya Yüksek Devlet Konseyi Başkanı Halid el-Mişri başkanlığındaki heyet Ankara'ya"
        " geldi. Heyet, Cumhurbaşkanı Erdoğan tarafından kabul edildi.",
    ],
)
def test_the_received_delegation_is_its_head(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text) == (keys((ERDOGAN, MISHRI)), set())


@pytest.mark.parametrize(
    "text",
    [
        "A delegation from Libya’s Tobruk-based House of Representatives has visited Ankara."
        " They were also received by President Recep Tayyip Erdogan.",
        "A delegation of Libya's House of Representatives visited Ankara on Thursday. It was"
        " received by President Recep Tayyip Erdogan.",
        "Libya Temsilciler Meclisi heyeti Ankara'ya geldi. Heyet, Cumhurbaşkanı Erdoğan"
        " tarafından kabul edildi.",
    ],
)
def test_a_delegation_with_no_person_named_is_its_institutions(
    pipeline: Pipeline, text: str
) -> None:
    assert found(pipeline, text) == (keys((ERDOGAN, HOR)), set())


@pytest.mark.parametrize(
    "text",
    [
        # refused, expected: no reception took place
        "A delegation of Libya's House of Representatives visited Ankara on Thursday. It was"
        " not received by President Recep Tayyip Erdogan.",
        "A delegation of Libya's House of Representatives visited Ankara on Thursday. It is"
        " expected to be received by President Recep Tayyip Erdogan.",
        "Halid el-Mişri başkanlığındaki heyet Ankara'ya geldi. Heyet, Cumhurbaşkanı Erdoğan"
        " tarafından kabul edilmedi.",
        # an institution merely named, not a delegation's: "it" is no delegation
        "Libya's House of Representatives approved the budget on Thursday. It was welcomed"
        " by President Recep Tayyip Erdogan.",
        # two foreign delegations: which one was received is a guess
        "وصل وفد تركي برئاسة هاكان فيدان إلى طرابلس. كما وصل وفد إيطالي. واستقبل الدبيبة الوفد"
        " في مقر الحكومة.",
    ],
)
def test_receptions_that_stay_silent(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text) == (set(), set())


@pytest.mark.parametrize(
    "text",
    [
        "Hakan Fidan met officials of the Government of National Unity in Tripoli on Monday.",
        "Hakan Fidan met officials from the Government of National Unity in Tripoli on Monday.",
        "Hakan Fidan met with senior officials of the Libyan Presidential Council in Tripoli"
        " on Monday.",
        "Hakan Fidan met the Government of National Unity's officials in Tripoli on Monday.",
        "Hakan Fidan met Libyan officials in Tripoli on Monday.",
        "Dışişleri Bakanı Hakan Fidan, Trablus'ta Ulusal Birlik Hükümeti yetkilileriyle görüştü.",
        "Dışişleri Bakanı Hakan Fidan, Trablus'ta Libyalı yetkililerle görüştü.",
        "بحث وزير الخارجية التركي هاكان فيدان مع مسؤولين بحكومة الوحدة الوطنية في طرابلس اليوم"
        " التعاون.",
        "التقى وزير الخارجية التركي هاكان فيدان مع الجانب الليبي في طرابلس اليوم.",
        "Hakan Fidan Trablus'a geldi. Heyet ayrıca Libya Ulusal Ordusu Genel Komutanlığı"
        " temsilcileriyle bir araya geldi.",
    ],
)
def test_unnamed_officials_are_no_party(pipeline: Pipeline, text: str) -> None:
    assert found(pipeline, text) == (set(), set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hakan Fidan held talks with the Presidential Council in Tripoli on Monday.", (FIDAN, PC)),
        (
            "Dışişleri Bakanı Hakan Fidan, Trablus'ta Ulusal Birlik Hükümeti ile görüştü.",
            (FIDAN, GNU),
        ),
        # the officials' institution beside a named person: the person is the party
        (
            "Hakan Fidan met Mohamed al-Menfi and officials of the Presidential Council in"
            " Tripoli on Monday.",
            (FIDAN, MENFI),
        ),
    ],
)
def test_an_institution_met_by_name_is_still_a_party(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    assert found(pipeline, text) == (keys(pair), set())


# -- "The two met X": both of the pair named before ------------------------------------
# "Akar and Guler arrived in Tripoli. The two met Juwaili" took Akar alone; "the two"
# now opens a plural continuation, as "they" does (a pair of two countries' persons gives
# the first one's alone).

AKAR, GULER = "person:hulusi-akar", "person:yasar-guler"
JUWAILI, DBEIBAH = "person:osama-al-juwaili", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "current"),
    [
        (
            "Hulusi Akar and Yasar Guler arrived in Tripoli on Friday. The two met with Osama"
            " al-Juwaili.",
            keys((AKAR, JUWAILI), (GULER, JUWAILI)),
        ),
        (
            "Hulusi Akar and Yasar Guler arrived in Tripoli on Friday. The two men later met"
            " Osama al-Juwaili.",
            keys((AKAR, JUWAILI), (GULER, JUWAILI)),
        ),
        # a pair of two countries: the other country's person is no companion
        (
            "Hakan Fidan and Abdul Hamid Dbeibah held talks in Tripoli on Monday. The two then"
            " met Mohamed al-Menfi.",
            keys((FIDAN, DBEIBAH), (FIDAN, MENFI)),
        ),
    ],
)
def test_the_two_are_both_of_the_pair_named_before(
    pipeline: Pipeline, text: str, current: set[str]
) -> None:
    assert found(pipeline, text, day="2020-07-03") == (current, set())
