"""Dedup settings: what "near-identical" means, in numbers."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class DedupSettings(BaseModel):
    """Defaults checked on ``wirewatch/data/eval/dedup/pairs.jsonl`` (``wirewatch eval dedup``).

    Two texts are *near-identical* when, over their sets of word ``shingle_size``-grams
    (3-word shingles of the folded matching text; punctuation, quotes and markup
    ignored):

    * containment of the smaller set in the larger, ``|A∩B| / min(|A|, |B|)``, is at
      least ``threshold`` = 0.8 (at most a fifth of the shorter text's shingles are
      new: another lead, a byline, a credit line), and
    * Jaccard ``|A∩B| / |A∪B|`` is at least ``min_jaccard`` = 0.3 (a truncated re-run
      keeps at least about 30 % of the original, so a short brief is not swallowed by
      a long feature that quotes it).

    On the labelled pairs re-runs score containment 0.87-1.0 and hard negatives
    (same template other facts, same people other story, translations) at most 0.34.
    Both numbers are estimated from the signatures (``num_perm`` values) and the exact
    shingle counts stored with them. LSH banding ``bands`` × ``rows`` = 42 × 3 puts a
    pair up for verification with probability 0.68 at Jaccard 0.3, 0.94 at 0.4 and
    0.996 at 0.5, and an unrelated pair (Jaccard 0.01) with probability 4e-5.
    """

    model_config = ConfigDict(frozen=True)

    #: Words per shingle. 3 keeps unrelated texts that share names and stock phrases
    #: near Jaccard 0 while one edited word only breaks three shingles.
    shingle_size: int = Field(default=3, ge=1, le=8)
    #: Signature length (bins of one-permutation hashing).
    num_perm: int = Field(default=128, ge=16, le=1024)
    bands: int = Field(default=42, ge=1)
    rows: int = Field(default=3, ge=1, le=16)
    #: Containment of the smaller shingle set in the larger needed to call a duplicate.
    threshold: float = Field(default=0.8, gt=0.0, le=1.0)
    #: Jaccard floor: guards containment against very unequal sizes.
    min_jaccard: float = Field(default=0.3, ge=0.0, le=1.0)
    #: Texts with fewer distinct shingles are too short to judge: always original.
    min_shingles: int = Field(default=8, ge=1)
    #: A band bucket holding more than this many matchable originals (in the window)
    #: is not searched: such buckets come from text many stories share (agency
    #: footers, datelines, stock background), they grow with the state, and a real
    #: re-run shares other, smaller buckets with its original (bench/bench_scale.py).
    max_bucket: int = Field(default=200, ge=1)
    #: Retention of signatures, by publication time.
    window_days: float = Field(default=7.0, gt=0.0)
    #: Hash seed; changing it (or shingle_size / num_perm) makes old signatures unusable.
    seed: int = Field(default=20240611, ge=0)

    @model_validator(mode="after")
    def _bands_fit(self) -> DedupSettings:
        if self.bands * self.rows > self.num_perm:
            raise ValueError(
                f"bands * rows = {self.bands * self.rows} exceeds num_perm = {self.num_perm}"
            )
        return self

    def candidate_probability(self, jaccard: float) -> float:
        """Chance that a pair with this Jaccard shares at least one LSH band."""
        return 1.0 - (1.0 - jaccard**self.rows) ** self.bands
