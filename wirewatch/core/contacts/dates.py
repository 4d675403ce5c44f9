"""When a contact took place: date words of a sentence resolved against publication.

Relative days ("Monday", "الأحد", "dün") resolve to the most recent such day on or
before publication. Explicit past dates ("December 2023", "ديسمبر من العام 2023",
"Aralık 2023") are kept as the first day of the period they name and flagged
historical when the *end* of that period lies more than ``historical_after_days``
before publication, so "in December" published on 10 January is not historical. A
single named day ("on 25 August") is historical sooner, once more than
``HISTORICAL_DAY_AFTER_DAYS`` old: a report of the day's news names days within the
week, older ones are recaps; so is a count of days before publication ("three days
ago", "üç gün önce", "قبل ثلاثة أيام"), in a main clause or a participle alike; but a
count beside the named day it counts to ("üç gün önce 15 Aralık'ta") is a recap
(``_twice_dated``). "Last
week", "last month", "last year" and "last April" / "أبريل الماضي" are recaps by their
very wording, always historical. A month named alone
after a preposition ("in mid-February", "في فبراير", "şubat ayında") is its most recent
occurrence on or before publication, and goes by the period rule.
Names are data (``wirewatch/data/lexicons/contacts/dates.yaml``).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from wirewatch.core.contacts.cues import CueIndex, matches_at
from wirewatch.core.textfold import fold_char_string
from wirewatch.core.yamlload import safe_load

HISTORICAL_AFTER_DAYS = 30
#: How far before a "today" word an outlet's name is looked for (characters).
_NAME_REACH = 40
#: How far before a month named alone its preposition is looked for (characters).
_BARE_REACH = 24
#: A named single day older than this is a recap (relative days never are: at most 6).
HISTORICAL_DAY_AFTER_DAYS = 7
#: How far before a weekday its "last" / "geçen" is looked for (in characters).
_LAST_REACH = 16
#: How far before its "ago" / "önce" a count and unit are looked for (in characters).
_AGO_REACH = 32
_ALL_CUES = frozenset(
    ["month", "year", "weekday", "days_ago", "last_week", "last_month", "last_year", "ago"]
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
    #: A month named alone ("in October"): it dates its own sentence, but is too coarse
    #: to date the undated sentences after it (``lead_before`` in detector.py).
    coarse: bool = False


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
    #: What makes a ``days_ago`` word part of a name rather than a date: an outlet noun
    #: and a word or two before it ("موقع تركيا اليوم", "قناة ليبيا اليوم"), a newspaper's
    #: name word right before it ("المصري اليوم", "رأي اليوم"), searched back from the
    #: word; an ordinal or an occasion after it ("اليوم السابع", "اليوم الأول من
    #: الزيارة", "اليوم الوطني"), matched at its end.
    days_ago_name_before: re.Pattern[str]
    days_ago_name_after: re.Pattern[str]
    last_week: re.Pattern[str]
    last_month: re.Pattern[str]
    last_year: re.Pattern[str]
    #: A month named alone, at its word ("February", "فبراير", "şubat"), and what must
    #: stand before it ("in", "mid-", "في", "منتصف") or after it ("ayında", "'ta").
    month_word: re.Pattern[str]
    bare_before: re.Pattern[str]
    bare_after: re.Pattern[str]
    #: "last" before a weekday, "الماضي" after it ("last Sunday", "الأحد الماضي", "geçen
    #: pazar"): the words of ``last_before_month`` / ``last_after_month``.
    last_before_day: re.Pattern[str]
    last_after_day: re.Pattern[str]
    #: "three days" right before "ago" / "önce" (searched back from it), and
    #: "قبل ثلاثة أيام" / "قبل يومين" (matched at its "قبل").
    ago_count_before: re.Pattern[str]
    ago_after_word: re.Pattern[str]
    ago_from_before: re.Pattern[str]
    #: What makes a count relative to another event instead ("seçimlerden üç gün önce").
    ago_not_after: re.Pattern[str]
    #: The literal words the patterns need, tagged with the patterns they feed: those of
    #: ``_ALL_CUES``, and the words around a month or a year that some patterns need
    #: (``last_before``, ``last_after``, ``year_after``). Not the words before a year:
    #: "in" and "في" stand inside too many words to be worth looking up.
    cues: CueIndex


@cache
def _patterns() -> _Patterns:
    source = resources.files("wirewatch.data").joinpath("lexicons/contacts/dates.yaml")
    data: dict[str, Any] = safe_load(source.read_text(encoding="utf-8"))
    months = {int(k): v for k, v in data["months"].items()}
    month = _named_alt("m", months)
    joiner = _alt(data["month_year_joiners"])
    flags = re.UNICODE
    count = rf"(?:(?P<nd>\d{{1,2}})|{_named_alt('n', {int(k): v for k, v in data['ago_counts'].items()})})"
    unit = _named_alt("u", {int(k): v for k, v in data["ago_units"].items()})
    bare = _named_alt("z", {int(k): v for k, v in data["ago_bare_units"].items()})
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
            # a year the clause after it tells of, whatever precedes it ("back to 2011,
            # when Erdogan met Abdul Jalil", "since 2013, when ...")
            re.compile(rf"(?<!\w){_YEAR},\s+{_alt(data['year_clause'])}(?!\w)", flags),
        ),
        weekday=re.compile(
            _PRE + _named_alt("w", {int(k): v for k, v in data["weekdays"].items()}) + _POST,
            flags,
        ),
        last_before_day=re.compile(rf"(?<!\w){_alt(data['last_before_month'])}\s+$", flags),
        last_after_day=re.compile(rf"\s+{_alt(data['last_after_month'])}(?!\w)", flags),
        ago_count_before=re.compile(rf"(?<!\w){count}\s+{unit}\s+$", flags),
        ago_after_word=re.compile(rf"{_alt(data['ago_after'])}(?!\w)", flags),
        # A bare unit before a year is "before the year 2020" ("قبل عام 2020"), not an age.
        ago_from_before=re.compile(
            rf"{_PRE}{_alt(data['ago_before'])}\s+(?:{count}\s+{unit}|{bare}(?!\s*\d))(?!\w)"
            rf"(?!\s+{_alt(data['ago_not_before_words'])}(?!\w))",
            flags,
        ),
        ago_not_after=re.compile(rf"[\w'’]{_alt(data['ago_not_after_endings'])}\W*\s+$", flags),
        days_ago=re.compile(
            _PRE + _named_alt("a", {int(k): v for k, v in data["days_ago"].items()}) + _POST,
            flags,
        ),
        days_ago_name_before=re.compile(
            rf"(?:{_PRE}{_alt(data['name_openers'])}\s+\S+\s+(?:\S+\s+)?"
            rf"|(?<!\w){_alt(data['name_words'])}\s+)$",
            flags,
        ),
        days_ago_name_after=re.compile(rf"\s+{_alt(data['name_followers'])}(?!\w)", flags),
        last_week=re.compile(_PRE + _alt(data["last_week"]) + r"(?!\w)", flags),
        last_month=re.compile(_PRE + _alt(data["last_month"]) + r"(?!\w)", flags),
        last_year=re.compile(_PRE + _alt(data["last_year"]) + r"(?!\w)", flags),
        month_word=re.compile(rf"{month}(?!\w)", flags),
        bare_before=re.compile(rf"(?<!\w)[وبف]?{_alt(data['bare_month_before'])}[\s-]+$", flags),
        bare_after=re.compile(
            rf"(?:{_alt(w for w in data['bare_month_after'] if w.startswith(chr(39)))}"
            rf"|\s+{_alt(w for w in data['bare_month_after'] if not w.startswith(chr(39)))})"
            r"(?!\w)",
            flags,
        ),
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
                *((w, "last_before") for w in _first_words(data["last_before_month"])),
                *((w, "last_after") for w in _first_words(data["last_after_month"])),
                *((w, "year_after") for w in _first_words(data["year_after"])),
                *((w, "ago") for w in _first_words([*data["ago_after"], *data["ago_before"]])),
            ],
            clitics="وبف",
            max_clitics=1,
        ),
    )


@cache
def _groups(pattern: re.Pattern[str], prefix: str) -> dict[int, int]:
    """Group index -> number of the groups named ``prefix`` + number, in pattern order."""
    return {
        index: int(name[len(prefix) :])
        for name, index in sorted(pattern.groupindex.items(), key=lambda item: item[1])
        if name.startswith(prefix) and name[len(prefix) :].isdigit()
    }


def _which(match: re.Match[str], prefix: str) -> int:
    groups = _groups(match.re, prefix)
    # The groups of a prefix are the alternatives of one alternation: one took part,
    # most often the last group to close.
    number = groups.get(match.lastindex or 0)
    if number is not None:
        return number
    for index, number in groups.items():
        if match.start(index) != -1:  # the group took part (``groupdict`` has no None)
            return number
    raise ValueError(f"no {prefix} group matched")


def _day_starts(folded: str, months: list[int], start: int) -> list[int]:
    """Where the one or two digits of a day before one of these months may begin
    (``(?<!\\w)\\d{1,2}\\s+`` + month), ascending."""
    days = []
    for pos in months:
        j = pos
        while j > start and folded[j - 1].isspace():  # ``\s``
            j -= 1
        if j == pos:
            continue
        for k in (j - 1, j - 2):
            if k < start or not folded[k].isdecimal():  # ``\d``
                break
            days.append(k)
    return sorted(set(days))


@lru_cache(maxsize=4096)
def _midnight(day: date) -> datetime:
    # Cached: a few days recur in every article, and a datetime is immutable.
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4096)
def _weekday_before(day: date, weekday: int) -> date:
    """The most recent ``weekday`` (0 = Monday) on or before ``day``. Cached, as
    ``_days_before``: a few publication days recur over an article's sentences."""
    return day - timedelta(days=(day.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def _days_before(day: date, days: int) -> date:
    return day - timedelta(days=days)


def _safe_day(year: int, month: int, day: int | None) -> date | None:
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def _counted_ago(
    pats: _Patterns, folded: str, positions: Iterable[int], start: int, end: int
) -> list[tuple[int, int, int]]:
    """(start, end, days before publication) of "three days ago", "üç gün önce",
    "قبل ثلاثة أيام", "قبل يومين": ``positions`` are where the ago words may begin."""
    found = []
    for pos in positions:
        before = pats.ago_from_before.match(folded, pos, end)
        if before is not None:
            found.append((before.start(), before.end(), _ago_days(before)))
            continue
        after = pats.ago_after_word.match(folded, pos, end)
        if after is None:
            continue
        counted = pats.ago_count_before.search(folded, max(start, pos - _AGO_REACH), pos)
        if counted is not None and not pats.ago_not_after.search(
            folded, max(start, counted.start() - _AGO_REACH), counted.start()
        ):
            found.append((counted.start(), after.end(), _ago_days(counted)))
    return found


def _ago_days(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if any(name.startswith("z") and value for name, value in groups.items()):
        return _which(match, "z")  # a bare Arabic unit holds its count
    count = int(groups["nd"]) if groups.get("nd") else _which(match, "n")
    return count * _which(match, "u")


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
    if end is None:
        end = len(folded)
    if cues is None:
        cues = _ALL_CUES
    elif not cues:
        return []
    starts = _patterns().cues.starts(folded, start, end)
    return _resolve(folded, published_at, historical_after_days, start, end, cues, starts)


def date_cue_index() -> CueIndex:
    """The ``CueIndex`` of the date words: one pass over a span with it (or with an index
    that ``CueIndex.combined`` it with) gives the ``starts`` ``resolve_dates`` takes."""
    return _patterns().cues


def resolve_dates(
    folded: str,
    published_at: datetime | None,
    starts: dict[str, list[int]],
    *,
    start: int,
    end: int,
    historical_after_days: int = HISTORICAL_AFTER_DAYS,
) -> list[DateRef]:
    """``find_dates(folded, published_at, start=start, end=end)``, given the ``starts`` of
    ``date_cue_index()`` over that span (tags of other indexes there are ignored)."""
    return _resolve(folded, published_at, historical_after_days, start, end, _ALL_CUES, starts)


def _resolve(
    folded: str,
    published_at: datetime | None,
    historical_after_days: int,
    start: int,
    end: int,
    cues: Collection[str],
    starts: dict[str, list[int]],
) -> list[DateRef]:
    """``find_dates`` once the cues of the span are known: ``starts`` of ``CueIndex``.

    Every pattern holds a literal of its cues at a word start: where the patterns may
    begin follows from where those literals are, so only those places are tried (a
    kind without any is skipped outright). Each kind stays under its ``cues`` gate.
    """
    if starts.keys().isdisjoint(_ALL_CUES):
        return []  # every pattern needs one of these (other tags come from other indexes)
    pats = _patterns()
    get = starts.get
    months = get("month") if "month" in cues else None
    years = get("year") if "year" in cues else None
    pub = published_at.astimezone(UTC).date() if published_at is not None else None
    found: list[tuple[int, int, date, date]] = []  # start, end, period start, period end
    recaps: set[int] = set()  # starts of "last week" / "last month": historical by wording
    coarse: set[int] = set()  # starts of months named alone
    counted: list[tuple[int, int, date]] = []  # "three days ago": start, end, the day
    days = _day_starts(folded, months, start) if months else None
    if months and years:
        # Begins at a month, or at the day before one.
        with_days = sorted({*months, *days}) if days else months
        for m in matches_at(pats.full, folded, with_days, end):
            year, month = int(m["y"]), _which(m, "m")
            day = m["d1"] or m["d2"]
            first = _safe_day(year, month, int(day) if day else None)
            last = first if day else _month_end(year, month)
            if first is not None and last is not None:
                found.append((m.start(), m.end(), first, last))
    if years:
        # ``year_before`` + year (begins before the year: searched); year + ``year_after``;
        # year + Turkish locative; year + comma + ``year_clause``.
        before, after, locative, clause = pats.year
        for m in (
            *before.finditer(folded, start, end),
            *(matches_at(after, folded, years, end) if "year_after" in starts else ()),
            *matches_at(locative, folded, years, end),
            *matches_at(clause, folded, years, end),
        ):
            year = int(m["y"])
            found.append((m.start(), m.end(), date(year, 1, 1), date(year, 12, 31)))
    if pub is not None:
        if months:
            # Day + month (begins at the day); month + day.
            for p, positions in zip(pats.day_month, (days, months), strict=True):
                for m in matches_at(p, folded, positions or (), end):
                    month, day = _which(m, "m"), int(m.groupdict().get("d1") or m["d2"])
                    year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
                    first = _safe_day(year, month, day)
                    if first is not None:
                        found.append((m.start(), m.end(), first, first))
            # A month alone ("in mid-February", "في فبراير", "şubat ayında"): its most recent
            # occurrence on or before publication, the whole month.
            for pos in months:
                word = pats.month_word.match(folded, pos, end)
                if word is None:
                    continue
                cue_before = pats.bare_before.search(folded, max(start, pos - _BARE_REACH), pos)
                cue_after = None if cue_before else pats.bare_after.match(folded, word.end(), end)
                if cue_before is None and cue_after is None:
                    continue
                month = _which(word, "m")
                year = pub.year if month <= pub.month else pub.year - 1
                stop = cue_after.end() if cue_after is not None else word.end()
                found.append((word.start(), stop, date(year, month, 1), _month_end(year, month)))
                coarse.add(word.start())
            # ``last_before`` + month; month + ``last_after``.
            last_name = (get("last_before"), months if "last_after" in starts else None)
            for p, positions in zip(pats.last_month_name, last_name, strict=True):
                for m in matches_at(p, folded, positions or (), end):
                    month = _which(m, "m")
                    year = pub.year if month < pub.month else pub.year - 1
                    found.append(
                        (m.start(), m.end(), date(year, month, 1), _month_end(year, month))
                    )
                    recaps.add(m.start())
        weekdays = []
        positions = get("weekday") if "weekday" in cues else None
        for m in matches_at(pats.weekday, folded, positions, end) if positions else ():
            day = _weekday_before(pub, _which(m, "w"))
            stop = m.end()
            # "last Sunday", "الأحد الماضي": a recap by its wording, as "last week" is.
            last_after = pats.last_after_day.match(folded, stop, end)
            if last_after is not None or pats.last_before_day.search(
                folded, max(start, m.start() - _LAST_REACH), m.start()
            ):
                recaps.add(m.start())
                stop = last_after.end() if last_after is not None else stop
            found.append((m.start(), stop, day, day))
            weekdays.append((m.start(), stop))
        positions = get("days_ago") if "days_ago" in cues else None
        for m in matches_at(pats.days_ago, folded, positions, end) if positions else ():
            # "أمس الأحد" / "today, Monday": the weekday is what the reporter dated it by.
            if any(m.end() + 3 >= ws and we + 3 >= m.start() for ws, we in weekdays):
                continue
            # "موقع تركيا اليوم", "اليوم السابع", "اليوم الأول من الزيارة": a name or the
            # nth day of something, not the day of publication.
            if pats.days_ago_name_before.search(
                folded, max(start, m.start() - _NAME_REACH), m.start()
            ) or pats.days_ago_name_after.match(folded, m.end(), end):
                continue
            day = pub - timedelta(days=_which(m, "a"))
            found.append((m.start(), m.end(), day, day))
        positions = get("ago") if "ago" in cues else None
        for begin, stop, length in _counted_ago(pats, folded, positions or (), start, end):
            # As a named day: the day's news within a week, a recap beyond.
            day = pub - timedelta(days=length)
            found.append((begin, stop, day, day))
            counted.append((begin, stop, day))
        positions = get("last_week") if "last_week" in cues else None
        for m in matches_at(pats.last_week, folded, positions, end) if positions else ():
            found.append((m.start(), m.end(), pub - timedelta(days=7), pub - timedelta(days=1)))
            recaps.add(m.start())
        positions = get("last_month") if "last_month" in cues else None
        for m in matches_at(pats.last_month, folded, positions, end) if positions else ():
            last = pub.replace(day=1) - timedelta(days=1)
            found.append((m.start(), m.end(), last.replace(day=1), last))
            recaps.add(m.start())
        positions = get("last_year") if "last_year" in cues else None
        for m in matches_at(pats.last_year, folded, positions, end) if positions else ():
            year = pub.year - 1
            found.append((m.start(), m.end(), date(year, 1, 1), date(year, 12, 31)))
            # A recap by its wording, as "last month" is: published in early January,
            # "met last year" is not the day's news though the year ended days before.
            recaps.add(m.start())
    if not found:
        return []

    kept = found
    if len(found) > 1:
        # Longest expression wins where two overlap ("15 December 2023" over "15 December").
        found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
        kept = []
        for item in found:
            if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
                kept.append(item)
        kept.sort()
    if pub is None:
        return [
            DateRef(start, end, _midnight(first), False, start in coarse)
            for start, end, first, _ in kept
        ]
    if counted:
        recaps |= _twice_dated(folded, counted, kept)
    limit = _days_before(pub, historical_after_days)
    day_limit = _days_before(pub, min(historical_after_days, HISTORICAL_DAY_AFTER_DAYS))
    return [
        DateRef(
            start,
            end,
            _midnight(first),
            start in recaps or last < (day_limit if first == last else limit),
            start in coarse,
        )
        for start, end, first, last in kept
    ]


#: At most this much text (a word such as "on", في, and punctuation) between a count of
#: days and the named day it stands beside for the two to date one meeting.
_BESIDE = 6


def _twice_dated(
    folded: str, counted: list[tuple[int, int, date]], kept: list[tuple[int, int, date, date]]
) -> set[int]:
    """Starts of the counts of days ago ("üç gün önce") that stand beside a named day
    naming the same day ("15 Aralık'ta"), and of those named days.

    Either alone within the week is the day's news (a week's reporting names its days,
    and a count of days reads the same: see the module's docstring), in a main clause
    or a participle alike. Both together date the meeting twice against the article's
    own day ("Son olarak üç gün önce 15 Aralık'ta ... görüşen Serrac", "three days ago,
    on 15 December", "قبل ثلاثة أيام في 15 ديسمبر"): the writer places it before the
    news they tell, which a report of the meeting itself never needs. It is a recap,
    in either clause. "dün 15 Aralık'ta" (yesterday) is a day word, no count: unchanged.
    """
    found: set[int] = set()
    for begin, stop, day in counted:
        for k_start, k_end, first, last in kept:
            if k_start == begin or first != last or abs((first - day).days) > 1:
                continue
            if k_end > begin and k_start < stop:
                continue  # overlapping: one expression
            gap = folded[stop:k_start] if k_start >= stop else folded[k_end:begin]
            if len(gap.strip(" \t,،-–")) <= _BESIDE and len(gap) <= _BESIDE + 4:
                found |= {begin, k_start}
    return found


def date_cues(folded: str, start: int = 0, end: int | None = None) -> set[str]:
    """Which kinds of date words ``folded[start:end]`` may hold: ``cues`` of ``find_dates``."""
    tags = _patterns().cues.tags(folded, start, len(folded) if end is None else end)
    return tags & _ALL_CUES


def nearest_date(dates: list[DateRef], position: int) -> DateRef | None:
    """The date expression closest to ``position`` (a trigger), if any."""
    if not dates:
        return None
    if len(dates) == 1:
        return dates[0]
    return min(dates, key=lambda d: (max(d.start - position, position - d.end, 0), d.start))
