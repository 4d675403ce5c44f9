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
    ],
)  # fmt: skip
def test_bare_or_after_its_own_country_it_still_links(detector, text: str, org: str) -> None:
    assert org in _ids(detector, text)
