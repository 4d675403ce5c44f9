"""Persons the KB lacks, named in English or Turkish copy as a Turkish given name and
one or two capitalised words.

Newsroom text names many Turkish officials no list holds (deputy ministers,
ambassadors, consuls, mayors, company heads) in one regular shape: "a delegation led
by Mehmet Kolan", "Türkiye'nin Trablus Büyükelçisi Kenan Yılmaz'ın". Such a name is
found as a PERSON (``person:shape:<slug>``) with the country of the title right
before it ("Turkish Deputy Minister X" -> TR), else none; a person with no country is
never a contact participant, so it adds recall of people without adding events.

How it avoids false links:

* the first word is one of the lexicon's given names, capitalised in the text; given
  names that are common words or start names of things ("Barış Pınarı") are unlisted;
* each further word is capitalised, one space after the one before, no listed
  honorific, day, month, name particle or function word, and no part of another
  entity ("Mehmet Kolan Libya'da" stops before "Libya"); a word with an apostrophe
  ends the name, its suffix dropped ("Kolan'ın" -> "Kolan");
* given names right before another entity's name, no suffix between, are its given
  and middle names ("Fayez Mustafa El Sarraj", "Ferhat Omar Bengdara"): none found;
* a word right after the name that makes it a place's or institution's name
  ("Mehmet Akif Ersoy Üniversitesi", "... Caddesi", "... Airport") drops it;
* a span any other entity already covers is left to that entity.

The lists are data: ``lexicons/entities/turkish_names.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path

from wirewatch.core.entities.learned import shape_key
from wirewatch.core.entities.turkish_names_data import TurkishNamesFile
from wirewatch.core.textfold import fold_words
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "turkish_names.yaml"
)
#: A folded Latin word, and its apostrophe suffix ("kolan'in", "kolan’in").
_WORD = re.compile(r"([a-z]+)(['’][a-z]*)?")
_OPENERS = "\"«“(‘'"  # what may stand glued before a name as a token
_MAX_FAMILY_WORDS = 2
#: How far back (characters, words) a name's title is looked for.
_TITLE_CHARS = 100
_TITLE_WORDS = 6
#: What ends a title: a clause or sentence mark, or a line.
_CLAUSE_MARK = re.compile(r"[:;!?\n()\"“”]|(?<!\bdr)(?<!\bmr)(?<!\bprof)(?<!\bdoc)\.(?!\w)")
#: The languages whose copy writes Turkish names in Latin letters.
LANGUAGES = ("en", "tr")


class TurkishShapedNames:
    """Turkish given name + one or two capitalised words, on folded Latin text."""

    def __init__(
        self,
        given_names: frozenset[str],
        place_words: frozenset[str],
        not_family: frozenset[str],
        title_words: frozenset[str] = frozenset(),
        title_breaks: frozenset[str] = frozenset(),
        title_skips: frozenset[str] = frozenset(),
        also_family: frozenset[str] = frozenset(),
    ) -> None:
        self._given = given_names
        #: given names that are as often family names (Yılmaz, Şahin): after a given
        #: name they end the name as its family name ("Ahmet Yılmaz")
        self._also_family = also_family & given_names
        self._starts_any = given_names | {o + g for o in _OPENERS for g in given_names}
        self._place_words = tuple(sorted(place_words))
        self._not_family = not_family | given_names
        self._title_words = tuple(sorted(title_words))
        self._title_breaks = title_breaks
        self._title_skips = title_skips

    @property
    def given(self) -> frozenset[str]:
        """The given names (folded) a Turkish-shaped name starts with."""
        return self._given

    def find(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        tokens: AbstractSet[str] | None = None,
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, display name, id) of each name of the shape no entity covers.
        ``tokens``: the text's white-space tokens (``set(folded.split())``), when the
        caller has them (:mod:`tokens`)."""
        # a set intersection of the white-space tokens (C speed) finds the few given
        # names that occur; a name is followed by a space, so its token is bare or
        # has an opening quote or bracket glued before it
        starts = sorted(
            at + (token[0] in _OPENERS)
            for token in self._starts_any.intersection(folded.split() if tokens is None else tokens)
            for at in _whole_words(folded, token)
        )
        resume = 0
        for at in starts:
            if at < resume or taken(at, at + 1) or not _capitalised(display, to_display, at):
                continue
            end = self._name_end(folded, display, to_display, taken, at)
            if end is None:
                continue
            resume = end
            d0, d1 = to_display(at, end)
            yield at, end, display[d0:d1], shape_key(folded[at:end])

    def _name_end(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        at: int,
    ) -> int | None:
        """The end of the name whose given name starts at ``at``, None if no family
        name follows it or the span names a place or an institution."""
        first = _WORD.match(folded, at)
        if first is None or first.group(2):  # "Mehmet'in": a given name alone
            return None
        end, words, pos = first.end(1), 0, first.end()
        while words < _MAX_FAMILY_WORDS and folded.startswith(" ", pos):
            word = _WORD.match(folded, pos + 1)
            if word is None or word.start() != pos + 1:
                break
            bare = word.group(1)
            if bare.startswith(self._place_words):
                return None  # "Mehmet Akif Ersoy Üniversitesi"
            if (
                bare in self._also_family
                and _capitalised(display, to_display, word.start())
                and not self._family_after(folded, display, to_display, taken, word, words)
            ):
                # "Ahmet Yılmaz", "Hasan Hüseyin Yılmaz": the family name, whatever
                # office-holder's surname it also is (a KB full name starting at the
                # given name is taken before this is read); "Tolga Erdem Uysal": a
                # second given name before one
                end, pos = word.end(1), word.end()
                words += 1
                break
            if (
                bare in self._not_family
                and words < _MAX_FAMILY_WORDS - 1
                and bare in self._given
                and _capitalised(display, to_display, word.start())
                and not taken(word.start(), word.end(1))
            ):
                # a second given name ("Ayşe Nur", "Mehmet Ali") before the family name
                pos, end = word.end(), word.end(1)
                words += 1
                if word.group(2):
                    break
                continue
            capitalised = _capitalised(display, to_display, word.start())
            if capitalised and not word.group(2) and taken(word.start(), word.end(1)):
                # "Ferhat Omar Bengdara": given and middle names of the entity after
                return None
            if (
                bare in self._not_family
                or len(bare) < 2
                or not capitalised
                or taken(word.start(), word.end(1))
            ):
                break
            end, pos = word.end(1), word.end()
            words += 1
            if word.group(2):  # "Kolan'ın": the suffix ends the name
                break
        last = folded[first.end(1) + 1 : end].split()[-1] if words else ""
        if words == 0 or (last in self._given and last not in self._also_family):
            return None  # no family name: "Mehmet", "Mehmet Ali"
        after = _WORD.match(folded, end + 1) if folded.startswith(" ", end) else None
        if after is not None and after.group(1).startswith(self._place_words):
            return None  # "Ali Sami Yen Stadyumu": the word after the span
        return end

    def _family_after(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        word: re.Match[str],
        words: int,
    ) -> bool:
        """Whether a family name follows ``word`` (a given name that may be a family
        name too), so that ``word`` is a second given name: a capitalised word that is
        no given name, function word or taken span, with room for it in the name."""
        if (
            word.group(2)
            or words >= _MAX_FAMILY_WORDS - 1
            or not folded.startswith(" ", word.end())
        ):
            return False
        nxt = _WORD.match(folded, word.end() + 1)
        return (
            nxt is not None
            and nxt.start() == word.end() + 1
            and nxt.group(1) not in self._not_family
            and _capitalised(display, to_display, nxt.start())
            and not taken(nxt.start(), nxt.end(1))
        )

    def country_before(
        self, folded: str, start: int, marks: Sequence[tuple[int, int, str]]
    ) -> str | None:
        """The country of a name found at ``start`` when a title word stands in the few
        words right before it, in its clause: that of the first place, nationality or
        institution there ("Türk Ticaret Bakan Yardımcısı X" -> TR, "the Turkish
        Deputy Minister X" -> TR, "Misrata Mayor X" -> LY; envoys' titles are no
        title words: the lexicon says why). A verb or conjunction ("met", "led by",
        "ile") ends the title."""
        lo = max(0, start - _TITLE_CHARS)
        stop = lo + len(folded[lo:start].rstrip().rstrip(","))
        clause = lo
        for mark in _CLAUSE_MARK.finditer(folded, lo, stop):
            clause = mark.end()
        words = list(_WORD.finditer(folded, clause, stop))[-_TITLE_WORDS:]
        for i in range(len(words) - 1, -1, -1):
            if words[i].group(1) in self._title_breaks:
                words = words[i + 1 :]
                break
        if not words or not any(w.group(1).startswith(self._title_words) for w in words):
            return None
        # the title ends right before the name: "... Büyükelçisi X", "... to Libya X",
        # "Dr. X" (not "... Büyükelçisi Güven Begeç'in yerine X")
        last = words[-1]
        if not (
            last.group(1).startswith(self._title_words)
            or last.group(1) in self._title_skips
            or any(m_start <= last.start() and last.end() <= m_end for m_start, m_end, _ in marks)
        ):
            return None
        lo = words[0].start()
        for m_start, m_end, country in marks:
            if lo <= m_start and m_end <= stop:
                return country
        return None


def _whole_words(folded: str, token: str) -> Iterator[int]:
    """Offsets of ``token`` in the text with no letter glued before or after it."""
    at = folded.find(token)
    while at >= 0:
        end = at + len(token)
        if not (at and folded[at - 1].isalpha()) and not (
            end < len(folded) and folded[end].isalpha()
        ):
            yield at
        at = folded.find(token, end)


def _capitalised(display: str, to_display: Callable[[int, int], tuple[int, int]], at: int) -> bool:
    d0, _ = to_display(at, at + 1)
    return display[d0 : d0 + 1].isupper()


@cache
def turkish_shaped_names(lang: str, path: Path = DEFAULT_PATH) -> TurkishShapedNames | None:
    """The rule for ``lang``, or None for a language whose copy it does not read."""
    if lang not in LANGUAGES:
        return None
    with path.open(encoding="utf-8") as handle:
        data = TurkishNamesFile.model_validate(safe_load(handle) or {})
    return TurkishShapedNames(
        fold_words(data.given_names),
        fold_words(data.place_words),
        fold_words(data.not_family),
        fold_words(data.title_words),
        fold_words(data.title_breaks),
        fold_words(data.title_skips),
        fold_words(data.also_family),
    )
