"""Dedup decisions over a store that is the only source of truth.

Store layout (one entry per decided article, keyed by article id; plain JSON values,
always replaced, never mutated, so a Faust table writes its changelog):

* original: ``{"v": 1, "p": published epoch s, "src": source, "ss": [distinct
  sources of the story, sorted], "s": signature wire}``; ``"s"`` is absent for texts
  too short to judge, which are never matched against;
* duplicate: ``{"v": 1, "p": ..., "src": ..., "d": original id, "sim": similarity}``.

Only originals are indexed: a re-run is compared with the story's first report,
so clusters never chain (A ~ B ~ C with A and C far apart stays one cluster only
when each is close to A).

Candidates are the originals sharing an LSH band with the article, except the
bands whose bucket holds more than ``max_bucket`` originals that could still match
(published inside the window): agency footers and datelines put every story of an
agency in a few buckets, which grow with the state (at a million signatures the
p99 decision had 6,379 candidates), while a re-run shares many small buckets with
its original. The bound is counted on matchable originals only, so it too is the
same however often eviction runs.

Order of processing defines "first": an article decided later is never the
original of one decided earlier, even when its ``published_at`` is earlier
(wire clocks and feed delays disagree; re-labelling would retract verdicts that
were already published). ``published_at`` only breaks similarity ties and drives
the window.

The window runs on **stream time**: the latest publication time *stated* by an
article decided so far and not later than its own arrival (plus ``FUTURE_SKEW_S``);
undated articles (dated by their arrival) and future-dated ones never move it
(their entries carry ``"w": 0``). A candidate matches only if it was published
less than ``window_days`` before both the article and stream time. Stream time
depends only on the order of decisions, never on the wall clock or on when
``evict`` runs, and it never goes back, so whatever ``evict`` drops could not have
matched again: verdicts are the same however often eviction runs (live every
minute, offline once at the end). One undated article among dated ones used to
move "newest" to the wall clock and evict days of signatures (issue #11).
"""

from __future__ import annotations

from collections.abc import MutableMapping
from datetime import UTC, datetime
from typing import Any

import numpy as np

from schemas.articles import DedupStatus, DedupVerdict
from wirewatch.core.dedup.expiry import ExpiryIndex
from wirewatch.core.dedup.lsh import Bander, BandIndex
from wirewatch.core.dedup.minhash import B_BIT_COLLISION, Signature, wire_fields
from wirewatch.core.dedup.settings import DedupSettings

_SCHEMA = 1
#: A stated publication time up to this far past its arrival still moves stream
#: time (a clock or time zone slightly off); beyond it the date is not trusted.
FUTURE_SKEW_S = 3600.0


def _epoch(when: datetime) -> float:
    if when.tzinfo is None or when.utcoffset() is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


class SignatureRows:
    """Indexed signatures as rows of one matrix (freed rows are reused), so checking
    hundreds of candidates is one fancy-indexed comparison, not a stack of arrays."""

    def __init__(self, num_perm: int) -> None:
        self.num_perm = num_perm
        self.clear()

    def clear(self) -> None:
        self.values = np.zeros((0, self.num_perm), dtype=np.uint16)
        self.published = np.zeros(0, dtype=np.float64)
        self.shingles = np.zeros(0, dtype=np.int64)
        self._row_of: dict[str, int] = {}
        self._id_of_row: list[str | None] = []
        self._free: list[int] = []
        self._used = 0

    def __len__(self) -> int:
        return len(self._row_of)

    def add(self, item_id: str, sig: Signature, published: float) -> int:
        """Store ``item_id``'s signature; returns its row."""
        row = self._row_of.get(item_id)
        if row is None:
            row = self._free.pop() if self._free else self._grow()
            self._row_of[item_id] = row
            self._id_of_row[row] = item_id
        self.values[row] = sig.values
        self.published[row] = published
        self.shingles[row] = sig.shingles
        return row

    def load(
        self,
        item_ids: list[str],
        values: np.ndarray,
        shingles: list[int],
        published: list[float],
    ) -> None:
        """Replace the contents with these distinct items in rows 0..n-1 (a rebuild);
        ``values`` is (n, num_perm)."""
        self.clear()
        count = len(item_ids)
        capacity = max(1024, count)
        self.values = np.zeros((capacity, self.num_perm), dtype=np.uint16)
        self.values[:count] = values
        self.published = np.zeros(capacity, dtype=np.float64)
        self.published[:count] = published
        self.shingles = np.zeros(capacity, dtype=np.int64)
        self.shingles[:count] = shingles
        self._id_of_row = list(item_ids)
        self._row_of = {item: row for row, item in enumerate(item_ids)}
        self._used = count

    def remove(self, item_id: str) -> None:
        row = self._row_of.pop(item_id, None)
        if row is not None:
            self._id_of_row[row] = None
            self._free.append(row)

    def id_of(self, row: int) -> str:
        item_id = self._id_of_row[row]
        if item_id is None:
            raise KeyError(f"row {row} is free")
        return item_id

    def _grow(self) -> int:
        capacity = self.values.shape[0]
        if self._used == capacity:
            size = max(1024, capacity * 2)
            values = np.zeros((size, self.num_perm), dtype=np.uint16)
            values[:capacity] = self.values
            published = np.zeros(size, dtype=np.float64)
            published[:capacity] = self.published
            shingles = np.zeros(size, dtype=np.int64)
            shingles[:capacity] = self.shingles
            self.values, self.published, self.shingles = values, published, shingles
        self._used += 1
        self._id_of_row.append(None)
        return self._used - 1


def _verdict_of(article_id: str, entry: dict[str, Any]) -> DedupVerdict:
    original = entry.get("d")
    if original is None:
        return DedupVerdict(status=DedupStatus.ORIGINAL, cluster_id=article_id)
    return DedupVerdict(
        status=DedupStatus.DUPLICATE,
        duplicate_of=original,
        similarity=entry.get("sim"),
        cluster_id=original,
    )


class DedupIndex:
    """Near-duplicate decisions; LSH buckets derived from ``store`` (call ``rebuild``)."""

    def __init__(self, settings: DedupSettings, store: MutableMapping[str, Any]) -> None:
        self.settings = settings
        self.store = store
        self._bander = Bander(settings)
        self._lsh = BandIndex()
        #: Signatures and publication times of the indexed originals, derived like the
        #: LSH buckets: candidate checks then never read or decode the store.
        self._indexed = SignatureRows(settings.num_perm)
        #: Every entry's id by publication time, derived like the rest: ``evict``
        #: reads what expires, not the whole store (a decode per entry a minute).
        self._expiry = ExpiryIndex()
        self._tag: str | None = None
        #: The latest publication time decided so far (stream time, epoch seconds).
        self.watermark: float = 0.0

    # -- derived state ---------------------------------------------------------------

    def rebuild(self) -> int:
        """Re-derive the LSH buckets from the store's entries; returns how many are indexed."""
        self.watermark = 0.0
        ids: list[str] = []
        raws: list[bytes] = []
        shingles: list[int] = []
        published: list[float] = []
        every_id: list[str] = []
        every_time: list[float] = []
        # One pass over the store; signatures stay bytes until one matrix holds them
        # all, and the LSH keys are one sort: a restart re-derives a million entries
        # (restart to the first verdict, bench/bench_scale.py).
        for article_id, entry in self.store.items():
            if not isinstance(entry, dict):
                continue
            stated = float(entry.get("p", 0.0))
            if entry.get("w", 1):
                self.watermark = max(self.watermark, stated)
            every_id.append(article_id)
            every_time.append(stated)
            fields = self._indexable_fields(entry)
            if fields is not None:
                ids.append(article_id)
                shingles.append(fields[0])
                raws.append(fields[1])
                published.append(float(entry["p"]))
        values = np.frombuffer(b"".join(raws), dtype="<u2")
        values = values.reshape(len(ids), self.settings.num_perm)
        self._indexed.load(ids, values, shingles, published)
        keys = self._bander.keys_of_rows(self._indexed.values[: len(ids)])
        self._lsh.load(ids, keys, tags=np.arange(len(ids), dtype=np.int64))
        self._expiry.load(every_id, every_time)
        return len(self._lsh)

    def _indexable_fields(self, entry: dict[str, Any]) -> tuple[int, bytes] | None:
        """(shingles, raw values) of an original's signature if it can be matched."""
        if entry.get("d") is not None:
            return None
        wire = entry.get("s")
        if not wire:
            return None
        tag, shingles, raw = wire_fields(wire)
        if len(raw) != 2 * self.settings.num_perm:
            return None
        if self._tag is None:
            self._tag = tag
        # Signatures from another signer configuration would match by chance only.
        return (shingles, raw) if tag == self._tag else None

    # -- decisions -------------------------------------------------------------------

    def decide(
        self,
        article_id: str,
        source: str,
        sig: Signature,
        published_at: datetime | None,
        received_at: datetime | None = None,
    ) -> DedupVerdict:
        """Flag ``article_id`` original or duplicate and record it in the store.

        ``published_at`` is the time the article states (None if it states none),
        ``received_at`` its arrival; at least one is needed. Idempotent: an id
        already in the store gets its recorded verdict back and changes nothing
        (redelivery after a crash).
        """
        prior = self.store.get(article_id)
        if isinstance(prior, dict):
            return _verdict_of(article_id, prior)
        if self._tag is None:
            self._tag = sig.tag
        elif sig.tag != self._tag:
            raise ValueError(
                f"signature tag {sig.tag} does not match the index's {self._tag}: "
                "signer settings changed while state was kept"
            )
        if sig.values.size != self.settings.num_perm:
            raise ValueError(
                f"signature has {sig.values.size} values, want {self.settings.num_perm}"
            )
        when = published_at or received_at
        if when is None:
            raise ValueError(f"{article_id}: neither a publication nor an arrival time")
        published = _epoch(when)
        moves_stream_time = published_at is not None and (
            received_at is None or published <= _epoch(received_at) + FUTURE_SKEW_S
        )
        if moves_stream_time:
            self.watermark = max(self.watermark, published)
        judged = sig.shingles >= self.settings.min_shingles
        keys = self._bander.keys(sig) if judged else None
        match = self._best_match(sig, keys, published) if keys is not None else None
        stamp: dict[str, Any] = {} if moves_stream_time else {"w": 0}
        if match is None:
            entry: dict[str, Any] = {
                "v": _SCHEMA,
                "p": published,
                "src": source,
                "ss": [source],
                **stamp,
            }
            if keys is not None:
                entry["s"] = sig.to_wire()
            self.store[article_id] = entry
            self._expiry.add(article_id, published)
            if keys is not None:
                row = self._indexed.add(article_id, sig, published)
                self._lsh.add(article_id, keys, tag=row)
            return DedupVerdict(status=DedupStatus.ORIGINAL, cluster_id=article_id)
        original_id, similarity = match
        original = self.store[original_id]
        # The original's corroboration first: if we crash before the duplicate's own
        # entry is written, the redelivery re-decides and finds the source present.
        if source not in original["ss"]:
            self.store[original_id] = {**original, "ss": sorted({*original["ss"], source})}
        self.store[article_id] = {
            "v": _SCHEMA,
            "p": published,
            "src": source,
            "d": original_id,
            "sim": similarity,
            **stamp,
        }
        self._expiry.add(article_id, published)
        return DedupVerdict(
            status=DedupStatus.DUPLICATE,
            duplicate_of=original_id,
            similarity=similarity,
            cluster_id=original_id,
        )

    def similarity(self, a: Signature, b: Signature) -> tuple[float, float]:
        """(estimated containment of the smaller text in the larger, estimated Jaccard)."""
        jaccard = a.jaccard(b)
        return a.containment(b, jaccard), jaccard

    def _candidate_rows(self, keys: np.ndarray, oldest: float) -> np.ndarray:
        """Rows sharing a band with ``keys``, without the buckets that hold more than
        ``max_bucket`` originals published since ``oldest``: text that many stories
        share (footers, datelines) says nothing about which one this re-runs, and
        such buckets grow with the state (thousands of candidates at a million
        signatures). Sized by what could match, so eviction's schedule does not
        change which buckets are searched."""
        bound = self.settings.max_bucket
        rows, large = self._lsh.query_tags_bounded(keys, bound)
        if not large:
            return rows
        published = self._indexed.published
        kept = [rows]
        for bucket in large:
            matchable = bucket[published[bucket] >= oldest]
            if matchable.size <= bound:
                kept.append(matchable)
        return rows if len(kept) == 1 else np.unique(np.concatenate(kept))

    def _best_match(
        self, sig: Signature, keys: np.ndarray, published: float
    ) -> tuple[str, float] | None:
        # Candidates published more than the window before this article, or before
        # stream time, never match, whether or not eviction has run yet: verdicts do
        # not depend on its schedule (see the module docstring).
        oldest = max(published, self.watermark) - self.settings.window_days * 86400.0
        rows = self._candidate_rows(keys, oldest)
        if not rows.size:
            return None
        # Agreement counts and the Jaccard/containment estimates of all candidates in
        # a few vectorised steps (float64, the same operations in the same order as
        # jaccard_from_agreement and Signature.containment, so the same values); only
        # the candidates that pass are ranked one by one.
        values = self._indexed.values[rows]
        # ``np.count_nonzero(..., axis=1)`` is this reduction behind two Python wrappers.
        agreements = np.add.reduce(values == sig.values, axis=1, dtype=np.intp)
        share = agreements / sig.values.size
        jaccard = np.maximum(0.0, (share - B_BIT_COLLISION) / (1.0 - B_BIT_COLLISION))
        theirs = self._indexed.shingles[rows]
        smaller = np.maximum(np.minimum(theirs, sig.shingles), 1)
        inter = jaccard * (theirs + sig.shingles) / (1.0 + jaccard)
        containment = np.minimum(1.0, inter / smaller)
        passing = (
            (containment >= self.settings.threshold)
            & (jaccard >= self.settings.min_jaccard)
            & (self._indexed.published[rows] >= oldest)
        ).nonzero()[0]  # 1-D: ``np.flatnonzero`` without its ravel and wrapper
        best: tuple[float, float, str] | None = None
        for position in passing.tolist():
            row = int(rows[position])
            # Rounded first so ties (and the value reported) do not hinge on float noise.
            rank = (
                -round(float(containment[position]), 4),
                float(self._indexed.published[row]),
                self._indexed.id_of(row),
            )
            if best is None or rank < best:
                best = rank
        if best is None:
            return None
        return best[2], float(-best[0])

    # -- queries and housekeeping ----------------------------------------------------

    def verdict(self, article_id: str) -> DedupVerdict | None:
        entry = self.store.get(article_id)
        return _verdict_of(article_id, entry) if isinstance(entry, dict) else None

    def corroboration(self, original_id: str) -> int:
        """Distinct sources that carried the story (the original's own included)."""
        entry = self.store.get(original_id)
        if not isinstance(entry, dict):
            return 0
        if entry.get("d") is not None:
            entry = self.store.get(entry["d"])
            if not isinstance(entry, dict):
                return 0
        return len(entry.get("ss", ()))

    def evict(self, now: datetime) -> int:
        """Drop entries that can no longer match; returns how many.

        The window runs on stream time (``watermark``, see the module docstring):
        entries published more than ``window_days`` before it can never match again.
        Capped at ``now`` as a second guard against a clock far ahead. With no dated
        article decided yet, nothing is evicted. Replaying an archive offline
        therefore keeps what the stream itself still needs.

        The expired ids come from the expiry index (derived from the store by
        ``decide`` and ``rebuild``), so a call costs what expires, not a decode of
        every retained entry: at 1M signatures the scan held the worker's loop for
        ~0.7 s of CPU (1.3-1.5 s at load ~5) each minute; a minute's expiry now takes
        0.3 ms (bench/bench_evict.py; bench/README.md, session 16).
        """
        if not self.watermark:
            return 0
        stream_now = min(_epoch(now), self.watermark)
        cutoff = stream_now - self.settings.window_days * 86400.0
        expired = self._expiry.pop_before(cutoff)
        for article_id in expired:
            del self.store[article_id]
            self._lsh.remove(article_id)
            self._indexed.remove(article_id)
        return len(expired)

    def __len__(self) -> int:
        """Indexed (matchable) originals."""
        return len(self._lsh)

    def lsh_nbytes(self) -> int:
        return self._lsh.nbytes()
