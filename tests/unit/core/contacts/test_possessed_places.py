"""A Turkish genitive that describes a place by whose it is ("Hafter'in kontrolündeki
Bingazi", "Kaddafi'nin kalesi Sirte", "Hafter'in karargahı Recme") makes the possessor
no party of a visit there (``after_possessor`` in the Turkish contact lexicon; longtr,
invented whole-article probes: 3 of 6 paired the visitor with the possessor). The same
person met in the sentence stays a party."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

HAFTAR, GULER = "person:khalifa-haftar", "person:yasar-guler"
FIDAN, KALIN = "person:hakan-fidan", "person:ibrahim-kalin"

pairs = pairs_on("2025-06-02", lang="tr", article_id="places", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "Milli Savunma Bakanı Yaşar Güler, Hafter'in kontrolündeki doğu Libya'yı ziyaret "
        "eden ilk Türk bakan oldu.",
        "MİT Başkanı İbrahim Kalın'ın Hafter'in kalesi Bingazi'ye yaptığı ziyaret dikkat çekti.",
        "Cumhurbaşkanı Erdoğan, Dibeybe'nin kontrolündeki Trablus'a gidecek heyeti kabul etti.",
        "Dışişleri Bakanı Hakan Fidan, Halife Hafter'in karargahı Recme'yi ziyaret etti.",
    ],
)
def test_the_possessor_of_a_visited_place_is_no_party(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the possessor met as well: a party through the meeting
            "Dışişleri Bakanı Fidan, Hafter'in kontrolündeki Bingazi'de Halife Hafter ile görüştü.",
            {pair_key(FIDAN, HAFTAR)},
        ),
        (  # a genitive of another noun is not a place described
            "MİT Başkanı Kalın, Bingazi'de Halife Hafter'in kendisi ile görüştü.",
            {pair_key(KALIN, HAFTAR)},
        ),
    ],
)
def test_the_possessor_met_stays_a_party(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
