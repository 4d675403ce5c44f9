"""Normalisation: display text, matching form, language, canonical URL, UTC time."""

from __future__ import annotations

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
def _boilerplate_lines() -> frozenset[str]:
    """Folded whole lines that are site chrome, not article text (data file)."""
    source = resources.files("wirewatch.data").joinpath("lexicons/boilerplate.yaml")
    entries = safe_load(source.read_text(encoding="utf-8"))["lines"]
    return frozenset(fold_char_string(" ".join(line.split())) for line in entries)


@cache
def _longest_boilerplate() -> int:
    return max(map(len, _boilerplate_lines()), default=0)


@dataclass(frozen=True, slots=True)
class _RelatedBox:
    """A "read also" / "related news" box's markers (folded) and the bounds on the
    headlines listed after one (``lexicons/boilerplate.yaml``)."""

    markers: tuple[str, ...]
    #: The markers' first words, folded: a line whose first word is none of them is
    #: no marker, found with one short fold (most lines: their first letter alone).
    first_words: frozenset[str]
    initials: frozenset[str]
    longest: int
    max_headlines: int
    max_chars: int


@cache
def _related_box() -> _RelatedBox:
    source = resources.files("wirewatch.data").joinpath("lexicons/boilerplate.yaml")
    data = safe_load(source.read_text(encoding="utf-8"))
    markers = tuple(
        sorted({fold_char_string(" ".join(str(m).split())) for m in data["related_markers"]})
    )
    firsts = frozenset(m.split(" ", 1)[0] for m in markers)
    return _RelatedBox(
        markers=markers,
        first_words=firsts,
        initials=frozenset(w[0] for w in firsts if w),
        longest=max(map(len, markers), default=0),
        max_headlines=int(data["related_max_headlines"]),
        max_chars=int(data["related_max_chars"]),
    )


#: What may follow a marker on its line ("اقرأ أيضاً:", "Related -", "ذات صلة »").
_MARKER_TAIL = " :：-–—|»›>…."
#: What separates an inline marker from the headline it introduces.
_MARKER_SEPARATORS = ":：-–—|»›"
#: A sentence's last character (before closing quotes): a headline has none.
_SENTENCE_STOPS = (".", "!", "?", "؟", "…", ":", "۔")
_CLOSERS = " \"'”’»)]"


def _related_marker(line: str, box: _RelatedBox) -> int:
    """2 when ``line`` is a related-news marker alone ("أخبار ذات صلة"), 1 when it
    starts with one and a separator before a headline ("اقرأ أيضاً: ..."), else 0."""
    if _folded_initial(line[0]) not in box.initials:
        return 0
    space = line.find(" ")
    first = fold_char_string(line if space < 0 else line[:space]).rstrip(_MARKER_TAIL)
    if first not in box.first_words:
        return 0
    head = line.rstrip(_MARKER_TAIL)
    if len(head) <= box.longest + 8 and fold_char_string(head) in box.markers:
        return 2
    if len(line) > 2 * box.max_chars:
        return 0
    prefix = fold_char_string(line[: box.longest + 8])
    for marker in box.markers:
        if prefix.startswith(marker):
            rest = prefix[len(marker) :].lstrip(" ")
            if rest and rest[0] in _MARKER_SEPARATORS:
                return 1
    return 0


@cache
def _folded_initial(char: str) -> str:
    """A line's first character as the markers' folded initials spell it ("إ" as "ا")."""
    return fold_char_string(char)[:1]


def _headline_like(line: str, box: _RelatedBox) -> bool:
    """A short line with no sentence stop at its end: a listed headline."""
    return len(line) <= box.max_chars and not line.rstrip(_CLOSERS).endswith(_SENTENCE_STOPS)


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
    box = _related_box()
    # Headlines still to drop after a related-news marker line (0: none).
    listed = 0
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # The line holds no newline, so collapsing all whitespace is the same as
        # collapsing runs of non-newline whitespace and stripping the ends.
        tidy = line if collapsed else collapse_spaces(line)
        if not tidy:
            continue
        # A related-news box lists other stories' headlines: their meetings are not
        # this article's news (a headline under "اقرأ أيضا" read as today's contact).
        marker = _related_marker(tidy, box)
        if marker:
            listed = box.max_headlines if marker == 2 else 0
            continue
        if listed and _headline_like(tidy, box):
            listed -= 1
            continue
        listed = 0
        if len(tidy) > longest + 8 or fold_char_string(tidy) not in boilerplate:
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
