"""A third person named in passing inside a relative clause ("…, whom Haftar had
threatened", "…، الذي انتقد بشدة حفتر") does not join the parties of the sentence's
verb when, outside the clause, it names a party of his country and one of the other
(``pairing.without_clause_thirds``); a clause that tells the contact keeps its parties,
and with no such parties outside, the clause's persons stay (issue #12, class 4).

Paraphrases unlike any excerpt of the real-text set.
"""

from __future__ import annotations

import pytest

from schemas.articles import Entity, EntityType
from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.contacts.actors import RANK_COUNTRY, RANK_PERSON, Actor
from wirewatch.core.contacts.pairing import without_clause_thirds
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold

ERDOGAN, FIDAN = "person:recep-tayyip-erdogan", "person:hakan-fidan"
DBEIBAH, MENFI = "person:abdul-hamid-dbeibah", "person:mohamed-menfi"
HAFTAR, KALIN = "person:khalifa-haftar", "person:ibrahim-kalin"


pairs = pairs_on("2024-03-10", article_id="rel", by_participants=True)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Foreign Minister Hakan Fidan held talks in Tripoli with Dbeibah, whom Khalifa "
            "Haftar had threatened a year before.",
            "en",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (
            "Erdogan met Dbeibah in Ankara on Monday, whose rival Khalifa Haftar had been "
            "in Cairo.",
            "en",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (
            "التقى وزير الخارجية التركي هاكان فيدان في طرابلس رئيس المجلس الرئاسي محمد "
            "المنفي، والتي وصفها خليفة حفتر بأنها زيارة غير مرحب بها.",
            "ar",
            {pair_key(FIDAN, MENFI)},
        ),
        (  # a Turkish participle clause with its own (genitive) subject
            "Dışişleri Bakanı Hakan Fidan, Halife Hafter'in aylarca kuşattığı Trablus'ta "
            "Başbakan Dibeybe ile görüştü.",
            "tr",
            {pair_key(FIDAN, DBEIBAH)},
        ),
        (  # negative: a participle clause without one has the sentence's subject
            "Dışişleri Bakanı Hakan Fidan, MİT Başkanı İbrahim Kalın'la birlikte "
            "temaslarını sürdürdüğü Trablus'ta Başbakan Dibeybe ile de görüştü.",
            "tr",
            {pair_key(FIDAN, DBEIBAH), pair_key(KALIN, DBEIBAH)},
        ),
        (  # negative: a participle that is a trigger tells a contact
            "Cumhurbaşkanı Erdoğan'ın kabul ettiği Dibeybe, Ankara'da Dışişleri Bakanı "
            "Hakan Fidan ile de görüştü.",
            "tr",
            {pair_key(ERDOGAN, DBEIBAH), pair_key(FIDAN, DBEIBAH)},
        ),
        (  # negative: the clause tells the contact, its party stays
            "Erdogan, who received Dbeibah in Ankara on Monday, also spoke to Menfi by phone.",
            "en",
            {pair_key(ERDOGAN, DBEIBAH), pair_key(ERDOGAN, MENFI)},
        ),
    ],
)
def test_a_third_in_a_relative_clause_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str, expected: set[str]
) -> None:
    named = {e.id for e in entities.detect(fold(text), lang)}
    # found, so that his absence from the pairs is the clause rule's doing
    assert HAFTAR in named or not any(name in text for name in ("Haftar", "Hafter", "حفتر"))
    assert KALIN in named or "Kalın" not in text
    assert pairs(detector, entities, text, lang) == expected


def _actor(entity_id: str, country: str, start: int, rank: int = RANK_PERSON) -> Actor:
    kind = EntityType.GPE if rank == RANK_COUNTRY else EntityType.PERSON
    entity = Entity(id=entity_id, type=kind, name=entity_id, country=country)
    return Actor(entity, country, rank, start, start + 5, None)


def test_clause_persons_stay_without_parties_of_two_countries_outside() -> None:
    # "Erdogan received the delegation, which Dbeibah led": no Libyan outside the clause
    erdogan, dbeibah = _actor(ERDOGAN, "TR", 0), _actor(DBEIBAH, "LY", 40)
    assert without_clause_thirds([erdogan, dbeibah], [(30, 60)]) == [erdogan, dbeibah]


def test_clause_persons_of_the_same_country_as_a_party_outside_go() -> None:
    fidan, menfi = _actor(FIDAN, "TR", 0), _actor(MENFI, "LY", 20)
    haftar, libya = _actor(HAFTAR, "LY", 45), _actor("gpe:LY", "LY", 70, RANK_COUNTRY)
    assert without_clause_thirds([fidan, menfi, haftar, libya], [(30, 60)]) == [
        fidan,
        menfi,
        libya,
    ]
