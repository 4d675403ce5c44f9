"""Words read as names (s21 leftovers, invented probes):

- فسرت is the verb "explained" before any definite word or a demonstrative, not
  ف + Sirte (only six subjects were listed before); سرت the city stays, with و, and
  ف before an adverb ("فسرت بعد جولة").
- علي ("Ali", which folds like على "on") written with its ي right after a verb of
  speech or meeting opens another person's full name: "ويرى علي المشري" is not Khalid
  al-Mishri. The KB bearer named in full, or by surname alone, stays."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

SIRTE, MISHRI = "loc:sirte", "person:khalid-al-mishri"


@pytest.mark.parametrize(
    "text",
    [
        "استقبل أردوغان الدبيبة في أنقرة، فسرت التصريحات بأنها دعم للحكومة.",
        "وقالت مصادر إن أنقرة فسرت الرسالة بأنها دعوة للحوار.",
        "فسرت الأوساط السياسية اللقاء بأنه رسالة دعم.",
        "فسرت ذلك بأنه تحول في الموقف التركي.",
    ],
)
def test_fassarat_is_the_verb(detector: EntityDetector, text: str) -> None:
    assert SIRTE not in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وصل الوفد التركي إلى سرت يوم الاثنين.",
        "زار المبعوث طرابلس وسرت وبنغازي.",
        "وتقع سرت في منتصف الساحل الليبي.",
        "زار الوفد مصراتة فسرت قبل أن يعود إلى طرابلس.",
    ],
)
def test_sirte_stays(detector: EntityDetector, text: str) -> None:
    assert SIRTE in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "ويرى علي المشري أن التقارب مع أنقرة مفيد.",
        "وقال علي المشري إن زيارة الوفد ناجحة.",
        "وأضاف علي المشري أن الحوار سيستمر.",
    ],
)
def test_ali_after_a_verb_is_another_of_the_family(detector: EntityDetector, text: str) -> None:
    assert MISHRI not in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال خالد المشري إن زيارة الوفد ناجحة.",
        "وقال المشري إن زيارة الوفد ناجحة.",
        "التقى فيدان خالد المشري، وأثنى المشري على الدعم التركي.",
        # على the preposition, as written (ى): the rule is no reading of the fold
        "وقال على المشري أن يقرر موقفه.",
    ],
)
def test_the_bearer_stays(detector: EntityDetector, text: str) -> None:
    assert MISHRI in ids_of(detector, text, "ar")
