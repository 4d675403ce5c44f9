"""An Arabic word that is a name's token with a dual or plural ending added is that
word inflected, never a spelling of the name (core/entities/variants.py,
``_inflected``): "على الصعيدين" (on both levels) is not Ali al-Saidi, whose name still
links written in full or with a real spelling variant."""

from __future__ import annotations

from functools import partial

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.variants import _inflected

SAIDI = "person:ali-al-saidi"


_ids = partial(ids_of, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "تناول اللقاء تطوير العلاقات بين ليبيا وتركيا على الصعيدين الأمني والسياسي.",
        "وأكد الجانبان التعاون على الصعيدين الاقتصادي والعسكري.",
    ],
)
def test_a_dual_noun_after_ali_is_no_name(detector: EntityDetector, text: str) -> None:
    assert SAIDI not in _ids(detector, text)


def test_the_name_itself_still_links(detector: EntityDetector) -> None:
    assert SAIDI in _ids(detector, "التقى وزير الاستثمار علي السعيدي وفدا تركيا في بنغازي.")


@pytest.mark.parametrize(
    ("text_token", "alias_token", "inflected"),
    [
        ("صعيدين", "سعيدي", True),  # dual of a nisba word
        ("مصراتيون", "مصراتي", True),
        ("قالين", "قالن", False),  # a long vowel more: a real spelling of Kalın
        ("سغوتي", "سقوطري", False),
        ("Saidin", "Saidi", False),  # Latin script: no Arabic endings
    ],
)
def test_inflected(text_token: str, alias_token: str, inflected: bool) -> None:
    assert _inflected(text_token, alias_token) is inflected
