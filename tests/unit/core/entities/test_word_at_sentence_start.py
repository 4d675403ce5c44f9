"""A short form that is also a word (Turkish İnce = thin, ``words_at_start`` in
bare_holders.yaml): capitalised at a sentence start it names Muharrem İnce only
before a comma or colon; mid-sentence its capital still makes it a name, and lower
case never does. On a day only he of the KB's İnces holds an office."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker

_DAY = "2024-03-12"
_INCE = "person:muharrem-ince"


@pytest.mark.parametrize(
    "text",
    [
        "İnce, Libya'ya asker gönderilmesine karşı olduğunu yineledi.",
        "Libya tartışmasında söz alan İnce hükümeti eleştirdi.",
        "Libya konusu sorulunca İnce: Tezkereye hayır dedik.",
    ],
)
def test_the_name_links(detector: EntityDetector, linker: RoleLinker, text: str) -> None:
    assert _INCE in people(linked_on(detector, linker, text, "tr", _DAY))


@pytest.mark.parametrize(
    "text",
    [
        "İnce ayar çekilmesi gerektiğini Libya heyeti de kabul etti.",
        "İnce bir diplomasi Libya dosyasında sonuç verdi.",
        "Görüşme uzun sürdü. İnce hesaplar Libya masasında yapıldı.",
        "Libya heyeti ince bir denge kurmaya çalıştı.",
    ],
)
def test_the_word_does_not(detector: EntityDetector, linker: RoleLinker, text: str) -> None:
    assert _INCE not in people(linked_on(detector, linker, text, "tr", _DAY))
