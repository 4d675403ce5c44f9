"""``wirewatch eval entities``: precision and recall of entity detection per language and type."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "entities",
        help="score entity detection on the labelled ar/en/tr set (precision, recall)",
    )
    parser.add_argument(
        "--set", dest="set_path", type=Path, default=None, help="JSONL file or directory"
    )
    parser.add_argument("--errors", action="store_true", help="list false positives/negatives")
    parser.add_argument("--kb", type=Path, default=None, help="KB directory (default: packaged)")
    parser.add_argument(
        "--lexicons", type=Path, default=None, help="lexicon directory (default: packaged)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.core.entities import DEFAULT_KB_DIR, DEFAULT_LEXICON_DIR, EntityDetector
    from wirewatch.eval.entities import (
        DEFAULT_SET,
        TARGET_PRECISION,
        TARGET_RECALL,
        evaluate,
        format_report,
        load_set,
        meets_targets,
    )

    if args.kb or args.lexicons:
        detector = EntityDetector.from_paths(
            args.kb or DEFAULT_KB_DIR, args.lexicons or DEFAULT_LEXICON_DIR
        )
    else:
        detector = EntityDetector.default()
    articles = load_set(args.set_path or DEFAULT_SET)
    report = evaluate(articles, detector)
    print(f"{len(articles)} articles")
    print(format_report(report, show_errors=args.errors))
    ok = meets_targets(report)
    print(
        f"targets (P >= {TARGET_PRECISION}, R >= {TARGET_RECALL} per language): "
        + ("met" if ok else "NOT met")
    )
    return 0 if ok else 1
