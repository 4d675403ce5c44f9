"""Persons the KB lacks, named in English as a given name and an al-/el- family name.

English copy on Libya names many officials no list holds in one regular shape: a
common Arabic given name and a family name with the article ("Ali Al-Saidi, the
Investment Minister", "the head of the chamber, Mumen Al-Saidi", "Khairy
Al-Tamimi"). Such a name is found as a PERSON of unknown country
(``person:shape:<slug>``); with no country it is never a contact participant, so it
adds recall of people without adding events.

How it avoids false links: the first word must be one of the lexicon's given names
(places and institutions of the same shape, "Wadi Al-Hayat", "Ras Al-Khaimah",
"Libya Al-Ahrar", start with other words); both words must be capitalised in the
text, the family name right after its hyphen too; and a span any other entity
already covers (a KB person "Fathi Al-Bashagha", a place, an organisation, a
pattern-found official) is left to that entity. One given name before it that is
also listed joins the name ("Mohamed Ali Al-Saidi"). English only: Turkish writes
"Muhammed el-Haddad" after its own titles, which its role patterns already read.
The given names are data: ``lexicons/entities/latin_arabic_names.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import yaml

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "lexicons"
    / "entities"
    / "latin_arabic_names.yaml"
)
#: on folded (lower-case) text: [given] given (al|el)-family
_SHAPE = re.compile(r"(?<![\w-])(?:([a-z]+) )?([a-z]+) ((?:al|el)-)([a-z][a-z']{2,})(?![\w-])")
_NOT_IN_SLUG = re.compile(r"[^\w-]")


class LatinArabicNames:
    def __init__(self, given_names: frozenset[str]) -> None:
        self._given = given_names

    def find(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, display name, slug) of each name of the shape no entity covers."""
        if "l-" not in folded:
            return
        for m in _SHAPE.finditer(folded):
            if m.group(2) not in self._given:
                continue
            start = m.start(2)
            if m.group(1) in self._given and _capitalised(display, to_display, m.start(1)):
                start = m.start(1)
            end = m.end()
            if not (
                _capitalised(display, to_display, m.start(2))
                and _capitalised(display, to_display, m.start(4))
            ):
                continue
            if taken(start, end):
                continue
            d0, d1 = to_display(start, end)
            slug = _NOT_IN_SLUG.sub("", folded[start:end].replace(" ", "-"))
            yield start, end, display[d0:d1], slug


def _capitalised(display: str, to_display: Callable[[int, int], tuple[int, int]], at: int) -> bool:
    d0, _ = to_display(at, at + 1)
    return display[d0 : d0 + 1].isupper()


@cache
def latin_arabic_names(path: Path = DEFAULT_PATH) -> LatinArabicNames:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    names = frozenset(str(n).casefold() for n in data.get("given_names", []))
    return LatinArabicNames(names)
