"""Which cue words may occur in a span of a folded text, found by Aho-Corasick.

A regex of the contact lexicons (triggers, date words) costs a scan of the sentence
per pattern, and most sentences hold none of their words. Every such pattern starts
its match with a literal word (or holds one: a month, a year's first two digits),
at the start of a word or right after a proclitic. ``CueIndex`` finds all those
literals of a span in one pass; a span holding no literal of a pattern cannot
match the pattern, so it need not be searched. This is only ever a necessary
condition: what does match is still decided by the patterns themselves.

It also tells where: a pattern whose matches begin with their literal (at the word
start before it) is tried at those positions alone (``starts``, ``matches_at``),
rather than searched at every position of the span, as a regex starting with a
lookbehind is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import ahocorasick


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Sequence[int], end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, starts[0], end)`` for a pattern that can match only at
    ``starts`` (ascending) and never matches the empty string."""
    found = []
    after = -1
    for pos in starts:
        if pos < after:
            continue  # inside the previous match: finditer resumes after it
        m = pattern.match(text, pos, end)
        if m is not None:
            found.append(m)
            after = m.end()
    return found


#: What the automaton holds per literal: its length, its tags per family of
#: proclitics, and all its tags.
_CueValue = tuple[int, tuple[tuple[int, frozenset[str]], ...], tuple[str, ...]]


class CueIndex:
    """Literals tagged with what they are cues for (a trigger kind, a date pattern)."""

    _entries: list[tuple[str, str, int]]
    _families: list[tuple[str, int]]
    _ascii: CueIndex | None
    _clitics_any: str
    _automaton: ahocorasick.Automaton[_CueValue]
    _empty: bool

    def __init__(
        self, literals: Iterable[tuple[str, str]], clitics: str = "", max_clitics: int = 0
    ) -> None:
        self._build([(literal, tag, 0) for literal, tag in literals], [(clitics, max_clitics)])

    @classmethod
    def combined(cls, *indexes: CueIndex) -> CueIndex:
        """One index holding the literals of several, each kept to its own proclitics,
        so that one pass over a span (the costly part) serves them all. Their tags
        should differ: the answers do not tell which index a tag came from."""
        entries: list[tuple[str, str, int]] = []
        families: list[tuple[str, int]] = []
        for index in indexes:
            base = len(families)
            families += index._families
            entries += [(literal, tag, base + family) for literal, tag, family in index._entries]
        out = cls([])  # empty, then rebuilt (mypyc compiles no ``cls.__new__(cls)``)
        out._build(entries, families)
        return out

    def ascii_only(self) -> CueIndex:
        """This index without its literals that are not ASCII: the same answers for an
        ASCII text, where those cannot occur, from a pass with fewer literals (faster)."""
        if self._ascii is None:
            self._ascii = CueIndex([])  # empty, then rebuilt, as in combined()
            self._ascii._build([e for e in self._entries if e[0].isascii()], self._families)
        return self._ascii

    def _build(self, entries: list[tuple[str, str, int]], families: list[tuple[str, int]]) -> None:
        # ``families``: (proclitic letters, most of them in a word) per source of literals.
        tags: dict[str, dict[int, set[str]]] = {}
        for literal, tag, family in entries:
            if not literal:
                raise ValueError(f"empty cue literal for {tag!r}")
            tags.setdefault(literal, {}).setdefault(family, set()).add(tag)
        self._entries = entries
        self._families = families
        self._ascii = None
        self._clitics_any = "".join({c for clitics, _ in families for c in clitics})
        self._automaton = ahocorasick.Automaton()
        for literal, groups in tags.items():
            value = tuple((family, frozenset(found)) for family, found in sorted(groups.items()))
            # All its tags too: at a word start, every family takes it alike.
            every = tuple(sorted(set().union(*groups.values())))
            self._automaton.add_word(literal, (len(literal), value, every))
        if tags:
            self._automaton.make_automaton()
        self._empty = not tags

    def tags(self, text: str, start: int, end: int) -> set[str]:
        """Tags of the literals lying wholly inside ``text[start:end]`` at a word start
        (nothing but up to ``max_clitics`` proclitic letters between a word boundary and
        the literal: a superset of what ``(?<!\\w)(?:proclitic)?`` lets through)."""
        out: set[str] = set()
        if self._empty:
            return out
        families = self._families
        for last, (size, groups, _) in self._automaton.iter(text[start:end]):
            for family, found in groups:
                if found <= out:
                    continue  # nothing new: no need to check the word start
                clitics, max_clitics = families[family]
                if self._word_start(text, start + last + 1 - size, clitics, max_clitics) >= 0:
                    out |= found
        return out

    def starts(self, text: str, start: int, end: int) -> dict[str, list[int]]:
        """Per tag, where in ``text[start:end]`` a match of its patterns may begin: the word
        start before each of its literals found there (the literal itself, or the proclitic
        letters glued to it), ascending. Tags whose literals' words all begin before
        ``start`` are left out: no match in the span can use them.

        A pattern whose every match begins at a word start with its literal, after at most
        a proclitic of word characters, can only match at these positions.
        """
        out: dict[str, list[int]] = {}
        if self._empty:
            return out
        families, clitics_any = self._families, self._clitics_any
        unsorted = False
        for last, (size, groups, every) in self._automaton.iter(text, start, end):
            first = last + 1 - size
            before = text[first - 1] if first else ""
            if before.isalnum() or before == "_":  # ``\w``: in a word, or after a proclitic
                if before not in clitics_any:
                    continue  # most hits: a literal inside a longer word
                found_at = []
                for family, found in groups:
                    clitics, max_clitics = families[family]
                    if before in clitics:
                        pos = self._word_start(text, first, clitics, max_clitics)
                        if pos >= start:  # else the word began before the span
                            found_at.append((pos, found))
            else:
                # At a word start (and in the span), for every family alike: the common
                # case, kept free of the loop above.
                for tag in every:
                    positions = out.get(tag)
                    if positions is None:
                        out[tag] = [first]
                    elif first != positions[-1]:
                        # Hits come by end: a longer literal ending later may begin earlier.
                        unsorted = unsorted or first < positions[-1]
                        positions.append(first)
                continue
            for pos, found in found_at:
                for tag in found:
                    positions = out.get(tag)
                    if positions is None:
                        out[tag] = [pos]
                    elif pos != positions[-1]:
                        unsorted = unsorted or pos < positions[-1]
                        positions.append(pos)
        if unsorted:
            for positions in out.values():
                positions.sort()
        return out

    @staticmethod
    def _word_start(text: str, pos: int, clitics: str, max_clitics: int) -> int:
        """Where the word holding a literal at ``pos`` begins when only proclitic letters
        (at most ``max_clitics``) precede it in that word, else -1."""
        for _ in range(max_clitics + 1):
            if pos == 0:
                return pos
            before = text[pos - 1]
            if not (before.isalnum() or before == "_"):  # not ``\w``
                return pos
            if before not in clitics:
                return -1
            pos -= 1
        return -1  # more proclitic letters than a proclitic has
