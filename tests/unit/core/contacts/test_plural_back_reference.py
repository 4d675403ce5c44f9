"""(accen5, issue #12) A plural pronoun opening a continuing sentence ("They went on to
meet ...") stands for every person of the missing side named together in the sentence
before ("X and Y arrived"), not the first one alone. Paraphrases unlike the excerpt
that showed it, and what must stay as it was."""

from __future__ import annotations

import pytest

from schemas.articles import Entity, EntityType
from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key
from wirewatch.core.contacts.continuation import coordinated_people

FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"
DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
GULER = "person:yasar-guler"


pairs = pairs_on("2024-05-03", lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hakan Fidan and intelligence chief Ibrahim Kalin landed in Tripoli on Thursday. "
            "They were received by Abdul Hamid Dbeibah.",
            {pair_key(FIDAN, DBEIBAH), pair_key(KALIN, DBEIBAH)},
        ),
        (
            "Mohamed Menfi and Abdul Hamid Dbeibah flew to Ankara on Thursday. There, they "
            "met Yasar Guler.",
            {pair_key(MENFI, GULER), pair_key(DBEIBAH, GULER)},
        ),
    ],
)
def test_they_stands_for_every_coordinated_person(detector, entities, text, expected) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular pronoun: the first person only, as before
        (
            "Hakan Fidan and Ibrahim Kalin landed in Tripoli on Thursday. He met Dbeibah.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        # a companion named apart ("with"), not coordinated: not carried
        (
            "Hakan Fidan landed in Tripoli with Ibrahim Kalin on Thursday. They met Dbeibah.",
            {pair_key(FIDAN, DBEIBAH)},
        ),
    ],
)
def test_only_a_plural_pronoun_carries_only_coordinated_names(
    detector, entities, text, expected
) -> None:
    assert pairs(detector, entities, text) == expected


def _item(start: int, end: int, eid: str, country: str) -> tuple[int, int, Entity, str]:
    entity = Entity(id=eid, name=eid, type=EntityType.PERSON, country=country, mentions=[])
    return start, end, entity, country


def test_coordinated_people_stops_at_another_country_or_a_long_gap() -> None:
    text = "Ahmet Dogan and Ankara's special envoy Emrullah Isler met Faiez Serraj and Nuri"
    dogan = _item(0, 11, "person:a", "TR")
    isler = _item(text.index("Emrullah"), text.index(" met"), "person:b", "TR")
    serraj = _item(text.index("Faiez"), text.index(" and Nuri"), "person:c", "LY")
    assert coordinated_people(text, [dogan, isler, serraj], dogan, ["and"]) == [isler]
    assert coordinated_people(text, [dogan, isler, serraj], dogan, []) == []
    far = "Ahmet Dogan and the one man who had flown in from Ankara, Emrullah Isler"
    other = _item(far.index("Emrullah"), len(far), "person:b", "TR")
    assert coordinated_people(far, [_item(0, 11, "person:a", "TR"), other], dogan, ["and"]) == []
