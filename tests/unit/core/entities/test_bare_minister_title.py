"""The bare Turkish title "Bakan" narrows a surname to the people who held some
ministry: on the article's date, or ever when the article is undated ("Bakan Fidan",
"Bakan Bolat"). A deputy's title or a surname two ministers bear links nobody."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.textfold import fold


def _undated(detector, linker, text: str) -> dict[str, list[str]]:
    folded = fold(text)
    return people(linker.link_undated(folded, "tr", detector.detect(folded, "tr")))


@pytest.mark.parametrize(
    ("text", "holder", "surface"),
    [
        ("Bakan Fidan, Libyalı mevkidaşını makamında ağırladı.", "person:hakan-fidan", "Fidan"),
        ("Görüşmenin ardından Bakan Bolat basına açıklama yaptı.", "person:omer-bolat", "Bolat"),
        # a case ending on the surname
        ("Bakan Bayraktar'ın Trablus temasları sürüyor.", "person:alparslan-bayraktar",
         "Bayraktar'ın"),
    ],
)  # fmt: skip
def test_undated_bakan_links_the_one_minister_of_that_name(
    detector, linker, text, holder, surface
) -> None:
    assert _undated(detector, linker, text).get(holder) == [surface]


def test_the_date_picks_who_was_a_minister_then(detector, linker) -> None:
    text = "Bakan Bolat, Trablus'ta Libyalı iş insanlarıyla bir araya geldi."
    assert "person:omer-bolat" in people(linked_on(detector, linker, text, "tr", "2024-05-03"))
    # not yet a minister in 2021: the title vouches for nobody
    earlier = people(linked_on(detector, linker, text, "tr", "2021-05-03"))
    assert "person:omer-bolat" not in earlier


@pytest.mark.parametrize(
    "text",
    [
        # ministers of two countries bear the name: no guess
        "Bakan Yılmaz açıklama yaptı.",
        # a word that is no minister's surname
        "Bakan Perşembe günü Trablus'a gidecek.",
    ],
)
def test_no_minister_named(detector, linker, text) -> None:
    assert not _undated(detector, linker, text)


@pytest.mark.parametrize(
    ("text", "holder", "surface"),
    [
        # any ministry's title, not only the listed ones
        ("Sağlık Bakanı Demircan, Libyalı mevkidaşını kabul etti.", "person:ahmet-demircan",
         "Demircan"),
        # the hyphen of an Arabic article is part of the name after the title
        ("Libya Ulaştırma Bakanı eş-Şehubi, Ankara'da temaslarda bulundu.",
         "person:mohamed-al-shahoubi", "eş-Şehubi"),
    ],
)  # fmt: skip
def test_any_ministry_title_before_a_surname(detector, linker, text, holder, surface) -> None:
    assert _undated(detector, linker, text).get(holder) == [surface]


def test_a_deputy_after_a_ministry_title_is_no_minister(detector, linker) -> None:
    found = _undated(detector, linker, "Dışişleri Bakanı Yardımcısı Bozay Trablus'u ziyaret etti.")
    assert not any(k in found for k in ("person:hakan-fidan", "person:mevlut-cavusoglu"))
