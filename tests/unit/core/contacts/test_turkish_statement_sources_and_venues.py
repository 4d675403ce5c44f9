"""Who a Turkish statement came from, and where a meeting was held, are no parties.

The body of a long Turkish article tells a meeting again through its source:
"Cumhurbaşkanlığından yapılan açıklamaya göre, görüşmede ... ele alındı", "MSB'nin
sosyal medya hesabından yapılan paylaşımda", "Başkanlık Konseyinin açıklamasına göre".
The sentence refers back to the meeting, and the institution that issued the statement
was paired with the other side. An institution in the locative ("TBMM'de",
"Dışişleri Bakanlığında", "Meclisi'nde") is where it was held, not who met; with no host
named, it was paired with the guest. Both are ``after_possessor`` cues of the tr
contacts lexicon (written from invented long-article probes, not from the set).
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import keys, pairs_on

ERDOGAN, MENFI = "person:recep-tayyip-erdogan", "person:mohamed-menfi"
FIDAN, DBEIBAH = "person:hakan-fidan", "person:abdul-hamid-dbeibah"
GULER, HADDAD = "person:yasar-guler", "person:mohammed-al-haddad"
KURTULMUS, TAKALA = "person:numan-kurtulmus", "person:mohamed-takala"
BAYRAKTAR, NOC = "person:alparslan-bayraktar", "org:ly-noc"
SALEH, TBMM = "person:aguila-saleh", "org:tbmm"

pairs = pairs_on("2024-03-14", lang="tr")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Cumhurbaşkanı Erdoğan, Başkanlık Konseyi Başkanı Menfi ile telefonda görüştü. "
            "İletişim Başkanlığından yapılan yazılı açıklamada, görüşmede enerji "
            "projelerinin de konuşulduğu kaydedildi.",
            (ERDOGAN, MENFI),
        ),
        (
            "Bakan Hakan Fidan, Trablus'ta Libya Başbakanı Abdulhamid Dbeybe ile bir araya "
            "geldi. Dışişleri "
            "Bakanlığının açıklamasına göre görüşmede göç konusu masaya yatırıldı.",
            (FIDAN, DBEIBAH),
        ),
        (
            "Millî Savunma Bakanı Güler, Genelkurmay Başkanı Muhammed el-Haddad'ı Ankara'da "
            "ağırladı. MSB'nin sosyal medya hesabından yapılan paylaşımda, görüşmede eğitim "
            "faaliyetlerinin değerlendirildiği belirtildi.",
            (GULER, HADDAD),
        ),
        (
            "Menfi, dün İstanbul'da Cumhurbaşkanı Erdoğan tarafından kabul edildi. Libya "
            "Başkanlık Konseyi'nin medya ofisinden yapılan açıklamada görüşmenin olumlu "
            "geçtiği vurgulandı.",
            (ERDOGAN, MENFI),
        ),
        (
            "Hakan Fidan, Başbakan Abdulhamid Dbeybe ile bir görüşme gerçekleştirdi. Ulusal "
            "Birlik "
            "Hükümeti'nin basın bürosu, görüşmede seçim takviminin ele alındığını bildirdi.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_the_source_of_a_statement_on_the_meeting_is_no_party(
    detector, entities, text: str, pair: tuple[str, str]
) -> None:
    assert pairs(detector, entities, text) == keys(pair)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the guest received at the institution, the host named in the next sentence
        (
            "Devlet Yüksek Konseyi Başkanı Muhammed Tekale, TBMM'de törenle karşılandı.",
            None,
        ),
        (
            "Libya Temsilciler Meclisi Başkanı Akile Salih, Türkiye Büyük Millet "
            "Meclisi'nde resmi bir törenle karşılandı.",
            None,
        ),
        (
            "Abdulhamid Dbeybe, Dışişleri Bakanlığında Bakan Hakan Fidan ile görüştü.",
            (FIDAN, DBEIBAH),
        ),
        (
            "Numan Kurtulmuş, Devlet Yüksek Konseyi Başkanı Tekale'yi TBMM'deki makamında "
            "kabul etti.",
            (KURTULMUS, TAKALA),
        ),
    ],
)
def test_an_institution_in_the_locative_is_the_venue(
    detector, entities, text: str, pair: tuple[str, str] | None
) -> None:
    assert pairs(detector, entities, text) == (keys(pair) if pair else set())


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an institution visited or met (accusative, comitative) is still a party
        (
            "Enerji Bakanı Alparslan Bayraktar, Trablus'ta Libya Ulusal Petrol Kurumu'nu "
            "ziyaret etti.",
            (BAYRAKTAR, NOC),
        ),
        (
            "Akile Salih, Türkiye Büyük Millet Meclisi'ni ziyaret etti.",
            (TBMM, SALEH),
        ),
        # who tells of his own meeting in a statement still met
        (
            "Hakan Fidan, yaptığı açıklamada Libya Başbakanı Abdulhamid Dbeybe ile "
            "görüştüğünü söyledi.",
            (FIDAN, DBEIBAH),
        ),
    ],
)
def test_institutions_and_speakers_that_met_are_left_alone(
    detector, entities, text: str, pair: tuple[str, str]
) -> None:
    assert pairs(detector, entities, text) == keys(pair)
