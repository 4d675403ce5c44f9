"""The agents: each one reads a topic, calls one stage of the core, and sends on."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable
from datetime import UTC, datetime
from typing import Any

from faust import EventT, StreamT

from streams import tables, topics
from streams.acks import DeliveredAcks
from streams.app import app
from streams.batching import backlog_behind, bounded_batches, queued_events
from streams.context import worker_context
from wirewatch import metrics
from wirewatch.core.pipeline import Output
from wirewatch.core.validate import Origin
from wirewatch.settings import get_settings

log = logging.getLogger(__name__)
settings = get_settings()


async def send(output: Output) -> Awaitable[Any]:
    """Hand ``output`` to the producer; returns the future of its delivery."""
    key, value = output.encoded()
    return await _TOPICS_BY_NAME[output.topic].send(key=key, value=value)


async def send_all(outputs: list[Output]) -> list[Awaitable[Any]]:
    return [await send(output) for output in outputs]


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


def _batches(stream: StreamT[bytes], acks: DeliveredAcks) -> AsyncIterator[list[EventT]]:
    """The stream's events in bounded batches (``streams.batching``), sized by the
    ``batch_max_records``/``batch_max_wait_ms`` settings read when the agent starts."""
    current = worker_context().settings
    return bounded_batches(
        acks.events(),
        max_records=current.batch_max_records,
        max_wait_s=current.batch_max_wait_ms / 1000,
        queued=lambda: queued_events(stream),
        behind=backlog_behind(lambda: app.consumer),
    )


def _handling(stream: StreamT[bytes], event: EventT) -> None:
    """Make ``event`` the one being handled in this task (Faust's ``current_event``),
    as a one-at-a-time ``async for`` does: a batch's events were read in another task
    (``streams.batching``), and table writes go to the current event's partition."""
    stream._set_current_event(event)  # type: ignore[attr-defined]  # faust.Stream's


def _payload(event: EventT) -> bytes:
    return event.value if isinstance(event.value, bytes) else b""


@app.agent(topics.raw_articles)
async def prepare_articles(stream: StreamT[bytes]) -> None:
    """Stage 1, on every partition: validate, normalise, entities, signature, contacts.

    Records come in bounded batches (``streams.batching``; of one record unless
    ``batch_max_records`` says more); their outputs leave as one send sequence, and
    each record is acked once all of them are delivered.
    """
    pipeline = worker_context().pipeline
    manual = stream.noack()  # type: ignore[attr-defined]  # faust.Stream's; StreamT lacks it
    acks = DeliveredAcks(manual, "prepare_articles")
    try:
        async for batch in _batches(manual, acks):
            outputs: list[Output] = []
            for n, event in enumerate(batch):
                if n:
                    # One article's CPU per event-loop turn (~3 ms): the heartbeat,
                    # commits, deliveries and the other stages run between them.
                    await asyncio.sleep(0)
                _handling(manual, event)
                outputs += pipeline.prepare_outputs(_payload(event), _origin(event))
            await acks.put_batch(batch, await send_all(outputs))
    finally:
        acks.close()


@app.agent(topics.prepared_articles)
async def decide_articles(stream: StreamT[bytes]) -> None:
    """Stage 2, one partition, one total order: dedup verdict, then publish.

    A batch's records are decided one by one in their order, exactly as unbatched
    (so the verdicts are ``wirewatch process``'s); their outputs leave together.
    """
    context = worker_context()
    pipeline, dedup_state, learned_state = context.pipeline, context.dedup, context.learned
    manual = stream.noack()  # type: ignore[attr-defined]  # faust.Stream's; StreamT lacks it
    acks = DeliveredAcks(manual, "decide_articles")
    try:
        async for batch in _batches(manual, acks):
            outputs: list[Output] = []
            for event in batch:
                _handling(manual, event)
                index = dedup_state.ready_index()
                now = time.monotonic()
                # Evicted in the agent: a table may only change in the stream that owns it.
                if now - dedup_state.last_eviction > settings.dedup_evict_interval_s:
                    pipeline.evict_expired(index)
                    dedup_state.last_eviction = now
                outputs += pipeline.decide_outputs(
                    event.value, _origin(event), index, learned_state.ready()
                )
            await acks.put_batch(batch, await send_all(outputs))
    finally:
        acks.close()


@app.agent(topics.contact_events)
async def register_contacts(stream: StreamT[bytes]) -> None:
    """Stage 3, partitioned by participant pair: registry, then alerts."""
    pipeline = worker_context().pipeline
    registry = pipeline.new_registry(tables.registry_store)
    manual = stream.noack()  # type: ignore[attr-defined]  # faust.Stream's; StreamT lacks it
    acks = DeliveredAcks(manual, "register_contacts")
    try:
        async for event in acks.events():
            outputs = pipeline.register_outputs(event.value, _origin(event), registry)
            await acks.put(event, await send_all(outputs))
    finally:
        acks.close()


@app.timer(interval=5.0)
async def _report_consumer_lag() -> None:
    monitor = app.monitor
    for tp, end in list(monitor.tp_end_offsets.items()):
        committed = monitor.tp_committed_offsets.get(tp, 0)
        metrics.CONSUMER_LAG.labels(topic=tp.topic, partition=str(tp.partition)).set(
            max(0, end - committed)
        )
