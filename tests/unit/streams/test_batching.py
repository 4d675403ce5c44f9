"""bounded_batches: a batch closes after N records or T after its first, takes only
what is at hand or on its way, and loses, repeats or reorders nothing."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from types import SimpleNamespace

import pytest

from streams.batching import backlog_behind, bounded_batches


class Source:
    """An async stream of ints released by the test: ``ready`` of them at a time."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[int | None] = asyncio.Queue()

    def release(self, *values: int | None) -> None:
        for value in values:
            self.queue.put_nowait(value)

    def queued(self) -> int:
        return self.queue.qsize()

    async def events(self) -> AsyncIterator[int]:
        while (value := await self.queue.get()) is not None:
            yield value


async def _collect(batches: AsyncIterator[list[int]], count: int) -> list[list[int]]:
    out: list[list[int]] = []
    async with asyncio.timeout(10):
        while len(out) < count:
            out.append(await anext(batches))
    return out


async def test_a_batch_closes_after_max_records_of_what_is_at_hand() -> None:
    source = Source()
    source.release(*range(10))
    batches = bounded_batches(source.events(), max_records=4, max_wait_s=60, queued=source.queued)
    assert await _collect(batches, 3) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    await batches.aclose()


async def test_at_a_trickle_a_batch_is_one_record_and_waits_for_nothing() -> None:
    source = Source()
    batches = bounded_batches(source.events(), max_records=64, max_wait_s=60, queued=source.queued)
    for value in range(3):
        source.release(value)
        # A 60 s bound, yet each record comes out alone at once: nothing more is at
        # hand and none of its partition is on the broker.
        assert await _collect(batches, 1) == [[value]]
    await batches.aclose()


async def test_a_batch_waits_for_a_backlog_only_until_its_time_bound() -> None:
    source = Source()
    batches = bounded_batches(
        source.events(),
        max_records=64,
        max_wait_s=0.05,
        queued=source.queued,
        behind=lambda _: True,  # the broker holds more: worth waiting for
    )
    source.release(1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    # Nothing else arrives: the batch closes on its time bound, not on more records.
    assert await _collect(batches, 1) == [[1]]
    assert loop.time() - started >= 0.05
    # The record the closed batch was waiting for is not lost: it opens the next one,
    # and what is then at hand joins it.
    source.release(2, 3)
    assert await _collect(batches, 1) == [[2, 3]]
    await batches.aclose()


async def test_records_arriving_within_the_time_bound_join_the_batch() -> None:
    source = Source()
    batches = bounded_batches(
        source.events(), max_records=3, max_wait_s=60, queued=source.queued,
        behind=lambda value: value < 4,  # 4 is the partition's last record
    )  # fmt: skip
    source.release(1)
    pending = asyncio.ensure_future(anext(batches))
    for value in (2, 3, 4):
        await asyncio.sleep(0.01)
        source.release(value)
    async with asyncio.timeout(10):
        assert await pending == [1, 2, 3]  # closed by its count, long before 60 s
    assert await _collect(batches, 1) == [[4]]
    await batches.aclose()


async def test_every_record_comes_out_once_in_order_and_the_end_ends_the_batches() -> None:
    source = Source()
    batches = bounded_batches(
        source.events(), max_records=7, max_wait_s=0.001, queued=source.queued,
        behind=lambda value: value % 3 == 0,
    )  # fmt: skip
    seen: list[int] = []

    async def feed() -> None:
        for value in range(200):
            source.release(value)
            if value % 11 == 0:
                await asyncio.sleep(0.002)
        source.release(None)

    feeder = asyncio.ensure_future(feed())
    async with asyncio.timeout(20):
        async for batch in batches:
            assert 1 <= len(batch) <= 7
            seen += batch
    await feeder
    assert seen == list(range(200))


async def test_batches_of_one_are_the_plain_iteration() -> None:
    source = Source()
    source.release(1, 2, 3, None)
    batches = bounded_batches(source.events(), max_records=1, max_wait_s=60, queued=source.queued)
    async with asyncio.timeout(10):
        assert [batch async for batch in batches] == [[1], [2], [3]]


async def test_max_records_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        await anext(bounded_batches(Source().events(), max_records=0, max_wait_s=1))


def test_backlog_behind_reads_the_consumers_high_water_mark() -> None:
    marks = {("raw", 0): 10}

    class Consumer:
        def highwater(self, tp: tuple[str, int]) -> int | None:
            if tp not in marks:
                raise KeyError(tp)  # not assigned here (a rebalance took it)
            return marks[tp]

    def event(partition: int, offset: int) -> SimpleNamespace:
        return SimpleNamespace(message=SimpleNamespace(tp=("raw", partition), offset=offset))

    behind = backlog_behind(Consumer)
    assert behind(event(0, 8)) is True  # offset 9 is on the broker
    assert behind(event(0, 9)) is False  # the last one
    assert behind(event(1, 0)) is False  # revoked: nothing to wait for
