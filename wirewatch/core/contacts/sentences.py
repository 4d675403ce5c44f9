"""Sentence spans with offsets into the text, for Arabic, English and Turkish news.

Boundaries: ``.`` ``!`` ``?`` ``؟`` ``؛`` ``;`` and newlines. The Arabic comma ``،`` is
*not* a boundary: Arabic news strings whole reports together with it ("شهدت مدينة
بنغازي، الاثنين، لقاءات ..."), and cutting there would separate a meeting from its
date and place. A period is no boundary inside a number (3.5), after a single
capital (U.S., J. Smith) or after a known abbreviation (Gen., Mr., Dr.).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Stop marks and the closing quotes after them, or a newline: the one-character class
# in front lets the regex engine skip ahead to candidates (as ``[.!?…]+...|\n`` did not).
_BOUNDARY = re.compile(r"[.!?؟؛;…\n](?:(?<=\n)|[.!?؟؛;…]*[\"'”»)\]]*)")
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "adm",
        "brig",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "prof",
        "st",
        "no",
        "vs",
        "etc",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "min",
        "amb",
        "approx",
        "fig",
        "ca",
    ]
)
_TAIL_WORD = re.compile(r"(\w+)$")
# How far back from a period to look for the word it ends. Longer words are cut at
# the window, which changes nothing: such a word is neither one capital letter nor
# an abbreviation (the longest is six letters), cut or not.
_TAIL_WINDOW = 16
_ALNUM = re.compile(r"[^\W_]")  # what str.isalnum accepts, as \w is isalnum or "_"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_false_stop(text: str, pos: int) -> bool:
    """True when the ``.`` at ``pos`` ends an abbreviation or sits inside a number."""
    if text[pos] != ".":
        return False
    before = text[pos - 1] if pos > 0 else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if before.isdigit() and after.isdigit():
        return True
    if pos >= 7 and text[pos - 7 : pos].isalnum():
        return False  # a word of 7+ letters: no single capital, no abbreviation
    # Only the last few characters before ``pos``: searching from 0 made every
    # period cost a scan of the text so far (quadratic in the article's length).
    match = _TAIL_WORD.search(text, max(0, pos - _TAIL_WINDOW), pos)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in _ABBREVIATIONS and after in (" ", "")


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentences of ``text``; ``text[s.start:s.end] == s.text``, trimmed."""
    return [Sentence(start, end, text[start:end]) for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence ``split_sentences`` gives, without building them."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_false_stop(text, match.start()):
            continue
        end = stop = match.end()
        # Trimmed; kept if it holds a letter or digit.
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and _ALNUM.search(text, start, end) is not None:
            spans.append((start, end))
        start = stop
    end = len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and _ALNUM.search(text, start, end) is not None:
        spans.append((start, end))
    return spans
