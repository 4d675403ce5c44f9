"""A Turkish role reference that closes its sentence's subject with a comma ("Türk
Bakan, ...", "Libyalı Bakan, ...") names the holder named before it, as it does without
the comma. Turkish copy puts a comma after the subject as a rule; the one-word role
noun was looked up with the comma glued to it and never found (roles.py)."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys, pairs_on

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
CAVUSOGLU, MANGOUSH = "person:mevlut-cavusoglu", "person:najla-mangoush"
BAYRAKTAR, BENGDARA = "person:alparslan-bayraktar", "person:farhat-bengdara"

pairs = pairs_on("2022-10-04", lang="tr")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Enerji ve Tabii Kaynaklar Bakanı Alparslan Bayraktar dün sabah Trablus'a ulaştı. "
            "Türk Bakan, Ulusal Petrol Kurumu Başkanı Farhat Bengdara ile enerji "
            "işbirliğini görüştü.",
            (BAYRAKTAR, BENGDARA),
        ),
        (
            "Libya Dışişleri Bakanı Necla el-Manguş, resmi temaslar için Ankara'da bulunuyor. "
            "Libyalı Bakan, Dışişleri Bakanı Mevlüt Çavuşoğlu tarafından kabul edildi.",
            (CAVUSOGLU, MANGOUSH),
        ),
        (
            "Millî Savunma Bakanı Yaşar Güler, Trablus'taki Türk birliklerini denetledi. "
            "Türk Bakan, ziyaretinin ikinci gününde Genelkurmay Başkanı Muhammed el-Haddad "
            "ile bir araya geldi.",
            (GULER, HADDAD),
        ),
        (
            "Başkanlık Konseyi Başkanı Muhammed el-Menfi, Ankara'da resmi törenle karşılandı. "
            "Libyalı lider, Cumhurbaşkanı Erdoğan ile baş başa görüştü.",
            (ERDOGAN, MENFI),
        ),
    ],
)
def test_a_role_noun_before_a_comma_refers_back(
    detector, entities, text: str, pair: tuple[str, str]
) -> None:
    assert pairs(detector, entities, text) == keys(pair)


@pytest.mark.parametrize(
    "text",
    [
        # the role names a third country's minister: nobody of the watch to refer to
        "Mısır Dışişleri Bakanı Bedr Abdulati dün Ankara'daydı. Mısırlı Bakan, Libya "
        "Başbakanı Abdulhamid Dbeybe'nin açıklamalarını değerlendirdi.",
        # no holder of the role was named: nobody to refer to
        "Libya Başbakanı Abdulhamid Dbeybe İstanbul'a geldi. Türk Bakan, açıklama yapmadı.",
    ],
)
def test_a_role_noun_with_no_holder_of_the_watch_is_left_alone(
    detector, entities, text: str
) -> None:
    assert pairs(detector, entities, text) == set()
