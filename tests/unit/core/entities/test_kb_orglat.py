"""KB bodies added by the orglat session (issue #12, class 3): Libyan authorities and
Turkish state banks that Turkish-Libyan copy names, in each language, on sentences
unlike any excerpt of the real set; and a bare word of a name that stays unlinked."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import mentions_of
from wirewatch.core.entities import EntityDetector


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("The Department for Combating Illegal Migration moved 300 migrants.", "en", "org:ly-dcim"),
        ("أعلن جهاز مكافحة الهجرة غير الشرعية ترحيل مئات المهاجرين", "ar", "org:ly-dcim"),
        ("Yasa Dışı Göçle Mücadele Birimi'ne bağlı merkezler denetlendi.", "tr", "org:ly-dcim"),
        ("The Housing and Infrastructure Board reopened stalled contracts.", "en", "org:ly-hib"),
        ("وقع جهاز تنفيذ مشروعات الإسكان والمرافق عقدا مع شركة تركية", "ar", "org:ly-hib"),
        (
            "The National Council for Civil Liberties and Human Rights condemned the raid.",
            "en",
            "org:ly-ncclhr",
        ),
        (
            "Ziraat Bank will open a branch in Tripoli, the minister said.",
            "en",
            "org:tr-ziraat-bank",
        ),
        ("Ziraat Bankası'nın Trablus şubesi için görüşmeler sürüyor.", "tr", "org:tr-ziraat-bank"),
        (
            "Halkbank officials discussed letters of credit with Libyan banks.",
            "en",
            "org:tr-halkbank",
        ),
        (
            "Türkiye Halk Bankası ile Libya Dış Bankası arasında protokol imzalandı.",
            "tr",
            "org:tr-halkbank",
        ),
    ],
)
def test_the_added_bodies_are_found(
    detector: EntityDetector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in mentions_of(detector, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "halk" (people) and "ziraat" (farming) alone are words, not the banks
        ("Halk bu karara tepki gösterdi.", "tr"),
        ("Ziraat alanında iş birliği görüşüldü.", "tr"),
    ],
)
def test_a_word_of_a_bank_name_alone_is_no_bank(
    detector: EntityDetector, text: str, lang: str
) -> None:
    found = mentions_of(detector, text, lang)
    assert "org:tr-halkbank" not in found and "org:tr-ziraat-bank" not in found
