"""Delegations whose members the KB does not know, delegations named with a modifier
between noun and nationality, and a subject set apart from its verb by a relative
clause (issue #12). Paraphrases, not excerpts; each with what the rule must leave alone."""

from __future__ import annotations

import pytest

from schemas import Entity, EntityType, Mention
from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.contacts.delegations import delegation_members
from wirewatch.core.contacts.lexicon import load_lexicons
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold

DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
CEVDET, KOCA = "person:cevdet-yilmaz", "person:fahrettin-koca"
KENAN, HCS = "person:kenan-yilmaz", "org:ly-hcs"


def parties(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> set[frozenset[tuple[str, str]]]:
    """Each event's two parties as (id, country)."""
    return {
        frozenset((p.id, p.country) for p in e.participants)
        for e in events_in(detector, entities, text, lang, on_day("2024-05-03"))
    }


def pair(a: tuple[str, str], b: tuple[str, str]) -> frozenset[tuple[str, str]]:
    return frozenset((a, b))


# -- 1. a member the KB does not know takes the delegation's country ----------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            # the head named after "برئاسة", in the delegation's own sentence
            "استقبل رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة في طرابلس الوفد التركي "
            "برئاسة رجل الأعمال السيد أحمد أوزجان.",
            "ar",
            {pair(("person:shape:احمد-اوزجان", "TR"), (DBEIBAH, "LY"))},
        ),
        (
            # the members in the next sentence, the delegation named bare there
            "التقى رئيس المجلس الرئاسي محمد المنفي وفدا اقتصاديا تركيا في طرابلس. وضم "
            "الوفد السيد أحمد أوزجان والسيد يوسف قاراجا.",
            "ar",
            {
                pair(("person:shape:احمد-اوزجان", "TR"), (MENFI, "LY")),
                pair(("person:shape:يوسف-قاراجا", "TR"), (MENFI, "LY")),
            },
        ),
        (
            "Turkish Vice President Cevdet Yilmaz received in Ankara a Libyan business "
            "delegation headed by Salem Al-Ghadamsi.",
            "en",
            {pair(("person:shape:salem-al-ghadamsi", "LY"), (CEVDET, "TR"))},
        ),
    ],
)
def test_an_unknown_member_meets_for_his_delegation(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    expected: set[frozenset[tuple[str, str]]],
) -> None:
    assert parties(detector, entities, text, lang) == expected


def test_a_host_named_before_the_delegation_is_no_member(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "استقبل الدبيبة ومستشاره أحمد المنتصري الوفد التركي الذي يرأسه السيد يوسف قاراجا."
    assert parties(detector, entities, text, "ar") == {
        pair(("person:shape:يوسف-قاراجا", "TR"), (DBEIBAH, "LY"))
    }


@pytest.mark.parametrize(
    "text",
    [
        # delegations of two countries: whose member he is would be a guess
        "التقى وفد ليبي وفدا تركيا في أنقرة. وضم الوفد السيد أحمد المنتصري.",
    ],
)
def test_no_delegation_country_without_a_place_or_one_country(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    found = parties(detector, entities, text, "ar")
    assert not any(p[0].startswith("person:shape:") for event in found for p in event)


def _person(entity_id: str, country: str | None, text: str, surface: str) -> Entity:
    at = text.index(surface)
    return Entity(
        id=entity_id,
        type=EntityType.PERSON,
        name=surface,
        country=country,
        mentions=[Mention(text=surface, start=at, end=at + len(surface))],
    )


def _delegation(country: str, text: str, surface: str) -> Entity:
    at = text.index(surface)
    return Entity(
        id=f"org:generic:{country}:delegation",
        type=EntityType.ORG,
        name=f"{country} delegation",
        country=country,
        found_by="nationality",
        mentions=[Mention(text=surface, start=at, end=at + len(surface))],
    )


def test_a_kb_member_keeps_his_own_country() -> None:
    text = "The Turkish delegation included Hakan Fidan, Ali Al-Saidi and Khairy Al-Tamimi."
    found = [
        _delegation("TR", text, "Turkish delegation"),
        _person("person:hakan-fidan", "TR", text, "Hakan Fidan"),
        _person("person:ali-al-saidi", "LY", text, "Ali Al-Saidi"),
        _person("person:shape:khairy-al-tamimi", None, text, "Khairy Al-Tamimi"),
    ]
    members = delegation_members([load_lexicons()["en"]], text, sentence_spans(text), found)
    assert {c: [e.id for e in es] for c, es in members.items()} == {
        "TR": ["person:hakan-fidan", "person:shape:khairy-al-tamimi"],
        "LY": ["person:ali-al-saidi"],
    }
    assert members["TR"][1].country == "TR"
    assert found[3].country is None  # the article's entity is left as it was


def test_a_member_named_before_his_cue_only_where_dependents_come_first() -> None:
    # Turkish: "X başkanlığındaki heyet" names the head before the cue.
    tr_text = "Dibeybe, Mehmet Ozcan başkanlığındaki Türk heyetini kabul etti."
    tr_found = [
        _delegation("TR", tr_text, "Türk heyetini"),
        _person("person:shape:mehmet-ozcan", None, tr_text, "Mehmet Ozcan"),
    ]
    spans = sentence_spans(tr_text)
    members = delegation_members([load_lexicons()["tr"]], tr_text, spans, tr_found)
    assert [e.id for e in members.get("TR", [])] == ["person:shape:mehmet-ozcan"]
    # English: the host named before "the delegation headed by" is no member.
    en_text = "Khairy Al-Tamimi received the Turkish delegation headed by Kenan Yilmaz."
    en_found = [
        _delegation("TR", en_text, "Turkish delegation"),
        _person("person:shape:khairy-al-tamimi", None, en_text, "Khairy Al-Tamimi"),
        _person(KENAN, "TR", en_text, "Kenan Yilmaz"),
    ]
    spans = sentence_spans(en_text)
    members = delegation_members([load_lexicons()["en"]], en_text, spans, en_found)
    assert {c: [e.id for e in es] for c, es in members.items()} == {"TR": [KENAN]}


# -- 2. a modifier between the delegation noun and its nationality ------------------


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("استقبل الوزير وفدا صحيا تركيا في طرابلس.", "ar", "وفدا صحيا تركيا"),
        ("التقى الوزير بوفد تجاري تركي في طرابلس.", "ar", "وفد تجاري تركي"),
        ("The minister met a Turkish medical delegation in Tripoli.", "en", "Turkish medical"),
        ("The minister hosted a Turkish investment delegation.", "en", "Turkish investment"),
        ("Bakan, Türk ticaret heyetini Trablus'ta ağırladı.", "tr", "Türk ticaret heyetini"),
        ("Bakan, Türk sağlık heyeti ile bir araya geldi.", "tr", "Türk sağlık heyeti"),
    ],
)
def test_a_modified_delegation_is_still_of_its_country(
    entities: EntityDetector, text: str, lang: str, surface: str
) -> None:
    found = [e for e in entities.detect(fold(text), lang) if e.id == "org:generic:TR:delegation"]
    assert found and found[0].mentions[0].text.startswith(surface)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وصل وفد طبي إلى مستشفى في تركيا.", "ar"),  # no nationality after the noun
        ("وفد طبي ليبي يزور أنقرة.", "ar"),  # a Libyan one, in the Turkish capital
        ("A Libyan medical delegation visited Turkish hospitals.", "en"),
        ("Türk sağlık sistemi heyetin gündemindeydi.", "tr"),  # a noun, not a modifier
    ],
)
def test_no_turkish_delegation_without_turkish_nationality_on_it(
    entities: EntityDetector, text: str, lang: str
) -> None:
    ids = {e.id for e in entities.detect(fold(text), lang)}
    assert "org:generic:TR:delegation" not in ids


def test_a_modified_delegation_meets_through_its_members(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "Dibeybe, Trablus'ta Türk sağlık heyetini kabul etti. Heyette Sağlık Bakanı "
        "Fahrettin Koca da yer aldı."
    )
    assert parties(detector, entities, text, "tr") == {pair((KOCA, "TR"), (DBEIBAH, "LY"))}


# -- 3. a subject set apart from its verb by a relative clause -----------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The High Council of State, which sits in Tripoli and has long opposed the "
            "eastern parliament, received Turkish Ambassador Kenan Yilmaz on Tuesday.",
            "en",
        ),
        (
            "المجلس الأعلى للدولة، الذي يتخذ من العاصمة طرابلس مقرا له منذ سنوات، استقبل "
            "السفير التركي كنعان يلماز.",
            "ar",
        ),
    ],
)
def test_an_organisation_acts_across_its_relative_clause(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    assert pair((HCS, "LY"), (KENAN, "TR")) in parties(detector, entities, text, lang)


@pytest.mark.parametrize(
    "text",
    [
        # an appositive without a relative pronoun is not skipped
        "The High Council of State, based in Tripoli and long opposed to the eastern "
        "parliament, received Turkish Ambassador Kenan Yilmaz on Tuesday.",
        # the verb stands far beyond the clause: the council is what was spoken of
        "The High Council of State, which sits in Tripoli, was the subject of a long "
        "statement on Tuesday, after Turkish Ambassador Kenan Yilmaz met Dbeibah.",
    ],
)
def test_a_far_organisation_stays_no_actor(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    found = parties(detector, entities, text, "en")
    assert not any((HCS, "LY") in event for event in found)
