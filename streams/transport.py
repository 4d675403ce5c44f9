"""Faust's aiokafka transport, with one fix: every partition is re-positioned after a rebalance.

After a rebalance Faust clears the records its streams had already fetched
(``clear_on_resume=True`` queues) and then asks the consumer to seek every assigned
partition to its committed offset, so the cleared records are fetched again. But
aiokafka's ``seek_to_committed`` only seeks a partition whose committed offset is
above 0 (``if offset and offset > 0``): a partition the group never committed keeps
its fetch position *after* the cleared records, and they are never processed. That
is how a second worker joining over a backlog made the first one skip
``articles.prepared`` and ``events.contacts`` records (issue #11: 3 prepared
articles, then 501 contact events in another run, with their offsets committed
later and never retried).

Here a partition with no committed offset is sent back to where a consumer with no
position starts (``auto_offset_reset``: the beginning for this app), and one committed
at 0 to offset 0, so the committed offset is the one source of truth for where
processing resumes, whatever was fetched before the rebalance.

Second, until the first record at that position arrives, records of a re-positioned
partition at any other offset are dropped: they were fetched before the seek (Faust
resumes a partition, and may still be handing out a batch, before it seeks;
faust-streaming #221). One of them, far past the committed offset, used to reach the
stream first and raise Faust's read offset, after which the re-fetched records below
it were discarded as already read and the partition's commit never moved again
(``articles.prepared`` stalled in 1 of 5 runs of the rebalance loop, once with one
record lost). Dropped records are fetched again from the committed offset, so none is
lost; changelog partitions, which the seek does not move, are never filtered. If
the expected offset never comes (the log truncated below it), the filter gives up
after ``EXPECT_LIMIT_S`` and says so.

Third, a record of a stream partition is not handed to Faust while its flow control
is suspended: Faust seeks *before* it resumes flow, and resuming clears every stream
queue (``clear_on_resume``), so records fetched in between were queued, cleared and
never fetched again — four prepared articles right at the committed offset in 1 of
4 runs, with the partition's commit stuck there. Changelog records, which recovery
itself reads while flow is suspended, are never held.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Mapping, Set

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message

from streams.offset_trace import ENABLED as TRACING
from streams.offset_trace import trace

log = logging.getLogger(__name__)

#: How long a re-positioned partition waits for its first record at the new position.
EXPECT_LIMIT_S = 60.0


async def committed_and_targets(
    consumer: AIOKafkaConsumer, auto_offset_reset: str, changelog_topics: Set[str]
) -> tuple[dict[TopicPartition, int | None], dict[TopicPartition, int]]:
    """Every assigned partition's committed offset, and where each stream partition
    resumes: its committed offset, or — never committed — where ``auto_offset_reset``
    starts. Changelog partitions get no target: table recovery positions them."""
    committed: dict[TopicPartition, int | None] = {}
    for tp in consumer.assignment():
        committed[tp] = await consumer.committed(tp)
    streams = {tp: o for tp, o in committed.items() if tp.topic not in changelog_topics}
    targets = {tp: o for tp, o in streams.items() if o is not None}
    uncommitted = [tp for tp, o in streams.items() if o is None]
    if uncommitted and auto_offset_reset in ("earliest", "latest"):
        edge = (
            await consumer.beginning_offsets(uncommitted)
            if auto_offset_reset == "earliest"
            else await consumer.end_offsets(uncommitted)
        )
        targets.update({tp: int(edge[tp]) for tp in uncommitted})
    trace("committed %s -> targets %s", _by_tp(committed), _by_tp(targets))
    log.info(
        "stream partitions: %d at their committed offsets, %d never committed (%s)",
        len(streams) - len(uncommitted),
        len(uncommitted),
        auto_offset_reset,
    )
    return committed, targets


def _by_tp(offsets: Mapping[TopicPartition, int | None]) -> str:
    return " ".join(f"{tp.topic}[{tp.partition}]={o}" for tp, o in sorted(offsets.items()))


def seek_to(consumer: AIOKafkaConsumer, targets: Mapping[TopicPartition, int]) -> None:
    for tp, offset in targets.items():
        consumer.seek(tp, offset)


class RepositioningConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    async def seek_to_committed(self) -> Mapping[TP, int]:
        consumer = self._ensure_consumer()
        reset = str(self.app.conf.consumer_auto_offset_reset)
        changelogs = set(self.app.tables.changelog_topics)
        committed, targets = await self.call_thread(
            committed_and_targets, consumer, reset, changelogs
        )
        owner = self.consumer
        if isinstance(owner, RepositioningConsumer):
            # Before the seek: from here on a record of these partitions is taken only
            # from its target on.
            owner.expect(targets)
        await self.call_thread(seek_to, consumer, targets)
        return committed  # type: ignore[return-value]


class RepositioningConsumer(faust_aiokafka.Consumer):
    _expected: dict[TP, int] = {}  # noqa: RUF012 - replaced, never mutated, at class level
    _streams: frozenset[TP] = frozenset()
    _expected_since: float = 0.0

    async def _flow_resumed(self) -> bool:
        """Wait (bounded) until Faust's flow control is active; False if the group
        rebalanced meanwhile (the record is then stale)."""
        flow = self.app.flow_control
        if flow.is_active():
            return True
        generation = self.app.consumer_generation_id
        deadline = time.monotonic() + EXPECT_LIMIT_S
        # Polled, not awaited on flow control alone: a new rebalance must also end the
        # wait, or recovery (which needs this fetch loop) could never resume flow.
        while not flow.is_active():
            if self.app.consumer_generation_id != generation:
                return False
            if time.monotonic() > deadline:
                log.warning("flow still suspended after %.0fs: delivering", EXPECT_LIMIT_S)
                return True
            await asyncio.sleep(0.02)
        return self.app.consumer_generation_id == generation

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return RepositioningConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def expect(self, targets: Mapping[TopicPartition, int]) -> None:
        self._expected = {TP(tp.topic, tp.partition): offset for tp, offset in targets.items()}
        self._streams = frozenset(self._expected)
        self._expected_since = time.monotonic()

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        dropped = 0
        async for tp, message in super().getmany(timeout):
            if tp in self._streams and not await self._flow_resumed():
                dropped += 1  # a new rebalance began meanwhile: its seek re-fetches it
                trace("drop-rebalanced %s %d gen=%s", tp, message.offset, message.generation_id)
                continue
            expected = self._expected
            if expected:
                want = expected.get(tp)
                if want is not None:
                    if message.offset == want:
                        del expected[tp]  # the seek has taken effect for this partition
                    elif time.monotonic() - self._expected_since < EXPECT_LIMIT_S:
                        dropped += 1  # fetched before the seek: fetched again after it
                        trace("drop-stale %s %d want %d", tp, message.offset, want)
                        continue
                    else:
                        log.warning(
                            "%s: offset %d never came after the seek (log truncated?); "
                            "taking records from %d on",
                            tp,
                            want,
                            message.offset,
                        )
                        del expected[tp]
            if TRACING and tp in self._streams:
                trace(
                    "yield %s %d gen=%s app-gen=%s flow=%s",
                    tp,
                    message.offset,
                    message.generation_id,
                    self.app.consumer_generation_id,
                    self.app.flow_control.is_active(),
                )
            yield tp, message
        if dropped:
            log.info("dropped %d records fetched before a seek (fetched again)", dropped)

    # Tracing only (``WIREWATCH_TRACE_OFFSETS=1``): what Faust does with offsets.
    async def perform_seek(self) -> None:
        await super().perform_seek()
        if TRACING:
            reads = {tp: o for tp, o in self._read_offset.items() if tp in self._streams}
            trace("perform-seek read-offsets %s", _by_tp(reads))

    def ack(self, message: Message) -> bool:
        counted = super().ack(message)
        if TRACING and not counted:
            trace(
                "ack-not-counted %s %d committed=%s",
                message.tp,
                message.offset,
                self._committed_offset.get(message.tp),
            )
        return counted

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        trace(
            "gap %s %d..%d committed=%s", tp, offset_from, offset_to, self._committed_offset.get(tp)
        )
        await super()._add_gap(tp, offset_from, offset_to)

    def _new_offset(self, tp: TP) -> int | None:
        if not TRACING:
            return super()._new_offset(tp)
        acked = list(self._acked[tp])
        gaps = sorted((i.begin, i.end) for i in self._gap[tp])
        committed = self._committed_offset.get(tp)
        offset = super()._new_offset(tp)
        if acked:
            first = min(acked)
            hole = committed is not None and first > committed
            trace(
                "%snew-offset %s committed=%s acked %d..%d (%d) gaps=%s -> %s",
                "HOLE " if hole else "",
                tp,
                committed,
                first,
                max(acked),
                len(acked),
                gaps,
                offset,
            )
        return offset

    async def _commit_offsets(
        self, offsets: Mapping[TP, int], start_new_transaction: bool = True
    ) -> bool:
        did = await super()._commit_offsets(offsets, start_new_transaction=start_new_transaction)
        trace("commit %s -> %s", _by_tp(offsets), did)
        return did


class Transport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`RepositioningConsumer`."""

    Consumer = RepositioningConsumer
