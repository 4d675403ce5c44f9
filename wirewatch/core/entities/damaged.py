"""Letters lost in copy: "Çavu?o?lu", "Erdo\ufffdan".

Copy that went through the wrong code page replaces each Turkish letter it cannot
encode by "?" or by the Unicode replacement character. Such a mark inside a word is
read here as one unknown letter, and the word is restored when exactly one word of a
KB name has the same length and the same letters at every other position (then the
scanner links it as it links the clean spelling). The repair keeps the text's length,
so every offset into it stays valid.

A word is left alone when it is short, when marks are more than a third of it, when a
mark starts or ends it (a question mark after a word), or when no KB word or several
fit: "Erdo?an" restores, "Ka?a" (too short) does not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.textfold import fold_char_string

#: What a lost letter becomes: an ASCII question mark, or U+FFFD.
MARKS = "?\ufffd"
#: Shortest word repaired: shorter ones fit too many KB words by chance.
MIN_LENGTH = 6
#: A word with a mark inside (letters on both sides of every run of marks).
_DAMAGED = re.compile(r"[^\W\d_]+(?:[?\ufffd]+[^\W\d_]+)+")
_LETTER = re.compile(r"[^\W\d_]")


def _between_letters(text: str, start: int, end: int) -> bool:
    """Whether the marks at ``start:end`` have a letter on both sides (as ``_DAMAGED``
    asks: a letter is ``[^\\W\\d_]``)."""
    return (
        start > 0
        and end < len(text)
        and _LETTER.match(text, start - 1) is not None
        and _LETTER.match(text, end) is not None
    )


def _damaged_runs(text: str) -> list[tuple[int, int]]:
    """The spans, in order, of the maximal runs of letters and marks that hold a run
    of marks with a letter on both sides: the only places ``_DAMAGED`` can match (it
    takes letters and marks alone, and needs such marks).

    Mark runs are reached by ``str.find`` (few a text), the runs around them read
    character by character: a regex walk of the whole text, and ``_DAMAGED``'s own
    backtracking through every word of it, cost ~1 ms an article that holds a URL
    with a query ("news?utm_source")."""
    n = len(text)
    runs: list[tuple[int, int]] = []
    pos = 0
    while True:
        found = [at for at in (text.find(mark, pos) for mark in MARKS) if at >= 0]
        if not found:
            return runs
        start = end = min(found)
        while end < n and text[end] in MARKS:
            end += 1
        if not _between_letters(text, start, end):
            pos = end
            continue
        while start > 0 and _letter_or_mark(text, start - 1):
            start -= 1
        while end < n and _letter_or_mark(text, end):
            end += 1
        runs.append((start, end))
        pos = end


def _letter_or_mark(text: str, at: int) -> bool:
    return text[at] in MARKS or _LETTER.match(text, at) is not None


class DamagedLetters:
    """The Latin words of KB names by length, to restore words with lost letters."""

    def __init__(self, entities: Iterable[KBEntity]) -> None:
        by_length: defaultdict[int, set[str]] = defaultdict(set)
        for entity in entities:
            for group in (entity.aliases, entity.local, entity.surnames):
                for _lang, alias in group.items():
                    for word in fold_char_string(alias).split():
                        if len(word) >= MIN_LENGTH and word.isalpha() and word.isascii():
                            by_length[len(word)].add(word)
        self._by_length = {n: tuple(sorted(words)) for n, words in by_length.items()}
        # the same words by (length, first letter, last letter): a damaged word starts
        # and ends with a letter (``_DAMAGED``), which every fit shares, so only those
        # candidates are compared (a restore read every KB word of its length: ~3 M
        # instructions an article holding a damaged word; the entity bench's average
        # fell by ~60 K an article)
        by_ends: defaultdict[tuple[int, str, str], list[str]] = defaultdict(list)
        for n, same_length in self._by_length.items():
            for word in same_length:
                by_ends[(n, word[0], word[-1])].append(word)
        self._by_ends = {key: tuple(words) for key, words in by_ends.items()}

    def repair(self, folded: str) -> str:
        """``folded`` with each damaged word restored where one KB word fits."""
        if "?" not in folded and "\ufffd" not in folded:
            return folded
        # Most marks end a question ("…?"): the word-wide pattern, which backtracks
        # through every word, runs only on the runs of letters and marks holding a
        # mark between letters (its matches lie in such runs, and are the same there)
        runs = _damaged_runs(folded)
        if not runs:
            return folded
        pieces: list[str] = []
        done = 0
        for start, end in runs:
            pieces += (folded[done:start], _DAMAGED.sub(self._restore, folded[start:end]))
            done = end
        pieces.append(folded[done:])
        return "".join(pieces)

    def _restore(self, match: re.Match[str]) -> str:
        word = match.group()
        marks = sum(word.count(mark) for mark in MARKS)
        if len(word) < MIN_LENGTH or 3 * marks > len(word):
            return word
        known = [i for i, ch in enumerate(word) if ch not in MARKS]
        fits = {
            candidate
            for candidate in self._candidates(word)
            if all(candidate[i] == word[i] for i in known)
        }
        return fits.pop() if len(fits) == 1 else word

    def _candidates(self, word: str) -> tuple[str, ...]:
        """The KB words of ``word``'s length that may fit it: those sharing its first
        and last character where both are letters (as in every word ``_DAMAGED``
        matches), else every word of that length."""
        first, last = word[:1], word[-1:]
        if first in MARKS or last in MARKS or not word:
            return self._by_length.get(len(word), ())
        return self._by_ends.get((len(word), first, last), ())
