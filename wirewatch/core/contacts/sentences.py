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

_BOUNDARY = re.compile(r"[.!?؟؛;…]+[\"'”»)\]]*|\n")
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
    match = _TAIL_WORD.search(text, 0, pos)
    if match is None:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True
    return word.lower() in _ABBREVIATIONS and after in (" ", "")


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentences of ``text``; ``text[s.start:s.end] == s.text``, trimmed."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _is_false_stop(text, match.start()):
            continue
        _append(text, start, match.end(), sentences)
        start = match.end()
    _append(text, start, len(text), sentences)
    return sentences


def _append(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Sentence(start, end, text[start:end]))
