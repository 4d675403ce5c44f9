"""LSH banding over signatures, as compact derived state (never a source of truth).

Datasketch-style LSH keeps one Python dict per band of ``bytes -> set``: several
kilobytes per article. Here every (band, band-values) pair becomes one 64-bit key;
keys live in one sorted ``uint64`` array with a parallel ``int32`` slot array
(12 bytes per band per article), looked up with one vectorised ``searchsorted``.
New keys go to a small dict (the tail, at most ``_TAIL_MAX_KEYS``); a full tail is
sorted into a second, smaller pair of sorted arrays (the middle level), which is
merged into the main arrays when it outgrows ``sqrt(_TAIL_MAX_KEYS * main)``: both
merges are linear (two sorted runs), and that bound balances their costs. The tail
used to grow to a quarter of the main arrays before one merge: at a million
articles that was ten million Python ints in a dict, about a kilobyte per article
(bench/bench_scale.py). Removal marks the slot dead; dead slots are skipped on
lookup and dropped (and slots renumbered) when they are half the slots.
"""

from __future__ import annotations

from math import isqrt

import numpy as np

from wirewatch.core.dedup.minhash import Signature, fmix64
from wirewatch.core.dedup.settings import DedupSettings

_U64 = np.uint64
#: Keys held in the tail dict before it is sorted into the middle level (~6,000
#: articles of 42 bands; about 25 MB however large the index grows).
_TAIL_MAX_KEYS = 1 << 18


class Bander:
    """Signature -> one 64-bit key per band, the band number folded in.

    With up to three 16-bit rows a band's key is exact: the rows and the band number
    packed into one ``uint64`` (no hashing, no collisions). Longer bands are hashed.
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
        self._keys = np.empty(0, dtype=_U64)
        self._slots = np.empty(0, dtype=np.int32)
        self._mid_keys = np.empty(0, dtype=_U64)
        self._mid_slots = np.empty(0, dtype=np.int32)
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
        slot = len(self._ids)
        self._ids.append(item_id)
        self._slot_of[item_id] = slot
        if slot >= self._tags.size:
            grown = np.full(2 * self._tags.size, -1, dtype=np.int64)
            grown[: self._tags.size] = self._tags
            self._tags = grown
        self._tags[slot] = tag
        tail = self._tail
        for key in keys.tolist():
            found = tail.get(key)
            if found is None:
                tail[key] = slot
            elif isinstance(found, int):
                tail[key] = [found, slot]
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
        self._ids = list(item_ids)
        self._slot_of = {item: slot for slot, item in enumerate(item_ids)}
        if len(self._slot_of) != count:
            raise ValueError("item ids must be distinct")
        self._tags = np.full(max(1024, 2 * count), -1, dtype=np.int64)
        self._tags[:count] = tags
        flat = np.ascontiguousarray(keys, dtype=_U64).reshape(-1)
        per_item = keys.shape[1] if count else 0
        order = np.argsort(flat, kind="stable")
        self._keys = flat[order]
        self._slots = (order // max(per_item, 1)).astype(np.int32)

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

    def _sorted_hits(self, keys: np.ndarray) -> list[np.ndarray]:
        """Slots stored under any of ``keys`` in the two sorted levels, as slices."""
        pieces: list[np.ndarray] = []
        for stored, slots in ((self._keys, self._slots), (self._mid_keys, self._mid_slots)):
            if not stored.size:
                continue
            lo = np.searchsorted(stored, keys, side="left")
            found = np.flatnonzero(stored[np.minimum(lo, stored.size - 1)] == keys)
            if found.size:
                hi = np.searchsorted(stored, keys[found], side="right")
                for start, end in zip(lo[found].tolist(), hi.tolist(), strict=True):
                    pieces.append(slots[start:end])
        return pieces

    def query(self, keys: np.ndarray) -> set[str]:
        slots: set[int] = set()
        for piece in self._sorted_hits(keys):
            slots.update(piece.tolist())
        tail = self._tail
        if tail:
            for key in keys.tolist():
                found = tail.get(key)
                if found is None:
                    continue
                if isinstance(found, int):
                    slots.add(found)
                else:
                    slots.update(found)
        ids = self._ids
        return {item for item in (ids[s] for s in slots) if item is not None}

    def query_tags(self, keys: np.ndarray) -> np.ndarray:
        """The tags of the live tagged items sharing any of ``keys``, each once."""
        pieces = self._sorted_hits(keys)
        tail = self._tail
        if tail:
            tail_slots: list[int] = []
            for key in keys.tolist():
                found_slots = tail.get(key)
                if found_slots is None:
                    continue
                if isinstance(found_slots, int):
                    tail_slots.append(found_slots)
                else:
                    tail_slots.extend(found_slots)
            pieces.append(np.array(tail_slots, dtype=np.int32))
        if not pieces:
            return np.empty(0, dtype=np.int64)
        tags: np.ndarray = self._tags[np.unique(np.concatenate(pieces))]
        return tags[tags >= 0]

    def compact(self) -> None:
        """Fold the tail into the sorted arrays and drop dead slots now."""
        if self._tail or self._mid_keys.size or self._dead:
            self._merge()

    def nbytes(self) -> int:
        """Bytes held by the key/slot arrays (excluding the id bookkeeping)."""
        return int(
            self._keys.nbytes + self._slots.nbytes + self._mid_keys.nbytes + self._mid_slots.nbytes
        )

    def _take_tail(self) -> tuple[np.ndarray, np.ndarray]:
        """Empty the tail dict into (keys, slots) arrays, sorted by key."""
        tail_keys: list[int] = []
        tail_slots: list[int] = []
        for key, found in self._tail.items():
            if isinstance(found, int):
                tail_keys.append(key)
                tail_slots.append(found)
            else:
                tail_keys.extend([key] * len(found))
                tail_slots.extend(found)
        self._tail = {}
        self._tail_size = 0
        keys = np.array(tail_keys, dtype=_U64)
        order = np.argsort(keys, kind="stable")
        return keys[order], np.array(tail_slots, dtype=np.int32)[order]

    def _flush_tail(self) -> None:
        keys, slots = self._take_tail()
        # Two sorted runs: the stable sort merges them in linear time.
        keys = np.concatenate([self._mid_keys, keys])
        slots = np.concatenate([self._mid_slots, slots])
        order = np.argsort(keys, kind="stable")
        self._mid_keys, self._mid_slots = keys[order], slots[order]
        if self._mid_keys.size > max(_TAIL_MAX_KEYS, isqrt(_TAIL_MAX_KEYS * self._keys.size)):
            self._merge()

    def _merge(self) -> None:
        """Fold the tail and the middle level into the main arrays; drop dead slots."""
        tail_keys, tail_slots = self._take_tail()
        keys = np.concatenate([self._keys, self._mid_keys, tail_keys])
        slots = np.concatenate([self._slots, self._mid_slots, tail_slots])
        self._mid_keys = np.empty(0, dtype=_U64)
        self._mid_slots = np.empty(0, dtype=np.int32)
        if self._dead:
            alive = np.fromiter(
                (i is not None for i in self._ids), dtype=bool, count=len(self._ids)
            )
            keep = alive[slots]
            keys, slots = keys[keep], slots[keep]
            # Renumber live slots densely so ids and slots never grow without bound.
            renumber = np.cumsum(alive, dtype=np.int64) - 1
            slots = renumber[slots].astype(np.int32)
            live_tags = self._tags[: alive.size][alive]
            self._tags = np.full(max(1024, 2 * live_tags.size), -1, dtype=np.int64)
            self._tags[: live_tags.size] = live_tags
            self._ids = [i for i in self._ids if i is not None]
            self._slot_of = {item: n for n, item in enumerate(self._ids) if item is not None}
            self._dead = 0
        order = np.argsort(keys, kind="stable")
        self._keys = keys[order]
        self._slots = slots[order]
