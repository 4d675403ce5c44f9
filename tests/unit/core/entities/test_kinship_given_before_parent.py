"""A son named by his given name before a kinship word and the parent's *full* name,
a rank or two between ("صدام نجل خليفة حفتر", "خالد نجل المشير حفتر"; issue #12,
entar): the son, as "بلقاسم نجل حفتر" already is; the parent stays the parent; no son
when the family has no KB person of that given name, nor when another word than a
rank stands between."""

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
        ("ووصل صدام نجل خليفة حفتر إلى أنقرة في زيارة رسمية.", "person:saddam-haftar", "صدام"),
        (
            "واستقبل وزير الدفاع التركي صدام نجل المشير خليفة حفتر.",
            "person:saddam-haftar",
            "صدام",
        ),
        (
            "والتقى الوفد التركي بلقاسم ابن خليفة حفتر في بنغازي.",
            "person:belqasem-haftar",
            "بلقاسم",
        ),
        ("وأجرى خالد نجل المشير حفتر محادثات في أنقرة.", "person:khaled-haftar", "خالد"),
    ],
)
def test_the_son_before_the_parents_full_name(
    detector: EntityDetector, text: str, son: str, given: str
) -> None:
    found = _mentions(detector, text)
    assert given in found.get(son, set())
    assert "person:khalifa-haftar" in found  # the parent, named in full, stays his


@pytest.mark.parametrize(
    "text",
    [
        # no son of that given name in the family
        "وقال محمود نجل خليفة حفتر إن الجيش مستعد.",
        # a word that is no rank between the kinship word and the parent
        "ووصل صدام نجل القائد الليبي خليفة حفتر إلى أنقرة.",
    ],
)
def test_no_son_otherwise(detector: EntityDetector, text: str) -> None:
    found = _mentions(detector, text)
    sons = {k for k in found if k.endswith("-haftar") and k != "person:khalifa-haftar"}
    assert not sons or "صدام" not in set().union(*(found[k] for k in sons))
