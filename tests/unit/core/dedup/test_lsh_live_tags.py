"""``BandIndex._live_tags`` gives what ``np.unique`` over the slots gave: each live tag
once, in slot order, whatever the pieces (empty, repeated, unsorted, dead slots)."""

from __future__ import annotations

import numpy as np
import pytest

from wirewatch.core.dedup.lsh import _SLOT_BITS, _SLOT_MASK, BandIndex


def _reference(index: BandIndex, pieces: list[np.ndarray]) -> np.ndarray:
    slots = np.concatenate(pieces) & np.uint64(_SLOT_MASK)
    tags: np.ndarray = index._tags[np.unique(slots).astype(np.intp)]
    return tags[tags >= 0]


@pytest.mark.parametrize("seed", range(40))
def test_live_tags_equal_the_unique_slots_tags(seed: int) -> None:
    rng = np.random.default_rng(seed)
    index = BandIndex()
    for slot in range(int(rng.integers(1, 400))):
        index.add(f"a{slot}", rng.integers(0, 2**63, size=4, dtype=np.uint64), tag=slot * 3)
    for slot in rng.choice(len(index), size=len(index) // 4, replace=False).tolist():
        index.remove(f"a{slot}")  # dead slots: tag -1 until compaction
    live = len(index._ids)
    pieces = []
    for _ in range(int(rng.integers(1, 6))):
        slots = rng.integers(0, live, size=int(rng.integers(0, 60)), dtype=np.uint64)
        # entries carry a bucket in the high bits, as the sorted levels do
        buckets = rng.integers(0, 2**20, size=slots.size, dtype=np.uint64)
        pieces.append((buckets << np.uint64(_SLOT_BITS)) | slots if seed % 2 else slots)
    got = index._live_tags(pieces)
    expected = _reference(index, pieces)
    assert got.dtype == expected.dtype
    assert got.tolist() == expected.tolist()
