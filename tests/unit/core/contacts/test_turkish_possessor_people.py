"""One of a person's people in the possessor's place ("Dibeybe'nin danışmanıyla",
"Hafter'in oğluyla", "Menfi'nin temsilcisiyle") is who met, not the possessor:
the possessor makes no pair (``after_possessor`` in the Turkish lexicon). The adviser
or son named in full after it is still a party. Sentences written for the test, with
full names (bare surnames are the role linker's, which this harness leaves out); the
last test checks each sentence pairs its possessor when he is the one met."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector


def pairs(detector: ContactDetector, entities: EntityDetector, text: str) -> set[str]:
    events = events_in(detector, entities, text, "tr", on_day("2025-03-05"), article_id="pos")
    return {e.pair_key for e in events}


_FIDAN_DBEIBAH = ("person:abdul-hamid-dbeibah", "person:hakan-fidan")
_FIDAN_MENFI = ("person:hakan-fidan", "person:mohamed-menfi")
_KALIN_HAFTAR = ("person:ibrahim-kalin", "person:khalifa-haftar")
_GULER_DBEIBAH = ("person:abdul-hamid-dbeibah", "person:yasar-guler")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Hakan Fidan, Trablus'taki gelişmeleri Dibeybe'nin danışmanıyla telefonda ele aldı.",
         _FIDAN_DBEIBAH),
        ("Dışişleri Bakanı Hakan Fidan, Menfi'nin temsilcisiyle Ankara'da görüştü.",
         _FIDAN_MENFI),
        ("MİT Başkanı İbrahim Kalın, Hafter'in sözcüsüyle Bingazi'de bir araya geldi.",
         _KALIN_HAFTAR),
        ("Bakan Yaşar Güler, Dibeybe'nin yardımcısıyla savunma işbirliğini görüştü.",
         _GULER_DBEIBAH),
    ],
)  # fmt: skip
def test_the_possessor_of_who_met_makes_no_pair(
    detector: ContactDetector, entities: EntityDetector, text: str, absent: tuple[str, str]
) -> None:
    assert pair_key(*absent) not in pairs(detector, entities, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the same sentences with the possessor himself met pair him: the cue, not a
        # name the harness misses, keeps the pairs above out
        ("Hakan Fidan, Trablus'taki gelişmeleri Dibeybe ile telefonda ele aldı.",
         _FIDAN_DBEIBAH),
        ("Dışişleri Bakanı Hakan Fidan, Menfi ile Ankara'da görüştü.", _FIDAN_MENFI),
        ("MİT Başkanı İbrahim Kalın, Hafter ile Bingazi'de bir araya geldi.", _KALIN_HAFTAR),
        ("Bakan Yaşar Güler, Dibeybe ile savunma işbirliğini görüştü.", _GULER_DBEIBAH),
        # the son named after the possessive is the party
        ("MİT Başkanı İbrahim Kalın, Hafter'in oğlu Saddam Hafter ile Bingazi'de görüştü.",
         ("person:ibrahim-kalin", "person:saddam-haftar")),
    ],
)  # fmt: skip
def test_who_is_met_stays_a_party(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)
