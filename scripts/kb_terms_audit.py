#!/usr/bin/env python3
"""Audit the KB's terms of office for a date: the judgement calls behind the date rules.

Usage: scripts/kb_terms_audit.py [--date YYYY-MM-DD] [--countries TR,LY] [--kind KIND ...]
       scripts/kb_terms_audit.py --staleness

Lists, for people of the given countries (default TR, LY) on the date (default the KB's
``terms_as_of``): who is out of every office (the last end: the out-of-office rule makes
their dated contacts recaps a year on), whose tenure is unknown, single-holder offices
with no holder or several, and holders whose terms may overlap at the precision the KB
gives. The contradictions (a term after death, two holders on one day by full dates, a
term after the horizon) are ``wirewatch kb check``'s errors and are listed here too.

``--staleness`` measures what the out-of-office rule would cost a KB that ages: the KB
cut back to a horizon H (terms begun after H dropped, ends after H reopened), the dev
set's dated gold contacts after H (ids not divisible by 3), and the current contacts
the rule would lose / the recaps it would catch, applied always, up to H only, up to a
year past H, or past H to those out five years or more at H.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.offices import OfficeHolders
from wirewatch.core.entities.term_checks import term_audit, term_errors

REAL_DIR = Path(__file__).resolve().parent.parent / "wirewatch" / "data" / "eval" / "real"
HORIZONS = ("2020-01-01", "2021-01-01", "2022-01-01", "2023-01-01", "2024-01-01")


def audit(day: str, countries: frozenset[str], kinds: set[str]) -> int:
    kb = load_kb(DEFAULT_KB_DIR)
    holders = OfficeHolders.load(kb.entities)
    errors = term_errors(kb.entities, holders, kb.terms_as_of)
    findings = errors + term_audit(kb.entities, holders, day, countries)
    shown = [f for f in findings if not kinds or f.kind in kinds]
    for finding in shown:
        where = kb.sources.get(finding.ids[0], "-") if finding.ids else "-"
        print(f"{finding}  [{where}]")
    counts = Counter(f.kind for f in findings)
    print(
        f"kb terms audit on {day} ({', '.join(sorted(countries))}; terms reviewed up to "
        f"{kb.terms_as_of or '-'}): "
        + ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items())),
        file=sys.stderr,
    )
    return 1 if errors else 0


def _ends_at(people: list[KBEntity], horizon: str) -> dict[str, str]:
    """Person -> last end, for those out of every office in the KB cut back to ``horizon``."""
    out: dict[str, str] = {}
    for ent in people:
        kept = [
            t.end if t.end is not None and t.end <= horizon and not t.to_uncertain else None
            for t in ent.terms
            if not t.start or t.start[: len(horizon)] <= horizon[: len(t.start)]
        ]
        if kept and all(kept):
            out[ent.id] = max(e for e in kept if e is not None)
    return out


def _long_out(end: str, day: str, days: int = 365) -> bool:
    cutoff = (date.fromisoformat(day) - timedelta(days=days)).isoformat()
    return end < cutoff[: len(end)]


VARIANTS = ("always", "up to H", "up to H+1y", "out 5y at H")


def _marked(end: str | None, day: str, horizon: str, variant: str) -> bool:
    """Whether the rule, in ``variant``, makes a contact on ``day`` with someone whose
    last office ended on ``end`` (None: in office) a recap, the KB cut back to ``horizon``."""
    if end is None or not _long_out(end, day):
        return False
    if variant == "up to H":
        return day <= horizon
    if variant == "up to H+1y":
        return day <= str(int(horizon[:4]) + 1) + horizon[4:]
    if variant == "out 5y at H":
        return day <= horizon or end < (str(int(horizon[:4]) - 5) + horizon[4:])[: len(end)]
    return True


def staleness() -> int:
    kb = load_kb(DEFAULT_KB_DIR)
    people = [e for e in kb.entities if e.type.value == "PERSON"]
    by_name: dict[str, KBEntity] = {}
    for ent in people:
        for name in (ent.name, *(a for _, a in ent.aliases.items())):
            by_name.setdefault(alias_key(name), ent)
    rows: list[tuple[str, bool, list[str]]] = []
    for path in sorted(REAL_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if int(re.sub(r"\D", "", record["id"])) % 3 == 0 or not record.get("published_at"):
                continue  # held-out, or undated (the rule reads dated events only)
            for contact in record.get("contacts", []):
                found = [by_name.get(alias_key(contact[k])) for k in ("a", "b")]
                ids = [e.id for e in found if e is not None]
                rows.append((record["published_at"][:10], contact["historical"], ids))
    print(f"dev gold contacts, dated: {len(rows)} ({sum(not h for _, h, _ in rows)} current)")
    for horizon in HORIZONS:
        ended = _ends_at(people, horizon)
        after = [r for r in rows if r[0] > horizon]
        cells = [f"H={horizon}: {len(after)} after ({sum(not h for _, h, _ in after)} current)"]
        for variant in VARIANTS:
            marked = [
                hist
                for day, hist, ids in after
                if any(_marked(ended.get(i), day, horizon, variant) for i in ids)
            ]
            cells.append(f"{variant}: lost {marked.count(False)}, caught {marked.count(True)}")
        print(" | ".join(cells))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--date", default=None, help="YYYY-MM-DD (default: the KB's horizon)")
    parser.add_argument("--countries", default="TR,LY", help="comma-separated ISO codes")
    parser.add_argument(
        "--kind", action="append", default=[], help="only findings of this kind (repeatable)"
    )
    parser.add_argument("--staleness", action="store_true", help="measure the horizon rule")
    args = parser.parse_args(argv)
    if args.staleness:
        return staleness()
    day = args.date or load_kb(DEFAULT_KB_DIR).terms_as_of or date.today().isoformat()
    return audit(day, frozenset(args.countries.split(",")), set(args.kind))


if __name__ == "__main__":
    sys.exit(main())
