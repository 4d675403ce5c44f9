"""Officials the KB lacks, named after a nationality and any portfolio (issue #12).

"Turkish Trade Minister X", "Libyan Oil Minister X", "Turkish businessman X": the role
pattern reads every ministry's title, not only the foreign, defence and interior
ones, so the person is found with the country the nationality gives (and can be a
contact participant). A name never runs over a line break."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def pattern_people(detector: EntityDetector, text: str) -> dict[str, tuple[str | None, str]]:
    return {
        e.name: (e.country, e.role or "")
        for e in detector.detect(fold(text), "en")
        if e.id.startswith("person:pattern:")
    }


@pytest.mark.parametrize(
    ("text", "name", "country", "role"),
    [
        (
            "Turkish Trade Minister Kemal Arslan met officials in Tripoli.",
            "Kemal Arslan",
            "TR",
            "trade minister",
        ),
        (
            "Libyan Oil Minister Ahmed Korkmaz visited Ankara.",
            "Ahmed Korkmaz",
            "LY",
            "oil minister",
        ),
        (
            "Turkish Minister of Health Ali Korkmaz visited Tripoli.",
            "Ali Korkmaz",
            "TR",
            "health minister",
        ),
        (
            "Turkish Deputy Trade Minister Ali Korkmaz visited Tripoli.",
            "Ali Korkmaz",
            "TR",
            "trade minister",
        ),
        (
            "Turkish businessman Murat Korkmaz said in Tripoli.",
            "Murat Korkmaz",
            "TR",
            "businessman",
        ),
    ],
)
def test_a_portfolio_title_after_a_nationality_finds_the_official(
    detector: EntityDetector, text: str, name: str, country: str, role: str
) -> None:
    found = pattern_people(detector, text)
    assert name in found
    assert found[name][0] == country
    assert role in found[name][1]


def test_a_name_ends_at_a_line_break(detector: EntityDetector) -> None:
    text = "He met Libya's Oil Minister, Abdulhadi al-Arusi\n\nDuring the trip to Tripoli he spoke."
    assert "Abdulhadi al-Arusi" in pattern_people(detector, text)
