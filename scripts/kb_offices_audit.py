#!/usr/bin/env python3
"""Audit the KB by office: the years an office had no KB holder.

Usage: scripts/kb_offices_audit.py [--offices FILE] [--country TR] [--all]

Reads the offices of ``scripts/kb_offices.yaml`` (an office: the holder's country, the
KB term roles that mean it as regular expressions, the years it existed) and lists, for
each, the years of the file's span that no KB person's ``terms`` cover. A year is
covered by a term that overlaps it at all (a term from 2014-08 to 2016-03 covers 2014,
2015 and 2016); a term with no ``from`` counts from the span's first year (its start is
unknown: the audit looks for missing people, not missing dates). People the KB holds
with no ``terms`` cover nothing: their office is unknown to the date rules as well.

Prints one line an office with gaps (``--all``: every office) and a summary of office
years covered, the figure KB breadth is measured by (session 21). Exit 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from wirewatch.core.entities import DEFAULT_KB_DIR, load_kb
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.yamlload import safe_load

DEFAULT_OFFICES = Path(__file__).resolve().parent / "kb_offices.yaml"


class Span(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: int = Field(alias="from", ge=1900, le=2100)
    end: int = Field(alias="to", ge=1900, le=2100)


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    roles: list[str] = Field(min_length=1)
    start: int | None = Field(default=None, alias="from")
    end: int | None = Field(default=None, alias="to")


class OfficesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    years: Span
    offices: dict[str, Office]


def norm_role(role: str) -> str:
    """A role as the regexes read it: lowercased, the dot Python's lower() puts on a
    Turkish İ ("İYİ" -> "i̇yi̇") dropped, spaces collapsed."""
    return " ".join(role.lower().replace("\u0307", "").split())


@dataclass(frozen=True)
class Gap:
    key: str
    years: tuple[int, ...]  # the office's years with no holder
    span: tuple[int, int]  # the years the office is audited over
    holders: tuple[str, ...]  # ids of every KB person with a matching term

    @property
    def covered(self) -> int:
        return self.span[1] - self.span[0] + 1 - len(self.years)


def _year(date: str | None, default: int) -> int:
    return int(date[:4]) if date else default


def audit(spec: OfficesFile, entities: list[KBEntity]) -> list[Gap]:
    """One :class:`Gap` an office, in the file's order (an empty ``years``: no gap)."""
    out: list[Gap] = []
    people = [e for e in entities if e.type.value == "PERSON"]
    for key, office in spec.offices.items():
        patterns = [re.compile(norm_role(p)) for p in office.roles]
        first = max(spec.years.start, office.start or spec.years.start)
        last = min(spec.years.end, office.end or spec.years.end)
        covered: set[int] = set()
        holders: list[str] = []
        for ent in people:
            if office.country is not None and ent.country != office.country:
                continue
            for term in ent.terms:
                role = norm_role(term.role)
                if not any(p.fullmatch(role) for p in patterns):
                    continue
                if ent.id not in holders:
                    holders.append(ent.id)
                covered.update(range(_year(term.start, first), _year(term.end, last) + 1))
        missing = tuple(y for y in range(first, last + 1) if y not in covered)
        out.append(Gap(key, missing, (first, last), tuple(holders)))
    return out


def ranges(years: tuple[int, ...]) -> str:
    """(2011, 2012, 2013, 2019) -> "2011-2013, 2019"."""
    parts: list[str] = []
    run: list[int] = []
    for year in years:
        if run and year != run[-1] + 1:
            parts.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
            run = []
        run.append(year)
    if run:
        parts.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(parts)


def load_offices(path: Path) -> OfficesFile:
    with path.open(encoding="utf-8") as handle:
        return OfficesFile.model_validate(safe_load(handle))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--offices", type=Path, default=DEFAULT_OFFICES)
    parser.add_argument("--kb", type=Path, default=DEFAULT_KB_DIR)
    parser.add_argument("--country", default=None, help="only offices of this ISO code")
    parser.add_argument("--all", action="store_true", help="offices with no gap too")
    args = parser.parse_args(argv)
    spec = load_offices(args.offices)
    gaps = audit(spec, load_kb(args.kb).entities)
    if args.country:
        gaps = [g for g in gaps if spec.offices[g.key].country == args.country]
    for gap in gaps:
        if gap.years or args.all:
            print(f"{gap.key:34} {len(gap.holders):3} holders  missing: {ranges(gap.years) or '-'}")
    total = sum(g.span[1] - g.span[0] + 1 for g in gaps)
    covered = sum(g.covered for g in gaps)
    print(
        f"kb offices audit: {len(gaps)} offices, {sum(1 for g in gaps if g.years)} with gaps; "
        f"office-years covered {covered}/{total} ({covered / max(total, 1):.3f})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
