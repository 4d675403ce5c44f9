""" "His Turkish counterpart X" names the other side's minister: "نظيره التركي X",
"Libyalı mevkidaşı X" find X as an official when the KB lacks them (fresh excerpt
ar-18007, "مع نظيره التركي أحمد دميرجال"), and leave a KB name to the KB. English
is left out (roles.yaml says why); tested on names other than the excerpt's."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


def _found(
    detector: EntityDetector, text: str, lang: str
) -> dict[str, tuple[str | None, list[str]]]:
    return {e.id: (e.role, [m.text for m in e.mentions]) for e in detector.detect(fold(text), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("وبحث وزير الزراعة مع نظيره التركي سليم قرداغ سبل التعاون", "ar", "سليم قرداغ"),
        ("واستقبلت الوزيرة نظيرتها الليبية نوال الشتيوي في أنقرة", "ar", "نوال الشتيوي"),
        (
            "Bakan Kacır, Libyalı mevkidaşı Salim el-Fituri ile bir araya geldi.",
            "tr",
            "Salim el-Fituri",
        ),
    ],
)
def test_a_counterpart_the_kb_lacks_is_found(
    detector: EntityDetector, text: str, lang: str, name: str
) -> None:
    found = {mentions[0]: role for role, mentions in _found(detector, text, lang).values()}
    assert found.get(name) == "counterpart"


def test_a_kb_counterpart_links_to_the_kb(detector: EntityDetector) -> None:
    found = _found(detector, "وأجرى وزير الدفاع مباحثات مع نظيره التركي يشار غولر", "ar")
    assert "person:yasar-guler" in found
    assert not [i for i in found if i.startswith("person:pattern:")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وأجرى نظيره التركي عدة لقاءات في العاصمة", "ar"),  # no name follows
        # the place says where they met; a clause goes on after it
        ("التقى وزير الخارجية نظيره الإيطالي في روما، وبحثا الوضع في ليبيا", "ar"),
        ("واجتمع مع نظيره الليبي في طرابلس اليوم لبحث التعاون", "ar"),
        ("Libyalı mevkidaşı ile bir araya gelen Bakan açıklama yaptı.", "tr"),
        ("He met his Libyan counterpart Salah Eddine Namroush.", "en"),  # English: none
    ],
)
def test_no_name_no_person(detector: EntityDetector, text: str, lang: str) -> None:
    assert not [i for i in _found(detector, text, lang) if i.startswith("person:pattern:")]
