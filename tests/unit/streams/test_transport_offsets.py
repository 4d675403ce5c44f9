"""The transport's commit rule, hole watch and stream hand-over gate (issue #11)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace

import faust
import pytest
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP
from faust.utils.functional import consecutive_numbers

from streams.offsets import HoleWatch, committable_offset
from streams.transport import RepositioningConsumer, Transport, streams_resumed


def faust_new_offset(acked: list[int], committed: int | None) -> int | None:
    """Faust 0.15's ``Consumer._new_offset`` head check and run, without gaps."""
    acked = sorted(acked)
    if committed and min(acked) - committed > 1:
        return None
    return next(consecutive_numbers(acked))[-1] + 1


def test_faust_commits_over_a_single_unacked_record_at_the_head() -> None:
    # faust-streaming #606: the record at offset 144 was never acked, 145.. were.
    assert faust_new_offset([145, 146, 147], committed=144) == 148


def test_the_head_unacked_means_no_commit() -> None:
    assert committable_offset([145, 146, 147], head=144) == (None, 0)


def test_a_never_committed_partition_waits_for_its_first_record() -> None:
    # Faust skips its check when nothing (or 0) was committed.
    assert faust_new_offset([1, 2], committed=None) == 3
    assert committable_offset([1, 2], head=0) == (None, 0)


def test_the_commit_moves_through_the_run_from_the_head() -> None:
    assert committable_offset([144, 145, 146, 150], head=144) == (147, 3)
    assert committable_offset([0], head=0) == (1, 1)


def test_offsets_below_the_head_are_used_up() -> None:
    assert committable_offset([10, 11, 12, 13], head=12) == (14, 4)
    assert committable_offset([10, 11, 14], head=12) == (None, 2)


def test_a_repeated_offset_stays_in_the_run() -> None:
    assert committable_offset([5, 6, 6, 7], head=5) == (8, 4)


def test_an_unknown_head_takes_the_first_run() -> None:
    assert committable_offset([3, 4, 6], head=None) == (5, 2)
    assert committable_offset([], head=None) == (None, 0)


def test_a_hole_is_due_after_its_grace_and_then_watched_afresh() -> None:
    holes = HoleWatch(grace_s=5.0)
    holes.note("tp", 144, now=100.0)
    holes.note("tp", 144, now=103.0)  # still the same hole: its start is kept
    assert holes.due(now=104.9) == []
    assert holes.due(now=105.0) == [("tp", 144)]
    assert holes.due(now=109.0) == []  # the re-read gets its own grace
    assert holes.due(now=110.0) == [("tp", 144)]


def test_a_hole_that_moves_or_closes_is_forgotten() -> None:
    holes = HoleWatch(grace_s=5.0)
    holes.note("tp", 144, now=100.0)
    holes.note("tp", 150, now=104.0)  # the head moved: a new hole
    assert holes.due(now=106.0) == []
    holes.clear("tp")
    assert holes.due(now=200.0) == []


class FakeApp:
    def __init__(self, *, active: bool = True, rebalancing: bool = False) -> None:
        self.rebalancing = rebalancing
        self.flow_control = SimpleNamespace(is_active=lambda: active)


def test_streams_run_outside_a_rebalance() -> None:
    assert streams_resumed(FakeApp())


def test_streams_wait_while_recovery_has_flow_active_but_the_rebalance_is_not_over() -> None:
    # Table recovery resumes flow to read changelogs, seeks the streams, then resumes
    # again (clearing the stream queues): nothing may be handed over before the end.
    assert not streams_resumed(FakeApp(active=True, rebalancing=True))


def test_streams_wait_while_flow_is_suspended() -> None:
    assert not streams_resumed(FakeApp(active=False, rebalancing=False))


async def _consumer() -> RepositioningConsumer:
    """The app's consumer class, as Faust builds it (nothing connects until started)."""
    app = faust.App("wirewatch-transport-test", broker="kafka://127.0.0.1:1")
    transport = Transport(app.conf.broker_consumer, app)

    async def ignore(*_: object) -> None:
        return None

    consumer = transport.create_consumer(
        callback=ignore, on_partitions_revoked=ignore, on_partitions_assigned=ignore
    )
    assert isinstance(consumer, RepositioningConsumer)
    return consumer


def _ack(consumer: RepositioningConsumer, tp: TP, *offsets: int) -> None:
    consumer._acked[tp].extend(offsets)
    consumer._acked_index[tp].update(offsets)


def test_the_consumer_never_commits_over_its_unacked_head() -> None:
    async def scenario() -> list[int | None]:
        consumer = await _consumer()
        tp = TP("events.contacts", 2)
        consumer._committed_offset[tp] = 144
        _ack(consumer, tp, 145, 146)
        first = consumer._new_offset(tp)  # Faust's own rule answers 147 here
        _ack(consumer, tp, 144)
        return [first, consumer._new_offset(tp)]

    assert asyncio.run(scenario()) == [None, 147]


def test_a_never_committed_partition_commits_from_where_it_was_positioned() -> None:
    async def scenario() -> list[int | None]:
        consumer = await _consumer()
        tp = TP("articles.prepared", 0)
        consumer.expect({tp: 0})  # what the re-positioning seek records
        _ack(consumer, tp, 1, 2)
        first = consumer._new_offset(tp)
        _ack(consumer, tp, 0)
        return [first, consumer._new_offset(tp)]

    assert asyncio.run(scenario()) == [None, 3]


def test_a_record_before_the_streams_resume_is_dropped_and_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tp = TP("articles.prepared", 0)
    batches = [
        [380, 381],  # Faust has sought to 380 but not yet resumed: would be cleared
        [],  # resumed; the partition was read to its end: nothing more comes by itself
        [381],  # fetched before the re-read: stale
        [380, 381],  # the re-read
    ]

    async def fetched(self: object, timeout: float) -> AsyncIterator[tuple[TP, object]]:
        for offset in batches.pop(0):
            yield tp, SimpleNamespace(offset=offset)

    monkeypatch.setattr(faust_aiokafka.Consumer, "getmany", fetched)

    async def scenario() -> tuple[list[list[int]], list[tuple[TP, int | None]], list[int]]:
        consumer = await _consumer()
        consumer.app.flow_control.resume()
        consumer.expect({tp: 380})
        consumer._committed_offset[tp] = 380
        repositioned: list[tuple[TP, int | None]] = []

        async def reposition(tp: TP, head: int | None) -> None:
            repositioned.append((tp, head))
            consumer._expected = {**consumer._expected, tp: head}

        consumer._reposition = reposition  # type: ignore[method-assign]
        handed: list[list[int]] = []
        repositioned_by_then: list[int] = []
        for rebalancing in (True, False, False, False):
            consumer.app.rebalancing = rebalancing
            handed.append([m.offset async for _, m in consumer.getmany(timeout=0)])
            repositioned_by_then.append(len(repositioned))
        return handed, repositioned, repositioned_by_then

    handed, repositioned, repositioned_by_then = asyncio.run(scenario())
    assert handed == [[], [], [], [380, 381]]
    assert repositioned == [(tp, 380)]
    assert repositioned_by_then == [0, 1, 1, 1]  # at the first fetch after the resume
