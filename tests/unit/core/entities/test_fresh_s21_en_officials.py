"""An institution's official named right after it in English, the possessive and a
comma apposition too ("The EU's ambassador to Libya, X,"): the role pattern after any
KB organisation, of its country or of none for an international body
(``EntityDetector._official_of``, until session 21 Turkish copy only). Invented
sentences; a fresh English dev excerpt had the EU ambassador so named."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _people(detector: EntityDetector, text: str, lang: str = "en") -> dict[str, str | None]:
    return {
        e.mentions[0].text: e.country
        for e in detector.detect(fold(text), lang)
        if e.type.value == "PERSON"
    }


# -- an institution's official, in English ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The EU's ambassador to Libya, Karin Olsson, toured the port of Zuwara.",
            "Karin Olsson",
            None,
        ),
        (
            "The European Union’s envoy to Libya, Pieter de Groot, visited Sabha on Monday.",
            "Pieter de Groot",
            None,
        ),
        ("The UN's envoy, Marta Ruiz, arrived in Sirte.", "Marta Ruiz", None),
        ("NATO's spokesman, Erik Lund, declined to comment.", "Erik Lund", None),
        ("Turkish Airlines' president, Kemal Yurt, flew to Misrata.", "Kemal Yurt", "TR"),
    ],
)
def test_an_official_after_an_institution_in_english(
    detector: EntityDetector, text: str, name: str, country: str | None
) -> None:
    people = _people(detector, text)
    assert name in people
    assert people[name] == country


@pytest.mark.parametrize(
    "text",
    [
        "The EU's delegation met officials in Zuwara on Monday.",  # a generic actor
        "The NATO summit ambassador programme was discussed at length.",  # no role first
        "The EU's ambassador to Libya, who arrived on Monday, met officials.",  # no name
    ],
)
def test_no_official_without_a_role_and_a_name(detector: EntityDetector, text: str) -> None:
    assert not [
        p
        for p in detector.detect(fold(text), "en")
        if p.type.value == "PERSON" and p.id.startswith("person:pattern:")
    ]


def test_a_country_possessive_still_gives_the_country(detector: EntityDetector) -> None:
    people = _people(detector, "Germany's ambassador to Libya, Karl Weber, visited Tobruk.")
    assert people.get("Karl Weber") == "DE"
