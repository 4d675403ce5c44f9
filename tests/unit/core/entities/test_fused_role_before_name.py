"""A Turkish title before a name takes no case ending, the name does ("Libya
Başbakanı Dbeybe'ye"). A role phrase with a case ending fused to it ends its noun
phrase: a name right after it is someone else, and the phrase still names the
office's holder on the article's day ("Meclis Başkanına Erdoğan'ın mektubu")."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.dated import linked_on, people
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker

_DAY = "2024-05-10"
_SALEH = "person:aguila-saleh"
_DBEIBAH = "person:abdul-hamid-dbeibah"
_MENFI = "person:mohamed-menfi"
_ERDOGAN = "person:recep-tayyip-erdogan"


@pytest.mark.parametrize(
    ("text", "holder", "surface"),
    [
        (
            "Libya Temsilciler Meclisi Başkanına Erdoğan'ın mesajı iletildi.",
            _SALEH,
            "Libya Temsilciler Meclisi Başkanı",
        ),
        (
            "Libya Başbakanını Erdoğan Dolmabahçe'de ağırladı.",
            _DBEIBAH,
            "Libya Başbakanı",
        ),
        (
            "Libya Başkanlık Konseyi Başkanıyla Ahmet Yılmaz'ın görüşmesi ertelendi.",
            _MENFI,
            "Libya Başkanlık Konseyi Başkanı",
        ),
    ],
)
def test_a_name_after_a_fused_role_is_someone_else(
    detector: EntityDetector, linker: RoleLinker, text: str, holder: str, surface: str
) -> None:
    found = people(linked_on(detector, linker, text, "tr", _DAY))
    assert found.get(holder) == [surface]


def test_the_name_after_it_is_still_found(detector: EntityDetector, linker: RoleLinker) -> None:
    text = "Libya Başbakanını Erdoğan Dolmabahçe'de ağırladı."
    assert _ERDOGAN in people(linked_on(detector, linker, text, "tr", _DAY))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a title with no ending: the name after it is the one meant, not the holder
        ("Libya Başbakanı Ahmet Maitig Ankara'ya geldi.", _DBEIBAH),
        ("Libya Başbakanı Mehmet Demirci'ye bir mektup iletildi.", _DBEIBAH),
        # the deputy, with its own ending
        ("Erdoğan, Libya Başbakanı Yardımcısına Ankara'da eşlik etti.", _DBEIBAH),
        # the office, not its holder
        ("Libya Başbakanlığına Erdoğan'ın mesajı iletildi.", _DBEIBAH),
    ],
)
def test_left_alone(detector: EntityDetector, linker: RoleLinker, text: str, absent: str) -> None:
    assert absent not in people(linked_on(detector, linker, text, "tr", _DAY))
