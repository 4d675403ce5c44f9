"""The nisba ending -i / ي makes another family name, not a spelling or a case
ending: "Muhammed Zeydani" (al-Zaydani) is neither the deputy foreign minister
Mohamed Zeidan (tr alias "Muhammed Zeydan") nor Ali Zeidan ("Zeydan"). A fused
one-letter Turkish case ending must harmonise with the name's last vowel
(Zeydanı, not Zeydani: matcher._harmonises), and the variant step reads no lone
-i off a name nor takes a name with the nisba added for a variant (variants._nisba).
The names themselves, and their real case endings, still link."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.variants import _nisba

_ZEIDANS = {"person:ali-zeidan", "person:mohamed-zeidan"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Muhammed Zeydani Trablus'ta gazetecilere açıklama yaptı.", "tr"),
        ("Libyalı iş insanı Muhammed ez-Zeydani, Misrata'da konuştu.", "tr"),
        ("Toplantıya Halid Zeydani de katıldı ve görüşlerini anlattı.", "tr"),
        ("The engineer Mohammed al-Zeidani told reporters in Misrata about the port.", "en"),
    ],
)
def test_a_nisba_surname_links_no_zeidan(detector: EntityDetector, text: str, lang: str) -> None:
    assert ids_of(detector, text, lang).isdisjoint(_ZEIDANS)


@pytest.mark.parametrize(
    ("text", "lang", "entity_id"),
    [
        ("Ali Zeydan Trablus'ta gazetecilere açıklama yaptı.", "tr", "person:ali-zeidan"),
        ("Eski başbakan Ali Zeydan'ı Ankara'da ağırladılar.", "tr", "person:ali-zeidan"),
        # a harmonising case ending fused to the name is still read off
        ("Gazeteciler Ali Zeydanı Ankara'da karşıladı ve soru sordu.", "tr", "person:ali-zeidan"),
        ("Muhammed Zeydan Ankara'da Türk mevkidaşıyla görüştü.", "tr", "person:mohamed-zeidan"),
        ("Ali Zeidan spoke to reporters in Tripoli on Monday.", "en", "person:ali-zeidan"),
    ],
)
def test_the_zeidans_still_link(
    detector: EntityDetector, text: str, lang: str, entity_id: str
) -> None:
    assert entity_id in ids_of(detector, text, lang)


@pytest.mark.parametrize(
    ("a", "b", "nisba"),
    [
        ("zeydani", "zeidan", True),
        ("زيداني", "زيدان", True),
        ("menfi", "menfi", False),  # the same name, both with the ending
        ("dbeibah", "dbeiba", False),  # another letter added, no nisba
        ("zeydan", "zidan", False),
    ],
)
def test_nisba(a: str, b: str, nisba: bool) -> None:
    assert _nisba(a, b) is nisba
    assert _nisba(b, a) is nisba
