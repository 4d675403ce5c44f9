"""LSH banding over signatures, as compact derived state (never a source of truth).

Datasketch-style LSH keeps one Python dict per band of ``bytes -> set``: several
kilobytes per article. Here every (band, band-values) pair becomes one 64-bit key,
hashed to a 40-bit bucket; each stored (bucket, item slot) pair is one ``uint64``
(bucket in the high 40 bits, slot in the low 24) in one sorted array: 8 bytes per
band per article, looked up with two vectorised ``searchsorted`` calls, bucket
members being the run between them. New keys go to a small dict (the tail, at most
``_TAIL_MAX_KEYS``); a full tail is sorted into a second, smaller sorted array (the
middle level), which is merged into the main array when it outgrows
``sqrt(_TAIL_MAX_KEYS * main)``: both merges are linear (two sorted runs), and that
bound balances their costs. The tail used to grow to a quarter of the main arrays
before one merge: at a million articles that was ten million Python ints in a dict,
about a kilobyte per article (bench/bench_scale.py). Removal marks the slot dead;
dead slots are skipped on lookup and dropped (and slots renumbered) when they are
half the slots.
"""

from __future__ import annotations

from itertools import pairwise
from math import isqrt

import numpy as np

from wirewatch.core.dedup.minhash import Signature, fmix64
from wirewatch.core.dedup.settings import DedupSettings

_U64 = np.uint64
#: Keys held in the tail dict before it is sorted into the middle level (~6,000
#: articles of 42 bands; about 25 MB however large the index grows).
_TAIL_MAX_KEYS = 1 << 18
#: Low bits of a stored entry that hold the item's slot; the high 40 bits hold the
#: bucket (a hash of the band key). 16.7 million items, ample for 7 days of news.
_SLOT_BITS = 24
_SLOT_MASK = (1 << _SLOT_BITS) - 1
#: An odd 64-bit constant (the golden ratio's): its high product bits mix every key bit.
_BUCKET_MULT = np.uint64(0x9E3779B97F4A7C15)


class Bander:
    """Signature -> one 64-bit key per band, the band number folded in.

    With up to three 16-bit rows a band's key is exact: the rows and the band number
    packed into one ``uint64`` (no hashing, no collisions). Longer bands are hashed.
    (``BandIndex`` then hashes every key to a 40-bit bucket.)
    """

    def __init__(self, settings: DedupSettings) -> None:
        self.bands = settings.bands
        self.rows = settings.rows
        self._packed = self.rows <= 3 and self.bands < 1 << 16
        self._grid = np.zeros((self.bands, 4), dtype=np.uint16)
        self._grid[:, 3] = np.arange(self.bands, dtype=np.uint16)
        rng = np.random.default_rng(settings.seed ^ 0x5BD1E995)
        self._salt = rng.integers(0, 2**63, size=self.bands, dtype=np.int64).astype(_U64)

    def keys(self, sig: Signature) -> np.ndarray:
        grid = sig.values[: self.bands * self.rows].reshape(self.bands, self.rows)
        if self._packed:
            packed = self._grid.copy()
            packed[:, : self.rows] = grid
            # Keys are derived in-memory state only, so native byte order is fine.
            return packed.view(_U64).ravel()
        rows = grid.astype(_U64)
        acc = rows[:, 0] ^ self._salt
        for r in range(1, self.rows):
            acc = fmix64(acc) + rows[:, r]
        return fmix64(acc)

    def keys_of_rows(self, values: np.ndarray) -> np.ndarray:
        """``keys`` of many signatures at once: ``values`` is (n, K), the result (n, bands).

        Row ``i`` equals ``keys`` of the signature ``values[i]`` (same packing, same hash).
        """
        n = values.shape[0]
        grid = values[:, : self.bands * self.rows].reshape(n, self.bands, self.rows)
        if self._packed:
            packed = np.empty((n, self.bands, 4), dtype=np.uint16)
            packed[:] = self._grid
            packed[:, :, : self.rows] = grid
            return packed.view(_U64).reshape(n, self.bands)
        rows = grid.astype(_U64)
        acc = rows[:, :, 0] ^ self._salt
        for r in range(1, self.rows):
            acc = fmix64(acc) + rows[:, :, r]
        return fmix64(acc)


class BandIndex:
    """item id -> band keys; ``query`` returns the live ids sharing any key.

    Each item may carry an integer ``tag`` (the caller's row number for it), and
    ``query_tags`` answers with the tags as one array: no per-candidate Python work,
    which matters when hundreds of candidates share a band.
    """

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        #: Sorted ``bucket << _SLOT_BITS | slot`` entries: the main and middle levels.
        self._main = np.empty(0, dtype=_U64)
        self._mid = np.empty(0, dtype=_U64)
        #: bucket -> slot or slots, for the newest keys.
        self._tail: dict[int, int | list[int]] = {}
        self._tail_size = 0
        self._ids: list[str | None] = []
        self._slot_of: dict[str, int] = {}
        self._dead = 0
        #: tag of each slot, -1 for dead slots and untagged items.
        self._tags = np.full(1024, -1, dtype=np.int64)

    def __len__(self) -> int:
        return len(self._slot_of)

    def __contains__(self, item_id: object) -> bool:
        return item_id in self._slot_of

    def add(self, item_id: str, keys: np.ndarray, tag: int = -1) -> None:
        if item_id in self._slot_of:
            self.remove(item_id)
        if len(self._ids) > _SLOT_MASK and self._dead:
            self._merge()  # renumbers the live slots densely
        slot = len(self._ids)
        if slot > _SLOT_MASK:
            raise OverflowError(f"a band index holds at most {_SLOT_MASK + 1:,} items")
        self._ids.append(item_id)
        self._slot_of[item_id] = slot
        if slot >= self._tags.size:
            grown = np.full(2 * self._tags.size, -1, dtype=np.int64)
            grown[: self._tags.size] = self._tags
            self._tags = grown
        self._tags[slot] = tag
        tail = self._tail
        for bucket in _buckets(keys).tolist():
            found = tail.get(bucket)
            if found is None:
                tail[bucket] = slot
            elif isinstance(found, int):
                tail[bucket] = [found, slot]
            else:
                found.append(slot)
        self._tail_size += keys.size
        if self._tail_size > _TAIL_MAX_KEYS:
            self._flush_tail()

    def load(self, item_ids: list[str], keys: np.ndarray, tags: np.ndarray) -> None:
        """Replace the contents with ``item_ids`` (distinct), row ``i`` of ``keys`` being
        item ``i``'s band keys and ``tags[i]`` its tag: the state ``add`` would reach one
        item at a time, then ``compact``, built with one sort instead of dict inserts
        and repeated merges (a restart re-derives a million items).
        """
        self.clear()
        count = len(item_ids)
        if count > _SLOT_MASK + 1:
            raise OverflowError(f"a band index holds at most {_SLOT_MASK + 1:,} items")
        self._ids = list(item_ids)
        self._slot_of = {item: slot for slot, item in enumerate(item_ids)}
        if len(self._slot_of) != count:
            raise ValueError("item ids must be distinct")
        self._tags = np.full(max(1024, 2 * count), -1, dtype=np.int64)
        self._tags[:count] = tags
        per_item = keys.shape[1] if count else 0
        entries = _buckets(np.asarray(keys, dtype=_U64).reshape(-1)) << _U64(_SLOT_BITS)
        entries |= np.repeat(np.arange(count, dtype=_U64), per_item)
        entries.sort()
        self._main = entries

    def remove(self, item_id: str) -> bool:
        slot = self._slot_of.pop(item_id, None)
        if slot is None:
            return False
        self._ids[slot] = None
        self._tags[slot] = -1
        self._dead += 1
        if self._dead > 1024 and 2 * self._dead > len(self._ids):
            self._merge()
        return True

    def _hits(self, keys: np.ndarray) -> tuple[list[int], list[np.ndarray]]:
        """What is stored under ``keys`` in every level, as (key position, piece) pairs:
        a piece holds entries or slots (``& _SLOT_MASK`` gives the slots either way;
        done once on the concatenation, not per piece), and a bucket split between
        levels is several pieces with the same position."""
        positions: list[int] = []
        pieces: list[np.ndarray] = []
        buckets = _buckets(keys)
        first = buckets << _U64(_SLOT_BITS)
        for entries in (self._main, self._mid):
            if not entries.size:
                continue
            lo = np.searchsorted(entries, first, side="left")
            found = np.flatnonzero(
                entries[np.minimum(lo, entries.size - 1)] >> _U64(_SLOT_BITS) == buckets
            )
            if found.size:
                hi = np.searchsorted(entries, first[found] + _U64(_SLOT_MASK + 1), side="left")
                for position, start, end in zip(
                    found.tolist(), lo[found].tolist(), hi.tolist(), strict=True
                ):
                    positions.append(position)
                    pieces.append(entries[start:end])
        tail = self._tail
        if tail:
            tail_slots: list[int] = []
            bounds: list[int] = [0]
            for position, bucket in enumerate(buckets.tolist()):
                found_slots = tail.get(bucket)
                if found_slots is None:
                    continue
                positions.append(position)
                if isinstance(found_slots, int):
                    tail_slots.append(found_slots)
                else:
                    tail_slots.extend(found_slots)
                bounds.append(len(tail_slots))
            if tail_slots:  # one array, sliced per bucket
                found = np.array(tail_slots, dtype=_U64)
                pieces.extend(found[start:end] for start, end in pairwise(bounds))
        return positions, pieces

    def query(self, keys: np.ndarray) -> set[str]:
        slots: set[int] = set()
        for piece in self._hits(keys)[1]:
            slots.update((piece & _U64(_SLOT_MASK)).tolist())
        ids = self._ids
        return {item for item in (ids[s] for s in slots) if item is not None}

    def query_tags(self, keys: np.ndarray) -> np.ndarray:
        """The tags of the live tagged items sharing any of ``keys``, each once."""
        pieces = self._hits(keys)[1]
        if not pieces:
            return np.empty(0, dtype=np.int64)
        return self._live_tags(pieces)

    def query_tags_bounded(
        self, keys: np.ndarray, bound: int
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """``query_tags`` split by bucket size: (the tags, each once, from the buckets
        that store at most ``bound`` slots; the live tags of each larger bucket, one
        array per key, possibly repeating tags of the first). Stored slots include dead
        ones awaiting compaction, so the caller sizes large buckets by what it counts
        as live (a split that does not depend on when compaction runs)."""
        positions, pieces = self._hits(keys)
        if not pieces:
            return np.empty(0, dtype=np.int64), []
        sizes = [piece.size for piece in pieces]
        if sum(sizes) <= bound:  # the common case: no bucket can be over the bound
            return self._live_tags(pieces), []
        stored = np.bincount(positions, sizes, minlength=keys.size)
        if int(stored.max()) <= bound:
            return self._live_tags(pieces), []
        small: list[np.ndarray] = []
        large: dict[int, list[np.ndarray]] = {}
        for position, piece in zip(positions, pieces, strict=True):
            if stored[position] <= bound:
                small.append(piece)
            else:
                large.setdefault(position, []).append(piece)
        large_tags: list[np.ndarray] = []
        for parts in large.values():
            tags = self._tags[(np.concatenate(parts) & _U64(_SLOT_MASK)).astype(np.intp)]
            large_tags.append(tags[tags >= 0])
        small_tags = self._live_tags(small) if small else np.empty(0, dtype=np.int64)
        return small_tags, large_tags

    def _live_tags(self, pieces: list[np.ndarray]) -> np.ndarray:
        slots = np.concatenate(pieces) & _U64(_SLOT_MASK)
        # ``np.unique(slots)`` by hand: sorted, each once. Its wrapper's checks cost
        # several times the work on the few dozen slots a query finds.
        slots.sort()
        first = np.empty(slots.size, dtype=bool)
        first[:1] = True
        np.not_equal(slots[1:], slots[:-1], out=first[1:])
        tags: np.ndarray = self._tags[slots[first].astype(np.intp)]
        return tags[tags >= 0]

    def compact(self) -> None:
        """Fold the tail into the sorted arrays and drop dead slots now."""
        if self._tail or self._mid.size or self._dead:
            self._merge()

    def nbytes(self) -> int:
        """Bytes held by the sorted entries (excluding the id bookkeeping)."""
        return int(self._main.nbytes + self._mid.nbytes)

    def _take_tail(self) -> np.ndarray:
        """Empty the tail dict into entries, sorted."""
        buckets: list[int] = []
        slots: list[int] = []
        for bucket, found in self._tail.items():
            if isinstance(found, int):
                buckets.append(bucket)
                slots.append(found)
            else:
                buckets.extend([bucket] * len(found))
                slots.extend(found)
        self._tail = {}
        self._tail_size = 0
        entries = np.array(buckets, dtype=_U64) << _U64(_SLOT_BITS)
        entries |= np.array(slots, dtype=_U64)
        entries.sort()
        return entries

    def _flush_tail(self) -> None:
        entries = np.concatenate([self._mid, self._take_tail()])
        entries.sort(kind="stable")  # two sorted runs: merged in linear time
        self._mid = entries
        if self._mid.size > max(_TAIL_MAX_KEYS, isqrt(_TAIL_MAX_KEYS * self._main.size)):
            self._merge()

    def _merge(self) -> None:
        """Fold the tail and the middle level into the main arrays; drop dead slots."""
        entries = np.concatenate([self._main, self._mid, self._take_tail()])
        self._mid = np.empty(0, dtype=_U64)
        if self._dead:
            alive = np.fromiter(
                (i is not None for i in self._ids), dtype=bool, count=len(self._ids)
            )
            slots = (entries & _U64(_SLOT_MASK)).astype(np.intp)
            keep = alive[slots]
            # Renumber live slots densely so ids and slots never grow without bound;
            # the order of slots is kept, so each bucket stays sorted.
            renumber = (np.cumsum(alive, dtype=np.int64) - 1).astype(_U64)
            entries = (entries[keep] & _U64(~_SLOT_MASK & 0xFFFF_FFFF_FFFF_FFFF)) | renumber[
                slots[keep]
            ]
            live_tags = self._tags[: alive.size][alive]
            self._tags = np.full(max(1024, 2 * live_tags.size), -1, dtype=np.int64)
            self._tags[: live_tags.size] = live_tags
            self._ids = [i for i in self._ids if i is not None]
            self._slot_of = {item: n for n, item in enumerate(self._ids) if item is not None}
            self._dead = 0
        entries.sort()
        self._main = entries


def _buckets(keys: np.ndarray) -> np.ndarray:
    """Band keys -> bucket numbers of ``64 - _SLOT_BITS`` bits: multiply-shift hashing
    (a packed key's high bits are the band number, so its bits need spreading), one
    multiplication on the hot path of every decision. Two keys share a bucket by
    chance with probability about 2**-39: at 42 million stored keys, one query key in
    13,000 picks up another key's items, which the caller's signature check rejects."""
    return (np.asarray(keys, dtype=_U64) * _BUCKET_MULT) >> _U64(_SLOT_BITS)
