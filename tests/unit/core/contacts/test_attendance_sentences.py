"""A Turkish sentence that lists who attended a meeting told before ("A ve B de Güler'in
ziyareti sırasında görüşmeye katılan Libyalı yetkililer arasındaydı") adds attendees,
not a contact: the visit it names paired the visitor with each of them (``block`` in
the Turkish contact lexicon; longtr, whole-article audit: 3 wrong current events from
one such sentence; invented paraphrases here). A meeting told in a sentence of its
own stays."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"

pairs = pairs_on("2025-06-02", lang="tr", article_id="attend", by_participants=True)


@pytest.mark.parametrize(
    "text",
    [
        "Libya İçişleri Bakanı İmad Trablusi ve Libya Genelkurmay Başkanı Muhammed Ali "
        "el-Haddad da Milli Savunma Bakanı Yaşar Güler'in ziyareti sırasında görüşmeye "
        "katılan Libyalı yetkililer arasındaydı.",
        "Libya Dışişleri Bakan Vekili Tahir el-Baur da Dışişleri Bakanı Hakan Fidan'ın "
        "Trablus ziyaretinde görüşmeye katılan isimler arasında yer aldı.",
        "Libya Ulaştırma Bakanı Muhammed Şahubi de Enerji Bakanı Alparslan Bayraktar'ın "
        "Trablus ziyareti sırasında toplantıya katılan yetkililer arasında bulunuyordu.",
    ],
)
def test_an_attendance_sentence_adds_no_contact(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Milli Savunma Bakanı Yaşar Güler, Trablus'ta Libya Genelkurmay Başkanı Muhammed "
        "Ali el-Haddad ile görüştü.",
        # "arasında" as "between" in a sentence of the meeting itself
        "Milli Savunma Bakanı Yaşar Güler ile Libya Genelkurmay Başkanı Muhammed Ali "
        "el-Haddad arasındaki görüşme Trablus'ta gerçekleşti.",
    ],
)
def test_the_meeting_itself_stays(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert pairs(detector, entities, text) == {pair_key(GULER, HADDAD)}
