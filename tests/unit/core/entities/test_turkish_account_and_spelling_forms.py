"""Turkish forms the KB gained from the real-text set's misses (session 12), each
tried on wording unlike the excerpt that showed it, with the look-alikes it must
leave alone:

* X (the platform) as Turkish copy names it: with the account a statement was posted
  from ("X hesabından", "sosyal medya hesabı X üzerinden"); a bare X never;
* Abdulsalam Zoubi's Turkish renderings (Abdüsselam, "Abdül Selaman el-Zubi");
* Turkish final devoicing (Haddad written Haddat, as Ahmed is Ahmet) and k for g
  (Mangoush written Mankuş) in full names: the variant pass cannot reach a name
  whose skeleton is as short as Haddad's, so the KB lists them;
* Türkiye's consulates in Libya with a first-person possessive ("Bingazi
  Konsolosluğumuz") or the Misurata spelling."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

_ids = partial(ids_of, lang="tr")


@pytest.mark.parametrize(
    "text",
    [
        "Bakanlık, X hesabından yaptığı paylaşımda Libya heyetinin Ankara'ya geldiğini duyurdu.",
        "Başkan, sosyal medya hesabı X üzerinden Trablus'taki görüşmenin fotoğraflarını paylaştı.",
        "Bakan, NSosyal ve X sosyal medya hesaplarından Libya ziyaretine ilişkin bilgi verdi.",
    ],
)
def test_x_with_the_account_is_the_platform(detector: EntityDetector, text: str) -> None:
    assert "org:x-twitter" in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Libya'ya giden heyette X sayıda uzman yer aldı.",
        "Raporun X. bölümünde Libya'daki seçimler ele alındı.",
        "Hesabından yaptığı paylaşımda Libya'ya destek mesajı verdi.",
    ],
)
def test_a_bare_x_is_not(detector: EntityDetector, text: str) -> None:
    assert "org:x-twitter" not in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Libya Savunma Bakan Yardımcısı Abdüsselam Zubi, Ankara'da temaslarda bulundu.",
        "Törene Bakanlık Müsteşarı Abdül Selaman el-Zubi de katıldı.",
        "Abdusselam el-Zubi başkanlığındaki heyet İstanbul'a geldi.",
    ],
)
def test_zoubi_in_turkish_spellings(detector: EntityDetector, text: str) -> None:
    assert "person:abdulsalam-zoubi" in _ids(detector, text)


def test_a_bare_zubi_needs_the_full_name(detector: EntityDetector) -> None:
    # weak: the surname alone links only after the full name in the same article
    assert "person:abdulsalam-zoubi" not in _ids(detector, "Zubi bölgesinde yağış bekleniyor.")
    named = "Abdüsselam Zubi Ankara'ya geldi. Zubi, Libya'nın taleplerini iletti."
    assert "person:abdulsalam-zoubi" in _ids(detector, named)


@pytest.mark.parametrize(
    ("text", "consulate"),
    [
        ("Bingazi Konsolosluğumuz yakında yeniden hizmet verecek.", "org:tr-consulate-benghazi"),
        ("Türkiye'nin Misurata Başkonsolosluğu vize başvurularını kabul ediyor.",
         "org:tr-consulate-misrata"),
    ],
)  # fmt: skip
def test_consulate_forms(detector: EntityDetector, text: str, consulate: str) -> None:
    assert consulate in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Libya Genelkurmay Başkanı Muhammed Ali el-Haddat Ankara'ya geldi.",
         "person:mohammed-al-haddad"),
        ("Törende Muhammed el-Haddat için saygı duruşunda bulunuldu.",
         "person:mohammed-al-haddad"),
        ("Libya Dışişleri Bakanı Necla Mankuş basın toplantısı düzenledi.",
         "person:najla-mangoush"),
    ],
)  # fmt: skip
def test_devoiced_and_k_spellings(detector: EntityDetector, text: str, person: str) -> None:
    assert person in _ids(detector, text)


def test_a_bare_haddat_needs_the_full_name(detector: EntityDetector) -> None:
    assert "person:mohammed-al-haddad" not in _ids(detector, "Haddat ailesi törene katıldı.")
