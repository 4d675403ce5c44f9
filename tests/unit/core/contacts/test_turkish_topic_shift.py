"""A Turkish contact sentence may name the other side only by adjective or as one
unnamed official ("Libyalı mevkidaşıyla", "Libyalı yetkiliyle"), and the next sentence
turn to that person with "ise" (as for): "Orgeneral Saddam Hafter ise ... gündeme
taşıdı". That person is the counterpart (``topic_shift`` in the tr contacts lexicon,
``continuation.shifted_to``). Officials in the plural, a third country's partner and a
sentence with no contact are left alone."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import pair_key

FIDAN, HAFTAR = "person:hakan-fidan", "person:khalifa-haftar"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
SADDAM = "person:saddam-haftar"


pairs = pairs_on("2025-05-10", lang="tr")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hakan Fidan, Libyalı yetkiliyle Ankara'da bir araya geldi. Orgeneral Saddam "
            "Hafter ise güvenlik sorunlarını gündeme taşıdı.",
            pair_key(FIDAN, SADDAM),
        ),
        (
            "Savunma Bakanı Yaşar Güler, Libyalı yetkiliyle Ankara'da görüştü. Muhammed "
            "el-Haddad ise işbirliğini vurguladı.",
            pair_key(GULER, HADDAD),
        ),
        (
            "Dışişleri Bakanı Hakan Fidan, Libyalı mevkidaşıyla Ankara'da bir araya geldi. "
            "Halife Hafter ise iki ülke arasındaki ilişkilerin önemine değindi.",
            pair_key(FIDAN, HAFTAR),
        ),
    ],
)
def test_the_person_the_next_sentence_turns_to_is_the_counterpart(
    detector, entities, text: str, pair: str
) -> None:
    assert pairs(detector, entities, text) == {pair}


@pytest.mark.parametrize(
    "text",
    [
        # officials in the plural: a group, and the person after "ise" a contrast
        "Dışişleri Bakanı Hakan Fidan, Libyalı yetkililerle Ankara'da görüştü. Halife "
        "Hafter ise görüşmeyi eleştirdi.",
        # a third country's counterpart
        "Dışişleri Bakanı Hakan Fidan, Katarlı mevkidaşı ile görüştü. Halife Hafter ise "
        "Moskova'ya gitti.",
        # no contact in the sentence before
        "Dışişleri Bakanı Hakan Fidan Ankara'da basın toplantısı düzenledi. Halife Hafter "
        "ise Moskova'ya gitti.",
        # the person after "ise" is not the one the next sentence opens with
        "Savunma Bakanı Yaşar Güler, Libyalı yetkiliyle Ankara'da görüştü. Dibeybe'nin "
        "danışmanı Muhammed el-Haddad ise işbirliğini vurguladı.",
    ],
)
def test_left_alone(detector, entities, text: str) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting the accepted invitation led to
        (
            "Hakan Fidan, Saddam Hafter'in Ankara'ya davetini kabul ederek bir araya geldi.",
            {pair_key(FIDAN, SADDAM)},
        ),
        (
            "Hakan Fidan, Libyalı yetkilinin davetini kabul ederek, iki ülke arasındaki "
            "diyaloğu güçlendirmek için bir araya geldi. Orgeneral Saddam Hafter ise "
            "güvenlik sorunlarını gündeme taşıdı.",
            {pair_key(FIDAN, SADDAM)},
        ),
        # an invitation accepted alone is no contact
        ("Hakan Fidan, Saddam Hafter'in Bingazi'ye davetini kabul etti.", set()),
        ("Saddam Hafter, Fidan'ın daveti kabul ederek Ankara'ya gideceğini söyledi.", set()),
    ],
)
def test_an_accepted_invitation_holds_no_trigger(
    detector, entities, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected
