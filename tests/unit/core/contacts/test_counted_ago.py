"""A meeting dated "N days ago" in a relative clause or participle reads as the same
meeting in a main clause would: dated, and a recap once beyond a week (issue #12)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.unit.core.contacts.sentences import pair_timing
from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector

ERDOGAN, SARRAJ = "person:recep-tayyip-erdogan", "person:fayez-al-sarraj"
PUBLISHED = datetime(2019, 12, 28, 9, 0, tzinfo=UTC)


def _timing(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> list[tuple[date | None, bool]]:
    return pair_timing(detector, entities, text, lang, PUBLISHED, (ERDOGAN, SARRAJ))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Erdogan met Fayez al-Sarraj ten days ago in Ankara.", "en"),
        ("Fayez al-Sarraj, who met Erdogan ten days ago in Ankara, made a new statement.", "en"),
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan on gün önce Ankara'da Fayiz es-Serrac ile görüştü.",
            "tr",
        ),
        (
            "On gün önce Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan ile görüşen Fayiz es-Serrac"
            " yeni bir açıklama yaptı.",
            "tr",
        ),
        ("التقى أردوغان فايز السراج قبل عشرة أيام في أنقرة.", "ar"),
        ("أدلى فايز السراج الذي التقاه أردوغان قبل عشرة أيام في أنقرة بتصريح جديد.", "ar"),
    ],
)
def test_ten_days_ago_is_a_dated_recap_in_either_clause(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    assert _timing(detector, entities, text, lang) == [(date(2019, 12, 18), True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Fayez al-Sarraj, who met Erdogan three days ago in Ankara, made a new statement.", "en"),
        (
            "Üç gün önce Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan ile görüşen Fayiz es-Serrac"
            " yeni bir açıklama yaptı.",
            "tr",
        ),
        ("أدلى فايز السراج الذي التقاه أردوغان قبل ثلاثة أيام في أنقرة بتصريح جديد.", "ar"),
    ],
)
def test_three_days_ago_is_dated_and_still_current(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    # Within the week a named day counts as the day's news: the same for a count of days.
    assert _timing(detector, entities, text, lang) == [(date(2019, 12, 25), False)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # tr-017: 'Son olarak üç gün önce 15 Aralık'ta Ankara'da ... Erdoğan ile görüşen ...
        # Serrac ile ilgili yeni bir bilgi ortaya çıktı' (an 18 December article)
        (
            "Son olarak üç gün önce 25 Aralık'ta Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan ile"
            " görüşen Fayiz es-Serrac yeni bir açıklama yaptı.",
            "tr",
        ),
        (
            "Cumhurbaşkanı Recep Tayyip Erdoğan üç gün önce 25 Aralık'ta Ankara'da Fayiz"
            " es-Serrac ile görüştü.",
            "tr",
        ),
        (
            "Fayez al-Sarraj, who met Erdogan three days ago, on 25 December, in Ankara, made a"
            " new statement.",
            "en",
        ),
        ("Erdogan met Fayez al-Sarraj three days ago on 25 December in Ankara.", "en"),
        (
            "أدلى فايز السراج الذي التقاه أردوغان قبل ثلاثة أيام في 25 ديسمبر في أنقرة بتصريح جديد.",
            "ar",
        ),
    ],
)
def test_a_count_of_days_beside_its_named_day_is_a_recap_in_either_clause(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    # Either alone within the week is the day's news; both together date the meeting
    # against the article's own day twice over: the writer tells it as background.
    assert _timing(detector, entities, text, lang) == [(date(2019, 12, 25), True)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the named day alone, and "yesterday" (a day word, no count) beside its date
        ("Cumhurbaşkanı Erdoğan 25 Aralık'ta Ankara'da Fayiz es-Serrac ile görüştü.", "tr"),
        ("Cumhurbaşkanı Erdoğan dün 27 Aralık'ta Ankara'da Fayiz es-Serrac ile görüştü.", "tr"),
        # a count and a named day of another day: not one meeting's double date
        ("Erdogan met Fayez al-Sarraj three days ago, before the 27 December summit.", "en"),
    ],
)
def test_a_named_day_or_yesterday_with_its_date_stays_current(
    detector: ContactDetector, entities: EntityDetector, text: str, lang: str
) -> None:
    assert [historical for _, historical in _timing(detector, entities, text, lang)] == [False]
