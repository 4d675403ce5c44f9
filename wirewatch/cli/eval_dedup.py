"""``wirewatch eval dedup``: precision and recall of near-duplicate detection."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "dedup", help="precision/recall of near-duplicate detection on labelled pairs"
    )
    parser.add_argument("--pairs", type=Path, default=None, help="JSONL of labelled pairs")
    parser.add_argument("--threshold", type=float, default=None, help="containment threshold")
    parser.add_argument("--min-jaccard", type=float, default=None)
    parser.add_argument("--all", action="store_true", help="list every pair, not only errors")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when precision or recall misses its target"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.core.dedup import DedupSettings
    from wirewatch.eval.dedup import evaluate, format_report, load_pairs

    overrides = {}
    if args.threshold is not None:
        overrides["threshold"] = args.threshold
    if args.min_jaccard is not None:
        overrides["min_jaccard"] = args.min_jaccard
    report = evaluate(load_pairs(args.pairs), DedupSettings(**overrides))
    if args.json:
        s = report.scores
        print(
            json.dumps(
                {
                    "pairs": len(report.results),
                    "precision": s.precision,
                    "recall": s.recall,
                    "f1": s.f1,
                    "tp": s.tp,
                    "fp": s.fp,
                    "fn": s.fn,
                    "tn": s.tn,
                    "meets_targets": report.meets_targets,
                }
            )
        )
    else:
        print(format_report(report, show_all=args.all))
    return 1 if args.check and not report.meets_targets else 0
