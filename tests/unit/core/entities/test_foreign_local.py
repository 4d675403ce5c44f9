"""A bare local institution name ("Başbakanlık", "Dışişleri Bakanlığı": Türkiye's in
Turkish copy) right after another country's name is that country's (real copy:
dev excerpt tr-12007, "Libya Başbakanlık Basın Ofisinden")."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of

_ids = partial(ids_of, lang="tr")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Libya Başbakanlık Basın Ofisinden yapılan açıklamaya göre toplantı yapıldı.",
         "org:tr-prime-ministry"),
        ("Libya Genelkurmay Başkanlığı açıklama yaptı.", "org:tr-general-staff"),
        # (issue #12, varrank) a Turkish body's full name with no country word in it
        # (a KB alias, not a local one) is as bare: after Libya it is Libya's
        ("Libya Milli Savunma Bakanlığı yetkilileri eğitim programını anlattı.",
         "org:tr-mod"),
        ("Toplantıya Libya Millî Savunma Bakanlığı'ndan iki general katıldı.", "org:tr-mod"),
        ("Rusya Milli Savunma Bakanlığı, tatbikatın sürdüğünü bildirdi.", "org:tr-mod"),
    ],
)  # fmt: skip
def test_after_another_country_it_is_not_turkeys(detector, text: str, org: str) -> None:
    assert org not in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Dışişleri Bakanlığı açıklama yaptı.", "org:tr-mfa"),
        ("Türkiye Dışişleri Bakanlığı açıklama yaptı.", "org:tr-mfa"),
        ("Libya'ya giden heyet için Dışişleri Bakanlığı açıklama yaptı.", "org:tr-mfa"),
        ("Milli Savunma Bakanlığı, Libya'daki eğitimin sürdüğünü açıkladı.", "org:tr-mod"),
        ("Türkiye Milli Savunma Bakanlığı heyeti Trablus'a gitti.", "org:tr-mod"),
        ("Libya'da görevli askerler için Milli Savunma Bakanlığı açıklama yaptı.",
         "org:tr-mod"),
        ("Libya heyeti MSB'yi ziyaret etti.", "org:tr-mod"),
    ],
)  # fmt: skip
def test_bare_or_after_its_own_country_it_still_links(detector, text: str, org: str) -> None:
    assert org in _ids(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        # (issue #12, varrank) Turkish copy also names Libya's Presidential Council
        # with Türkiye's word for the presidency: the council, not Beştepe
        "Libya Cumhurbaşkanlığı Konseyi, seçim takvimini açıkladı.",
        "Cumhurbaşkanlığı Konseyi üyesi Musa el-Koni Ankara'ya geldi.",
        "Trablus'taki Cumhurbaşkanlık Konseyi toplantısında Türkiye ile anlaşma ele alındı.",
    ],
)
def test_libyas_presidential_council_is_not_turkeys_presidency(detector, text: str) -> None:
    found = _ids(detector, text)
    assert "org:ly-presidential-council" in found
    assert "org:tr-presidency" not in found


def test_turkeys_presidency_alone_still_links(detector) -> None:
    text = "Cumhurbaşkanlığı, Libya heyetinin ziyaretini duyurdu."
    assert "org:tr-presidency" in _ids(detector, text)
