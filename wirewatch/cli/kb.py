"""``wirewatch kb check``: validate the entity knowledge base and report alias collisions."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = parser.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    check = kb_sub.add_parser(
        "check", help="validate the KB (a directory or one file) and report alias collisions"
    )
    check.add_argument(
        "--path",
        type=Path,
        default=None,
        help="KB directory or single YAML file (default: the packaged KB)",
    )
    check.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    from wirewatch.core.entities import DEFAULT_KB_DIR, KBError, load_kb

    path: Path = args.path or DEFAULT_KB_DIR
    try:
        if path.is_dir():
            kb = load_kb(path)
        elif path.is_file():
            kb = load_kb(path.parent, only=path)
        else:
            print(f"kb check: {path}: no such file or directory", file=sys.stderr)
            return 2
    except KBError as exc:
        print(f"kb check: INVALID\n{exc}", file=sys.stderr)
        return 1
    types = Counter(e.type.value for e in kb.entities)
    aliases = sum(len(e.aliases.items()) + len(e.local.items()) for e in kb.entities)
    uncertain = [e.id for e in kb.entities if e.uncertain]
    print(
        f"kb check: {path}: {len(kb.entities)} entities "
        f"({', '.join(f'{t} {n}' for t, n in sorted(types.items()))}), {aliases} aliases, "
        f"{len(uncertain)} marked uncertain"
    )
    for line in kb.dropped:
        print(f"  dropped CLDR alias: {line}")
    collisions = kb.collisions()
    for collision in collisions:
        print(f"  COLLISION {collision}")
    if collisions:
        print(f"kb check: {len(collisions)} alias collision(s)", file=sys.stderr)
        return 1
    print("kb check: OK, no alias collisions")
    return 0
