"""The Presidency heading an official's title ("Cumhurbaşkanlığı Sözcüsü İbrahim
Kalın") is part of that person's office, not an actor (dev excerpts tr-013, tr-065,
tr-070, tr-11003, tr-11006 label it so); named on its own it still links."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.title_heads import TitleHeads

PRESIDENCY = "org:tr-presidency"


_mentions = partial(mentions_of, lang="tr")


@pytest.mark.parametrize(
    "text",
    [
        "Heyette Cumhurbaşkanlığı Sözcüsü İbrahim Kalın da yer alıyor.",
        "Cumhurbaşkanlığı İletişim Başkanı Burhanettin Duran açıklama yaptı.",
        "Cumhurbaşkanlığı Başdanışmanı toplantıya katıldı.",
    ],
)
def test_the_head_of_a_title_is_no_actor(detector: EntityDetector, text: str) -> None:
    assert PRESIDENCY not in _mentions(detector, text)


def test_the_institution_named_on_its_own_still_links(detector: EntityDetector) -> None:
    text = "Cumhurbaşkanlığı Sözcüsü Kalın, Cumhurbaşkanlığı'nın Libya kararını duyurdu."
    assert _mentions(detector, text)[PRESIDENCY] == ["Cumhurbaşkanlığı"]


def test_another_language_is_left_alone() -> None:
    heads = TitleHeads({"tr": {PRESIDENCY: ["Sözcü"]}})
    assert heads.drop([], "", "ar") == []
