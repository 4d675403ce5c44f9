"""``wirewatch eval real``: entity and contact figures on the real-text dev set."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "real",
        help="score stage 1 (entities, contact events) on excerpts of real articles",
    )
    parser.add_argument(
        "--set",
        dest="set_dir",
        type=Path,
        default=None,
        help="directory of <lang>.jsonl files (default: packaged wirewatch/data/eval/real)",
    )
    parser.add_argument("--lang", choices=("ar", "en", "tr"), default=None, help="one language")
    parser.add_argument(
        "--part",
        choices=("dev", "heldout", "all"),
        default="all",
        help="dev: ids whose number is not divisible by 3; heldout: the rest (default all)",
    )
    parser.add_argument(
        "--whole-articles",
        action="store_true",
        help="the set holds whole articles labelled privately (kept outside the repository): "
        "no 3-sentence, 600-character excerpt limit",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--errors", action="store_true", help="list misses and false positives per excerpt"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.eval.real import (
        LANGS,
        InvalidExcerpt,
        StageOne,
        evaluate,
        load_set,
        select_part,
    )

    langs = (args.lang,) if args.lang else LANGS
    try:
        sets, notes = load_set(args.set_dir, langs, whole_articles=args.whole_articles)
    except InvalidExcerpt as exc:
        print(f"invalid dev set line: {exc}")
        return 2
    sets = select_part(sets, args.part)
    report = evaluate(sets, StageOne().predict, notes)
    if args.json:
        document = report.as_json()
        if args.errors:
            document["errors"] = [line for s in report.scores for line in s.error_lines()]
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for line in report.lines(errors=args.errors):
            print(line)
    return 0
