"""Store entries in publication-time order, so eviction reads only what expires.

``DedupIndex.evict`` used to decode every retained entry to find the few past the
window: at a million retained signatures that was 1.25 million JSON decodes on the
worker's loop once a minute (bench/bench_scale.py, "evict" columns). This index is
derived from the store like the LSH buckets (filled by ``decide`` and by the
one-pass ``rebuild``), and answers "which ids were published before ``cutoff``"
in time proportional to the answer plus one bucket.

Entries are grouped in buckets of ``width`` seconds of publication time, keyed by
``floor(published / width)``. That key is monotone in the publication time (a
correctly rounded division, then floor), so every time in a lower bucket is below
every time in a higher one; which entries expire is decided on the exact times
each bucket keeps beside its ids, never on the bucket's bounds. Per entry: one
list slot and one 8-byte float (the id is the store key's own string).
"""

from __future__ import annotations

import heapq
import math
from array import array

import numpy as np

#: One minute of publication time, the worker's eviction interval
#: (``WIREWATCH_DEDUP_EVICT_INTERVAL_S``): the bucket that straddles the cutoff,
#: scanned entry by entry, holds about what one call expires.
DEFAULT_WIDTH_S = 60.0


class _Bucket:
    __slots__ = ("earliest", "ids", "latest", "times")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.times = array("d")
        self.earliest = math.inf
        self.latest = -math.inf


class ExpiryIndex:
    """Ids by publication time (epoch seconds); ``pop_before`` removes and returns
    those published strictly before a cutoff."""

    def __init__(self, width: float = DEFAULT_WIDTH_S) -> None:
        if not width > 0:
            raise ValueError(f"bucket width must be positive, got {width}")
        self.width = width
        self.clear()

    def clear(self) -> None:
        self._buckets: dict[int, _Bucket] = {}
        #: Bucket keys, a min-heap: the oldest bucket first.
        self._order: list[int] = []
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def add(self, item_id: str, published: float) -> None:
        """Record ``item_id`` (once: the store writes an id's entry once, and its
        rewrites keep the publication time)."""
        key = math.floor(published / self.width)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket()
            heapq.heappush(self._order, key)
        bucket.ids.append(item_id)
        bucket.times.append(published)
        if published < bucket.earliest:
            bucket.earliest = published
        if published > bucket.latest:
            bucket.latest = published
        self._count += 1

    def load(self, item_ids: list[str], published: list[float]) -> None:
        """Replace the contents with these distinct ids (a rebuild): what ``add`` one
        by one would hold, grouped by one sort rather than a million calls."""
        self.clear()
        if not item_ids:
            return
        times = np.asarray(published, dtype=np.float64)
        # The same IEEE division and floor as ``add``'s ``math.floor(p / width)``.
        keys = np.floor(times / self.width).astype(np.int64)
        order = np.argsort(keys, kind="stable")  # stable: ids keep their store order
        keys, times = keys[order], times[order]
        ids = np.asarray(item_ids, dtype=object)[order]
        starts = np.flatnonzero(np.diff(keys)) + 1
        for first, last in zip([0, *starts.tolist()], [*starts.tolist(), len(keys)], strict=True):
            bucket = _Bucket()
            chunk = times[first:last]
            bucket.ids = ids[first:last].tolist()
            bucket.times = array("d", chunk.tobytes())
            bucket.earliest, bucket.latest = float(chunk.min()), float(chunk.max())
            key = int(keys[first])
            self._buckets[key] = bucket
            self._order.append(key)  # ascending: already a heap
        self._count = len(keys)

    def pop_before(self, cutoff: float) -> list[str]:
        """Remove and return every id published strictly before ``cutoff``."""
        expired: list[str] = []
        order, buckets = self._order, self._buckets
        while order:
            bucket = buckets[order[0]]
            if bucket.latest < cutoff:
                expired += bucket.ids
                del buckets[heapq.heappop(order)]
                continue
            if bucket.earliest >= cutoff:
                break  # this bucket and every later one are wholly after the cutoff
            # The bucket straddles the cutoff; every later bucket is wholly after it.
            kept_ids: list[str] = []
            kept_times = array("d")
            for item_id, published in zip(bucket.ids, bucket.times, strict=True):
                if published < cutoff:
                    expired.append(item_id)
                else:
                    kept_ids.append(item_id)
                    kept_times.append(published)
            bucket.ids, bucket.times = kept_ids, kept_times
            bucket.earliest = min(kept_times)  # not empty: its latest is kept
            break
        self._count -= len(expired)
        return expired
