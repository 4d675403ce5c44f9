"""Two Arabic shapes of fresh excerpts (issue #12): "X ... جمعه/جمعها مع Y" (a meeting
or press conference "that brought him/her together with" Y) is a meeting in every
pronoun and tense; a sentence opening on the meetings or the visit the sentence
before told of ("وشملت اللقاءات مباحثات مع ...", "تضمنت الزيارة لقاء ...") takes its
missing principal from that sentence. A bare جمع (collected) names no meeting."""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import pairs_on
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

MANGOUSH, CAVUSOGLU = "person:najla-mangoush", "person:mevlut-cavusoglu"
DBEIBAH, FIDAN = "person:abdul-hamid-dbeibah", "person:hakan-fidan"
SADDAM, GULER = "person:saddam-haftar", "person:yasar-guler"
TRABELSI, YERLIKAYA = "person:imad-trabelsi", "person:ali-yerlikaya"


pairs = pairs_on("2024-05-02", lang="ar", article_id="t", by_participants=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "وجددت نجلاء المنقوش مطالبتها في مؤتمر صحفي جمعها مع نظيرها التركي مولود "
            "تشاووش أوغلو في طرابلس.",
            {pair_key(MANGOUSH, CAVUSOGLU)},
        ),
        (
            "وأشاد عبد الحميد الدبيبة بالعلاقات خلال عشاء جمعه مع وزير الخارجية التركي "
            "هاكان فيدان.",
            {pair_key(DBEIBAH, FIDAN)},
        ),
        (
            "زار صدام حفتر أنقرة في زيارة رسمية. وشملت اللقاءات مباحثات مع وزير الدفاع "
            "التركي يشار غولر.",
            {pair_key(SADDAM, GULER)},
        ),
        (
            "وصل وزير الداخلية عماد الطرابلسي إلى إسطنبول أمس. وتضمنت الزيارة لقاء مع "
            "نظيره التركي علي يرلي قايا.",
            {pair_key(TRABELSI, YERLIKAYA)},
        ),
    ],
)
def test_contacts(
    detector: ContactDetector, entities: EntityDetector, text: str, expected: set[str]
) -> None:
    assert pairs(detector, entities, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # collected, no meeting
        "جمع عبد الحميد الدبيبة التبرعات، وقال وزير الخارجية التركي هاكان فيدان إن بلاده ستساعد.",
        # the meetings of the sentence before were with a third country
        "زار صدام حفتر روما والتقى وزير الدفاع الإيطالي. وشملت اللقاءات ملفات الهجرة.",
    ],
)
def test_no_contact(detector: ContactDetector, entities: EntityDetector, text: str) -> None:
    assert pairs(detector, entities, text) == set()
