"""``wirewatch kb check``: validate the entity knowledge base and report alias collisions,
bearers of unknown tenure that keep an office-holder's bare surname from linking, and
contradictions in the terms of office (``core/entities/term_checks.py``);
``wirewatch kb learned``: the names learned from the stream, for a person to promote."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("kb", help="knowledge-base tools")
    kb_sub = parser.add_subparsers(dest="kb_command", required=True, metavar="KB_COMMAND")
    check = kb_sub.add_parser(
        "check",
        help="validate the KB (a directory or one file) and report alias collisions, "
        "people of unknown tenure who share an office-holder's surname (give them `terms`, "
        "or `office: none` when they held no public office; `terms: []` is refused), and "
        "contradictions in terms of office (a term after its holder's death, two holders "
        "of one office on one day, a term dated after the KB's `terms_as_of`)",
    )
    check.add_argument(
        "--path",
        type=Path,
        default=None,
        help="KB directory or single YAML file (default: the packaged KB)",
    )
    check.set_defaults(func=run_check)
    learned = kb_sub.add_parser(
        "learned",
        help="list the names learned from the stream (officials found by a role pattern "
        "the KB does not know) with their counts and first-seen article",
    )
    where = learned.add_mutually_exclusive_group()
    where.add_argument(
        "--state",
        type=Path,
        default=None,
        help="a `wirewatch process --state` directory (default: the live worker's "
        "learned-names table, read from its changelog topic)",
    )
    learned.add_argument(
        "--min-count", type=int, default=1, help="only names seen in at least N articles"
    )
    learned.add_argument("--json", action="store_true", help="one JSON object a line")
    learned.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to read the changelog (live)"
    )
    learned.set_defaults(func=run_learned)


def run_check(args: argparse.Namespace) -> int:
    from wirewatch.core.entities import DEFAULT_KB_DIR, KBError, load_kb
    from wirewatch.core.entities.bare_holders import unlisted_silenced_surnames
    from wirewatch.core.entities.offices import OfficeHolders
    from wirewatch.core.entities.term_checks import term_errors

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
    silencing = unlisted_silenced_surnames(kb.entities)
    for silenced in silencing:
        print(f"  BARE SURNAME OFF ({kb.sources.get(silenced.blocker, '?')}): {silenced}")
    # terms the date rules trust (role linker, out-of-office): contradictions only;
    # the judgement calls are scripts/kb_terms_audit.py's
    terms = term_errors(kb.entities, OfficeHolders.load(kb.entities), kb.terms_as_of)
    for finding in terms:
        print(f"  TERMS ({kb.sources.get(finding.ids[0], '?')}): {finding}")
    if collisions or silencing or terms:
        print(
            f"kb check: {len(collisions)} alias collision(s), {len(silencing)} bearer(s) "
            f"of unknown tenure silencing an office-holder's surname, {len(terms)} "
            "contradiction(s) in terms of office",
            file=sys.stderr,
        )
        return 1
    print(
        "kb check: OK, no alias collisions, no office-holder's surname silenced, no "
        f"contradiction in terms of office (terms reviewed up to {kb.terms_as_of or '-'})"
    )
    return 0


def run_learned(args: argparse.Namespace) -> int:
    from wirewatch.core.entities.learned import LearnedName, stored_entries

    if args.state is not None:
        path = args.state / "learned-names.json"
        store: dict[str, Any] = (
            json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        )
    else:
        store = asyncio.run(_read_changelog(args.timeout))
    names = [LearnedName.from_entry(slug, entry) for slug, entry in stored_entries(store)]
    names = [n for n in names if n.count >= args.min_count]
    names.sort(key=lambda n: (-n.count, n.first_seen, n.slug))
    for n in names:
        if args.json:
            print(json.dumps({"slug": n.slug, **store[n.slug]}, ensure_ascii=False))
        else:
            print(
                f"{n.count:5d}  {n.name}  [{n.country or '-'}] {n.role or '-'}  "
                f"id person:pattern:{n.slug}  first {n.first_article} at {n.first_seen}"
            )
    if not args.json:
        print(f"kb learned: {len(names)} name(s)", file=sys.stderr)
    return 0


async def _read_changelog(timeout_s: float) -> dict[str, Any]:
    """The live table as its changelog holds it: the last value of every key, read
    from the beginning to the end offsets taken at the start (a deletion, a null
    value, drops the key)."""
    import time

    from aiokafka import AIOKafkaConsumer

    from wirewatch.kafkaauth import client_options
    from wirewatch.kafkaio import check_access
    from wirewatch.settings import get_settings

    settings = get_settings()
    await check_access(settings)
    topic = f"{settings.app_id}-learned-names-changelog"
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        **client_options(settings),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,  # no group: every partition of the topic, nothing committed
    )
    await consumer.start()
    store: dict[str, Any] = {}
    deadline = time.monotonic() + timeout_s
    try:
        if topic not in await consumer.topics():
            return store  # no worker has written the table yet
        while not consumer.assignment():
            if time.monotonic() > deadline:
                print("kb learned: the changelog was not assigned in time", file=sys.stderr)
                return store
            await consumer.getmany(timeout_ms=200)  # lets the assignment happen
        tps = sorted(consumer.assignment())
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        while [tp for tp in tps if await consumer.position(tp) < ends[tp]]:
            if time.monotonic() > deadline:
                print("kb learned: changelog not read to its end in time", file=sys.stderr)
                break
            batch = await consumer.getmany(*tps, timeout_ms=500)
            for records in batch.values():
                for record in records:
                    # Faust writes a str table's keys and values as JSON strings; the
                    # value string is the entry's JSON text.
                    key = json.loads(record.key)
                    if record.value is None:
                        store.pop(key, None)
                    else:
                        store[key] = json.loads(json.loads(record.value))
    finally:
        await consumer.stop()
    return store
