"""The folded text of each sentence, and the context cues read around a mention."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from wirewatch.core.contacts.lexicon import Lexicon, at_start
from wirewatch.core.textfold import FoldedText, fold, fold_char_string

Pattern = re.Pattern[str] | None
#: A context cue of a lexicon: ``(before pattern, its reversed form, after pattern, that
#: without its ^)`` (see ``FoldedView.around``).
Cue = tuple[Pattern, Pattern, Pattern, Pattern]


class Around(NamedTuple):
    """One lexicon's context cues (see ``FoldedView.around``)."""

    possessor: Cue
    place: Cue
    mention: Cue
    destination: Cue
    head: Cue
    partner: Cue
    topic: Cue
    sender: Cue

    @classmethod
    def of(cls, lx: Lexicon) -> Around:
        """The cues of ``lx``, each with the other forms of its patterns."""
        cue = _cue
        return cls(
            cue(lx.before_possessor, lx.reversed_before_possessor, lx.after_possessor),
            cue(lx.before_place, lx.reversed_before_place, lx.after_place),
            cue(lx.before_mention, lx.reversed_before_mention, lx.after_mention),
            cue(lx.destination_before, lx.reversed_destination_before, lx.destination_after),
            cue(lx.before_head, lx.reversed_before_head, lx.after_head),
            cue(lx.before_partner, lx.reversed_before_partner, lx.after_partner),
            cue(lx.before_topic, lx.reversed_before_topic, lx.after_topic),
            cue(lx.before_sender, lx.reversed_before_sender, lx.after_sender),
        )


# At module level, not nested in ``Around.of``: mypyc fails on a function nested in a
# NamedTuple's classmethod.
def _cue(before: Pattern, mirrored: Pattern, after: Pattern) -> Cue:
    return before, mirrored, after, at_start(after) if after is not None else None


class Contexts(NamedTuple):
    """The context cues of the lexicons an article is read with, by kind."""

    lexicons: tuple[Lexicon, ...]
    possessor: list[Cue]
    place: list[Cue]
    mention: list[Cue]
    destination: list[Cue]
    head: list[Cue]
    partner: list[Cue]
    topic: list[Cue]
    sender: list[Cue]


class FoldedView:
    """The folded form of each sentence, as a window on the article's folded text.

    The fold works character by character, so a sentence's fold is the matching slice
    of the article's fold, and its offsets map back through the article's deletions.
    The one exception is the Greek capital sigma, whose lower case depends on the
    next letter: a text holding one (or with no usable fold given) folds sentence by
    sentence instead, exactly as each sentence would fold alone.
    """

    def __init__(self, text: str, folded: FoldedText | None, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self._own: dict[int, FoldedText] = {}
        self._deleted: list[int] = []
        self._reversed: str | None = None
        #: ``window`` per sentence, once: it is asked ~36 times per article.
        self._windows: list[tuple[str, int, int] | None] = [None] * len(spans)
        if "\u03a3" in text:
            self.article: FoldedText | None = None
            return
        if folded is None or folded.display != text:
            folded = fold(text)
        shifts = folded._shifts  # folded index each deleted character sat at
        if len(folded.folded) != len(text) - len(shifts):
            folded = fold(text)
            shifts = folded._shifts
        self.article = folded
        self._deleted = [shift + k for k, shift in enumerate(shifts)]  # display offsets

    def _folded_offset(self, position: int) -> int:
        return position - bisect_left(self._deleted, position) if self._deleted else position

    def window(self, index: int) -> tuple[str, int, int]:
        """(folded string, start, end): sentence ``index`` folded is ``string[start:end]``."""
        found = self._windows[index]
        if found is None:
            start, end = self.spans[index]
            if self.article is None:
                own = self._own.get(index)
                if own is None:
                    own = self._own[index] = fold(self.text[start:end])
                found = own.folded, 0, len(own.folded)
            else:
                found = self.article.folded, self._folded_offset(start), self._folded_offset(end)
            self._windows[index] = found
        return found

    def to_display(self, index: int, start: int, end: int) -> tuple[int, int]:
        """The display span in the article of a folded span from ``window(index)``."""
        if self.article is not None:
            return self.article.to_display(start, end)
        base = self.spans[index][0]
        first, last = self._own[index].to_display(start, end)
        return base + first, base + last

    def around(self, index: int, start: int, end: int, cues: list[Cue]) -> bool:
        """Whether the mention at ``start:end`` (display offsets) of sentence ``index``
        has, for one of ``cues`` (a lexicon's each), its ``before`` pattern matching
        the folded text from the sentence's start to it, anchored at the end, or its
        ``after`` pattern matching from it to the sentence's end, anchored at the start.

        The ``before`` pattern is tried in its reversed form once, at the start of the
        reversed text, rather than at every position of the text; the ``after`` one in
        its form without ``^``, at the mention's end, rather than on a copy of the rest.
        """
        first, last = self.spans[index]
        article = self.article
        if article is None:  # the sentence folds alone: on copies, as it always did
            for before, mirrored, after, _ in cues:
                if before is not None:
                    head = fold_char_string(self.text[first:start])
                    if mirrored is None:
                        if before.search(head) is not None:
                            return True
                    elif mirrored.match(head[::-1]) is not None:
                        return True
                if after is not None and after.search(fold_char_string(self.text[end:last])):
                    return True
            return False
        deleted = self._deleted
        if deleted:  # to folded offsets (``_folded_offset``, inlined)
            first -= bisect_left(deleted, first)
            start -= bisect_left(deleted, start)
            end -= bisect_left(deleted, end)
            last -= bisect_left(deleted, last)
        folded = article.folded
        for before, mirrored, after, after_at in cues:
            if before is not None:
                if mirrored is None:
                    if before.search(folded[first:start]) is not None:
                        return True
                else:
                    reverse = self._reversed
                    if reverse is None:
                        reverse = self._reversed = folded[::-1]
                    size = len(reverse)
                    if mirrored.match(reverse, size - start, size - first) is not None:
                        return True
            if after is not None:
                if after_at is None:
                    if after.search(folded[end:last]) is not None:
                        return True
                elif after_at.match(folded, end, last) is not None:
                    return True
        return False
