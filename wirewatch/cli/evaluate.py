"""``wirewatch eval entities|dedup|contacts|real``: quality figures on the labelled sets."""

from __future__ import annotations

import argparse

from wirewatch.cli import eval_contacts, eval_dedup, eval_entities, eval_real


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("eval", help="precision/recall on the labelled evaluation sets")
    evaluations = parser.add_subparsers(dest="evaluation", required=True, metavar="SET")
    for module in (eval_entities, eval_dedup, eval_contacts, eval_real):
        module.register(evaluations)
