"""Misspelt triggers: a word one keystroke away from a long trigger form.

Real copy carries typos in the very verb that reports a contact ("Dibeybe ile
Dolmabahçe'de görüşlmüştü", "recieved"). A sentence that names both sides of a watch
and holds no trigger is tried once more: a word that is a trigger form (a one-word
entry without ``*``, at least ``MIN_LENGTH`` folded characters) with one character
inserted inside it, one dropped before its last, or two neighbours swapped counts as
that form. The typo must come after the form's first three letters.

Substitutions and changes at the word's end are left out: they make other words of
the language ("görüşmesi" → "görüşmeli", should meet; "görüşmede" → "görüşmeden",
without meeting), not typos.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wirewatch.core.contacts.word_trie import led_by_letters
from wirewatch.core.textfold import fold_char_string

#: Shorter forms have too many real neighbours one keystroke away.
MIN_LENGTH = 8
#: A typo is looked for after a form's first ``PREFIX`` letters only: words that open
#: otherwise are skipped by one regex, in C (a sentence's other words cost nothing).
PREFIX = 3
#: Words already looked up, and what they misspell (bounded: cleared when full).
_CACHE_SIZE = 50_000


class TypoForms:
    """The long one-word trigger forms of a lexicon, and what each misspelling stands for."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        """``entries``: ``(entry, kind)`` in the lexicon's order."""
        self._forms: dict[str, str] = {}  # form -> kind
        self._seen: dict[str, str | None] = {}  # word -> kind it misspells, or None
        self._variants: dict[str, tuple[str, str]] = {}  # misspelling -> (form, kind)
        for entry, kind in entries:
            words = fold_char_string(entry).split()
            if len(words) != 1 or "*" in words[0] or "~" in words[0]:
                continue
            form = words[0]
            if len(form) < MIN_LENGTH or form in self._forms:
                continue
            self._forms[form] = kind
        self._lengths = {len(form) for form in self._forms}
        prefixes = sorted({form[:PREFIX] for form in self._forms}, key=len, reverse=True)
        # (``led_by_letters``: a search skips ahead to the prefixes' letters)
        led = led_by_letters([], [re.escape(p) for p in prefixes])
        opening = led if led is not None else rf"(?<!\w)(?:{'|'.join(map(re.escape, prefixes))})"
        self._words = re.compile(rf"{opening}\w{{{MIN_LENGTH - 1 - PREFIX},}}")
        for form, kind in self._forms.items():
            for variant in _misspellings(form):
                if variant not in self._forms:
                    self._variants.setdefault(variant, (form, kind))

    def __bool__(self) -> bool:
        return bool(self._forms)

    def find(self, folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of each word of ``folded[start:end]`` that misspells a form."""
        found = []
        seen = self._seen
        for m in self._words.finditer(folded, start, end):
            word = m.group()
            if word in seen:
                kind = seen[word]
            else:
                if len(seen) >= _CACHE_SIZE:
                    seen.clear()
                kind = seen[word] = self._kind_of(word)
            if kind is not None:
                found.append((m.start(), m.end(), kind))
        return found

    def _kind_of(self, word: str) -> str | None:
        hit = self._variants.get(word)  # a letter dropped, two swapped
        if hit is not None:
            return hit[1]
        if word in self._forms or len(word) - 1 not in self._lengths:
            return None
        # A letter typed inside a form: dropping it (not the first, not the last) gives it.
        for i in range(PREFIX, len(word) - 1):
            kind = self._forms.get(word[:i] + word[i + 1 :])
            if kind is not None:
                return kind
        return None


def _misspellings(form: str) -> set[str]:
    """The words one keystroke from ``form`` that are no longer than it: a letter
    dropped (not the last) or two neighbours swapped. (A letter typed inside it is
    looked for from the word's side: ``TypoForms._kind_of``.)"""
    out: set[str] = set()
    for i in range(PREFIX, len(form) - 1):
        out.add(form[:i] + form[i + 1 :])  # dropped
        out.add(form[:i] + form[i + 1] + form[i] + form[i + 2 :])  # swapped
    out.discard(form)
    return out
