"""``wirewatch eval entities|dedup|contacts|real``: quality figures on the labelled sets."""

from __future__ import annotations

import argparse
from typing import Any

from wirewatch.cli import eval_contacts, eval_dedup, eval_entities, eval_real


class _EvalNames:
    """Lets each evaluation module register ``eval-X`` as ``wirewatch eval X``."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:
        self._sub = sub

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return self._sub.add_parser(name.removeprefix("eval-"), **kwargs)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("eval", help="precision/recall on the labelled evaluation sets")
    evaluations = parser.add_subparsers(dest="evaluation", required=True, metavar="SET")
    for module in (eval_entities, eval_dedup, eval_contacts, eval_real):
        module.register(_EvalNames(evaluations))  # type: ignore[arg-type]
