"""A KB body's Turkish name as the compound a title after it makes ("Kayseri Büyükşehir
Belediye Başkanı X": the municipality, its possessive dropped) is that body, not its
city alone (session 21, freshtr: on the fresh Turkish excerpts' dev part the mayor's
title left the municipality unfound and its city a false place;
``org_forms.turkish_compound_forms``, ``compound_heads`` of ministry_forms.yaml).

The sentences are invented paraphrases, unlike any excerpt of the real-text set.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of

_ids = partial(ids_of, lang="tr")


@pytest.mark.parametrize(
    ("text", "org", "place"),
    [
        ("Kayseri Büyükşehir Belediye Başkanı Memduh Büyükkılıç Misurata'ya gitti.",
         "org:tr-kayseri-municipality", "loc:kayseri"),
        ("Bingazi Belediye Meclisi, Türk firmalarıyla yapılan sözleşmeyi onayladı.",
         "org:ly-benghazi-municipality", None),
        ("Sirte Belediye Başkanı, Türk heyetini kentte ağırladı.",
         "org:ly-sirte-municipality", None),
    ],
)  # fmt: skip
def test_a_title_compound_names_the_body(detector, text: str, org: str, place: str | None) -> None:
    found = _ids(detector, text)
    assert org in found
    if place is not None:
        assert place not in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a possessive name of no KB body: no body is made up from its city
        ("Karaman Belediye Başkanı törene katıldı.", "org:tr-kayseri-municipality"),
        # the full name still links as before
        ("Kayseri Büyükşehir Belediyesi, Misurata ile kardeş şehir oldu.", None),
    ],
)  # fmt: skip
def test_other_names_are_left_as_they_were(detector, text: str, org: str | None) -> None:
    found = _ids(detector, text)
    if org is None:
        assert "org:tr-kayseri-municipality" in found
    else:
        assert org not in found
