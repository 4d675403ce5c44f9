"""Bounded batches taken from a stream's own iteration, in the agent's own task.

A batch opens with the next event, waited for as a one-at-a-time agent waits for it,
and closes after ``max_records`` events or ``max_wait_s`` after it opened, whichever
comes first. Between those bounds it takes more only while more are at hand: events
already in the stream's queue, or, when the broker holds more of the last event's
partition (a backlog), the next event Faust hands over within what is left of the
time bound. At a trickle nothing is waited for and a batch is one event: batching
adds no latency there.

Why not Faust's ``take``/``take_events`` (a stage 1 on ``take_events`` stopped
receiving records for 7-15 s after a two-worker rebalance and once lost articles):
they fill a buffer of their own from a second, background iteration of the stream
(``_enable_passive``) through a processor that, once the buffer is full, blocks that
iteration until the agent asks for the next batch, which is also when they ack the
previous one. Faust's revocation (``on_partitions_revoked``: ``flow_control.clear()``,
then ``consumer.wait_empty()``) clears the stream queues but not that buffer: events
of revoked partitions stay in it, unacked until a batch fills or its timeout fires
(the revocation waits for them), and are then acked into the next assignment's
bookkeeping, which checks no generation (``Consumer.ack``). Here there is no second
iteration and no buffer that outlives a batch: every event comes from the agent's own
``async for``, is handed with its batch's delivery futures to
:class:`streams.acks.DeliveredAcks` and acked as soon as they resolve, exactly as an
unbatched agent's in-flight events are; the event a closed batch left waiting is not
cancelled (that would end the stream's iteration) but opens the next batch.

Why a helper task rather than reading the next event directly whenever the queue
holds one: Faust's iteration drops (``skipped_value``) a queued event while flow is
suspended or of an older generation, and then waits for the next one; during a
revocation none comes until ``wait_empty`` has seen the batch in hand acked, which a
batch blocked in that read never would be. The wait for the next event must be
bounded whatever the queue said, and only a task can be waited on with a timeout
without cancelling the stream's iteration.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterable, AsyncIterator, Callable
from typing import Any, TypeVar

T = TypeVar("T")


async def bounded_batches(
    events: AsyncIterable[T],
    *,
    max_records: int,
    max_wait_s: float,
    queued: Callable[[], int] = lambda: 0,
    behind: Callable[[T], bool] = lambda _: False,
    clock: Callable[[], float] = time.monotonic,
) -> AsyncIterator[list[T]]:
    """Lists of at most ``max_records`` events from ``events``, in order.

    ``queued()`` says how many events are ready without waiting; ``behind(event)``
    whether the broker holds more of ``event``'s partition. A batch waits for the
    next event only while one of them says more is coming, and never past
    ``max_wait_s`` after its first event arrived.
    """
    if max_records < 1:
        raise ValueError(f"max_records must be at least 1, not {max_records}")
    if max_records == 1:
        # One record at a time: the plain iteration, with no helper task per record.
        async for event in events:
            yield [event]
        return
    iterator = aiter(events)
    upcoming: asyncio.Future[T] | None = None
    try:
        while True:
            if upcoming is None:
                upcoming = asyncio.ensure_future(anext(iterator))
            try:
                batch = [await upcoming]
            except StopAsyncIteration:
                return
            upcoming = None
            deadline = clock() + max_wait_s
            while len(batch) < max_records:
                left = deadline - clock()
                if left <= 0 or not (queued() > 0 or behind(batch[-1])):
                    break
                upcoming = asyncio.ensure_future(anext(iterator))
                done, _ = await asyncio.wait({upcoming}, timeout=left)
                if not done:
                    break  # ``upcoming`` stays pending: it opens the next batch
                try:
                    batch.append(upcoming.result())
                except StopAsyncIteration:
                    yield batch
                    return
                upcoming = None
            yield batch
    finally:
        if upcoming is not None and not upcoming.done():
            upcoming.cancel()


def queued_events(stream: Any) -> int:
    """Events waiting in the queue of the channel ``stream`` reads (0 if it has none)."""
    queue = getattr(stream.channel, "queue", None)
    return queue.qsize() if queue is not None else 0


def backlog_behind(consumer: Callable[[], Any]) -> Callable[[Any], bool]:
    """``behind(event)`` for :func:`bounded_batches`: whether the consumer
    (``consumer()``, looked up at each call) knows of records of the event's
    partition after it (its high-water mark)."""

    def behind(event: Any) -> bool:
        message = event.message
        try:
            highwater = consumer().highwater(message.tp)
        except Exception:  # not assigned here any more (a rebalance): nothing to wait for
            return False
        return highwater is not None and message.offset + 1 < highwater

    return behind
