"""A KB term whose end the sources leave in doubt (``to_uncertain: true``) keeps the
out-of-office rule off its holder: Aoun's oil ministry (suspended in March 2024, the
suspension lifted), Juwaili's western command. A term with a settled end still makes a
dated contact a year past it a recap.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from wirewatch.core.entities.kb import KBEntity, Term
from wirewatch.core.entities.term_checks import last_term_end
from wirewatch.core.pipeline import Pipeline

AOUN, JUWAILI = "person:mohamed-aoun", "person:osama-al-juwaili"
BAYRAKTAR, GULER = "person:alparslan-bayraktar", "person:yasar-guler"
CAVUSOGLU, DBEIBAH = "person:mevlut-cavusoglu", "person:abdul-hamid-dbeibah"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Turkish Energy Minister Alparslan Bayraktar met Mohamed Aoun in Tripoli on "
            "Monday to discuss gas exploration.",
            (BAYRAKTAR, AOUN),
        ),
        (
            "Turkish Defence Minister Yaşar Güler received Osama al-Juwaili in Ankara on Monday.",
            (GULER, JUWAILI),
        ),
    ],
)
def test_an_uncertain_end_keeps_the_contact_current(
    pipeline: Pipeline, text: str, pair: tuple[str, str]
) -> None:
    current, historical = found(pipeline, text, "2025-09-15")
    assert keys(pair) <= current
    assert not keys(pair) & historical


def test_a_settled_end_still_makes_a_recap(pipeline: Pipeline) -> None:
    text = "Mevlüt Çavuşoğlu met Abdul Hamid Dbeibah in Tripoli on Monday."
    current, historical = found(pipeline, text, "2025-09-15")
    assert keys((CAVUSOGLU, DBEIBAH)) <= historical
    assert not keys((CAVUSOGLU, DBEIBAH)) & current


def _person(*terms: dict[str, object]) -> KBEntity:
    return KBEntity.model_validate(
        {
            "id": "person:test-holder",
            "type": "PERSON",
            "name": "Test Holder",
            "country": "LY",
            "aliases": {"en": ["Test Holder"]},
            "terms": list(terms),
        }
    )


def test_last_term_end_reads_the_mark() -> None:
    settled = _person({"role": "oil minister", "from": "2021", "to": "2022"})
    guessed = _person(
        {"role": "oil minister", "from": "2021", "to": "2022", "to_uncertain": True},
        {"role": "adviser", "from": "2019", "to": "2020"},
    )
    assert last_term_end(settled) == "2022"
    assert last_term_end(guessed) is None


def test_to_uncertain_needs_an_end() -> None:
    term = {"role": "oil minister", "from": "2021", "to": "2022", "to_uncertain": True}
    assert Term.model_validate(term).to_uncertain
    with pytest.raises(ValidationError):
        Term.model_validate({"role": "oil minister", "from": "2021", "to_uncertain": True})
