"""Short forms real copy uses on a second mention (قالين, عقيلة, أوغلو, حماس, بلقاسم):
weak aliases in the KB, so they link only when the article has already named the
entity in full, and never alone (they are also common words or name endings)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


@pytest.fixture(scope="module")
def detector() -> EntityDetector:
    return EntityDetector.default()


def _mentions(detector: EntityDetector, text: str, lang: str, entity_id: str) -> list[str]:
    for entity in detector.detect(fold(text), lang):
        if entity.id == entity_id:
            return [m.text for m in entity.mentions]
    return []


@pytest.mark.parametrize(
    ("full", "second", "entity_id"),
    [
        (
            "التقى رئيس الاستخبارات التركية إبراهيم قالين بالمشير.",
            "وقال قالين",
            "person:ibrahim-kalin",
        ),
        ("استقبل رئيس مجلس النواب عقيلة صالح السفير التركي.", "وأكد عقيلة", "person:aguila-saleh"),
        (
            "قال وزير الخارجية مولود جاويش أوغلو إن بلاده تدعم الحكومة.",
            "وأضاف أوغلو",
            "person:mevlut-cavusoglu",
        ),
        ("أعلنت حركة حماس موقفها من الاتفاق.", "وقالت حماس", "org:hamas"),
        ("وصل بلقاسم حفتر إلى أنقرة.", "والتقى بلقاسم", "person:belqasem-haftar"),
    ],
)
def test_a_second_mention_links_after_the_full_name(detector, full, second, entity_id) -> None:
    text = f"{full} {second} إن المحادثات كانت مثمرة."
    assert second.split()[-1] in _mentions(detector, text, "ar", entity_id)
    # alone, the short form names no one: it is a common word or a name ending
    assert _mentions(detector, f"{second} إن المحادثات كانت مثمرة.", "ar", entity_id) == []


def test_a_common_word_with_a_fused_preposition_is_not_the_name(detector) -> None:
    text = "أعلنت حركة حماس موقفها، واستقبل الناس القرار بحماس كبير."
    assert _mentions(detector, text, "ar", "org:hamas") == ["حركة حماس"]


def test_a_title_prefixed_alias_would_make_its_first_word_a_given_name(detector) -> None:
    # "Libyan Foreign Minister X" as an alias made "Libyan" a given name, and the
    # nationality stopped starting the generic-actor pattern: persons carry names only
    text = "Turkey hosted a Libyan military delegation in Ankara on Wednesday."
    ids = {e.id for e in detector.detect(fold(text), "en")}
    assert "org:generic:LY:delegation" in ids
