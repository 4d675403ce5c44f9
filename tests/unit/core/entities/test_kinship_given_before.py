"""A son named by his given name right before a kinship word and the family surname
("بلقاسم نجل حفتر", Belqasem, Haftar's son): the son, named in full in effect, while
the surname after the kinship word stays the parent's; no son when no KB person has
that given name in the family, nor when another word stands between."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _mentions(detector: EntityDetector, text: str) -> dict[str, set[str]]:
    return {
        entity.id: {mention.text for mention in entity.mentions}
        for entity in detector.detect(fold(text), "ar")
    }


@pytest.mark.parametrize(
    ("text", "son", "given"),
    [
        ("وصل بلقاسم نجل حفتر إلى العاصمة التركية أنقرة يوم الخميس.", "belqasem", "بلقاسم"),
        ("واستقبل الوزير التركي صدام ابن حفتر في مكتبه.", "saddam", "صدام"),
        ("قال مسؤول إن خالد شقيق صدام حفتر زار روما.", None, None),
    ],
)
def test_the_son_before_a_kinship_word(
    detector: EntityDetector, text: str, son: str | None, given: str | None
) -> None:
    found = _mentions(detector, text)
    if son is None:  # "خالد شقيق صدام حفتر": the kinship word is not before the surname
        assert "person:khalid-haftar" not in found
        return
    assert given in found[f"person:{son}-haftar"]
    # "نجل حفتر": the father, not the son just named
    assert "حفتر" in found["person:khalifa-haftar"]
    assert "حفتر" not in found[f"person:{son}-haftar"]


def test_no_son_of_another_given_name(detector: EntityDetector) -> None:
    found = _mentions(detector, "قال محمود نجل حفتر إن الجيش مستعد.")
    assert not any(
        key.startswith("person:") and key.endswith("-haftar") and key != "person:khalifa-haftar"
        for key in found
    )


def test_no_son_with_a_word_between(detector: EntityDetector) -> None:
    found = _mentions(detector, "وصل بلقاسم الصغير نجل حفتر إلى أنقرة.")
    assert "person:belqasem-haftar" not in found
