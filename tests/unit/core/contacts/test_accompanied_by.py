"""Turkish "beraberinde A ile" / "beraberindeki A": A came along (an attendee), up to
the first "ile" or word ending in -le/-la (or the next comma); the person the
sentence's subject met after it stays the principal (``lexicon.attendee_spans``).

Sentences paraphrase the shape seen in fresh Turkish excerpts (issue #12, class 4).
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

AKAR, GULER = "person:hulusi-akar", "person:yasar-guler"
SARRAJ, DBEIBAH = "person:fayez-al-sarraj", "person:abdul-hamid-dbeibah"
FIDAN, KALIN, HAFTAR = "person:hakan-fidan", "person:ibrahim-kalin", "person:khalifa-haftar"
ERDOGAN = "person:recep-tayyip-erdogan"


pairs = pairs_on("2020-07-04", lang="tr", article_id="acc", by_participants=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trablus'taki temaslarını sürdüren Bakan Akar, beraberinde Orgeneral Güler ile "
            "Libya Başbakanı Fayiz es-Serrac ile görüştü.",
            {pair_key(AKAR, SARRAJ)},
        ),
        (  # glued comitative
            "Bakan Akar, beraberinde Genelkurmay Başkanı Yaşar Güler'le Trablus'ta Serrac "
            "ile bir araya geldi.",
            {pair_key(AKAR, SARRAJ)},
        ),
        (
            "Dışişleri Bakanı Fidan, beraberindeki MİT Başkanı İbrahim Kalın ile birlikte "
            "Bingazi'de Halife Hafter ile görüştü.",
            {pair_key(FIDAN, HAFTAR)},
        ),
        (  # closed by a comma
            "Bakan Akar ve beraberindeki Genelkurmay Başkanı Güler, Trablus'ta Serrac ile görüştü.",
            {pair_key(AKAR, SARRAJ)},
        ),
        (  # a delegation comes along: the contact stands, its partner unchanged
            "Libya Başbakanı Dibeybe, beraberindeki heyetle Ankara'da Cumhurbaşkanı Erdoğan "
            "ile görüştü.",
            {pair_key(ERDOGAN, DBEIBAH)},
        ),
        (  # no cue: both Turks are principals
            "Bakan Akar ve Orgeneral Güler, Trablus'ta Serrac ile görüştü.",
            {pair_key(AKAR, SARRAJ), pair_key(GULER, SARRAJ)},
        ),
    ],
)
def test_who_came_along_is_no_principal(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
