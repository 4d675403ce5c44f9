"""Nationality adjectives of third countries (Dutch, Omani, Swiss, ...) in ar/en/tr
(``lexicons/entities/nationalities.yaml``, session 21), and a sea whose name holds one
("Indian Ocean") staying the sea. Invented sentences."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

from .helpers import ids_of


def _people(detector: EntityDetector, text: str, lang: str = "en") -> dict[str, str | None]:
    return {
        e.mentions[0].text: e.country
        for e in detector.detect(fold(text), lang)
        if e.type.value == "PERSON"
    }


# -- nationality adjectives of third countries ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "country_ids"),
    [
        (
            "Dutch, Omani, Swiss and Japanese diplomats attended the talks.",
            "en",
            {"gpe:NL", "gpe:OM", "gpe:CH", "gpe:JP"},
        ),
        ("التقى السفير الهولندي وفدا عمانيا في طرابلس.", "ar", {"gpe:NL"}),
        ("Hollandalı ve Japon diplomatlar görüşmeye katıldı.", "tr", {"gpe:NL", "gpe:JP"}),
    ],
)
def test_third_country_nationalities(
    detector: EntityDetector, text: str, lang: str, country_ids: set[str]
) -> None:
    assert country_ids <= ids_of(detector, text, lang)


def test_a_nationality_gives_a_pattern_official_its_country(detector: EntityDetector) -> None:
    people = _people(detector, "Dutch ambassador Jan Smit met the mayor of Misrata.")
    assert people.get("Jan Smit") == "NL"


def test_a_sea_named_by_a_nationality_is_the_sea(detector: EntityDetector) -> None:
    found = ids_of(detector, "Turkish ships will patrol the Indian Ocean off Somalia.", "en")
    assert "loc:indian-ocean" in found
    assert "gpe:IN" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Workers polish the Turkish frigate before the parade.",  # polish: a verb
        "The Iraqi Turkmen Front met in Kirkuk.",  # Turkmen: Iraq's, not Turkmenistan
    ],
)
def test_words_left_out_of_the_nationalities(detector: EntityDetector, text: str) -> None:
    found = ids_of(detector, text, "en")
    assert "gpe:PL" not in found
    assert "gpe:TM" not in found
