"""Which cue words may occur in a span of a folded text, found by Aho-Corasick.

A regex of the contact lexicons (triggers, date words) costs a scan of the sentence
per pattern, and most sentences hold none of their words. Every such pattern starts
its match with a literal word (or holds one: a month, a year's first two digits),
at the start of a word or right after a proclitic. ``CueIndex`` finds all those
literals of a span in one pass; a span holding no literal of a pattern cannot
match the pattern, so it need not be searched. This is only ever a necessary
condition: what does match is still decided by the patterns themselves.
"""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick


class CueIndex:
    """Literals tagged with what they are cues for (a trigger kind, a date pattern)."""

    def __init__(
        self, literals: Iterable[tuple[str, str]], clitics: str = "", max_clitics: int = 0
    ) -> None:
        tags: dict[str, set[str]] = {}
        for literal, tag in literals:
            if not literal:
                raise ValueError(f"empty cue literal for {tag!r}")
            tags.setdefault(literal, set()).add(tag)
        self._automaton = ahocorasick.Automaton()
        for literal, found in tags.items():
            self._automaton.add_word(literal, (len(literal), frozenset(found)))
        if tags:
            self._automaton.make_automaton()
        self._empty = not tags
        self._clitics = clitics
        self._max_clitics = max_clitics

    def tags(self, text: str, start: int, end: int) -> set[str]:
        """Tags of the literals lying wholly inside ``text[start:end]`` at a word start
        (nothing but up to ``max_clitics`` proclitic letters between a word boundary and
        the literal: a superset of what ``(?<!\\w)(?:proclitic)?`` lets through)."""
        out: set[str] = set()
        if self._empty:
            return out
        clitics, max_clitics = self._clitics, self._max_clitics
        for last, (size, found) in self._automaton.iter(text[start:end]):
            if found <= out:
                continue  # nothing new: no need to check the word start
            pos = start + last + 1 - size
            for _ in range(max_clitics + 1):
                if pos == 0:
                    break
                before = text[pos - 1]
                if not (before.isalnum() or before == "_"):  # not ``\w``
                    break
                if before not in clitics:
                    pos = -1
                    break
                pos -= 1
            else:
                pos = -1  # more proclitic letters than a proclitic has
            if pos >= 0:
                out |= found
        return out
