"""A Turkish role phrase is a common noun, so its case ending is written fused, with
no apostrophe: "Libya Başkanlık Konseyi Başkanıyla görüştü", "... Başkanını ziyaret
etti" (offices/tr.yaml ``fused_endings``). The phrase after its anchor still names
the office's holder on the article's day; the span is the phrase, the ending left
out. Longer words that only begin like the phrase (Başkanlığına, "the chairmanship")
and a deputy's title are no such phrase."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker

_DAY = "2024-05-10"
_MENFI = "person:mohamed-menfi"


@pytest.mark.parametrize(
    "text",
    [
        "Fidan, Trablus'ta Libya Başkanlık Konseyi Başkanıyla bir araya geldi.",
        "Türk heyeti, Libya Başkanlık Konseyi Başkanını makamında ziyaret etti.",
        "Bakan, Libya Başkanlık Konseyi Başkanına bir mektup iletti.",
    ],
)
def test_a_fused_case_ending_keeps_the_role(
    detector: EntityDetector, linker: RoleLinker, text: str
) -> None:
    found = people(linked_on(detector, linker, text, "tr", _DAY))
    assert found.get(_MENFI) == ["Libya Başkanlık Konseyi Başkanı"]


@pytest.mark.parametrize(
    "text",
    [
        # the chairmanship, not its holder
        "Libya Başkanlık Konseyi Başkanlığına yapılan atama tartışılıyor.",
        # the deputy's title after the role phrase
        "Fidan, Libya Başkanlık Konseyi Başkanı yardımcısıyla görüştü.",
    ],
)
def test_other_words_are_not_the_role(
    detector: EntityDetector, linker: RoleLinker, text: str
) -> None:
    assert _MENFI not in people(linked_on(detector, linker, text, "tr", _DAY))
