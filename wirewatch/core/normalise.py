"""Normalisation: display text, matching form, language, canonical URL, UTC time."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources

import numpy as np

from schemas import RawArticle
from wirewatch.core.html import collapse_spaces, html_to_text, looks_like_html
from wirewatch.core.language import LanguageGuess, detect_language
from wirewatch.core.textfold import FoldedText, fold, fold_char_string
from wirewatch.core.urls import published_url
from wirewatch.core.yamlload import safe_load


@dataclass(frozen=True, slots=True)
class NormalisedArticle:
    title: str | None
    text: str
    folded: FoldedText
    language: LanguageGuess
    url: str | None
    published_at: datetime | None


@cache
def _boilerplate_data() -> dict[str, list[str]]:
    source = resources.files("wirewatch.data").joinpath("lexicons/boilerplate.yaml")
    data: dict[str, list[str]] = safe_load(source.read_text(encoding="utf-8"))
    return data


def _folded_entries(key: str) -> frozenset[str]:
    entries = _boilerplate_data().get(key) or []
    return frozenset(fold_char_string(" ".join(line.split())) for line in entries)


@cache
def _boilerplate_lines() -> frozenset[str]:
    """Folded whole lines that are site chrome, not article text (data file)."""
    return _folded_entries("lines")


@cache
def _list_headings() -> frozenset[str]:
    """Folded headings that open a list of other stories' headlines (data file)."""
    return _folded_entries("list_headings")


@cache
def _longest_boilerplate() -> int:
    return max(map(len, _boilerplate_lines() | _list_headings()), default=0)


#: A line of a headline list: short, and not ended like prose. Headlines end without
#: a stop (or with "!" or "?"); a line of the story ends with one, or with a colon
#: before a quotation.
MAX_HEADLINE_CHARS = 250
#: At most this many lines after a heading are taken for its list: some sites end no
#: paragraph with a stop, and an uncapped list would swallow the rest of the article.
MAX_LISTED_HEADLINES = 10
_PROSE_ENDS = frozenset(".…;:")
_CLOSERS = "\"'”’»)]"


def _headline_like(line: str) -> bool:
    if len(line) > MAX_HEADLINE_CHARS:
        return False
    end = line.rstrip(_CLOSERS + " ")
    return not end or end[-1] not in _PROSE_ENDS


def _bare_heading(key: str) -> str:
    """A folded line without the marks around a heading ("» İlgili Haberler:",
    "Benzer Haberler (6)", "▶ Most read")."""
    start, end = 0, len(key)
    while start < end and not key[start].isalpha():
        start += 1
    while end > start and not key[end - 1].isalpha():
        end -= 1
    return key[start:end]


#: What separates an inline list heading from its headline ("Also read: …",
#: "اقرأ كذلك - …", "Read | …", "İlgili » …").
_INLINE_SEPARATORS = re.compile(r"\s*[:：|»›–—-]\s")


def _inline_heading(line: str, headings: frozenset[str]) -> bool:
    """A list heading before a separator on the headline's own line ("İlgili Haber:
    <headline>", "اقرأ أيضا: <headline>", "اقرأ كذلك - <headline>")."""
    mark = _INLINE_SEPARATORS.search(line, 0, 40)
    return mark is not None and fold_char_string(line[: mark.start()].strip()) in headings


#: Unicode's stream-safe text format (UAX #15) allows at most 30 non-starters in a
#: row. NFKC reorders a run of combining marks with an insertion sort, so its time
#: grows with the square of the run: 320 KB of Arabic marks took 31 s.
MAX_NON_STARTERS = 30


#: Non-starters all lie in the first two planes (checked by a test over every plane).
_NON_STARTER_PLANES = 0x20000
#: The flags of a run of non-starters longer than the bound, as ``tobytes`` gives them.
_TOO_LONG_RUN = b"\x01" * (MAX_NON_STARTERS + 1)


@cache
def _non_starter_flags() -> np.ndarray:
    """For each code point of the first two planes, whether it is or decomposes into
    a non-starter (combining class ≠ 0), from this Python's Unicode data."""
    flags = np.zeros(_NON_STARTER_PLANES, dtype=np.int8)
    for code in range(_NON_STARTER_PLANES):
        char = chr(code)
        if unicodedata.combining(char):
            flags[code] = 1
        elif unicodedata.decomposition(char):
            decomposed = unicodedata.normalize("NFKD", char)
            if unicodedata.combining(decomposed[0]):
                flags[code] = 1
    return flags


def stream_safe(text: str) -> str:
    """``text`` with every run of non-starters cut to ``MAX_NON_STARTERS``: no real
    script stacks more than a few marks, and NFKC then stays linear.

    Vectorised: a regular expression over a class of ~900 code points cost half
    the time of normalising a whole article."""
    if len(text) <= MAX_NON_STARTERS or text.isascii():
        return text
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # Anything past the first two planes is a starter: look it up as U+1FFFF (one).
    flags = np.take(_non_starter_flags(), codes, mode="clip")
    # A run over the bound is that many flags in a row: a bytes search finds one in C.
    # (Turkish and Arabic letters decompose to a mark, so most of their texts have
    # more than the bound in all, and the run lengths below cost a dozen array calls.)
    if _TOO_LONG_RUN not in flags.tobytes():
        return text
    edges = np.flatnonzero(np.diff(flags, prepend=np.int8(0), append=np.int8(0)))
    starts, ends = edges[0::2], edges[1::2]
    too_long = np.flatnonzero(ends - starts > MAX_NON_STARTERS)
    if too_long.size == 0:
        return text
    keep = np.ones(len(codes), dtype=bool)
    for run in too_long.tolist():
        keep[int(starts[run]) + MAX_NON_STARTERS : int(ends[run])] = False
    return codes[keep].tobytes().decode("utf-32-le", "surrogatepass")


def clean_text(raw: str) -> str:
    """Display text: HTML stripped, NFKC, whitespace tidied, boilerplate lines dropped.

    NFKC turns presentation forms, full-width letters and ligatures into the
    letters readers typed, so offsets and matching see one spelling.
    """
    from_html = looks_like_html(raw)
    text = stream_safe(html_to_text(raw) if from_html else raw)
    normal = unicodedata.normalize("NFKC", text)
    # html_to_text's lines come out collapsed already; only NFKC could undo that
    # (it turns some marks into a space and a combining mark, "¨" into " ̈").
    collapsed = from_html and normal == text
    text = normal
    boilerplate = _boilerplate_lines()
    # Folding only keeps or deletes characters, so a line much longer than the
    # longest boilerplate entry could match one only through that many deleted
    # marks (diacritics, tatweel): only short lines are folded and looked up.
    longest = _longest_boilerplate()
    headings = _list_headings()
    lines = []
    in_list = False  # after a list heading, until the first line of prose
    listed = 0  # headlines dropped since it
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # The line holds no newline, so collapsing all whitespace is the same as
        # collapsing runs of non-newline whitespace and stripping the ends.
        tidy = line if collapsed else collapse_spaces(line)
        if not tidy:
            continue
        if len(tidy) <= longest + 8:
            key = fold_char_string(tidy)
            if key in boilerplate:
                continue
            if _bare_heading(key) in headings:
                in_list, listed = True, 0
                continue
        if in_list and listed < MAX_LISTED_HEADLINES and _headline_like(tidy):
            listed += 1
            continue
        in_list = False
        if _inline_heading(tidy, headings):
            continue
        lines.append(tidy)
    return "\n".join(lines)


def normalise(
    *,
    title: str | None,
    body: str,
    url: str | None,
    published_at: datetime | None,
    lang_hint: str | None,
) -> NormalisedArticle:
    text = clean_text(body)
    clean_title = clean_text(title) if title else None
    language = detect_language(text or (clean_title or ""), lang_hint)
    return NormalisedArticle(
        title=clean_title or None,
        text=text,
        folded=fold(text),
        language=language,
        url=published_url(url) if url else None,
        published_at=published_at,
    )


def normalise_raw(raw: RawArticle) -> NormalisedArticle:
    """``normalise`` of one validated raw article: its own fields, its language hint."""
    return normalise(
        title=raw.title,
        body=raw.body,
        url=raw.url,
        published_at=raw.published_at,
        lang_hint=raw.lang,
    )
