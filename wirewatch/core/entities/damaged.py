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


def _mark_between_letters(text: str) -> bool:
    """Whether some run of marks (``[?\ufffd]+``) has a letter on both sides. The runs
    are reached by ``str.find`` of each mark (a run starts with one of them; before a
    later mark of a run stands a mark, no letter): a regex walk of the text tried its
    class at every offset, ~1.5 % of entity detection on the bench articles (most
    hold a "?")."""
    n = len(text)
    for mark in MARKS:
        pos = text.find(mark)
        while pos >= 0:
            end = pos + 1
            while end < n and text[end] in MARKS:
                end += 1
            if _between_letters(text, pos, end):
                return True
            pos = text.find(mark, end)
    return False


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

    def repair(self, folded: str) -> str:
        """``folded`` with each damaged word restored where one KB word fits."""
        if "?" not in folded and "\ufffd" not in folded:
            return folded
        # Most marks end a question ("…?"): the word-wide pattern backtracks through
        # every word of the text, so it runs only once a mark stands between letters.
        if not _mark_between_letters(folded):
            return folded
        return _DAMAGED.sub(self._restore, folded)

    def _restore(self, match: re.Match[str]) -> str:
        word = match.group()
        marks = sum(word.count(mark) for mark in MARKS)
        if len(word) < MIN_LENGTH or 3 * marks > len(word):
            return word
        known = [i for i, ch in enumerate(word) if ch not in MARKS]
        fits = {
            candidate
            for candidate in self._by_length.get(len(word), ())
            if all(candidate[i] == word[i] for i in known)
        }
        return fits.pop() if len(fits) == 1 else word
