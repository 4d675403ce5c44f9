"""A Turkish surname that is also a word (Fidan "sapling", Kalın "thick", Güler "laughs")
right before "başkanlığındaki" / "liderliğindeki" is the head of the delegation it
chairs: "Kalın başkanlığındaki heyet Bingazi'de Hafter ile görüştü" is Kalın's contact
(s21 leftovers probes: no one was found, so no Turkish party). In an article naming no
Libyan the word is left alone, as every such mark is.

Sentences invented for the probe (not from the real set)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys
from tests.unit.core.contacts.sentences import stage_one_current_and_historical as found
from tests.unit.core.entities.dated import people_on
from wirewatch.core.pipeline import Pipeline

FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"
MENFI, HAFTAR = "person:mohamed-menfi", "person:khalifa-haftar"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kalın liderliğindeki heyet dün Bingazi'de Hafter ile bir araya geldi.",
            (KALIN, HAFTAR),
        ),
        (
            "Fidan başkanlığındaki Türk heyeti salı günü Trablus'ta Menfi ile görüştü.",
            (FIDAN, MENFI),
        ),
    ],
)
def test_the_head_of_the_delegation(pipeline: Pipeline, text: str, pair: tuple[str, str]) -> None:
    current, _ = found(pipeline, text, "2025-05-10")
    assert keys(pair) <= current


@pytest.mark.parametrize(
    "text",
    [
        "Fidan başkanlığında bir komisyon kuruldu ve ağaçlandırma planı açıklandı.",
        "Köy meydanına yüz fidan dikildi.",
    ],
)
def test_no_libyan_named_leaves_the_word(pipeline: Pipeline, text: str) -> None:
    # the whole stage 1's entities (the bare-holder rules run in the role linker)
    found_people = people_on(pipeline.entities, pipeline.role_linker, text, "tr", "2025-05-10")
    assert FIDAN not in found_people
