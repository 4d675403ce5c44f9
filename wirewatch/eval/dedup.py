"""Precision and recall of the dedup on the labelled pairs (``wirewatch eval dedup``).

Each pair runs against a fresh index: ``decide(a)`` then ``decide(b)``; the pair is
predicted duplicate iff b is flagged ``duplicate_of`` a. Texts go through the same
cleaning and folding as the pipeline (``clean_text`` then ``fold_char_string``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from schemas.articles import DedupStatus
from wirewatch.core.dedup import DedupIndex, DedupSettings, Signer
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import fold_char_string

TARGET_PRECISION = 0.98
TARGET_RECALL = 0.95


def default_pairs_path() -> Path:
    return Path(str(resources.files("wirewatch.data").joinpath("eval/dedup/pairs.jsonl")))


def load_pairs(path: Path | None = None) -> list[dict[str, Any]]:
    target = path or default_pairs_path()
    with target.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def matching_text(body: str) -> str:
    """The text the pipeline signs: cleaned display text, folded."""
    return fold_char_string(clean_text(body))


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass(frozen=True, slots=True)
class PairResult:
    pair_id: str
    kind: str
    lang: str
    expected: bool
    predicted: bool
    similarity: float | None
    exact_containment: float
    exact_jaccard: float

    @property
    def correct(self) -> bool:
        return self.expected == self.predicted


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, expected: bool, predicted: bool) -> None:
        if expected and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif expected:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    settings: DedupSettings
    results: list[PairResult] = field(default_factory=list)

    @property
    def scores(self) -> Scores:
        total = Scores()
        for r in self.results:
            total.add(r.expected, r.predicted)
        return total

    def by(self, attribute: str) -> dict[str, Scores]:
        groups: dict[str, Scores] = defaultdict(Scores)
        for r in self.results:
            groups[getattr(r, attribute)].add(r.expected, r.predicted)
        return dict(sorted(groups.items()))

    @property
    def meets_targets(self) -> bool:
        s = self.scores
        return s.precision >= TARGET_PRECISION and s.recall >= TARGET_RECALL


def _exact(signer: Signer, a: str, b: str) -> tuple[float, float]:
    """True containment and Jaccard of the two shingle sets (for the report only)."""
    sa = np.unique(signer.shingle_hashes(a))
    sb = np.unique(signer.shingle_hashes(b))
    if not sa.size or not sb.size:
        return 0.0, 0.0
    inter = np.intersect1d(sa, sb, assume_unique=True).size
    return inter / min(sa.size, sb.size), inter / (sa.size + sb.size - inter)


def evaluate(
    pairs: Iterable[dict[str, Any]],
    settings: DedupSettings | None = None,
    signer: Signer | None = None,
) -> Report:
    settings = settings or DedupSettings()
    signer = signer or Signer(settings)
    report = Report(settings)
    for pair in pairs:
        a, b = pair["a"], pair["b"]
        text_a, text_b = matching_text(a["body"]), matching_text(b["body"])
        index = DedupIndex(settings, {})
        index.rebuild()
        index.decide(a["id"], a["source"], signer.sign(text_a), _time(a["published_at"]))
        verdict = index.decide(b["id"], b["source"], signer.sign(text_b), _time(b["published_at"]))
        predicted = verdict.status is DedupStatus.DUPLICATE and verdict.duplicate_of == a["id"]
        containment, jaccard = _exact(signer, text_a, text_b)
        report.results.append(
            PairResult(
                pair_id=pair["id"],
                kind=pair["kind"],
                lang=pair["lang"],
                expected=bool(pair["duplicate"]),
                predicted=predicted,
                similarity=verdict.similarity,
                exact_containment=containment,
                exact_jaccard=jaccard,
            )
        )
    return report


def format_report(report: Report, *, show_errors: bool = True, show_all: bool = False) -> str:
    s = report.scores
    cfg = report.settings
    lines = [
        f"dedup eval: {len(report.results)} pairs "
        f"({s.tp + s.fn} duplicates, {s.fp + s.tn} distinct)",
        f"settings: threshold(containment)={cfg.threshold} min_jaccard={cfg.min_jaccard} "
        f"shingle={cfg.shingle_size} words num_perm={cfg.num_perm} "
        f"bands={cfg.bands}x{cfg.rows} min_shingles={cfg.min_shingles}",
        f"precision {s.precision:.4f}  recall {s.recall:.4f}  F1 {s.f1:.4f}  "
        f"(tp={s.tp} fp={s.fp} fn={s.fn} tn={s.tn})",
        f"targets: precision >= {TARGET_PRECISION}, recall >= {TARGET_RECALL}: "
        + ("met" if report.meets_targets else "NOT met"),
        "",
        f"{'kind':<22}{'pairs':>6}{'correct':>9}{'max dist C':>12}{'min dup C':>11}",
    ]
    kinds: dict[str, list[PairResult]] = defaultdict(list)
    for r in report.results:
        kinds[r.kind].append(r)
    for kind, rows in sorted(kinds.items()):
        correct = sum(r.correct for r in rows)
        dups = [r.exact_containment for r in rows if r.expected]
        dists = [r.exact_containment for r in rows if not r.expected]
        lines.append(
            f"{kind:<22}{len(rows):>6}{correct:>9}"
            f"{(f'{max(dists):.3f}' if dists else '-'):>12}"
            f"{(f'{min(dups):.3f}' if dups else '-'):>11}"
        )
    lines.append("")
    lines.append(
        "by language: "
        + ", ".join(
            f"{lang} P={g.precision:.3f} R={g.recall:.3f}" for lang, g in report.by("lang").items()
        )
    )
    shown = [r for r in report.results if show_all or (show_errors and not r.correct)]
    if shown:
        lines.append("")
        lines.append("pair (expected/predicted, estimated similarity, exact containment/jaccard):")
        for r in shown:
            sim = "-" if r.similarity is None else f"{r.similarity:.3f}"
            mark = "" if r.correct else "  <-- wrong"
            lines.append(
                f"  {r.pair_id}: {'dup' if r.expected else 'distinct'}/"
                f"{'dup' if r.predicted else 'distinct'} sim={sim} "
                f"C={r.exact_containment:.3f} J={r.exact_jaccard:.3f}{mark}"
            )
    return "\n".join(lines)
