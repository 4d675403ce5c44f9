"""A delegation named by a "من" phrase before its nationality ("وفد من رجال الأعمال
الأتراك"): a generic actor of that country, whose head the KB does not know meets for it
(session 21, the fresh Arabic excerpts). Invented paraphrases, with what the rule must
leave alone."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold

MENFI = "person:mohamed-menfi"


def generic_mentions(entities: EntityDetector, text: str) -> dict[str, list[str]]:
    found = entities.detect(fold(text), "ar")
    return {e.id: [m.text for m in e.mentions] for e in found if e.id.startswith("org:generic:")}


def parties(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> set[frozenset[tuple[str, str]]]:
    return {
        frozenset((p.id, p.country) for p in e.participants)
        for e in events_in(detector, entities, text, "ar", on_day("2025-03-04"))
    }


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        (
            "استقبل عميد البلدية وفدا من المستثمرين الأتراك في مكتبه.",
            "وفدا من المستثمرين الأتراك",
            "org:generic:TR:delegation",
        ),
        (
            "وصل إلى أنقرة وفد من رجال الأعمال والتجار الليبيين أمس.",
            "وفد من رجال الأعمال والتجار الليبيين",
            "org:generic:LY:delegation",
        ),
        (
            "زار المدينة وفد من كبار الضباط الأتراك.",
            "وفد من كبار الضباط الأتراك",
            "org:generic:TR:delegation",
        ),
    ],
)
def test_a_from_phrase_delegation_is_a_generic_actor(
    entities: EntityDetector, text: str, surface: str, entity: str
) -> None:
    assert generic_mentions(entities, text).get(entity) == [surface]


@pytest.mark.parametrize(
    "text",
    [
        # a clause, not a noun phrase, between "من" and the nationality
        "وصل وفد من أنقرة يلتقي الليبيين في مصراتة.",
        # a list: the comma ends the phrase
        "ضم الوفد ممثلين من تونس، والليبيين.",
        # not a delegation noun before "من"
        "عاد كثير من رجال الأعمال الأتراك إلى طرابلس.",
        # too long a phrase (five words)
        "وصل وفد من رجال الأعمال والتجار والمهندسين والأطباء الأتراك.",
    ],
)
def test_no_generic_delegation_without_the_noun_phrase(entities: EntityDetector, text: str) -> None:
    assert not any(k.endswith(":delegation") for k in generic_mentions(entities, text))


def test_the_head_of_a_from_phrase_delegation_meets_for_it(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "استقبل رئيس المجلس الرئاسي محمد المنفي في طرابلس وفدا من المستثمرين "
        "والصناعيين الأتراك، برئاسة رجل الأعمال السيد أحمد أوزجان."
    )
    assert parties(detector, entities, text) == {
        frozenset({("person:shape:احمد-اوزجان", "TR"), (MENFI, "LY")})
    }


def test_a_delegation_of_officials_is_the_delegation_and_its_head_meets(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "استقبل وزير الخارجية التركي هاكان فيدان في أنقرة وفدا من المسؤولين الليبيين "
        "برئاسة السيد سالم بن عمران."
    )
    assert generic_mentions(entities, text) == {
        "org:generic:LY:delegation": ["وفدا من المسؤولين الليبيين"]
    }
    assert parties(detector, entities, text) == {
        frozenset({("person:hakan-fidan", "TR"), ("person:shape:سالم-بن-عمران", "LY")})
    }


def test_a_head_of_another_body_in_the_sentence_takes_no_country(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    # the delegation has no nationality: its head keeps none, and no event is made
    text = "استقبل محمد المنفي في طرابلس وفدا من الاتحاد الأوروبي برئاسة السيد أحمد أوزجان."
    assert not any(
        p[0].startswith("person:shape:")
        for event in parties(detector, entities, text)
        for p in event
    )
