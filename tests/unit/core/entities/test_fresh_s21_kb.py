"""KB entries of the fresh Arabic excerpts (session 21, kb/fresh_s21_ar.yaml): Lebanon's
Tripoli only by its qualified names, Libya's reconstruction funds as bodies (not the
city their names hold), Somali and Turkish municipal actors. Invented sentences."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold


@pytest.fixture(scope="module")
def detector() -> EntityDetector:
    return EntityDetector.default()


def ids(detector: EntityDetector, text: str) -> set[str]:
    return {e.id for e in detector.detect(fold(text), "ar")}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "افتتح السفير مركزا ثقافيا في طرابلس اللبنانية أمس.",
            "loc:tripoli-lebanon",
            "loc:tripoli",
        ),
        ("وصل الوفد إلى طرابلس الشام صباح اليوم.", "loc:tripoli-lebanon", "loc:tripoli"),
        # bare Tripoli stays Libya's capital
        ("وصل الوفد التركي إلى طرابلس صباح اليوم.", "loc:tripoli", "loc:tripoli-lebanon"),
        (
            "أعلن صندوق إعادة إعمار درنة والمدن والمناطق المتضررة إطلاق مشروع جديد.",
            "org:ly-derna-reconstruction-fund",
            "loc:derna",
        ),
        # the city named alone is the city
        ("غمرت السيول أحياء درنة.", "loc:derna", "org:ly-derna-reconstruction-fund"),
        (
            "استقبل الرئيس الصومالي السابق محمد عبدالله فرماجو وفدا في مقديشو.",
            "person:mohamed-abdullahi-farmaajo",
            "person:hassan-sheikh-mohamud",
        ),
        ("وقع رئيس اتحاد بلديات مرمرة اتفاقا جديدا.", "org:marmara-municipalities-union", ""),
        ("زار رئيس البلدية ولاية بورصا الأسبوع الماضي.", "loc:bursa", ""),
        ("وصل الوزير إلى بيروت مساء أمس.", "loc:beirut", ""),
    ],
)
def test_fresh_entries_link_and_leave_their_neighbours(
    detector: EntityDetector, text: str, present: str, absent: str
) -> None:
    found = ids(detector, text)
    assert present in found
    assert not absent or absent not in found


def test_a_lebanese_mayor_is_lebanese_whatever_his_city_is_called(
    detector: EntityDetector,
) -> None:
    found = {e.id: e.country for e in detector.detect(fold("زار نادر الغزال السفارة."), "ar")}
    assert found.get("person:nader-ghazal") == "LB"
