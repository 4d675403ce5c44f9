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
also listed joins the name ("Mohamed Ali Al-Saidi"). Per language, each with its own
given names and article forms; English only for now (the lexicon says why not
Turkish). The lists are data: ``lexicons/entities/latin_arabic_names.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import yaml

from wirewatch.core.textfold import fold_char_string

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "lexicons"
    / "entities"
    / "latin_arabic_names.yaml"
)
_NOT_IN_SLUG = re.compile(r"[^\w-]")


class LatinArabicNames:
    def __init__(
        self,
        given_names: frozenset[str],
        articles: frozenset[str],
        heads_of: frozenset[str] = frozenset(),
    ) -> None:
        self._given = given_names
        heads = "|".join(sorted(map(re.escape, heads_of), key=len, reverse=True))
        #: "the head of (the) " right before an institution's name, on folded text
        self._head_of = re.compile(rf"(?<!\w)(?:{heads})s? of (?:the )?$") if heads else None
        # on folded (lower-case) text: [given] given article-family
        alternatives = "|".join(sorted(map(re.escape, articles), key=len, reverse=True))
        self._shape = re.compile(
            rf"(?<![\w-])(?:([a-z]+) )?([a-z]+) ((?:{alternatives})-)([a-z][a-z']{{2,}})(?![\w-])"
        )
        # " al-": every match holds one; the full shape is tried only from the two
        # words before each (a regex tried at every letter of 4 KB costs far more)
        # (sound only for articles of letters alone, as all are: else every letter)
        letters_only = all(re.fullmatch("[a-z]+", article) for article in articles)
        self._anchor = re.compile(rf" (?:{alternatives})-") if letters_only else None
        #: the anchor's forms, " al" before its hyphen: looked for from each hyphen
        self._anchor_heads = tuple(sorted({f" {article}" for article in articles}))

    def find(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, display name, slug) of each name of the shape no entity covers."""
        if "-" not in folded:
            return
        for m in self._matches(folded):
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

    def heads_institution(self, folded: str, name_start: int, org: tuple[int, int]) -> bool:
        """Whether the institution mention ``org`` (folded span) is the title of the
        name at ``name_start``: "the head of <org>, <name>", only a comma between."""
        if self._head_of is None or folded[org[1] : name_start].strip() != ",":
            return False
        return self._head_of.search(folded, max(0, org[0] - 40), org[0]) is not None

    def _matches(self, folded: str) -> Iterator[re.Match[str]]:
        """What ``self._shape.finditer(folded)`` yields, searched from the words just
        before each article anchor: a match is letters and at most two spaces before
        its anchor, so none starts before the second word back."""
        shape, anchor = self._shape, self._anchor
        if anchor is None:
            yield from shape.finditer(folded)
            return
        pos = 0
        while True:
            hook = self._anchor_from(folded, pos)
            if hook < 0:
                return
            m = _match_before(shape, folded, max(pos, _two_words_back(folded, hook)), hook)
            if m is None:
                # no match on this anchor: the next one begins past its hyphen (letters
                # and spaces alone lie between a match's start and its anchor)
                pos = hook + 1
                continue
            yield m
            pos = m.end()

    def _anchor_from(self, folded: str, pos: int) -> int:
        """Where ``self._anchor.search(folded, pos)`` matches, -1 if nowhere: read
        back from each hyphen (str.find; few an article) rather than by the regex,
        which stops at every space (~2 % of entity detection on the bench articles).
        The same first match: an anchor ends at a hyphen, its article letters
        alone, so no two anchors share a hyphen and they come in the hyphens' order."""
        heads = self._anchor_heads
        hyphen = folded.find("-", pos)
        while hyphen >= 0:
            for head in heads:
                start = hyphen - len(head)
                if start >= pos and folded.startswith(head, start):
                    return start
            hyphen = folded.find("-", hyphen + 1)
        return -1


def _match_before(
    shape: re.Pattern[str], folded: str, start: int, hook: int
) -> re.Match[str] | None:
    """The first match of ``shape`` starting at a word start in ``folded[start:hook]``
    (where ``search`` from ``start`` would find one on the anchor at ``hook``). Not
    ``search``: without a match on that anchor it ran on over the rest of the text,
    the look-behind tried at every letter (57 us a call on the bench articles)."""
    at = start
    while 0 <= at < hook:
        m = shape.match(folded, at)
        if m is not None:
            return m
        at = folded.find(" ", at, hook) + 1 or -1
    return None


def _two_words_back(folded: str, space: int) -> int:
    """The start of the second run of a-z letters before ``space`` (the first if only
    one, ``space`` itself if none), each run followed by one space."""
    start = space
    at = space  # a space
    for _ in range(2):
        i = at
        while i > 0 and "a" <= folded[i - 1] <= "z":
            i -= 1
        if i == at:
            break
        start = i
        at = i - 1
        if at < 0 or folded[at] != " ":
            break
    return start


def _capitalised(display: str, to_display: Callable[[int, int], tuple[int, int]], at: int) -> bool:
    d0, _ = to_display(at, at + 1)
    return display[d0 : d0 + 1].isupper()


@cache
def latin_arabic_names(lang: str, path: Path = DEFAULT_PATH) -> LatinArabicNames | None:
    """The rule for ``lang``, or None for a language the lexicon leaves out."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    rules = data.get(lang)
    if not rules:
        return None
    names = frozenset(fold_char_string(str(n)) for n in rules.get("given_names", []))
    articles = frozenset(fold_char_string(str(a)) for a in rules.get("articles", []))
    heads = frozenset(fold_char_string(str(h)) for h in rules.get("heads_of", []))
    return LatinArabicNames(names, articles, heads)
