"""ExpiryIndex and DedupIndex.evict over it: exact at the boundary, kept over a
restart, nothing evicted early or kept late, and no read of what is not due."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterator, MutableMapping
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from wirewatch.core.dedup import DedupIndex, DedupSettings, Signer
from wirewatch.core.dedup.expiry import ExpiryIndex

SETTINGS = DedupSettings()
SIGNER = Signer(SETTINGS)
T0 = datetime(2025, 6, 1, tzinfo=UTC)
WINDOW_S = SETTINGS.window_days * 86400.0


class CountingStore(MutableMapping[str, Any]):
    """JSON text per key, as the worker's table; counts decodes (reads)."""

    def __init__(self, data: dict[str, str] | None = None) -> None:
        self.data: dict[str, str] = dict(data or {})
        self.reads = 0

    def __getitem__(self, key: str) -> Any:
        self.reads += 1
        return json.loads(self.data[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self.data[key] = json.dumps(value)

    def __delitem__(self, key: str) -> None:
        del self.data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)


# -- ExpiryIndex -------------------------------------------------------------------


def test_the_cutoff_itself_is_kept_and_the_float_below_it_expires() -> None:
    cutoff = 1_750_000_020.0  # a bucket boundary at width 60
    expiry = ExpiryIndex()
    below = math.nextafter(cutoff, -math.inf)
    for item_id, published in [("at", cutoff), ("below", below), ("above", cutoff + 0.5)]:
        expiry.add(item_id, published)
    assert expiry.pop_before(cutoff) == ["below"]
    assert expiry.pop_before(cutoff) == []
    assert len(expiry) == 2
    assert sorted(expiry.pop_before(math.nextafter(cutoff + 0.5, math.inf))) == ["above", "at"]
    assert len(expiry) == 0


@pytest.mark.parametrize("width", [60.0, 0.7, 86400.0])
def test_pop_before_matches_a_scan_whatever_the_order_of_adds_and_cutoffs(width: float) -> None:
    rng = random.Random(int(width * 10))
    expiry = ExpiryIndex(width)
    live: dict[str, float] = {}
    for step in range(3000):
        if rng.random() < 0.85:
            # Mostly recent, some late (days back), a few undated-far or negative.
            published = 1e9 + step * 2.0 + rng.choice([0.0, 0.0, -rng.uniform(0, 5e5), 3e7])
            if rng.random() < 0.01:
                published = -rng.uniform(0, 1e6)
            live[f"a{step}"] = published
            expiry.add(f"a{step}", published)
        else:
            # Cutoffs usually advance but sometimes go back (a wall clock behind).
            cutoff = 1e9 + step * 2.0 - rng.uniform(-100, 4e5)
            want = sorted(i for i, p in live.items() if p < cutoff)
            assert sorted(expiry.pop_before(cutoff)) == want
            for item_id in want:
                del live[item_id]
            assert len(expiry) == len(live)


def test_load_holds_what_adds_one_by_one_hold() -> None:
    rng = random.Random(5)
    ids = [f"x{n}" for n in range(2000)]
    times = [1e9 + rng.uniform(-1e5, 1e5) for _ in ids]
    times[7] = times[8]  # equal times, in one bucket
    added, loaded = ExpiryIndex(), ExpiryIndex()
    for item_id, published in zip(ids, times, strict=True):
        added.add(item_id, published)
    loaded.load(ids, times)
    assert len(loaded) == len(added) == 2000
    for cutoff in sorted(rng.uniform(1e9 - 1.2e5, 1e9 + 1.2e5) for _ in range(40)):
        assert sorted(loaded.pop_before(cutoff)) == sorted(added.pop_before(cutoff))
    loaded.load([], [])
    assert len(loaded) == 0 and loaded.pop_before(math.inf) == []


def test_width_must_be_positive() -> None:
    with pytest.raises(ValueError):
        ExpiryIndex(0.0)


# -- DedupIndex.evict ---------------------------------------------------------------


def _words(n: int) -> str:
    rng = random.Random(n)
    return " ".join(f"w{rng.randrange(5000)}" for _ in range(60))


def _decide_all(index: DedupIndex, count: int, rng: random.Random) -> None:
    """Dated stories an hour apart with re-runs, late and undated ones, short texts."""
    for n in range(count):
        text = _words(n if rng.random() > 0.3 else max(0, n - 1))  # a re-run of the last
        if rng.random() < 0.1:
            text = "too short"
        published = T0 + timedelta(hours=n, seconds=rng.randint(0, 59))
        if rng.random() < 0.1:
            published -= timedelta(days=rng.randint(1, 9))  # late
        stated: datetime | None = published
        if rng.random() < 0.05:
            stated = None  # undated: dated by its arrival
        index.decide(f"id{n}", f"src{n % 7}", SIGNER.sign(text), stated, published)


def _due(store: CountingStore, cutoff: float) -> set[str]:
    return {k for k, text in store.data.items() if json.loads(text)["p"] < cutoff}


def test_evict_drops_exactly_what_is_past_the_window_before_and_after_a_restart() -> None:
    store = CountingStore()
    live = DedupIndex(SETTINGS, store)
    live.rebuild()
    _decide_all(live, 400, random.Random(1))
    assert any("d" in json.loads(t) for t in store.data.values()), "re-runs in the stream"
    restarted = DedupIndex(SETTINGS, CountingStore(store.data))
    restarted.rebuild()
    assert restarted.watermark == live.watermark
    # Stream time moved on step by step so that each cutoff is one entry's time
    # exactly: that entry stays, everything published before it goes.
    times = sorted({json.loads(t)["p"] for t in store.data.values()})
    for published in [*times[:: max(1, len(times) // 25)], times[-1]]:
        now = datetime.fromtimestamp(published + WINDOW_S, UTC)
        for index in (live, restarted):
            index.watermark = published + WINDOW_S
            expected = _due(index.store, published)  # type: ignore[arg-type]
            before = set(index.store)
            assert index.evict(now) == len(expected)
            assert before - set(index.store) == expected
            kept = index.store.data.values()  # type: ignore[attr-defined]
            assert all(json.loads(t)["p"] >= published for t in kept)
        assert set(live.store) == set(restarted.store)
    # Only the entries stamped with the latest time are left, in both.
    assert {json.loads(t)["p"] for t in store.data.values()} == {times[-1]}
    assert len(live._expiry) == len(live.store) == len(restarted._expiry)


def test_evict_reads_no_entry_when_nothing_is_due() -> None:
    store = CountingStore()
    index = DedupIndex(SETTINGS, store)
    index.rebuild()
    _decide_all(index, 200, random.Random(2))
    wall = T0 + timedelta(days=400)
    for step in range(3):
        # The first call drops the late articles already past the window, the second
        # finds nothing due, the third runs a day on; none reads an entry.
        index.watermark += 86400.0 * (step == 2)
        due = _due(store, min(index.watermark, wall.timestamp()) - WINDOW_S)
        assert bool(due) == (step != 1), "the stream must make some entries due"
        store.reads = 0
        assert index.evict(wall) == len(due)
        assert store.reads == 0 and not due & set(store)
