"""The plural meeting nouns with a feminine relative clause naming who held them:
"الاجتماعات التي عقدها X مع Y", "اللقاءات التي أجراها X مع Y" (session 20, arcon;
dev ar-18010 lost two contacts so). The singular ("الاجتماع الذي عقده") was listed;
the plural was not. The sentences paraphrase the class in several newsroom styles.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

pairs = pairs_on("2024-05-10", "ar")

KABIR, ALBAYRAK = "person:sadiq-al-kabir", "person:berat-albayrak"
MENFI, GULER = "person:mohamed-menfi", "person:yasar-guler"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وتأتي الزيارة بعد جولة من الاجتماعات التي عقدها محافظ المصرف المركزي الصديق "
            "الكبير في إسطنبول مع كبار المسؤولين الاقتصاديين الأتراك، ومنهم وزير المالية "
            "والخزانة براءت ألبيرق، الخميس.",
            (KABIR, ALBAYRAK),
        ),
        (
            "وتناولت اللقاءات التي أجراها رئيس المجلس الرئاسي محمد المنفي في أنقرة مع وزير "
            "الدفاع التركي يشار غولر التعاون العسكري.",
            (MENFI, GULER),
        ),
        (
            "وأثمرت الاجتماعات التي عقدها رئيس المجلس الرئاسي محمد المنفي ووزير الدفاع "
            "التركي يشار غولر اتفاقا على برنامج تدريب.",
            (MENFI, GULER),
        ),
    ],
)
def test_the_plural_meeting_noun_held_by_a_side_is_a_meeting(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert pair_key(*pair) in pairs(detector, entities, text)


def test_meetings_still_to_be_held_are_no_contact(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = (
        "ومن المقرر أن تتناول الاجتماعات التي سيعقدها رئيس المجلس الرئاسي محمد المنفي مع "
        "وزير الدفاع التركي يشار غولر التعاون العسكري."
    )
    assert pairs(detector, entities, text) == set()
