"""English bare institution names ("the Defense Ministry said") link to one country's
ministry when the article says which, the country written first ("the Turkish
defence minister", "Libya's Foreign Ministry") or a named holder after the title."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _ids(detector: EntityDetector, text: str, lang: str = "en") -> dict[str, list[str]]:
    return {e.id: [m.text for m in e.mentions] for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the head's title, the country right before it (real copy, Hurriyet Daily News)
        (
            "The Turkish defense minister and Libya's interior minister discussed the "
            "latest situation in Libya in the capital Ankara, the Defense Ministry said.",
            "org:tr-mod",
        ),
        # the head's title, a named holder right after it
        ("Foreign Minister Mevlut Cavusoglu met his counterpart, the Foreign Ministry said.",
         "org:tr-mfa"),
        # a possessive country right before the bare name
        ("Libya's Interior Ministry announced the arrests.", "org:ly-moi"),
        # a country the lexicon lists besides Turkey and Libya
        ("Russian Foreign Minister Sergey Lavrov met Aguila Saleh, the Foreign Ministry said.",
         "org:ru-mfa"),
    ],
)  # fmt: skip
def test_the_country_the_article_gives_decides(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # no cue at all
        "The Defense Ministry said the exercise was routine.",
        # titles of two countries: no guess
        "Turkish Defence Minister Hulusi Akar met Libyan Defence Minister Salah al-Namroush. "
        "The Defense Ministry said the talks were useful.",
        # what the ministry said is not whose it is
        "The Defense Ministry said Turkey would send a ship.",
        # a country with no ministry in the lexicon
        "The Chinese defence minister spoke. The Defense Ministry said the visit was useful.",
    ],
)
def test_without_one_country_nothing_is_linked(detector: EntityDetector, text: str) -> None:
    assert not {"org:tr-mod", "org:ly-mod"} & set(_ids(detector, text))
