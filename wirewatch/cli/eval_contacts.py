"""``wirewatch eval contacts``: pair and alert precision/recall on the labelled set."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "contacts", help="contact pair and alert precision/recall on the labelled set"
    )
    parser.add_argument("--set", type=Path, default=None, help="JSONL set (default: packaged)")
    parser.add_argument(
        "--entities",
        choices=("detector", "gazetteer", "auto"),
        default="detector",
        help=(
            "entity source: the real entity detector (default, as in the pipeline), the "
            "set's stand-in gazetteer (contact rules alone), or auto (detector if installed)"
        ),
    )
    parser.add_argument("--watches", type=Path, default=None, help="watches YAML")
    parser.add_argument("--renew-after-days", type=float, default=30.0)
    parser.add_argument("--errors", action="store_true", help="list every miss and false hit")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.core.contacts import load_watches
    from wirewatch.eval.contacts import entity_function, load_articles
    from wirewatch.eval.contacts import run as run_eval

    label, entities = entity_function(args.entities)
    report = run_eval(
        load_articles(args.set),
        entities,
        entities_label=label,
        watches=load_watches(args.watches),
        renew_after_days=args.renew_after_days,
    )
    for line in report.lines(verbose=args.errors):
        print(line)
    return 0
