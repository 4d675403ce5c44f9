"""Faust's aiokafka transport, with fixes so no record is skipped over a rebalance or a recovery.

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

Third, a record of a stream partition is handed to Faust only once Faust has finished
re-positioning its streams: the rebalance over (``app.rebalancing`` false) and flow
active. Faust seeks *before* it resumes flow, and resuming clears every stream queue
(``clear_on_resume``), so records handed over in between are queued, cleared and never
fetched again. Flow control alone is not the sign: table recovery resumes flow to
read the changelogs, so flow is already active while Faust seeks the streams and then
resumes once more, clearing the queues again. A record at the committed offset handed
over in those milliseconds was cleared, the next ones were processed, and Faust
committed over it (below): the one record skipped in 1 of 10-20 runs of the rebalance
loop (``articles.prepared[0]@380``, yielded 1 ms before "Worker ready", in a run with
the window widened by ``WIREWATCH_FAULT_SEEK_PAUSE_S``). Such a record is dropped, not
held — holding it would stop the fetch loop that table recovery needs — and its
partition is sent back to its head at the first fetch after the streams resume (not
at its next record: a partition read to its end has none). Changelog records, which
recovery itself reads, always pass.

Fourth, a partition's commit moves only through a run of acked offsets that starts at
its committed offset (``streams.offsets``): Faust's own rule commits over a single
unacked record at the head (faust-streaming #606), which turned any lost hand-over
into a silent skip. A hole that lasts (``HOLE_GRACE_S``) — the head never acked while
later records are — is read again from the head instead of stalling the partition.

Fifth, changelog records that Faust's table recovery had fetched but not yet read are
read again when a resume of flow control clears them. Recovery reads every changelog
through one queue made with ``clear_on_resume=True`` (``faust/tables/manager.py``)
and resumes flow several times per rebalance (to read the actives, then the standbys,
then once more when it hands over to the streams: ``faust/tables/recovery.py``), but
it seeks a changelog partition only when a recovery starts. A resume with records in
that queue dropped them for good, the fetch position already past them: an active
partition whose last records went that way never reached its highwater, and the
recovery waited for ever with every partition paused ("No event received for active
tp … since recovery start", issue #11; standbys silently lost records the same way,
faust-streaming #212). The queue is wrapped here: a resume that clears unread records
notes the lowest offset per partition, records of those partitions fetched after the
clearing are dropped, and the partition is sought back to that offset (or just after
Recovery's last applied one, if lower) at the next fetch. A clearing by a revocation
(flow suspended first) is left alone: the recovery that follows seeks every partition.
``WIREWATCH_FAULT_CHANGELOG_RESUME`` resumes flow at the worst moment, to test it. As a
net for causes not yet seen (a recovery step that fails with the partition not
assigned, for one, leaves Recovery waiting for a rebalance that may not come), an
active recovery that applies no record for ``RECOVERY_STALL_S`` while records remain
is started again, as a rebalance would start it: Recovery seeks every active
changelog partition to its last applied offset. The recovery watchdog
(``wirewatch.stallwatch``, exit 70 after ``WIREWATCH_RECOVERY_TIMEOUT_S``) stays the
last resort.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Set
from typing import Any, cast

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition
from faust.tables.manager import TableManager
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, EventT, Message
from mode import Service

from streams.offset_trace import ENABLED as TRACING
from streams.offset_trace import trace
from streams.offsets import HoleWatch, changelog_resume_point, committable_offset, note_lowest
from wirewatch.stallwatch import ProgressWatch

log = logging.getLogger(__name__)

#: How long a re-positioned partition waits for its first record at the new position.
EXPECT_LIMIT_S = 60.0
#: Fault injection for tests (``WIREWATCH_FAULT_SEEK_PAUSE_S``): a pause after the
#: streams are re-positioned, before Faust resumes them — the window in which a record
#: handed over is cleared with the stream queues, widened from milliseconds.
SEEK_PAUSE_S = float(os.environ.get("WIREWATCH_FAULT_SEEK_PAUSE_S") or 0)
#: How long a partition's head may stay unacked while later records are acked before
#: it is read again from the head (a few commit intervals: never in a healthy run).
HOLE_GRACE_S = 5.0
#: Fault injection for tests (``WIREWATCH_FAULT_CHANGELOG_RESUME=NAME``): once, in a
#: table recovery, flow is resumed — as Faust's Recovery does at each of its steps —
#: right after the last record of an active changelog partition whose topic contains
#: NAME was put in the recovery queue, before Recovery read it.
FAULT_CHANGELOG_RESUME = os.environ.get("WIREWATCH_FAULT_CHANGELOG_RESUME", "")
#: A table recovery that applies no changelog record for this long while records
#: remain is started again (Faust warns after 30 s; the watchdog exits after 600 s).
RECOVERY_STALL_S = 20.0
RECOVERY_WATCH_INTERVAL_S = 2.0


def streams_resumed(app: Any) -> bool:
    """Whether Faust has re-positioned its streams and resumed them for good: flow
    active and the rebalance over (``on_rebalance_end`` comes after the last resume,
    which clears the stream queues)."""
    return bool(app.flow_control.is_active() and not app.rebalancing)


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
    def _create_worker_consumer(self, transport: Any) -> AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Faust passes fetch_max_wait_ms=1500 whatever its settings; aiokafka reads this
        # attribute when the consumer starts (``streams.app`` gives the measurement).
        if not hasattr(consumer, "_fetch_max_wait_ms"):
            raise RuntimeError("aiokafka's consumer no longer has _fetch_max_wait_ms")
        consumer._fetch_max_wait_ms = getattr(
            self.app, "fetch_max_wait_ms", consumer._fetch_max_wait_ms
        )
        return consumer

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
        # mode runs a plain function as well (maybe_async), though it annotates Awaitable
        await self.call_thread(seek_to, consumer, targets)  # type: ignore[arg-type]
        if SEEK_PAUSE_S:
            await asyncio.sleep(SEEK_PAUSE_S)
        return committed


class RepositioningConsumer(faust_aiokafka.Consumer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Where each re-positioned stream partition is awaited, until that record comes.
        self._expected: dict[TP, int] = {}
        self._expected_since = 0.0
        #: The stream partitions (every partition the seek re-positions).
        self._streams: frozenset[TP] = frozenset()
        #: Where each stream partition was last positioned (its head when never committed).
        self._starts: dict[TP, int] = {}
        #: Stream partitions with records dropped before Faust resumed its streams.
        self._refetch: set[TP] = set()
        self._holes: HoleWatch[TP] = HoleWatch(grace_s=HOLE_GRACE_S)
        #: Changelog partitions whose unread records were cleared from the recovery
        #: queue, with the lowest offset cleared: read again from there.
        self._changelog_cleared: dict[TP, int] = {}
        self._changelog_queue_guarded = False
        self._fault_changelog_resume = bool(FAULT_CHANGELOG_RESUME)
        self._recovery_progress: ProgressWatch[tuple[tuple[TP, int | None], ...]] = ProgressWatch()

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return RepositioningConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def expect(self, targets: Mapping[TopicPartition, int]) -> None:
        self._expected = {TP(tp.topic, tp.partition): offset for tp, offset in targets.items()}
        self._streams = frozenset(self._expected)
        self._starts = dict(self._expected)
        self._expected_since = time.monotonic()
        self._refetch = set()  # the seek re-positions them all
        self._holes.reset()

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        dropped = 0
        self._guard_changelog_queue()
        await self._refetch_cleared_changelogs()
        await self._refetch_dropped()
        async for tp, message in super().getmany(timeout):
            if tp in self._streams:
                if not streams_resumed(self.app):
                    # Handed over now, it would be cleared with the stream queues: the
                    # partition is read again from its head once the streams run.
                    self._refetch.add(tp)
                    dropped += 1
                    trace("drop-not-resumed %s %d", tp, message.offset)
                    continue
                if tp in self._refetch:
                    await self._refetch_dropped()
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
                    "yield %s %d gen=%s app-gen=%s flow=%s rebalancing=%s",
                    tp,
                    message.offset,
                    message.generation_id,
                    self.app.consumer_generation_id,
                    self.app.flow_control.is_active(),
                    self.app.rebalancing,
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

    async def on_partitions_revoked(self, revoked: Set[TP]) -> None:
        # A revoked partition has no head here any more: a late ack of one of its
        # events (the agent finishing it after the revocation) is Faust's to discard.
        self._starts = {tp: o for tp, o in self._starts.items() if tp not in revoked}
        for tp in revoked:
            self._holes.clear(tp)
        await super().on_partitions_revoked(revoked)

    def _head(self, tp: TP) -> int | None:
        """The partition's next record to process: its committed offset, else where it
        was positioned (Faust keeps no committed offset for 0 or none)."""
        committed = self._committed_offset.get(tp)
        return committed if committed is not None else self._starts.get(tp)

    def _new_offset(self, tp: TP) -> int | None:
        acked = self._acked[tp]
        if not acked:
            return None
        self._count_gaps_as_acked(tp, acked)
        acked.sort()
        head = self._head(tp)
        offset, used = committable_offset(acked, head)
        if TRACING:
            trace(
                "%snew-offset %s head=%s acked %d..%d (%d) -> %s",
                "HOLE " if offset is None and head is not None else "",
                tp,
                head,
                acked[0],
                acked[-1],
                len(acked),
                offset,
            )
        if used:
            self._acked_index[tp].difference_update(acked[:used])
            del acked[:used]
        if offset is None:
            if head is not None and acked and acked[0] > head:
                self._holes.note(tp, head, time.monotonic())
            return None
        self._holes.clear(tp)
        return offset

    def _count_gaps_as_acked(self, tp: TP, acked: list[int]) -> None:
        """Offsets Faust saw missing from the log (compaction, transaction markers)
        below the highest acked one count as acked, as in Faust's own ``_new_offset``."""
        gaps = self._gap[tp]
        if not gaps:
            return
        highest = max(acked)
        top = highest + 1
        for interval in sorted(gaps.overlap(0, highest), key=lambda i: i.begin):
            acked.extend(range(interval.begin, interval.end))
            top = max(top, interval.end)
        gaps.chop(0, top)

    async def _commit_tps(self, tps: Iterable[TP], start_new_transaction: bool) -> bool:
        committed = await super()._commit_tps(tps, start_new_transaction)
        if TRACING:
            trace(
                "partitions active=%s paused=%s buffered=%s refetch=%s expected=%s",
                sorted(
                    f"{tp.topic.rsplit('.', 1)[-1]}[{tp.partition}]"
                    for tp in self._get_active_partitions()
                ),
                sorted(
                    f"{tp.topic.rsplit('.', 1)[-1]}[{tp.partition}]"
                    for tp in self._paused_partitions
                ),
                sorted(
                    f"{tp.topic.rsplit('.', 1)[-1]}[{tp.partition}]"
                    for tp in self._buffered_partitions
                ),
                sorted(f"{tp.topic.rsplit('.', 1)[-1]}[{tp.partition}]" for tp in self._refetch),
                {
                    f"{tp.topic.rsplit('.', 1)[-1]}[{tp.partition}]": o
                    for tp, o in self._expected.items()
                },
            )
        if streams_resumed(self.app):
            for tp, head in self._holes.due(time.monotonic()):
                await self._read_again(tp, head)
        return committed

    async def _refetch_dropped(self) -> None:
        """Once the streams run, send each partition whose records were dropped
        before back to its head: those records may be all it had (a partition read to
        its end), so this cannot wait for its next record."""
        if self._refetch and streams_resumed(self.app):
            refetch, self._refetch = self._refetch, set()
            for tp in refetch:
                await self._reposition(tp, self._head(tp))

    async def _read_again(self, tp: TP, head: int) -> None:
        """A partition whose head record was never processed (a later one was)."""
        log.warning(
            "%s: offset %d was never processed while later ones were: reading the "
            "partition again from it",
            tp,
            head,
        )
        await self._reposition(tp, head)

    async def _reposition(self, tp: TP, head: int | None) -> None:
        """Fetch ``tp`` again from ``head``; records of it fetched before are dropped
        until that offset arrives."""
        if head is None or tp not in self.assignment():
            self._holes.clear(tp)
            return
        trace("reposition %s -> %d", tp, head)
        self._expected = {**self._expected, tp: head}
        self._streams = self._streams | {tp}
        self._expected_since = time.monotonic()
        thread = self._thread
        # mode runs a plain function as well (maybe_async), though it annotates Awaitable
        await thread.call_thread(seek_to, thread._ensure_consumer(), {tp: head})  # type: ignore[arg-type]
        self._read_offset[tp] = head if head else None

    # The changelog queue (see the module's fifth point).
    def _guard_changelog_queue(self) -> None:
        """Wrap the recovery queue once: note what a resume clears, and drop records of
        a partition so cleared until it is read again."""
        if self._changelog_queue_guarded:
            return
        self._changelog_queue_guarded = True
        queue = self._tables().changelog_queue
        clear = queue.clear
        put = queue.put_nowait_enhanced

        def clear_noting_unread() -> None:
            # Flow already active: a resume clears the queue. A revocation clears it
            # with flow suspended, and the next recovery seeks every partition itself.
            if self.app.flow_control.is_active():
                # asyncio.Queue keeps its items in ``_queue``, which typeshed leaves out
                unread = [(event.message.tp, event.message.offset) for event in queue._queue]  # type: ignore[attr-defined]
                if unread:
                    self._note_cleared(unread)
            clear()

        def put_unless_cleared(
            value: EventT,
            *,
            on_pressure_high: Callable[..., Any],
            on_pressure_drop: Callable[..., Any],
        ) -> bool:
            message = value.message
            if message.tp in self._changelog_cleared:
                # Fetched after the clearing and before the re-seek: it comes again,
                # in order after the cleared ones.
                trace("drop-changelog-cleared %s %d", message.tp, message.offset)
                return False
            pressure = put(
                value, on_pressure_high=on_pressure_high, on_pressure_drop=on_pressure_drop
            )
            if self._fault_changelog_resume:
                self._maybe_inject_resume(message)
            return pressure

        # On this one queue only: Faust's flow control and conductor call these methods
        queue.clear = clear_noting_unread  # type: ignore[method-assign]
        # (as above)
        queue.put_nowait_enhanced = put_unless_cleared  # type: ignore[method-assign]

    def _tables(self) -> TableManager:
        # Faust's TableManagerT declares neither the queue nor the recovery service.
        return cast(TableManager, self.app.tables)

    def _note_cleared(self, unread: list[tuple[TP, int]]) -> None:
        lowest: dict[TP, int] = {}
        note_lowest(lowest, unread)
        note_lowest(self._changelog_cleared, lowest.items())
        log.warning(
            "flow resumed with %d changelog records unread by table recovery: "
            "cleared with the queue, read again (%s)",
            len(unread),
            _by_tp(lowest),
        )
        trace("changelog-cleared %s", _by_tp(lowest))

    @Service.timer(RECOVERY_WATCH_INTERVAL_S)
    async def _recovery_watch(self) -> None:
        self._watch_recovery_progress()

    def _watch_recovery_progress(self) -> None:
        """A net for causes not yet seen: an active recovery that applies nothing for
        ``RECOVERY_STALL_S`` while records remain is started again. A timer, not a
        step of the fetch: a recovery parked with flow stopped fetches nothing."""
        tables = self._tables()
        if tables._recovery is None:  # no tables, or the worker not started yet
            return
        recovery = tables.recovery
        remaining = (
            sorted(tp for tp, n in recovery.active_remaining().items() if n > 0)
            if self.app.in_recovery
            else []
        )
        applied = tuple((tp, recovery.active_offsets.get(tp)) for tp in remaining)
        stalled_s = self._recovery_progress.observe(applied or None)
        if stalled_s < RECOVERY_STALL_S:
            return
        self._recovery_progress.reset()
        log.warning(
            "table recovery applied no changelog record for %.0f s with records "
            "remaining (last applied: %s): starting it again",
            stalled_s,
            _by_tp(dict(applied)),
        )
        # What a rebalance does: Recovery drops the step it waits in (or leaves its
        # wait for the next rebalance), seeks every active changelog partition to its
        # last applied offset and reads on, then resumes the streams as usual.
        recovery.signal_recovery_start.set()

    async def _refetch_cleared_changelogs(self) -> None:
        """Send each changelog partition whose unread records were cleared back to the
        first of them (Faust's Recovery seeks only when a recovery starts)."""
        if not self._changelog_cleared:
            return
        cleared, self._changelog_cleared = self._changelog_cleared, {}
        recovery = self._tables().recovery
        assigned = self.assignment()
        for tp, cleared_from in cleared.items():
            if tp in recovery.active_tps:
                applied = recovery.active_offsets.get(tp)
            elif tp in recovery.standby_tps:
                applied = recovery.standby_offsets.get(tp)
            else:
                continue  # no longer recovered here: the next recovery seeks it
            if tp not in assigned:
                continue
            target = changelog_resume_point(cleared_from, applied)
            log.info("%s: reading the changelog again from %d", tp, target)
            trace("reposition-changelog %s -> %d (applied %s)", tp, target, applied)
            thread = self._thread
            # mode runs a plain function as well (maybe_async), though it annotates Awaitable
            await thread.call_thread(seek_to, thread._ensure_consumer(), {tp: target})  # type: ignore[arg-type]
            self._read_offset[tp] = target if target else None

    def _maybe_inject_resume(self, message: Message) -> None:
        """Fault injection (``FAULT_CHANGELOG_RESUME``): resume flow, which clears the
        recovery queue, once the last record of an active changelog partition is in
        it, unread."""
        recovery = self._tables().recovery
        tp = message.tp
        if not (
            self.app.in_recovery
            and FAULT_CHANGELOG_RESUME in tp.topic
            and tp in recovery.active_tps
            and message.offset >= recovery.active_highwaters.get(tp, message.offset + 1)
        ):
            return
        self._fault_changelog_resume = False
        log.warning(
            "fault injection: resuming flow with %s@%d unread in the recovery queue",
            tp,
            message.offset,
        )
        self.app.flow_control.resume()

    async def _commit_offsets(
        self, offsets: Mapping[TP, int], start_new_transaction: bool = True
    ) -> bool:
        did = await super()._commit_offsets(offsets, start_new_transaction=start_new_transaction)
        trace("commit %s -> %s", _by_tp(offsets), did)
        return did


class Transport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`RepositioningConsumer`."""

    Consumer = RepositioningConsumer
