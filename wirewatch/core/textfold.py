"""The matching form of a text: case, diacritics and spelling variants folded away.

Matching runs on the folded form; entities and evidence are reported in the display
text. The fold only ever replaces one character by one character or deletes one,
so a folded offset maps back to a display offset through the sorted deletion
positions alone (``FoldedText.to_display``), without a per-character index array.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Final

import numpy as np

_ARABIC_DIACRITICS = [chr(c) for c in range(0x064B, 0x0660)] + ["\u0670", "\u06e1"]
_DELETED = (
    _ARABIC_DIACRITICS
    + ["\u0640"]  # tatweel
    + [chr(c) for c in range(0x0300, 0x0370)]  # combining marks left after NFKC
    + ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff"]
)
_REPLACED = {
    # Arabic letter variants that spellings of one name disagree on.
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ی": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ک": "ك",
    "گ": "ك",
    # Turkish dotted/dotless i: Kalın = Kalin = KALIN.
    "İ": "i",
    "I": "i",
    "ı": "i",
    # Quotes and apostrophes: Hafter'in = Hafter’in.
    "’": "'",
    "‘": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "«": '"',
    "»": '"',
    "„": '"',
    "–": "-",
    "—": "-",
}
_REPLACED.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_REPLACED.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Extended (Persian) digits


#: Cyrillic and Greek letters that look like a Latin letter (lower case, since they
#: are mapped after lower-casing; an upper-case look-alike maps by its upper case:
#: Cyrillic Н, Greek Η look like H). Only applied inside a word that also has Latin
#: letters, so Cyrillic and Greek text is left as it is, but "Hаftar" with a
#: Cyrillic а is Haftar.
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "і": "i", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d",
    "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "h", "ι": "i", "κ": "k", "μ": "m", "ν": "n",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "y", "χ": "x", "ζ": "z",
}  # fmt: skip
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_CONFUSABLE_RE = re.compile("[" + "".join(_CONFUSABLES) + "]")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LATIN_LETTER = re.compile("[a-z\u00df-\u024f]")


def _unconfused_word(match: re.Match[str]) -> str:
    word = match.group()
    if _LATIN_LETTER.search(word) is None or _CONFUSABLE_RE.search(word) is None:
        return word
    return word.translate(_CONFUSABLE_TABLE)


def fold_confusables(folded: str) -> str:
    """Look-alike Cyrillic and Greek letters inside Latin words as the Latin letter
    (one character for one: offsets do not move). Texts without any such letter,
    nearly all, cost one scan."""
    if _CONFUSABLE_RE.search(folded) is None:
        return folded
    return _LETTER_RUN.sub(_unconfused_word, folded)


@cache
def _latin_base(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _DELETED}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = _latin_base(char)
        if base != char:
            table[code] = base
    table.update({ord(k): v for k, v in _REPLACED.items()})
    for code, value in table.items():
        assert value is None or len(value) == 1, (hex(code), value)
    return table


_TABLE = _build_table()
_DELETED_RE = re.compile("[" + "".join(re.escape(c) for c in _DELETED) + "]")

# ``str.translate`` looks every non-ASCII character up in the dict one at a time,
# about 60 ns each: most of the cost of folding an Arabic or Turkish article. The
# same table as an array over the Basic Multilingual Plane (every key lies in it)
# maps a whole text in a few vectorised steps. Below this length, or for ASCII text
# (``translate`` has a cached fast path for it), the fixed cost of the array route
# outweighs what it saves.
_VECTOR_MIN_CHARS = 128
_BMP = 0x10000
_DROP = np.uint32(0xFFFFFFFF)  # no code point: marks the characters the fold deletes


def _build_array() -> np.ndarray:
    array = np.arange(_BMP, dtype=np.uint32)
    for code, value in _TABLE.items():
        array[code] = _DROP if value is None else ord(value)
    return array


_ARRAY = _build_array()


_GREEK_AND_CYRILLIC = (0x0370, 0x0530)  # the blocks the look-alike letters come from


def _translate_vector(text: str) -> tuple[str, np.ndarray | None, bool] | None:
    """``text.translate(_TABLE)``, the positions of the deleted characters (None if
    none were) and whether the text has Greek or Cyrillic letters (look-alikes to
    fold), or None when the text leaves the BMP and ``translate`` must do it."""
    # surrogatepass: a lone surrogate must come back as itself, as translate keeps it.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(codes.max()) >= _BMP:
        return None
    low, high = _GREEK_AND_CYRILLIC
    # Unsigned: code points below ``low`` wrap around to huge values.
    confusable = bool(((codes - np.uint32(low)) < np.uint32(high - low)).any())
    mapped = _ARRAY[codes]
    dropped = mapped == _DROP
    if not dropped.any():
        return mapped.tobytes().decode("utf-32-le", "surrogatepass"), None, confusable
    kept = mapped[~dropped].tobytes().decode("utf-32-le", "surrogatepass")
    return kept, np.flatnonzero(dropped), confusable


def _use_vector(text: str) -> bool:
    return len(text) >= _VECTOR_MIN_CHARS and not text.isascii()


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A display text and its matching form with an offset map between them."""

    display: str
    folded: str
    #: ``_shifts[k]`` is the folded index at which the k-th deleted character sat.
    _shifts: tuple[int, ...]

    def to_display(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open folded span to the display span it came from."""
        if start >= end:
            origin = start + bisect_right(self._shifts, start)
            return origin, origin
        first = start + bisect_right(self._shifts, start)
        last = (end - 1) + bisect_right(self._shifts, end - 1)
        return first, last + 1


def join_hyphens(folded: str) -> str:
    """A folded text with every hyphen between two letters made a space, so a name
    written hyphenated and one written with spaces meet ("Turkish-Libyan Business
    Council", "Turkish Libyan Business Council", "التركية-الليبية"). One character
    for one: offsets do not move. Hyphens are found with ``str.find`` (a regular
    expression with look-arounds costs ~0.3 ms on a 4 KB article)."""
    pos = folded.find("-")
    if pos < 0:
        return folded
    last = len(folded) - 1
    pieces: list[str] = []
    done = 0
    while pos >= 0:
        if 0 < pos < last and folded[pos - 1].isalpha() and folded[pos + 1].isalpha():
            pieces.append(folded[done:pos])
            pieces.append(" ")
            done = pos + 1
        pos = folded.find("-", pos + 1)
    if not pieces:
        return folded
    pieces.append(folded[done:])
    return "".join(pieces)


#: ``str.lower``, called as ``lower(text)`` in the modules ``make native`` compiles,
#: never ``text.lower()``: mypyc compiles the method call to its own lowercasing,
#: letter by letter, which misses Greek final sigma ("ΟΔΥΣΣΕΥΣ" -> "οδυσσευσ", where
#: Python gives "οδυσσευς"); through this reference Python's own runs.
lower: Final[Callable[[str], str]] = str.lower


def fold_char_string(text: str) -> str:
    """The matching form alone, for patterns and lexicon entries (no offsets needed)."""
    if _use_vector(text):
        fast = _translate_vector(text)
        if fast is not None:
            folded, _, confusable = fast
            return fold_confusables(lower(folded)) if confusable else lower(folded)
    folded = lower(text.translate(_TABLE))
    return folded if folded.isascii() else fold_confusables(folded)


def fold_words(words: Iterable[str]) -> frozenset[str]:
    """A word list's matching forms, for membership tests on folded text."""
    return frozenset(fold_char_string(w) for w in words)


def fold(text: str) -> FoldedText:
    """Fold ``text`` for matching, keeping the way back to display offsets."""
    if _use_vector(text):
        fast = _translate_vector(text)
        if fast is not None:
            translated, dropped, confusable = fast
            folded = lower(translated)
            if confusable:
                folded = fold_confusables(folded)
            if dropped is None:
                return FoldedText(text, folded, ())
            # The k-th deleted character sat at folded index (display index - k).
            moved = dropped - np.arange(len(dropped))
            return FoldedText(text, folded, tuple(moved.tolist()))
    folded = fold_char_string(text)
    if len(folded) == len(text):
        return FoldedText(text, folded, ())
    shifts = tuple(m.start() - k for k, m in enumerate(_DELETED_RE.finditer(text)))
    return FoldedText(text, folded, shifts)
