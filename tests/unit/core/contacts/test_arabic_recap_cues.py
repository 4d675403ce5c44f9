"""An undated Arabic sentence that names an earlier contact by its adjective ("لقاء
سابق", "اجتماعهما السابق"), as the last one before this news ("خلال زيارته الأخيرة",
"آخر لقاء جمعهما"), by "سبق" with its subject glued between ("وسبق للدبيبة أن التقى"), or told by an
earlier statement ("بحسب بيان سابق")
is a recap: its contact is historical, not the day's news (issue #12). A sentence that
tells the day's own meeting stays current.

The sentences paraphrase the class; none is the wording of a dev-set excerpt.
"""

from __future__ import annotations

import pytest

from tests.unit.core.contacts.sentences import events_in, on_day
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector

DBEIBAH, ERDOGAN = "person:abdul-hamid-dbeibah", "person:recep-tayyip-erdogan"
SARRAJ, GULER = "person:fayez-al-sarraj", "person:yasar-guler"


def flags(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> list[bool]:
    events = events_in(detector, entities, text, "ar", on_day("2024-05-10"), article_id="recap")
    return [e.historical for e in events if e.pair_key == pair_key(*pair)]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "وخلال زيارته الأخيرة إلى أنقرة، التقى الدبيبة الرئيس التركي رجب طيب أردوغان.",
            (DBEIBAH, ERDOGAN),
        ),
        ("وسبق للدبيبة أن التقى وزير الدفاع التركي يشار غولر في طرابلس.", (DBEIBAH, GULER)),
        ("صورة من لقاء سابق بين أردوغان والسراج في إسطنبول", (SARRAJ, ERDOGAN)),
        ("وبحث أردوغان والدبيبة في اجتماعهما السابق ملف الطاقة.", (DBEIBAH, ERDOGAN)),
        ("وكان آخر لقاء جمع الدبيبة بأردوغان في إسطنبول.", (DBEIBAH, ERDOGAN)),
        (
            "كما اجتمع الدبيبة في أنقرة مع وزير الدفاع التركي يشار غولر، بحسب بيان سابق للحكومة.",
            (DBEIBAH, GULER),
        ),
    ],
)
def test_an_earlier_contact_named_as_such_is_historical(
    detector: ContactDetector, entities: EntityDetector, text: str, pair: tuple[str, str]
) -> None:
    assert flags(detector, entities, text, pair) == [True]


def test_the_days_own_meeting_stays_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "والتقى الدبيبة اليوم الرئيس التركي رجب طيب أردوغان في أنقرة."
    assert flags(detector, entities, text, (DBEIBAH, ERDOGAN)) == [False]
