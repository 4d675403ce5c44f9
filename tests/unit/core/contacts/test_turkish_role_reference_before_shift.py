"""A Turkish role reference ("Türk Bakan", the Turkish minister) names the minister
named last before it, even when the next sentence turns to another minister with "ise"
("Çavuşoğlu ise ..."). Long articles tell one minister's meetings, then the other's:
the topic shift (``continuation.shifted_to``) gave the first minister's meeting to the
second. The shift still gives the counterpart a sentence names by adjective alone when
no role reference resolves (test_turkish_topic_shift.py)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys, pairs_on

BOLAT, BAYRAKTAR = "person:omer-bolat", "person:alparslan-bayraktar"
BENGDARA, HAWIJ = "person:farhat-bengdara", "person:mohamed-al-hawij"
FIDAN, GULER = "person:hakan-fidan", "person:yasar-guler"
HADDAD, MANGOUSH = "person:mohammed-al-haddad", "person:najla-mangoush"

pairs = pairs_on("2023-05-20", lang="tr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ticaret Bakanı Ömer Bolat ile Enerji ve Tabii Kaynaklar Bakanı Alparslan "
            "Bayraktar dün Trablus'a gitti. Bakan Bayraktar, bir enerji santralinin "
            "temel atma törenine katıldı. Türk Bakan daha sonra Ulusal Petrol Kurumu "
            "Başkanı Farhat Bengdara ile bir araya geldi. Bolat ise Libyalı mevkidaşı "
            "Muhammed el-Hüveyc ile iş forumuna katıldı.",
            {(BAYRAKTAR, BENGDARA)},
        ),
        (
            "Millî Savunma Bakanı Yaşar Güler ve Dışişleri Bakanı Hakan Fidan Libya'ya "
            "gitti. Güler, Türk askerlerini ziyaret etti. Türk Bakan ayrıca Genelkurmay "
            "Başkanı Muhammed el-Haddad ile görüştü. Fidan ise Libyalı mevkidaşı Necla "
            "el-Manguş ile ortak basın toplantısı düzenledi.",
            {(GULER, HADDAD), (FIDAN, MANGOUSH)},
        ),
    ],
)
def test_the_role_reference_is_the_minister_named_before_it(
    detector, entities, text: str, expected: set[tuple[str, str]]
) -> None:
    assert pairs(detector, entities, text) == keys(*expected)
