"""The live feed out: recent alerts, the contact registry and recent articles, a
window of recent events for resuming clients, and a fan-out of new records to
Server-Sent Events subscribers.

``wirewatch serve`` (or a worker embedding it) reads the public output topics like
any consumer would (no consumer group, so each process sees every partition). That
keeps the views complete however many serve processes run, and the registry view is
rebuilt with the same pure ``ContactRegistry`` the registry agent uses, over the same
per-pair order.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import OrderedDict, deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition

from schemas import ContactEvent
from wirewatch.core.pipeline import Pipeline
from wirewatch.kafkaauth import client_options
from wirewatch.serve.events import EventPosition, LiveRecord, ReplayWindow, Resume

__all__ = ["LiveRecord", "LiveView", "Subscriber", "TopicStats"]

log = logging.getLogger(__name__)


class Subscriber:
    """One SSE client: a queue bounded in records and in bytes; a slow client loses its
    oldest records, the worker loses nothing."""

    def __init__(
        self, kinds: frozenset[str], maxsize: int = 1000, max_bytes: int = 16 * 1024 * 1024
    ) -> None:
        self.kinds = kinds
        self.queue: asyncio.Queue[LiveRecord] = asyncio.Queue(maxsize)
        self.max_bytes = max_bytes
        self.queued_bytes = 0
        self.dropped = 0

    def offer(self, record: LiveRecord) -> None:
        if record.kind not in self.kinds:
            return
        while self.queue.full() or (
            not self.queue.empty() and self.queued_bytes + record.size > self.max_bytes
        ):
            self._take_nowait()
            self.dropped += 1
        self.queue.put_nowait(record)
        self.queued_bytes += record.size

    async def next(self, timeout_s: float) -> LiveRecord:
        """The oldest queued record; ``TimeoutError`` if none comes within ``timeout_s``."""
        record = await asyncio.wait_for(self.queue.get(), timeout_s)
        self.queued_bytes -= record.size
        return record

    def _take_nowait(self) -> None:
        with contextlib.suppress(asyncio.QueueEmpty):
            self.queued_bytes -= self.queue.get_nowait().size


@dataclass(slots=True)
class TopicStats:
    """What the view has read of one topic, for the health panel."""

    records: int = 0
    last_timestamp_ms: int | None = None
    #: Records published but not yet read, per partition (from the fetch high-water).
    behind: dict[int, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        last = (
            datetime.fromtimestamp(self.last_timestamp_ms / 1000, UTC).isoformat()
            if self.last_timestamp_ms is not None
            else None
        )
        return {
            "records": self.records,
            "last_record_at": last,
            "behind": sum(self.behind.values()),
        }


class LiveView:
    def __init__(
        self,
        pipeline: Pipeline,
        *,
        max_alerts: int = 1000,
        max_articles: int = 5000,
        max_article_bytes: int | None = None,
        replay_events: int | None = None,
    ) -> None:
        self.pipeline = pipeline
        self.settings = pipeline.settings
        #: Recent events of every kind, for clients resuming with ``Last-Event-ID``;
        #: bounded in bytes like the articles (the two budgets are separate).
        self.window = ReplayWindow(
            replay_events if replay_events is not None else self.settings.serve_replay_events,
            self.settings.live_view_max_bytes,
        )
        self._seq = 0
        self.topic_stats: dict[str, TopicStats] = {}
        self.alerts: deque[dict[str, Any]] = deque(maxlen=max_alerts)
        #: Recent enriched articles as published (JSON bytes), by article id: decoded
        #: only when asked for, so the view costs little per article.
        self.articles: OrderedDict[str, bytes] = OrderedDict()
        self.max_articles = max_articles
        #: A bound in bytes as well as in count: 5,000 articles of 1 MiB would be 5 GB.
        self.max_article_bytes = (
            max_article_bytes
            if max_article_bytes is not None
            else self.settings.live_view_max_bytes
        )
        self.article_bytes = 0
        #: Partitions whose start position has been chosen (see ``_position_new``).
        self._positioned: set[TopicPartition] = set()
        self.registry_store: dict[str, Any] = {}
        self.pair_participants: dict[str, list[dict[str, Any]]] = {}
        self.registry = pipeline.new_registry(self.registry_store)
        self.subscribers: set[Subscriber] = set()
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self.ready = asyncio.Event()

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        s = self.settings
        self._consumer = AIOKafkaConsumer(
            bootstrap_servers=s.kafka_bootstrap_servers,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            metadata_max_age_ms=5000,
            **client_options(s),
        )
        await self._consumer.start()
        # Without a group, subscribing assigns every partition of these topics (and
        # any added later). aiokafka calls no rebalance listener without a group, so
        # ``_run`` picks each new partition's start position itself.
        self._consumer.subscribe([s.topic_enriched, s.topic_alerts, s.topic_contacts])
        self._task = asyncio.create_task(self._run(), name="wirewatch-liveview")

    async def _seek_start(self, partitions: list[TopicPartition]) -> None:
        """Articles: only the most recent ones per partition; alerts and contact
        events: everything retained, since the registry view is folded from them."""
        assert self._consumer is not None
        if not partitions:
            return
        ends = await self._consumer.end_offsets(partitions)
        begins = await self._consumer.beginning_offsets(partitions)
        per_partition = max(1, self.max_articles // max(1, len(partitions)))
        for tp in partitions:
            if tp.topic == self.settings.topic_enriched:
                self._consumer.seek(tp, max(begins[tp], ends[tp] - per_partition))
            else:
                self._consumer.seek(tp, begins[tp])

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._consumer is not None:
            await self._consumer.stop()

    async def _position_new(self) -> set[TopicPartition]:
        """Seek partitions assigned since the last call to their start; return them."""
        assert self._consumer is not None
        assigned = set(self._consumer.assignment())
        new = assigned - self._positioned
        if new:
            await self._seek_start(sorted(new))
            self._positioned |= new
        self._positioned &= assigned
        return new

    async def _run(self) -> None:
        assert self._consumer is not None
        while True:
            await self._position_new()
            batch = await self._consumer.getmany(timeout_ms=1000, max_records=500)
            # A partition assigned during that fetch came from the consumer's default
            # position: drop its records, they are read again from the chosen start.
            just_positioned = await self._position_new()
            if self._positioned and not self.ready.is_set():
                # Every partition positioned and one fetch round done: the view serves.
                self.ready.set()
            for tp, records in batch.items():
                if tp in just_positioned:
                    continue
                for record in records:
                    try:
                        self._apply(
                            record.topic,
                            record.key,
                            record.value,
                            EventPosition(record.topic, record.partition, record.offset),
                            record.timestamp,
                        )
                    except Exception:  # one odd record must not end the view
                        log.exception("live view skipped a record of %s", record.topic)
                if records:
                    self._note_behind(tp, records[-1].offset + 1)

    def _note_behind(self, tp: TopicPartition, next_offset: int) -> None:
        assert self._consumer is not None
        highwater = self._consumer.highwater(tp)
        if highwater is not None:
            stats = self.topic_stats.setdefault(tp.topic, TopicStats())
            stats.behind[tp.partition] = max(0, highwater - next_offset)

    def _apply(
        self,
        topic: str,
        key: bytes | None,
        value: bytes,
        position: EventPosition | None = None,
        timestamp_ms: int | None = None,
    ) -> None:
        s = self.settings
        if topic == s.topic_enriched:
            kind = "article"
            if key is None:  # not how the worker publishes, but readable all the same
                article_id = str(orjson.loads(value)["article_id"])
            else:
                article_id = key.decode("utf-8")
            self._keep_article(article_id, value)
        elif topic == s.topic_alerts:
            kind = "alert"
            self.alerts.append(orjson.loads(value))
        elif topic == s.topic_contacts:
            kind = "contact"
            event = ContactEvent.model_validate_json(value)
            self.registry.observe(event, duplicate=False, now=datetime.now(UTC))
            # The registry keys pairs by ids; the page names them.
            self.pair_participants[event.pair_key] = [
                p.model_dump(include={"id", "name", "country"}) for p in event.participants
            ]
        else:
            return
        stats = self.topic_stats.setdefault(topic, TopicStats())
        stats.records += 1
        if timestamp_ms is not None:
            stats.last_timestamp_ms = timestamp_ms
        self._seq += 1
        record = LiveRecord(kind, value, position, self._seq)
        self.window.append(record)
        self._publish(record)

    def _keep_article(self, article_id: str, value: bytes) -> None:
        previous = self.articles.pop(article_id, None)
        if previous is not None:
            self.article_bytes -= len(previous)
        if len(value) > self.max_article_bytes:
            return  # larger than the whole budget: served on the stream only
        self.articles[article_id] = value
        self.article_bytes += len(value)
        while len(self.articles) > self.max_articles or self.article_bytes > self.max_article_bytes:
            _, evicted = self.articles.popitem(last=False)
            self.article_bytes -= len(evicted)

    def _publish(self, record: LiveRecord) -> None:
        for subscriber in list(self.subscribers):
            subscriber.offer(record)

    # -- queries ---------------------------------------------------------------------

    def recent_alerts(
        self, *, watch: str | None = None, reason: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        found = [
            a
            for a in reversed(self.alerts)
            if (watch is None or a.get("watch") == watch)
            and (reason is None or a.get("reason") == reason)
        ]
        return found[:limit]

    def contacts(self, *, watch: str | None = None) -> list[dict[str, Any]]:
        rows = [
            {"pair_key": key, "participants": self.pair_participants.get(key, []), **value}
            for key, value in sorted(self.registry_store.items())
        ]
        if watch is not None:
            rows = [r for r in rows if r.get("watch", watch) == watch]
        return rows

    def article(self, article_id: str) -> dict[str, Any] | None:
        found = self.articles.get(article_id)
        return orjson.loads(found) if found is not None else None

    def health(self) -> dict[str, Any]:
        return {
            "live_view": self.ready.is_set(),
            "topics": {topic: stats.as_json() for topic, stats in sorted(self.topic_stats.items())},
            "replay_window": {"events": len(self.window), "bytes": self.window.bytes},
            "subscribers": len(self.subscribers),
        }

    @contextlib.asynccontextmanager
    async def subscribe(
        self, kinds: frozenset[str], last_event_id: str | None = None
    ) -> AsyncIterator[tuple[Subscriber, Resume | None]]:
        """A new subscriber, and what it missed since ``last_event_id`` if given.

        Subscribing and reading the window happen with no await in between, so every
        record is either in the replay or queued for the subscriber, never both."""
        subscriber = Subscriber(kinds)
        self.subscribers.add(subscriber)
        resume = self.window.resume(last_event_id, kinds) if last_event_id else None
        try:
            yield subscriber, resume
        finally:
            self.subscribers.discard(subscriber)
