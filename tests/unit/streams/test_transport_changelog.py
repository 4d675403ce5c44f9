"""Changelog records that a flow resume clears from Faust's recovery queue are read
again (issue #11, the recovery that never ended)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from types import SimpleNamespace
from typing import Any

import faust
import pytest
from faust.types import TP

import streams.transport as transport
from streams.offsets import changelog_resume_point, note_lowest
from streams.transport import RECOVERY_STALL_S, RepositioningConsumer, Transport
from wirewatch.stallwatch import ProgressWatch

CHANGELOG = TP("wirewatch-dedup-signatures-changelog", 0)


def test_the_lowest_offset_per_partition_is_kept() -> None:
    lowest: dict[str, int] = {"a": 4}
    note_lowest(lowest, [("a", 7), ("b", 3), ("a", 2), ("b", 5)])
    assert lowest == {"a": 2, "b": 3}


def test_a_cleared_partition_resumes_at_its_first_cleared_record() -> None:
    assert changelog_resume_point(cleared_from=5, applied=4) == 5
    assert changelog_resume_point(cleared_from=0, applied=-1) == 0
    assert changelog_resume_point(cleared_from=3, applied=None) == 3


def test_records_applied_after_the_cleared_ones_are_replayed_in_order() -> None:
    # 5 and 6 cleared, 7 handed over late and applied: read again from 5 (Recovery
    # drops nothing at or below its last applied offset, so 7 must not be "applied").
    assert changelog_resume_point(cleared_from=5, applied=7) == 5


def _event(offset: int, tp: TP = CHANGELOG) -> Any:
    return SimpleNamespace(message=SimpleNamespace(tp=tp, offset=offset))


class Harness:
    """The app's consumer with Faust's real table manager, recovery queue and
    Recovery service; seeks are recorded instead of sent to a broker."""

    def __init__(self) -> None:
        app = faust.App("wirewatch-changelog-test", broker="kafka://127.0.0.1:1")

        async def ignore(*_: object) -> None:
            return None

        consumer = Transport(app.conf.broker_consumer, app).create_consumer(
            callback=ignore, on_partitions_revoked=ignore, on_partitions_assigned=ignore
        )
        assert isinstance(consumer, RepositioningConsumer)
        self.app = app
        self.consumer = consumer
        self.seeks: list[dict[TP, int]] = []

        async def call_thread(
            fun: Callable[..., Any], _: object, targets: Mapping[TP, int]
        ) -> None:
            assert fun is transport.seek_to
            self.seeks.append(dict(targets))

        consumer._thread = SimpleNamespace(  # type: ignore[assignment]
            call_thread=call_thread, _ensure_consumer=lambda: None
        )
        consumer.assignment = lambda: {CHANGELOG}  # type: ignore[method-assign]
        self.queue = app.tables.changelog_queue
        self.recovery = app.tables.recovery

    def put(self, *offsets: int) -> None:
        for offset in offsets:
            self.queue.put_nowait_enhanced(
                _event(offset), on_pressure_high=lambda: None, on_pressure_drop=lambda: None
            )

    def queued(self) -> list[int]:
        return [event.message.offset for event in self.queue._queue]


def test_a_resume_with_unread_records_reads_them_again() -> None:
    async def scenario() -> Harness:
        h = Harness()
        h.app.flow_control.resume()  # recovery has flow active while it reads
        h.recovery.active_tps.add(CHANGELOG)
        h.consumer._guard_changelog_queue()
        h.put(0, 1, 2)
        h.queue.get_nowait()
        h.recovery.active_offsets[CHANGELOG] = 0  # Recovery read and applied 0
        h.app.flow_control.resume()  # as Faust's Recovery does at each step: clears
        assert h.queued() == []
        assert h.consumer._changelog_cleared == {CHANGELOG: 1}
        h.put(3)  # fetched in the same batch, after the clearing: comes again later
        assert h.queued() == []
        await h.consumer._refetch_cleared_changelogs()
        assert h.seeks == [{CHANGELOG: 1}]
        assert h.consumer._read_offset[CHANGELOG] == 1  # Faust's own filter lets 1 in
        h.put(1, 2, 3)  # the re-read
        assert h.queued() == [1, 2, 3]
        return h

    asyncio.run(scenario())


def test_a_revocation_clears_without_a_re_read() -> None:
    # Flow suspended first: the next recovery seeks every changelog partition itself.
    async def scenario() -> Harness:
        h = Harness()
        h.app.flow_control.resume()
        h.recovery.active_tps.add(CHANGELOG)
        h.consumer._guard_changelog_queue()
        h.put(0, 1)
        h.app.flow_control.suspend()
        h.app.flow_control.clear()
        await h.consumer._refetch_cleared_changelogs()
        assert h.consumer._changelog_cleared == {}
        assert h.seeks == []
        return h

    asyncio.run(scenario())


def test_a_partition_no_longer_recovered_here_is_left_to_the_next_recovery() -> None:
    async def scenario() -> Harness:
        h = Harness()
        h.app.flow_control.resume()
        h.consumer._guard_changelog_queue()
        h.put(0, 1)
        h.app.flow_control.resume()
        await h.consumer._refetch_cleared_changelogs()
        assert h.seeks == []
        h.put(2)  # nothing is held back any more
        assert h.queued() == [2]
        return h

    asyncio.run(scenario())


def test_the_fault_resumes_flow_once_the_last_record_is_queued(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(transport, "FAULT_CHANGELOG_RESUME", "dedup-signatures")

    async def scenario() -> Harness:
        h = Harness()
        h.consumer._fault_changelog_resume = True
        h.app.flow_control.resume()
        h.app.in_recovery = True
        h.recovery.active_tps.add(CHANGELOG)
        h.recovery.active_highwaters[CHANGELOG] = 2  # offsets 0..2 to read
        h.consumer._guard_changelog_queue()
        h.put(0, 1)
        assert h.queued() == [0, 1]  # not yet: the last record is not in the queue
        h.put(2)
        assert h.queued() == []  # the resume cleared all three, unread
        assert h.consumer._changelog_cleared == {CHANGELOG: 0}
        assert not h.consumer._fault_changelog_resume  # once only
        return h

    asyncio.run(scenario())


def test_a_recovery_that_applies_nothing_for_a_while_is_started_again() -> None:
    async def scenario() -> Harness:
        h = Harness()
        now = [0.0]
        h.consumer._recovery_progress = ProgressWatch(clock=lambda: now[0])
        restart = h.recovery.signal_recovery_start
        h.app.in_recovery = True
        h.recovery.active_tps.add(CHANGELOG)
        h.recovery.active_highwaters[CHANGELOG] = 2
        h.recovery.active_offsets[CHANGELOG] = 0  # 1 and 2 remain
        for now[0] in (0.0, 10.0, RECOVERY_STALL_S - 0.1):
            h.consumer._watch_recovery_progress()
        assert not restart.is_set()  # still within its time
        h.recovery.active_offsets[CHANGELOG] = 1  # a record applied: progress
        now[0] = RECOVERY_STALL_S + 1
        h.consumer._watch_recovery_progress()
        assert not restart.is_set()
        now[0] = 2 * RECOVERY_STALL_S + 1
        h.consumer._watch_recovery_progress()
        assert restart.is_set()  # as a rebalance would: Recovery seeks and reads again
        restart.clear()
        h.recovery.active_offsets[CHANGELOG] = 2  # done: nothing remains to watch
        for now[0] in (3 * RECOVERY_STALL_S, 5 * RECOVERY_STALL_S):
            h.consumer._watch_recovery_progress()
        assert not restart.is_set()
        return h

    asyncio.run(scenario())


def test_no_recovery_means_nothing_to_watch() -> None:
    async def scenario() -> Harness:
        h = Harness()
        now = [0.0]
        h.consumer._recovery_progress = ProgressWatch(clock=lambda: now[0])
        h.recovery.active_tps.add(CHANGELOG)
        h.recovery.active_highwaters[CHANGELOG] = 2
        h.recovery.active_offsets[CHANGELOG] = 0
        h.app.in_recovery = False  # e.g. recovery handed over to the standbys
        for now[0] in (0.0, 100.0):
            h.consumer._watch_recovery_progress()
        assert not h.recovery.signal_recovery_start.is_set()
        return h

    asyncio.run(scenario())
