"""A sentence that dates "the meeting" dates the next sentence's meeting, a recap's date
included: "The meeting took place on 25 August. NTV reported that Kalın met Haftar"
(issue #12, class 2; theistanbulchronicle.com, Sep 2025, paraphrased)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.unit.core.contacts.sentences import pair_timing
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

KALIN, HAFTAR = "person:ibrahim-kalin", "person:khalifa-haftar"
PUBLISHED = datetime(2025, 9, 21, 9, 0, tzinfo=UTC)


def _timing(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> list[tuple[date | None, bool]]:
    return pair_timing(detector, entities, text, lang, PUBLISHED, (KALIN, HAFTAR))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The meeting took place on August 25, 2025. NTV reported that Kalın met Haftar"
            " in Benghazi.",
            "en",
        ),
        ("جرى اللقاء في 25 أغسطس. وذكرت القناة أن قالن التقى حفتر في بنغازي.", "ar"),
        (
            "Görüşme 25 Ağustos'ta Bingazi'de gerçekleşti. MİT Başkanı İbrahim Kalın, Halife"
            " Hafter ile görüştü.",
            "tr",
        ),
    ],
)
def test_a_dated_meeting_sentence_dates_the_next_one_as_a_recap(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    assert _timing(detector, entities, text, lang) == [(date(2025, 8, 25), True)]


def test_a_recent_dated_meeting_sentence_keeps_the_next_one_current(
    detector: ContactDetector, entities: EntityDetector
) -> None:
    text = "The meeting took place on Friday. NTV reported that Kalın met Haftar in Benghazi."
    assert _timing(detector, entities, text, "en") == [(date(2025, 9, 19), False)]


@pytest.mark.parametrize(
    "text",
    [
        # Another sentence's old date, not the meeting's: the next meeting stays the news.
        "Kalın last visited Benghazi on August 25. NTV reported that Kalın met Haftar there.",
        # The meeting's own sentence has its own current date, which wins.
        "The meeting took place on August 25. Kalın met Haftar in Benghazi on Saturday.",
    ],
)
def test_an_older_date_elsewhere_does_not_make_the_meeting_a_recap(
    detector: ContactDetector, entities: EntityDetector, text: str
) -> None:
    assert [historical for _, historical in _timing(detector, entities, text, "en")] == [False]
