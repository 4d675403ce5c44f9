"""More of Turkish writing's marks of a bare surname as a name (``bare_holders.py``),
on sentences written like newsroom second mentions, none taken from the real set:

* a capitalised neighbour that is a place ("Bakan Bayraktar Trablus'ta") or a word of
  a name already found ("Muhammed el-Haddad Güler'le") makes no longer name;
* the comitative right after it ("Güler ile görüştü": ``name_followers``) and a
  sentence adverb before a subject ("Ayrıca Fidan, ...": ``openers``) mark it;
* a Libyan named by one word ("Tekale") makes the article one about Libya;
* of two bearers in office, one whose every office is in a company or a party the
  article does not name is not the one meant ("söyleyen Bayraktar" in an energy item
  is the minister, not Baykar's chairman)."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker

_DAY = "2025-03-01"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a place after the titled surname, with a case ending or without
        ("Bakan Bayraktar Trablus'ta Libyalı mevkidaşı Muhammed Avn ile bir araya geldi.",
         "person:alparslan-bayraktar"),
        ("Bakan Bayraktar Bingazi ziyaretinde Libya Ulusal Petrol Kurumu yetkilileriyle görüştü.",
         "person:alparslan-bayraktar"),
        # a place before it
        ("Halife Hafter, Ankara'da Güler ile bir araya geldi.", "person:yasar-guler"),
        # the last word of a name found already
        ("Libya Genelkurmay Başkanı Muhammed el-Haddad Güler'le Ankara'da görüştü.",
         "person:yasar-guler"),
        # the comitative after it
        ("Abdulhamid Dibeybe, Fidan ile telefonda görüştü.", "person:hakan-fidan"),
        ("Trablus'a giden heyette yer alan Libya Savunma Bakanı, Güler ile görüştü.",
         "person:yasar-guler"),
        # a sentence adverb before the subject
        ("Ayrıca Kalın, Bingazi'de Halife Hafter'in oğullarıyla görüştü.", "person:ibrahim-kalin"),
        ("Öte yandan Fidan, Libya Başkanlık Konseyi Başkanı Menfi'yi aradı.", "person:hakan-fidan"),
        # a Libyan named by one word only
        ("Tekale, Fidan ile Ankara'da görüştü.", "person:hakan-fidan"),
        # the minister, not Baykar's chairman or chief executive: no Baykar named
        ("Libya ile enerji işbirliğinin artacağını söyleyen Bayraktar, Dibeybe'ye teşekkür etti.",
         "person:alparslan-bayraktar"),
        ("Bayraktar, Trablus'ta Libya Petrol Bakanı ile doğal gaz sahalarını ele aldı.",
         "person:alparslan-bayraktar"),
        # the defence minister, not the AK Parti group chairman: no party named
        ("Libya heyetini kabul eden Güler, işbirliğini ele aldı.", "person:yasar-guler"),
    ],
)  # fmt: skip
def test_a_marked_surname_links_its_holder(
    detector: EntityDetector, linker: RoleLinker, text: str, holder: str
) -> None:
    assert holder in people(linked_on(detector, linker, text, "tr", _DAY))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a capitalised neighbour no place and no name found: a longer unknown name
        ("Bakan Fidan Korkmaz Libya'dan dönen işçilerle görüştü.", "person:hakan-fidan"),
        # the comitative after the word, lower case: the sapling
        ("Libya'ya gönderilen fidan ile tohumlar Trablus'a ulaştı.", "person:hakan-fidan"),
        # the comitative, but no Libyan named: a home-news item
        ("Ankara'da düzenlenen törende Güler ile Kaya ödül aldı.", "person:yasar-guler"),
        # a sentence adverb, but no comma: the word opens its own clause
        ("Ayrıca Fidan dikimi Libya'daki okullarda başladı.", "person:hakan-fidan"),
        # Baykar named: its chairman and chief executive are readings, the mark picks none
        ("Baykar'ın Libya'daki SİHA'larını anlatan Bayraktar, Trablus'taki tesisleri gezdi.",
         "person:alparslan-bayraktar"),
        ("Baykar'ın Libya'daki SİHA'larını anlatan Bayraktar, Trablus'taki tesisleri gezdi.",
         "person:selcuk-bayraktar"),
        # the drone's name: a capitalised word after it
        ("Bayraktar TB2 Libya'da Hafter güçlerine karşı kullanıldı.", "person:alparslan-bayraktar"),
    ],
)  # fmt: skip
def test_the_word_or_a_reading_it_cannot_choose_stays_unlinked(
    detector: EntityDetector, linker: RoleLinker, text: str, absent: str
) -> None:
    assert absent not in people(linked_on(detector, linker, text, "tr", _DAY))
