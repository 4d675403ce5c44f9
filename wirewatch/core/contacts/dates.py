"""When a contact took place: date words of a sentence resolved against publication.

Relative days ("Monday", "الأحد", "dün") resolve to the most recent such day on or
before publication. Explicit past dates ("December 2023", "ديسمبر من العام 2023",
"Aralık 2023") are kept as the first day of the period they name and flagged
historical when the *end* of that period lies more than ``historical_after_days``
before publication, so "in December" published on 10 January is not historical.
Names are data (``wirewatch/data/lexicons/contacts/dates.yaml``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from importlib import resources
from typing import Any

import yaml

from wirewatch.core.contacts.cues import CueIndex
from wirewatch.core.textfold import fold_char_string

HISTORICAL_AFTER_DAYS = 30
_ALL_CUES = frozenset(
    ["month", "year", "weekday", "days_ago", "last_week", "last_month", "last_year"]
)
_YEAR = r"(?P<y>(?:19|20)\d{2})(?!\d)"
# Arabic glues و/ب/ف to the next word ("وأمس", "بالأمس" is handled as a word).
_PRE = r"(?<!\w)(?:[وبف](?=\w))?"
_POST = r"(?:'\w+)?(?!\w)"


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date expression found in a (folded) sentence and what it resolves to."""

    start: int
    end: int
    when: datetime
    historical: bool


def _alt(words: Iterable[str]) -> str:
    folded = {" ".join(fold_char_string(w).split()) for w in words}
    ordered = sorted(folded, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def _first_words(words: Iterable[str]) -> set[str]:
    """The first word of each entry, folded: a literal every match of it starts with."""
    # An entry folding to nothing gives "" (refused by CueIndex: it would match anywhere).
    return {(fold_char_string(w).split() or [""])[0] for w in words}


def _named_alt(group: str, table: dict[int, list[str]]) -> str:
    parts = [f"(?P<{group}{key}>{_alt(words)})" for key, words in table.items()]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class _Patterns:
    full: re.Pattern[str]
    day_month: tuple[re.Pattern[str], ...]
    last_month_name: tuple[re.Pattern[str], ...]
    year: tuple[re.Pattern[str], ...]
    weekday: re.Pattern[str]
    days_ago: re.Pattern[str]
    last_week: re.Pattern[str]
    last_month: re.Pattern[str]
    last_year: re.Pattern[str]
    #: The literal words the patterns need, tagged with the patterns they feed.
    cues: CueIndex


@cache
def _patterns() -> _Patterns:
    source = resources.files("wirewatch.data").joinpath("lexicons/contacts/dates.yaml")
    data: dict[str, Any] = yaml.safe_load(source.read_text(encoding="utf-8"))
    months = {int(k): v for k, v in data["months"].items()}
    month = _named_alt("m", months)
    joiner = _alt(data["month_year_joiners"])
    flags = re.UNICODE
    return _Patterns(
        full=re.compile(
            rf"(?<!\w)(?:(?P<d1>\d{{1,2}})\s+)?{month}{_POST}\s*"
            rf"(?:(?P<d2>\d{{1,2}}),?\s+)?(?:{joiner}\s+)?{_YEAR}",
            flags,
        ),
        day_month=(
            re.compile(rf"(?<!\w)(?P<d1>\d{{1,2}})\s+{month}{_POST}", flags),
            re.compile(rf"(?<!\w){month}\s+(?P<d2>\d{{1,2}})(?!\d)", flags),
        ),
        last_month_name=(
            re.compile(rf"{_PRE}{_alt(data['last_before_month'])}\s+{month}{_POST}", flags),
            re.compile(rf"{_PRE}{month}\s+{_alt(data['last_after_month'])}(?!\w)", flags),
        ),
        year=(
            re.compile(rf"{_PRE}{_alt(data['year_before'])}\s+{_YEAR}", flags),
            re.compile(rf"(?<!\w){_YEAR}(?:'\w+)?\s+{_alt(data['year_after'])}(?!\w)", flags),
            re.compile(rf"(?<!\w){_YEAR}'(?:da|de|ta|te)(?!\w)", flags),
        ),
        weekday=re.compile(
            _PRE + _named_alt("w", {int(k): v for k, v in data["weekdays"].items()}) + _POST,
            flags,
        ),
        days_ago=re.compile(
            _PRE + _named_alt("a", {int(k): v for k, v in data["days_ago"].items()}) + _POST,
            flags,
        ),
        last_week=re.compile(_PRE + _alt(data["last_week"]) + r"(?!\w)", flags),
        last_month=re.compile(_PRE + _alt(data["last_month"]) + r"(?!\w)", flags),
        last_year=re.compile(_PRE + _alt(data["last_year"]) + r"(?!\w)", flags),
        cues=CueIndex(
            [
                *((w, "month") for words in months.values() for w in _first_words(words)),
                # A year's first two digits: every year pattern holds one.
                ("19", "year"),
                ("20", "year"),
                *(
                    (w, "weekday")
                    for words in data["weekdays"].values()
                    for w in _first_words(words)
                ),
                *(
                    (w, "days_ago")
                    for words in data["days_ago"].values()
                    for w in _first_words(words)
                ),
                *((w, "last_week") for w in _first_words(data["last_week"])),
                *((w, "last_month") for w in _first_words(data["last_month"])),
                *((w, "last_year") for w in _first_words(data["last_year"])),
            ],
            clitics="وبف",
            max_clitics=1,
        ),
    )


def _which(match: re.Match[str], prefix: str) -> int:
    for name, value in match.groupdict().items():
        if value is not None and name.startswith(prefix) and name[len(prefix) :].isdigit():
            return int(name[len(prefix) :])
    raise ValueError(f"no {prefix} group matched")


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _safe_day(year: int, month: int, day: int | None) -> date | None:
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def find_dates(
    folded: str,
    published_at: datetime | None,
    *,
    historical_after_days: int = HISTORICAL_AFTER_DAYS,
    start: int = 0,
    end: int | None = None,
    cues: Collection[str] | None = None,
) -> list[DateRef]:
    """Date expressions of ``folded`` (a folded sentence), resolved; overlaps dropped.

    Without ``published_at`` only explicit dates with a year resolve, never historical.
    ``start``/``end`` limit the search to ``folded[start:end]`` (a sentence of a folded
    article, whose preceding character is no word character); offsets stay those
    of ``folded``. ``cues``: ``date_cues`` of that span, when known; a pattern whose
    literal words are not among them is not searched.
    """
    pats = _patterns()
    if end is None:
        end = len(folded)
    if cues is None:
        cues = _ALL_CUES
    elif not cues:
        return []
    pub = published_at.astimezone(UTC).date() if published_at is not None else None
    found: list[tuple[int, int, date, date]] = []  # start, end, period start, period end

    def add(m: re.Match[str], first: date | None, last: date | None) -> None:
        if first is not None and last is not None:
            found.append((m.start(), m.end(), first, last))

    for m in pats.full.finditer(folded, start, end) if "month" in cues and "year" in cues else ():
        year, month = int(m["y"]), _which(m, "m")
        day = m["d1"] or m["d2"]
        first = _safe_day(year, month, int(day) if day else None)
        add(m, first, first if day else _month_end(year, month))
    for p in pats.year if "year" in cues else ():
        for m in p.finditer(folded, start, end):
            year = int(m["y"])
            add(m, date(year, 1, 1), date(year, 12, 31))
    if pub is not None:
        for p in pats.day_month if "month" in cues else ():
            for m in p.finditer(folded, start, end):
                month, day = _which(m, "m"), int(m.groupdict().get("d1") or m["d2"])
                year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
                first = _safe_day(year, month, day)
                add(m, first, first)
        for p in pats.last_month_name if "month" in cues else ():
            for m in p.finditer(folded, start, end):
                month = _which(m, "m")
                year = pub.year if month < pub.month else pub.year - 1
                add(m, date(year, month, 1), _month_end(year, month))
        weekdays = []
        for m in pats.weekday.finditer(folded, start, end) if "weekday" in cues else ():
            day = pub - timedelta(days=(pub.weekday() - _which(m, "w")) % 7)
            add(m, day, day)
            weekdays.append((m.start(), m.end()))
        for m in pats.days_ago.finditer(folded, start, end) if "days_ago" in cues else ():
            # "أمس الأحد" / "today, Monday": the weekday is what the reporter dated it by.
            if any(m.end() + 3 >= ws and we + 3 >= m.start() for ws, we in weekdays):
                continue
            day = pub - timedelta(days=_which(m, "a"))
            add(m, day, day)
        for m in pats.last_week.finditer(folded, start, end) if "last_week" in cues else ():
            add(m, pub - timedelta(days=7), pub - timedelta(days=1))
        for m in pats.last_month.finditer(folded, start, end) if "last_month" in cues else ():
            last = pub.replace(day=1) - timedelta(days=1)
            add(m, last.replace(day=1), last)
        for m in pats.last_year.finditer(folded, start, end) if "last_year" in cues else ():
            add(m, date(pub.year - 1, 1, 1), date(pub.year - 1, 12, 31))

    # Longest expression wins where two overlap ("15 December 2023" over "15 December").
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, date, date]] = []
    for item in found:
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    kept.sort()
    limit = pub - timedelta(days=historical_after_days) if pub is not None else None
    return [
        DateRef(start, end, _midnight(first), limit is not None and last < limit)
        for start, end, first, last in kept
    ]


def date_cues(folded: str, start: int = 0, end: int | None = None) -> set[str]:
    """Which kinds of date words ``folded[start:end]`` may hold: ``cues`` of ``find_dates``."""
    return _patterns().cues.tags(folded, start, len(folded) if end is None else end)


def nearest_date(dates: list[DateRef], position: int) -> DateRef | None:
    """The date expression closest to ``position`` (a trigger), if any."""
    if not dates:
        return None
    return min(dates, key=lambda d: (max(d.start - position, position - d.end, 0), d.start))
