"""The agents: each one reads a topic, calls one stage of the core, and sends on."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from faust import EventT, StreamT

from streams import tables, topics
from streams.app import app, pipeline, settings
from wirewatch import metrics
from wirewatch.core.dedup import DedupIndex
from wirewatch.core.pipeline import Output
from wirewatch.core.validate import Origin

log = logging.getLogger(__name__)


async def send(output: Output) -> None:
    key, value = output.encoded()
    await _TOPICS_BY_NAME[output.topic].send(key=key, value=value)


def _origin(event: EventT) -> Origin:
    message = event.message
    return Origin(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key if isinstance(message.key, bytes) else None,
        received_at=datetime.now(UTC),
    )


_TOPICS_BY_NAME = {
    settings.topic_prepared: topics.prepared_articles,
    settings.topic_enriched: topics.enriched_articles,
    settings.topic_contacts: topics.contact_events,
    settings.topic_alerts: topics.contact_alerts,
    settings.topic_deadletter: topics.dead_letters,
}


@app.agent(topics.raw_articles)
async def prepare_articles(stream: StreamT[bytes]) -> None:
    """Stage 1, on every partition: validate, normalise, entities, signature, contacts.

    One event at a time: a batching variant (``stream.take_events``) was faster but
    stalled for over a minute after a rebalance between two workers in a test, so
    each prepared article travels as a batch of one.
    """
    async for event in stream.events():
        payload = event.value if isinstance(event.value, bytes) else b""
        for output in pipeline.prepare_outputs(payload, _origin(event)):
            await send(output)


class _DedupState:
    """The dedup index over ``tables.dedup_signatures``, rebuilt after every recovery."""

    def __init__(self) -> None:
        self.index = pipeline.new_dedup_index(tables.dedup_store)
        self.stale = True
        self.last_eviction = time.monotonic()

    def ready_index(self) -> DedupIndex:
        if self.stale:
            self.index.rebuild()
            self.stale = False
            log.info(
                "dedup index rebuilt from %d retained signatures", len(tables.dedup_signatures)
            )
        return self.index


dedup_state = _DedupState()


@tables.dedup_signatures.on_recover
async def _rebuild_dedup_index() -> None:
    dedup_state.stale = True


@app.agent(topics.prepared_articles)
async def decide_articles(stream: StreamT[bytes]) -> None:
    """Stage 2, one partition, one total order: dedup verdict, then publish."""
    async for event in stream.events():
        index = dedup_state.ready_index()
        now = time.monotonic()
        # Evicted from inside the agent: a table may only change in the stream that owns it.
        if now - dedup_state.last_eviction > settings.dedup_evict_interval_s:
            pipeline.evict_expired(index)
            dedup_state.last_eviction = now
        for output in pipeline.decide_outputs(event.value, _origin(event), index):
            await send(output)


@app.agent(topics.contact_events)
async def register_contacts(stream: StreamT[bytes]) -> None:
    """Stage 3, partitioned by participant pair: registry, then alerts."""
    registry = pipeline.new_registry(tables.registry_store)
    async for event in stream.events():
        for output in pipeline.register_outputs(event.value, _origin(event), registry):
            await send(output)


# Table sizes are read when Prometheus scrapes, so they are never stale.
metrics.TABLE_ENTRIES.labels(table="dedup-signatures").set_function(
    lambda: len(tables.dedup_signatures)
)
metrics.TABLE_ENTRIES.labels(table="contact-registry").set_function(
    lambda: len(tables.contact_registry)
)
metrics.RETAINED_SIGNATURES.set_function(lambda: len(tables.dedup_signatures))


@app.timer(interval=5.0)
async def _report_consumer_lag() -> None:
    monitor = app.monitor
    for tp, end in list(monitor.tp_end_offsets.items()):
        committed = monitor.tp_committed_offsets.get(tp, 0)
        metrics.CONSUMER_LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(
            max(0, end - committed)
        )
