"""Events acknowledged only once what they produced is on the broker.

Faust acks an event when its agent moves to the next one and commits acked offsets
after flushing the producer; a record the broker then refuses (too large for the
topic, not authorised, …) is only logged, and its input was committed past: lost
(issue #13). Here an agent reads a ``noack`` stream and hands each event with the
send futures of its outputs to :class:`DeliveredAcks`, which acks events in order as
their futures resolve. Sends are not awaited one by one — the agent runs on while
the producer batches — so this costs no throughput; it only delays acks by one
round trip. If a future fails the worker exits (status 71) before that event is
acked: its offset is never committed, and the restarted worker reads it again.
A batched agent (``streams.batching``) hands a batch's events with the futures of
all its outputs at once: each is acked once the whole batch is delivered.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Sequence
from typing import Any

from faust import EventT, StreamT

from streams.offset_trace import trace

log = logging.getLogger(__name__)

#: Exit status of a worker that stops because the broker refused one of its outputs.
EXIT_PRODUCE_FAILED = 71
#: Events (or batches of them) whose outputs are in flight at once, per agent
#: (backpressure beyond it).
MAX_IN_FLIGHT = 10_000


class DeliveredAcks:
    def __init__(self, stream: StreamT[Any], name: str) -> None:
        self.stream = stream
        self.name = name
        self._pending: asyncio.Queue[tuple[Sequence[EventT], Sequence[Awaitable[Any]]]] = (
            asyncio.Queue(MAX_IN_FLIGHT)
        )
        self._time_in: dict[int, float] = {}
        self._task = asyncio.create_task(self._run(), name=f"delivered-acks-{name}")

    async def events(self) -> AsyncIterator[EventT]:
        """The stream's events, each noted as it comes in (for Faust's event-runtime
        sensors, which a ``noack`` stream does not feed)."""
        clock = self.stream.app.monitor.time
        async for event in self.stream.events():
            self._time_in[id(event)] = clock()
            trace(
                "in %s %s %d gen=%s",
                self.name,
                event.message.tp,
                event.message.offset,
                event.message.generation_id,
            )
            yield event

    async def put(self, event: EventT, futures: Sequence[Awaitable[Any]]) -> None:
        await self._pending.put(((event,), futures))

    async def put_batch(self, events: Sequence[EventT], futures: Sequence[Awaitable[Any]]) -> None:
        """``events`` in their stream's order, acked once every one of ``futures`` (the
        batch's outputs) is delivered."""
        if events:
            await self._pending.put((events, futures))

    def close(self) -> None:
        self._task.cancel()

    async def _run(self) -> None:
        while True:
            events, futures = await self._pending.get()
            for future in futures:
                try:
                    await future
                except Exception as exc:  # any refusal: the inputs must be read again
                    message = events[0].message
                    log.critical(
                        "%s: an output of %s[%s]@%s (of %d taken together) was not "
                        "produced (%s: %s); exiting (status %d) without committing it, "
                        "so it is read again",
                        self.name,
                        message.topic,
                        message.partition,
                        message.offset,
                        len(events),
                        type(exc).__name__,
                        exc,
                        EXIT_PRODUCE_FAILED,
                    )
                    logging.shutdown()
                    os._exit(EXIT_PRODUCE_FAILED)
            for event in events:
                self._ack(event)

    def _ack(self, event: EventT) -> None:
        # Stream.ack without its sensor call, then that call with the state Faust's
        # own auto-ack passes, so wirewatch_faust_events_runtime_ms keeps its data.
        stream: Any = self.stream
        message = event.message
        last_stream_to_ack = event.ack()
        trace("acked %s %s %d", self.name, message.tp, message.offset)
        time_in = self._time_in.pop(id(event), None)
        # Faust's sensor delegate hands each sensor its own state: {sensor: state}.
        state = (
            {sensor: {"time_in": time_in} for sensor in stream.app.sensors}
            if time_in is not None
            else None
        )
        stream._on_stream_event_out(message.tp, message.offset, stream, event, state)
        if last_stream_to_ack:
            stream._on_message_out(message.tp, message.offset, message)
