"""The rebalance scenario's check (wirewatch/testing/rebalance.py) sees one skipped record
of every kind it counts: a raw article, a contact event (even of a pair too busy for
its record's event-id window), and the alert a skipped event was due."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

from schemas import ContactEvent, EntityType, Evidence, Participant
from wirewatch.core.contacts import ContactRegistry, pair_key
from wirewatch.core.contacts.registry import KEEP_EVENTS
from wirewatch.testing.rebalance import RunResult, check_topics

NAMES = {
    "WIREWATCH_TOPIC_RAW": "raw",
    "WIREWATCH_TOPIC_ENRICHED": "enriched",
    "WIREWATCH_TOPIC_DEADLETTER": "deadletter",
    "WIREWATCH_TOPIC_CONTACTS": "contacts",
    "WIREWATCH_TOPIC_ALERTS": "alerts",
    "changelog": "changelog",
}
T0 = datetime(2026, 11, 1, tzinfo=UTC)


def _participant(name: str, country: str) -> Participant:
    return Participant(id=f"person:{name}", name=name, type=EntityType.PERSON, country=country)


def _event(article: str, sentence: int, tr: str, ly: str) -> ContactEvent:
    a, b = _participant(tr, "TR"), _participant(ly, "LY")
    return ContactEvent(
        event_id=f"{article}:{sentence}",
        article_id=article,
        watch="turkey-libya",
        kind="meeting",
        participants=[a, b],
        countries=["TR", "LY"],
        pair_key=pair_key(a, b),
        occurred_at=T0 + timedelta(hours=sentence),
        evidence=Evidence(sentence=f"{tr} met {ly}.", start=sentence, end=sentence + 10),
        source="outlet",
        published_at=T0,
        pipeline_version="test",
    )


def _record(value: Any, key: str | None = None, partition: int = 0) -> SimpleNamespace:
    encoded = value if isinstance(value, bytes) else json.dumps(value).encode()
    return SimpleNamespace(
        key=key.encode() if key is not None else None, value=encoded, partition=partition
    )


class _ChangelogStore(dict[str, Any]):
    """A dict writing each assignment to a changelog, as a Faust table does."""

    def __init__(self) -> None:
        super().__init__()
        self.changelog: list[SimpleNamespace] = []

    def __setitem__(self, key: str, value: Any) -> None:
        self.changelog.append(_record(value, key=key))
        super().__setitem__(key, value)


def _topics(
    articles: list[str],
    events: list[ContactEvent],
    *,
    skip_article: str | None = None,
    skip_event: str | None = None,
) -> dict[str, list[Any]]:
    """What the topics hold after a live run that skipped the records named."""
    store = _ChangelogStore()
    registry = ContactRegistry(store)
    alerts = []
    for event in events:
        if event.event_id == skip_event:
            continue
        alert = registry.observe(event, duplicate=False, now=T0)
        if alert is not None:
            alerts.append(_record(alert.model_dump(mode="json")))
    return {
        "raw": [_record({"id": a}) for a in articles],
        "enriched": [_record({"article_id": a}) for a in articles if a != skip_article],
        "deadletter": [],
        "contacts": [_record(e.model_dump(mode="json")) for e in events],
        "alerts": alerts,
        "changelog": store.changelog,
    }


ARTICLES = [f"art-{n}" for n in range(10)]
# One quiet pair, one pair busier than a record's event-id window: every event after
# the first few is another sentence of an article already counted, so skipping one
# changes neither the pair's count nor its last event ids.
QUIET = [_event("art-0", 0, "Kalin", "Haftar"), _event("art-1", 0, "Kalin", "Haftar")]
BUSY = [_event("art-2", n, "Fidan", "Dbeibah") for n in range(KEEP_EVENTS + 20)]
NEW_PAIR = [_event("art-3", 0, "Guler", "Menfi")]
EVENTS = QUIET + BUSY + NEW_PAIR


def _check(topics: dict[str, list[Any]]) -> RunResult:
    result = RunResult(articles=len(ARTICLES), second_worker_after=0, drained=True)
    check_topics(NAMES, topics, result)
    return result


def test_a_complete_run_passes() -> None:
    result = _check(_topics(ARTICLES, EVENTS))
    assert result.ok, result.line()
    assert result.contact_events == len(EVENTS)
    assert result.alerts_due == 3


def test_one_skipped_article_fails_the_run() -> None:
    result = _check(_topics(ARTICLES, EVENTS, skip_article="art-7"))
    assert result.lost_articles == ["art-7"]
    assert not result.ok


def test_one_skipped_event_of_a_quiet_pair_fails_the_run() -> None:
    result = _check(_topics(ARTICLES, EVENTS, skip_event="art-1:0"))
    assert result.events_unregistered == ["art-1:0"]
    assert not result.ok


def test_one_skipped_event_of_a_busy_pair_fails_the_run() -> None:
    skipped = BUSY[5].event_id  # long out of the record's last-100 event ids
    topics = _topics(ARTICLES, EVENTS, skip_event=skipped)
    result = _check(topics)
    assert result.events_unregistered == [skipped]
    assert result.pairs_wrong == []  # the pair's record alone could not show it
    assert not result.ok


def test_a_skipped_event_that_was_due_an_alert_fails_the_run_twice() -> None:
    skipped = NEW_PAIR[0].event_id
    result = _check(_topics(ARTICLES, EVENTS, skip_event=skipped))
    assert result.events_unregistered == [skipped]
    assert len(result.alerts_missing) == 1
    assert len(result.pairs_wrong) == 1
    assert not result.ok
