"""When a meeting told in a Turkish relative clause took place (issue #12).

"X'in Y ile yaptığı görüşmede ... ele alındı" is how Turkish copy reports the day's
meeting: only a past marker (a date, "geçen hafta", -mişti, the perfect participle
"yapmış olduğu", a later event it paved the way for) makes it a recap. The real entity
detector and packaged lexicons run the sentences, as stage 1 does.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.unit.core.contacts.sentences import pair_timing
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, DBEIBAH = "person:recep-tayyip-erdogan", "person:abdul-hamid-dbeibah"
PUBLISHED = datetime(2021, 12, 18, 9, 0, tzinfo=UTC)


def _historical(detector: ContactDetector, entities: EntityDetector, text: str) -> list[bool]:
    timings = pair_timing(detector, entities, text, "tr", PUBLISHED, (ERDOGAN, DBEIBAH))
    return [historical for _, historical in timings]


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanı Erdoğan'ın Libya Başbakanı Dibeybe ile Dolmabahçe'de yaptığı görüşmede"
        " ikili ilişkiler ele alındı.",
        "Erdoğan ile Dibeybe'nin yaptıkları görüşmede enerji anlaşmaları ele alındı.",
        "Erdoğan'ın dün Dibeybe ile yaptığı görüşmede ikili ilişkiler ele alındı.",
    ],
)
def test_a_meeting_held_in_a_relative_clause_is_the_days_news(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert _historical(detector, entities, text) == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Erdoğan'ın geçen hafta Dibeybe ile yaptığı görüşmede ikili ilişkiler ele alındı.",
        "Erdoğan'ın 2 Aralık'ta Dibeybe ile yaptığı görüşmede ikili ilişkiler ele alındı.",
        "Erdoğan'ın Dibeybe ile yapmış olduğu görüşme gündeme geldi.",
        # tr-007: 'Kalın'ın Hafter ile Bingazi'de yaptığı görüşmenin Türkiye ziyaretine zemin
        # hazırladığını vurguladı'
        "Kaynaklar, Erdoğan'ın Dibeybe ile yaptığı görüşmenin Türkiye ziyaretine zemin"
        " hazırladığını vurguladı.",
    ],
)
def test_a_past_marker_makes_it_a_recap(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert _historical(detector, entities, text) == [True]


def test_the_date_of_a_relative_clause_meeting_is_kept(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "Erdoğan'ın dün Dibeybe ile yaptığı görüşmede ikili ilişkiler ele alındı."
    timings = pair_timing(detector, entities, text, "tr", PUBLISHED, (ERDOGAN, DBEIBAH))
    assert timings == [(date(2021, 12, 17), False)]
