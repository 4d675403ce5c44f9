"""An English bare institution name right after a capitalised word no cue covers ("the
Azerbaijani Defense Ministry") is another country's body: the article's own country
(Türkiye, from a Turkish company named before it) must not claim it (session 20)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold

OWN_MINISTRIES = frozenset(
    {"org:tr-mod", "org:ly-mod", "org:tr-mfa", "org:ly-mfa", "org:tr-interior", "org:ly-moi"}
)


def _ids(detector: EntityDetector, text: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), "en")}


@pytest.mark.parametrize(
    "text",
    [
        "Turkish drone maker Baykar signed a contract with the Pakistani Defence Ministry.",
        "Baykar delivered the first drones to the Ukrainian Defense Ministry last year.",
        "Emad Trabelsi met officials of the Chadian Interior Ministry in Tripoli.",
        "Abdul Hamid Dbeibah received a delegation of the Malian Foreign Ministry.",
    ],
)
def test_a_ministry_qualified_by_an_unknown_adjective_is_not_the_articles_own(
    detector: EntityDetector, text: str
) -> None:
    assert not OWN_MINISTRIES & _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # a determiner before the name, the country from the article's one organisation
        ("Baykar delivered the drones on time, the Defense Ministry said.", "org:tr-mod"),
        # the sentence's first word, capitalised, before the name
        ("Baykar delivered the drones. The Defense Ministry said they were tested.",
         "org:tr-mod"),
        # a known country's adjective and a possessive country still decide
        ("Libya's Interior Ministry announced the arrests.", "org:ly-moi"),
        ("Turkish Defense Minister Yasar Guler spoke, the Defence Ministry said.",
         "org:tr-mod"),
    ],
)  # fmt: skip
def test_names_without_a_foreign_qualifier_still_link(
    detector: EntityDetector, text: str, entity_id: str
) -> None:
    assert entity_id in _ids(detector, text)
