"""Contact events of a short text, found as stage 1 finds them: entities detected on
the folded text, then the contact rules over it."""

from __future__ import annotations

from datetime import UTC, date, datetime

from schemas import ContactEvent
from wirewatch.core.contacts import ContactDetector, pair_key
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.textfold import fold


def events_in(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    published: datetime,
    article_id: str = "test",
    dated: bool = True,
) -> list[ContactEvent]:
    folded = fold(text)
    return detector.detect(
        article_id=article_id,
        source="test",
        url=None,
        title=None,
        text=text,
        folded=folded,
        lang=lang,
        published_at=published,
        entities=entities.detect(folded, lang),
        pipeline_version="test",
        dated=dated,
    )


def pair_timing(
    detector: ContactDetector,
    entities: EntityDetector,
    text: str,
    lang: str,
    published: datetime,
    pair: tuple[str, str],
) -> list[tuple[date | None, bool]]:
    """(day, historical) of each event of ``text`` between the two entity ids of ``pair``."""
    return [
        (e.occurred_at.date() if e.occurred_at else None, e.historical)
        for e in events_in(detector, entities, text, lang, published)
        if e.pair_key == pair_key(*pair)
    ]


def on_day(day: str) -> datetime:
    """Midnight UTC of an ISO date."""
    return datetime.fromisoformat(day).replace(tzinfo=UTC)
