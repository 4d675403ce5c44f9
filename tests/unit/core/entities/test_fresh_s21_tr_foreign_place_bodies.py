"""A bare local institution name of Turkish copy ("Başbakanlık", "Dışişleri Bakanlığı":
Türkiye's) right after another country's place made an adjective by a locative ending
("Trablus'taki", "Kahire'deki") is that place's body, not Türkiye's (session 21,
freshtr: a Turkish prime ministry in Tripoli was one of the 5 false PERSON+ORG
entities of the fresh Turkish excerpts' dev part; ``foreign_local``, the
``locative_adjective`` endings of the entity morphology).

The sentences are invented paraphrases, unlike any excerpt of the real-text set.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of

_ids = partial(ids_of, lang="tr")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Dibeybe, Yunan bakanı Trablus'taki Başbakanlık binasında kabul etti.",
         "org:tr-prime-ministry"),
        ("Fidan, Kahire'deki Dışişleri Bakanlığında Mısırlı mevkidaşıyla görüştü.",
         "org:tr-mfa"),
        ("Libya'daki Dışişleri Bakanlığı yetkilileri Türk heyetini karşıladı.", "org:tr-mfa"),
        ("Heyet, Moskova’daki Dışişleri Bakanlığı binasına geçti.", "org:tr-mfa"),
    ],
)  # fmt: skip
def test_in_another_countrys_place_it_is_not_turkeys(detector, text: str, org: str) -> None:
    assert org not in _ids(detector, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # a Turkish place: Türkiye's own ministry
        ("Bakan Fidan, Ankara'daki Dışişleri Bakanlığında Libyalı mevkidaşını ağırladı.",
         "org:tr-mfa"),
        # the foreign place qualifies another word, not the body
        ("Trablus'taki görüşmenin ardından Dışişleri Bakanlığı açıklama yaptı.",
         "org:tr-mfa"),
        ("Bingazi'deki konsolosluk için Dışişleri Bakanlığı çalışma başlattı.", "org:tr-mfa"),
    ],
)  # fmt: skip
def test_in_a_turkish_place_or_after_another_word_it_still_links(
    detector, text: str, org: str
) -> None:
    assert org in _ids(detector, text)
