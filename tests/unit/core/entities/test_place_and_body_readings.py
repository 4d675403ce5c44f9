"""Words that read as a place or a body but are not (entfix): سرت is also the verb
"spread" with its subject after it ("وسرت شائعات", rumours spread) and فسرت + a
definite subject "explained"; "إدارة الاستخبارات العسكرية" (an army's military
intelligence directorate) is no intelligence service, whatever country follows.
Sirte as a place, and an intelligence service with its country, stay."""

from __future__ import annotations

import pytest

from tests.unit.core.entities.helpers import ids_of
from wirewatch.core.entities import EntityDetector

SIRTE = "loc:sirte"


@pytest.mark.parametrize(
    "text",
    [
        "وسرت شائعات عن زيارة الدبيبة إلى أنقرة.",
        "سرت أنباء عن لقاء بين حفتر وفيدان في إسطنبول.",
        "وقد سرت مخاوف من تجدد القتال.",
        "فسرت المصادر الزيارة بأنها تحول في الموقف التركي.",
    ],
)
def test_the_verb_names_no_sirte(detector: EntityDetector, text: str) -> None:
    assert SIRTE not in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "ووصل الوفد التركي إلى سرت صباح اليوم.",
        "وقال إن سرت آمنة بعد انسحاب القوات.",
        "ووصل الدبيبة فسرت بعد جولة في الجنوب.",
    ],
)
def test_sirte_the_city_stays(detector: EntityDetector, text: str) -> None:
    assert SIRTE in ids_of(detector, text, "ar")


@pytest.mark.parametrize(
    "text",
    [
        "وقال مدير إدارة الاستخبارات العسكرية الليبية إن الوضع مستقر.",
        "أعلنت الاستخبارات العسكرية التركية إحباط هجوم.",
    ],
)
def test_military_intelligence_is_no_intelligence_service(
    detector: EntityDetector, text: str
) -> None:
    found = ids_of(detector, text, "ar")
    assert "org:ly-intelligence-service" not in found
    assert "org:mit" not in found


def test_the_intelligence_service_with_its_country_stays(detector: EntityDetector) -> None:
    text = "وقال رئيس الاستخبارات الليبية إن التعاون مع أنقرة مستمر."
    assert "org:ly-intelligence-service" in ids_of(detector, text, "ar")
