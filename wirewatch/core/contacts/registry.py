"""The contact registry: one record per participant pair, and alerts on new contacts.

The store is any ``MutableMapping[str, dict]`` keyed by ``pair_key``: a Faust table
live (changelog-backed, the stream repartitioned by pair key so every event of a pair
meets its record on one worker), a plain dict offline. Records are JSON-able dicts
and are always *replaced*, never mutated in place, because a Faust table writes its
changelog only on assignment.

A record::

    {"first_seen": iso, "last_seen": iso, "count": int, "sources": [...],
     "article_ids": [...], "event_ids": [...], "watch": str}

``sources`` and ``article_ids`` keep the last ``keep`` (50) distinct values, and
``event_ids`` the last ``keep_events`` (100) for redelivery checks, so a record stays
small however often a pair meets. ``count`` counts distinct original articles.

Times compared are the events' own times (``occurred_at``, else publication, else
``now``), not arrival times, so replaying a stream gives the same alerts as living it.
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping
from datetime import datetime, timedelta
from typing import Any

from schemas.contacts import AlertReason, ContactAlert, ContactEvent, PairHistory

KEEP = 50
#: A redelivery replays what arrived since the last offset commit (seconds of input),
#: so a pair's last 100 events cover it many times over. Every event rewrites the
#: whole record to the changelog: with 500 ids a busy pair's record was ~17 KB, and
#: the worker spent a fifth of its CPU writing changelog bytes (py-spy, bench corpus).
KEEP_EVENTS = 100


def alert_id_for(event_id: str, reason: AlertReason) -> str:
    return hashlib.sha256(f"alert\x1f{event_id}\x1f{reason.value}".encode()).hexdigest()[:32]


def _bounded_add(values: list[str], value: str, keep: int) -> list[str]:
    # Most recent last; a repeat moves to the end so the window keeps recent ones.
    return [*(v for v in values if v != value), value][-keep:]


class ContactRegistry:
    """Pair history and the decision to alert, over a key-value store."""

    def __init__(
        self,
        store: MutableMapping[str, Any],
        renew_after_days: float = 30.0,
        *,
        keep: int = KEEP,
        keep_events: int = KEEP_EVENTS,
    ) -> None:
        self.store = store
        self.renew_after = timedelta(days=renew_after_days)
        self.keep = keep
        self.keep_events = keep_events

    def history(self, key: str) -> PairHistory | None:
        record = self.store.get(key)
        return _history(record) if record is not None else None

    def observe(
        self, event: ContactEvent, *, duplicate: bool, now: datetime
    ) -> ContactAlert | None:
        """Record ``event``; the alert to raise, if it is a new or renewed contact.

        No alert for duplicates of an earlier report (their source is recorded, the
        count is not bumped), for historical mentions (their date widens the pair's
        history when known), for repeats within ``renew_after_days``, or for an
        ``event_id`` already recorded (redelivery: nothing changes at all).
        """
        key = event.pair_key
        record: dict[str, Any] | None = self.store.get(key)
        if record is not None and event.event_id in record.get("event_ids", ()):
            # Redelivery (a crash between the table write and the alert's send):
            # raise the very same alert again, same alert_id, so it cannot be lost
            # and consumers that keep alert ids see it once.
            last_alert = record.get("last_alert")
            if last_alert is not None and last_alert.get("event_id") == event.event_id:
                return ContactAlert.model_validate(last_alert)
            return None
        when = event.occurred_at or event.published_at or now
        if event.historical and event.occurred_at is None and record is None:
            # An undated past contact ("had previously met"): nothing to date a
            # record by, and no claim the pair is new; leave the registry as it is.
            return None

        reason: AlertReason | None = None
        if not duplicate and not event.historical:
            if record is None:
                reason = AlertReason.NEW
            elif when - datetime.fromisoformat(record["last_seen"]) > self.renew_after:
                reason = AlertReason.RENEWED

        new_record = self._updated(record, event, when, duplicate=duplicate)
        if reason is None:
            self.store[key] = new_record
            return None
        alert = ContactAlert(
            alert_id=alert_id_for(event.event_id, reason),
            reason=reason,
            watch=event.watch,
            kind=event.kind,
            participants=event.participants,
            countries=event.countries,
            pair_key=key,
            location=event.location,
            occurred_at=event.occurred_at,
            evidence=event.evidence,
            event_id=event.event_id,
            article_id=event.article_id,
            source=event.source,
            url=event.url,
            title=event.title,
            history=_history(new_record),
            raised_at=now,
        )
        self.store[key] = {**new_record, "last_alert": alert.model_dump(mode="json")}
        return alert

    def _updated(
        self,
        record: dict[str, Any] | None,
        event: ContactEvent,
        when: datetime,
        *,
        duplicate: bool,
    ) -> dict[str, Any]:
        dated = event.occurred_at is not None or not event.historical
        if record is None:
            first = last = when
            count, sources, articles, events = 0, [], [], []
        else:
            first = datetime.fromisoformat(record["first_seen"])
            last = datetime.fromisoformat(record["last_seen"])
            count = int(record["count"])
            sources = list(record.get("sources", []))
            articles = list(record.get("article_ids", []))
            events = list(record.get("event_ids", []))
            if dated:
                first, last = min(first, when), max(last, when)
        new_article = event.article_id not in articles
        return {
            "first_seen": first.isoformat(),
            "last_seen": last.isoformat(),
            # Another sentence of an article already counted, or a re-run by another
            # outlet, is the same report: it does not make the pair meet more often.
            "count": count + (1 if new_article and not duplicate else 0),
            "sources": _bounded_add(sources, event.source, self.keep),
            "article_ids": _bounded_add(articles, event.article_id, self.keep),
            "event_ids": _bounded_add(events, event.event_id, self.keep_events),
            "watch": event.watch,
            **({"last_alert": record["last_alert"]} if record and "last_alert" in record else {}),
        }


def _history(record: dict[str, Any]) -> PairHistory:
    return PairHistory(
        first_seen=datetime.fromisoformat(record["first_seen"]),
        last_seen=datetime.fromisoformat(record["last_seen"]),
        count=int(record["count"]),
        sources=list(record.get("sources", [])),
        article_ids=list(record.get("article_ids", [])),
    )
