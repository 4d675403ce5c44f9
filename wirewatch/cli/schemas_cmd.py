"""``wirewatch schemas``: the wire contract as JSON Schema 2020-12, written or checked.

``--out DIR`` writes one document per public record type plus the shared
definitions; ``--check DIR`` compares what the models give now with the documents
in DIR (the committed copy, ``schemas/json/v1``) and says whether consumers of
those would break.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "schemas",
        help="write the JSON Schemas of every topic's records, or check them against a copy",
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", type=Path, help="directory to write the documents into")
    action.add_argument(
        "--check",
        type=Path,
        metavar="DIR",
        help="compare with the documents in DIR (e.g. schemas/json/v1): exit 1 if a change "
        "would break their consumers or DIR is out of date",
    )
    parser.set_defaults(func=run)


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def read_documents(directory: Path) -> dict[str, dict[str, Any]]:
    return {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.schema.json"))
    }


def run(args: argparse.Namespace) -> int:
    from schemas.jsonschema import documents

    current = documents()
    if args.out is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        for name, document in current.items():
            path = args.out / name
            path.write_text(render(document), encoding="utf-8")
            print(path)
        return 0
    return check(args.check, current)


def check(directory: Path, current: dict[str, dict[str, Any]]) -> int:
    from schemas.compat import breaking_changes
    from schemas.jsonschema import DEFS_FILE

    committed = read_documents(directory)
    if not committed:
        print(f"no *.schema.json in {directory}", file=sys.stderr)
        return 2
    problems = breaking_changes(committed, current, shared=DEFS_FILE)
    if problems:
        print(f"changes that break consumers of {directory}:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    stale = sorted(
        name
        for name in committed.keys() | current.keys()
        if name not in committed or name not in current or committed[name] != current[name]
    )
    if stale:
        print(
            f"compatible, but {directory} is out of date ({', '.join(stale)}): "
            f"run `wirewatch schemas --out {directory}`"
        )
        return 1
    print(f"{directory}: up to date")
    return 0
