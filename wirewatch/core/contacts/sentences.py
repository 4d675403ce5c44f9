"""Sentence spans with offsets into the text, for Arabic, English and Turkish news.

Boundaries: ``.`` ``!`` ``?`` ``؟`` ``؛`` ``;`` and newlines (not one right after a comma:
a line wrapped inside a sentence). The Arabic comma ``،`` is
*not* a boundary: Arabic news strings whole reports together with it ("شهدت مدينة
بنغازي، الاثنين، لقاءات ..."), and cutting there would separate a meeting from its
date and place. A period is no boundary inside a number (3.5), after a single
capital (U.S., J. Smith) or after a known abbreviation (Gen., Mr., Dr.).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from wirewatch.core.textfold import lower

# A boundary is a stop mark and the stop marks and closing quotes right after it, or a
# newline alone (the matches of ``[.!?؟؛;…\n](?:(?<=\n)|[.!?؟؛;…]*["'”»)\]]*)``, left
# to right). ``sentence_spans`` finds the marks with ``str`` methods: they are few, and
# those skip to them many times faster than a regex character class can.
_OTHER_STOPS = "!?؟؛;…\n"  # the stop marks but the period
_PLUS_ONE = (1).__add__
_RUN = frozenset(".!?؟؛;…")  # the marks a boundary runs on with (not the newline)
_CLOSERS = frozenset("\"'”»)]")
_EXTEND = frozenset(_RUN | _CLOSERS)  # what may follow a mark in its boundary
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
        # Months as wire copy abbreviates them ("sworn in on Aug. 23", "on Oct. 19").
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        # Turkish ranks (Org. = orgeneral, Korg. = korgeneral).
        *("org", "korg"),
    ]
)
# Their last two letters (an abbreviation is ASCII letters: its lower case is per letter).
_ABBREVIATION_ENDS = frozenset(word[-2:] for word in _ABBREVIATIONS if len(word) >= 2)
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
    if before.isdigit():
        # Inside a number, or at its end: then the word it ends is no capital letter
        # and no abbreviation (those are letters only).
        return after.isdigit()
    if not (before.isalnum() or before == "_" or before == "\n"):
        return False  # no word ends here (see below)
    if pos >= 7 and text[pos - 7 : pos].isalnum():
        return False  # a word of 7+ letters: no single capital, no abbreviation
    if before != "\n":
        # The word ends with ``before``; decided from its last two letters if it can be.
        if pos < 2 or not (text[pos - 2].isalnum() or text[pos - 2] == "_"):
            return (
                before.isupper()
                or (lower(before) in _ABBREVIATIONS and after in (" ", ""))
                or _uncased_initial(before, after)
            )
        if after not in (" ", "") or lower(text[pos - 2 : pos]) not in _ABBREVIATION_ENDS:
            return False  # longer than a capital, and no abbreviation can end so
    # The word the period ends, as ``(\w+)$`` finds it in the window before ``pos``: the
    # run of word characters ending at ``pos``, or (``$`` also matching before a final
    # newline) at a newline just before it, cut at the window. Only the last few
    # characters are looked at: searching from 0 made every period cost a scan of the
    # text so far (quadratic in the article's length).
    low = max(0, pos - _TAIL_WINDOW)
    stop = pos - 1 if before == "\n" else pos
    first = stop
    while first > low and (text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1
    if first == stop:
        return False
    word = text[first:stop]
    if len(word) == 1 and word.isupper():
        return True
    return lower(word) in _ABBREVIATIONS and after in (" ", "")


def _uncased_initial(before: str, after: str) -> bool:
    """A lone letter of a script without case (Arabic) with a letter glued after the
    period: an initial inside an abbreviation, not a sentence's end ("(3+ ت.غ)" for
    GMT, "(د.ب.أ)" for dpa, "أ.ف.ب"). Capitals do this for Latin script above; a lone
    Arabic letter ending a sentence is followed by a space or a newline."""
    return before.isalpha() and not before.isupper() and not before.islower() and after.isalpha()


def _is_ordinal(text: str, pos: int) -> bool:
    """True when the ``.`` at ``pos`` makes the number before it a Turkish ordinal
    ("(İİT) 13. Zirvesi", "22. Dönem", "2. tur"): one to three digits, then one space
    and a lowercase word, or a capitalised one after a bracket or after a capitalised
    word written with Turkish letters. A sentence ending in a number keeps its stop:
    "rose to 13. The" (a lowercase word before), "on August 25. Kalın met" (an English
    word before)."""
    first = pos
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    if pos - first > 3 or text[pos + 1 : pos + 2] != " ":
        return False
    nxt = text[pos + 2 : pos + 3]
    if not nxt.isalpha():
        return False
    if first > 0 and text[first - 1] not in " (":
        return False
    if nxt.islower():
        return True
    if not nxt.isupper():
        return False  # a script without case (Arabic): a stop
    prev = text[max(0, first - 24) : first].split()
    if not prev:
        return False
    word = prev[-1]
    if word.endswith(")"):
        return True
    # a capitalised word before it written with Turkish letters ("Türkiye-Libya 22.
    # Dönem"); an English date ("on August 25. Kalın met ...") has an English word
    return word[0].isupper() and not word.isascii()


def split_sentences(text: str) -> list[Sentence]:
    """Non-empty sentences of ``text``; ``text[s.start:s.end] == s.text``, trimmed."""
    return [Sentence(start, end, text[start:end]) for start, end in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence ``split_sentences`` gives, without building them."""
    # Boundaries as the regex above finds them, left to right: each begins at the first
    # stop mark at or after the end of the previous one. The periods, by far the
    # commonest marks, come from the lengths of the pieces between them (all in C: a
    # ``find`` loop costs a Python step per period); then the others.
    marks = list(accumulate(map(_PLUS_ONE, map(len, text.split("."))), initial=-1))[1:-1]
    more = False
    for stop in _OTHER_STOPS:
        if stop in text:
            pos = text.find(stop)
            while pos != -1:
                marks.append(pos)
                pos = text.find(stop, pos + 1)
            more = True
    if more:
        marks.sort()
    spans: list[tuple[int, int]] = []
    start = after = 0
    size = len(text)
    for pos in marks:
        if pos < after:
            continue  # part of the previous boundary
        char = text[pos]
        after = pos + 1
        if char == "\n" and _after_a_comma(text, start, pos):
            continue  # a hard-wrapped line ("استقبل اليوم، سفير تركيا،\n\nسرحات أكسن")
        if char != "\n":
            if text[after : after + 1] in _EXTEND:  # rarely: more marks, closing quotes
                while after < size and text[after] in _RUN:
                    after += 1
                while after < size and text[after] in _CLOSERS:
                    after += 1
            elif (
                char == "?" and text[pos - 1 : pos].isalpha() and text[after : after + 1].isalpha()
            ):
                # A letter lost to a wrong encoding, mid-word ("Çavu?o?lu", "Erdo?an"):
                # a question ends before a space or a quote, never between two letters.
                continue
            if char == ".":
                # ``_is_false_stop``, its commonest cases decided here without the call:
                # after a digit, no word at all, a word of 7+ letters.
                before = text[pos - 1 : pos]
                if before.isdigit():
                    if text[pos + 1 : pos + 2].isdigit() or _is_ordinal(text, pos):
                        continue  # inside a number, or a Turkish ordinal ("13. Zirvesi")
                elif (
                    (before.isalnum() or before == "_" or before == "\n")
                    and not (pos >= 7 and text[pos - 7 : pos].isalnum())
                    and _is_false_stop(text, pos)
                ):
                    continue
        # Trimmed; kept if it holds a letter or digit (as ``_add_span``, inlined: hot).
        end = after
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start and (text[start].isalnum() or _ALNUM.search(text, start, end) is not None):
            spans.append((start, end))
        start = after
    _add_span(text, start, size, spans)
    return spans


def _after_a_comma(text: str, start: int, pos: int) -> bool:
    """Whether the newline at ``pos`` comes right after a comma (spaces and newlines
    aside): the line was wrapped inside a sentence, which no comma ends (pages that
    hard-wrap their copy: "أن وزير الدفاع ... استقبل صباح اليوم، سفير تركيا لدى ليبيا،"
    then the ambassador's name on the next line)."""
    k = pos - 1
    while k >= start and text[k] in " \t\r\n":
        k -= 1
    return k >= start and text[k] in ",،"


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append ``text[start:end]`` trimmed, if it holds a letter or digit."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and (text[start].isalnum() or _ALNUM.search(text, start, end) is not None):
        spans.append((start, end))
