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

(issue #12, people) The same given names start a name with a family name *without*
the article ("Brigadier General Faraj Bouhlila", "Ahmed Ouheida, a member of the
High Council of State") only where a title vouches for it, a word the lexicon lists
in ``titles_before`` right before the name or a role in ``roles_after`` apposed to
it after a comma; the family name is one capitalised word, no listed stop word, not
followed by another capitalised word (a longer name or a place's: "... Street").
Without that evidence a capitalised word after a given name is too often a clause's
next word or a place (probes: tests/unit/core/entities/test_people_shapes.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import islice
from pathlib import Path

import yaml

from wirewatch.core.entities.learned import shape_key
from wirewatch.core.entities.name_shape import NameShape, name_shape
from wirewatch.core.entities.named_orgs import headline_case as _headline
from wirewatch.core.entities.turkish_names import turkish_shaped_names
from wirewatch.core.textfold import fold_char_string

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2]
    / "data"
    / "lexicons"
    / "entities"
    / "latin_arabic_names.yaml"
)
#: words that open a two-word family name (Abu Ras, Ben Zeer, Bin Omar, Bou Hlila)
_FAMILY_PARTICLES = frozenset(
    {"abu", "abou", "ben", "bin", "bou", "bu", "ibn", "abd", "abdel", "abdul"}
    # (session 21, ennames) "Bo" as Libyan copy writes Bu/Bou: "Hisham Bo Shkewat"
    | {"bo"}
    # (session 21, entshape) the article written apart and capitalised: "spokesman
    # Fadi El Abdallah", "Khaled Al Mahdi"
    | {"al", "el"}
)
#: the particles a family name is also written joined to with a hyphen ("Hisham
#: Bo-Shkewat", "Ali Abu-Sneina", "Omar Ben-Zeglam"): the family name's hyphen
#: allowed after them as after the article (not "abd"/"abdel"/"abdul": a given
#: name's "Abdel-Hamid", never a family name's head)
_PARTICLE_HYPHENS = tuple(
    sorted(f"{p}-" for p in _FAMILY_PARTICLES - {"abd", "abdel", "abdul", "al", "el"})
)
#: the first halves of a compound given name written apart ("Abdul Hamid")
_COMPOUND_HEADS = frozenset({"abdul", "abdel", "abd"})
#: how many listed given names may stand before the family name after a title
#: ("photographer Mohammed Omar Ahmed X": a given name, the father's and the
#: grandfather's, as Libyan official copy writes a full name)
_MAX_GIVEN = 3
#: how far back (characters) a plural role may stand before a listed name
_LIST_REACH = 90
#: how far after a given name (characters) the comma before an apposed role may be:
#: four name words (a particle among them) of up to 14 letters and their spaces
_APPOSED_REACH = 60
#: a folded Latin word (a name's; an apostrophe inside: "O'Neill")
_LATIN = re.compile(r"[a-z][a-z']*(?:-[a-z][a-z']*)*")


class LatinArabicNames:
    def __init__(
        self,
        given_names: frozenset[str],
        articles: frozenset[str],
        heads_of: frozenset[str] = frozenset(),
        titles_before: frozenset[str] = frozenset(),
        roles_after: frozenset[str] = frozenset(),
        not_family: frozenset[str] = frozenset(),
        name_titles: frozenset[str] = frozenset(),
        not_name: frozenset[str] = frozenset(),
        not_unlisted: frozenset[str] = frozenset(),
        suffix_apostrophe: bool = False,
        shape: NameShape | None = None,
        headline_guard: bool = False,
        plural_roles: frozenset[str] = frozenset(),
    ) -> None:
        self._given = given_names
        self._titles_before = titles_before
        self._not_family = not_family
        #: titles right before which any capitalised two-word name is a person's
        #: ("President Paul Kagame", "Mayor Abdurrauf Hasan"), and the capitalised
        #: words that are no name's first word there (a body's: "Executive Officer")
        self._name_titles = name_titles
        self._not_name = not_family | not_name
        #: first names another rule reads after a title (Turkish given names)
        self._not_unlisted = not_unlisted
        #: a case ending after an apostrophe ends a family name (Turkish: "Akalın'ın")
        self._suffix_apostrophe = suffix_apostrophe
        #: the language's words that begin no name (name_shape.yaml: a document or a
        #: body after the title, "Bakanı Mutabakat Muhtırası"), read for unlisted names
        self._word_shape = shape
        #: no unlisted name on a line in headline case (Turkish: "Bakanı Yeni Kabine
        #: Kararını Açıkladı"); English titles keep the rule they had, whose probes
        #: hold all-capitalised sentences ("Iraqi Kurdistan Prime Minister Masrour
        #: Barzani") the headline test would take for headlines
        self._headline_guard = headline_guard
        plurals = "|".join(sorted(map(re.escape, plural_roles), key=len, reverse=True))
        #: (session 21, ennames) a plural role, and the text from it to a name it
        #: lists: the role's qualifiers and a comma ("two deputies in the council, ",
        #: "the ministers of defence and interior, "), or nothing ("Libyan officials "),
        #: then only the names listed before it ("X, ", "X and ")
        self._plural_role = re.compile(rf"(?<![\w-])(?:{plurals})(?![\w-])") if plurals else None
        self._plural_tail = re.compile(
            r"(?:(?: [a-z'-]+){0,5},)? (?:[a-z'-]+(?: [a-z'-]+){0,4}(?:,? and |, ))*"
        )
        roles = "|".join(sorted(map(re.escape, roles_after), key=len, reverse=True))
        #: ", the deputy governor", ", a member of", ", head of": a role apposed after
        self._role_after = (
            re.compile(
                rf",\s+(?:(?:the|a|an|its|libya's|turkey's|libyan|turkish)\s+)?"
                rf"(?:(?:former|deputy|acting|new|first|second|vice|assistant|general)\s+)*"
                rf"(?:{roles})(?![\w-])"
            )
            if roles
            else None
        )
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
        #: "al-", "el-": a family name's article and hyphen
        self._article_hyphens = tuple(sorted(f"{article}-" for article in articles))

    def find(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        tokens: AbstractSet[str] | None = None,
    ) -> Iterator[tuple[int, int, str, str]]:
        """(start, end, display name, id) of each name of the shape no entity covers."""
        yield from self._titled_plain(folded, display, to_display, taken, tokens)
        if "-" not in folded or not self._anchor_heads:  # no article shape (Turkish)
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
            yield start, end, display[d0:d1], shape_key(folded[start:end])

    def _titled_plain(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        tokens: AbstractSet[str] | None,
    ) -> Iterator[tuple[int, int, str, str]]:
        """Given [given] Family, no article, with a title before or a role apposed
        after (see the module's docstring). Looked for only from the given names among
        the text's white-space tokens (a set intersection in C)."""
        if not (self._titles_before or self._name_titles) and self._role_after is None:
            return
        if tokens is None:
            tokens = set(folded.split())
        starts = [at for token in tokens & self._given for at in _spaced_words(folded, token)]
        # any first name right after a title that vouches for it (issue #12, entmech):
        # the given-name list holds Arab names, but foreign, Turkish and rarer Libyan
        # officials are titled the same way ("Rwandan President Paul Kagame", "Tripoli
        # Mayor Abdurrauf Hasan", "Presidential adviser Sefer Turan"); a Turkish given
        # name is left to the Turkish names' rule, which gives the title's country
        # ("the Turkish trade adviser Ercan Dilsiz")
        unlisted: set[int] = set()
        for token in tokens & self._name_titles:
            for title_at in _spaced_words(folded, token):
                at = title_at + len(token) + 1
                first = _LATIN.match(folded, at)
                if (
                    first is not None
                    and len(first.group()) >= 3
                    and first.group() not in self._given
                    and first.group() not in self._not_name
                    and first.group() not in self._not_unlisted
                    and first.group() not in self._titles_before
                    and "'" not in first.group()  # "Müdürü Fidan'ın Ankara": no first name
                    and (self._word_shape is None or self._word_shape.may_begin_name(first.group()))
                    and folded.startswith(" ", first.end())
                    and not (self._headline_guard and _headline(display, *to_display(at, at + 1)))
                ):
                    unlisted.add(at)
        starts.extend(unlisted)
        yield from self._titled_from(folded, display, to_display, taken, starts, unlisted)

    def _titled_from(
        self,
        folded: str,
        display: str,
        to_display: Callable[[int, int], tuple[int, int]],
        taken: Callable[[int, int], bool],
        starts: list[int],
        unlisted: set[int],
    ) -> Iterator[tuple[int, int, str, str]]:
        """The titled plain names from the first-name offsets ``starts`` (those in
        ``unlisted``: unlisted first names right after a ``name_titles`` title)."""
        starts.sort()
        resume = 0
        for at in starts:
            if at < resume:
                continue
            plain = at in unlisted  # an unlisted first name right after a title
            # (session 21, ennames) "Minister Abdul Hamid X", "two deputies, Abdel
            # Salam X and ...": a listed given name after "Abdul"/"Abdel"/"Abd" is the
            # second half of one given name, which starts at the head
            head = 0
            if not plain:
                before = folded.rfind(" ", 0, at - 1) + 1
                if (
                    at >= 4
                    and folded[at - 1] == " "
                    and folded[before : at - 1] in _COMPOUND_HEADS
                    and _capitalised(display, to_display, before)
                ):
                    at, head = before, 1
            # the evidence first, in string operations: a title right before, or a
            # comma close enough after for a role apposed to a name of up to three
            # words; most given names have neither (KB names: "Khalifa Haftar said")
            titled = (
                plain or self._title_before(folded, at) or self._listed_after_plural(folded, at)
            )
            if not titled and folded.find(", ", at, at + _APPOSED_REACH) < 0:
                continue
            if taken(at, at + 1) or not _capitalised(display, to_display, at):
                continue
            words = [
                (m.start(), m.end(), m.group())
                for m in islice(_LATIN.finditer(folded, at), _MAX_GIVEN + 4)
            ]
            if len(words) < 2 or words[0][0] != at:
                continue
            # a second given name ("Mohamed Salem Bouzid") when a family name follows
            # it, else the given name's family name ("Mohamed Abdelsalam, the ...");
            # (session 21, ennames) a third one after a title too: the father's and
            # grandfather's ("photographer Mohammed Omar Ahmed X"), every one listed,
            # so no place's or body's words ("Minister Ali Omar Mukhtar Street": the
            # capitalised word after the family name still ends it)
            i = head
            while (
                i + 2 < len(words)
                and i - head + 1 < (_MAX_GIVEN if titled else 2)
                and words[i + 1][2] in self._given
                and _one_space(folded, words[i], words[i + 1])
                and _one_space(folded, words[i + 1], words[i + 2])
                and _capitalised(display, to_display, words[i + 1][0])
                and _capitalised(display, to_display, words[i + 2][0])
            ):
                i += 1
            two = i > head
            fam = i + 1
            if fam >= len(words) or not _one_space(folded, words[i], words[fam]):
                continue
            if (
                words[fam][2] in _FAMILY_PARTICLES
                and fam + 1 < len(words)
                and _one_space(folded, words[fam], words[fam + 1])
                and _capitalised(display, to_display, words[fam + 1][0])
            ):
                fam += 1  # "Abu Ras", "Ben Zeer", "Bu Shkiwat": the particle and its word
            family = words[fam][2]
            end = words[fam][1]
            suffixed = False
            if family.endswith("'s"):  # "Bouzid's": the possessive is no part of it
                family, end = family[:-2], end - 2
            elif self._suffix_apostrophe and "'" in family:
                # "Saim Akalın'ın", "Farno’ya": a Turkish case ending after an
                # apostrophe ends the name, dropped from it
                family = family.partition("'")[0]
                end, suffixed = words[fam][0] + len(family), True
            if (
                len(family) < 3
                or family in self._not_family
                or (
                    "-" in family
                    and not family.startswith(self._article_hyphens)
                    and not family.startswith(_PARTICLE_HYPHENS)
                )
            ):
                # a hyphen joins no family name but the article's ("Ms. Shahira
                # Al-Sadi": an unlisted first name the article shape does not read)
                continue
            if plain and (
                family in self._not_name
                or family in self._titles_before
                or two
                or (self._word_shape is not None and not self._word_shape.may_begin_name(family))
            ):
                continue  # an unlisted first name: a plain two-word name only
            if not all(_capitalised(display, to_display, w[0]) for w in words[1 : fam + 1]):
                continue
            if (
                not suffixed
                and fam + 1 < len(words)
                and _one_space(folded, words[fam], words[fam + 1])
                and _capitalised(display, to_display, words[fam + 1][0])
            ):
                continue  # a longer name, or a place's: "... Street", "... Bouzid Hassan"
            if plain and fam + 1 < len(words) and "-" in words[fam + 1][2]:
                continue  # "President Abdul Fattah al-Sisi": the name goes on
            if not (titled or self._role_apposed(folded, end)):
                continue
            resume = end
            if taken(at, end):
                continue
            d0, d1 = to_display(at, end)
            yield at, end, display[d0:d1], shape_key(folded[at:end])

    def _title_before(self, folded: str, at: int) -> bool:
        """A listed title or rank is the word right before ``at`` (one space apart),
        or before a comma there: "the Jordanian Parliament Speaker, Atef Tarawneh"
        (a listed given name: the comma apposes the name to the title)."""
        if at < 3 or folded[at - 1] != " ":
            return False
        stop = at - 2 if folded[at - 2] == "," else at - 1
        begin = folded.rfind(" ", 0, stop) + 1
        return folded[begin:stop].rstrip(".") in self._titles_before

    def _listed_after_plural(self, folded: str, at: int) -> bool:
        """A plural role before the name at ``at`` lists it (session 21, ennames):
        "two deputies in the council, X and Y", "the ministers of defence and
        interior, X and Y", "Libyan officials X and Y" (see ``_plural_tail``)."""
        if self._plural_role is None:
            return False
        begin = max(0, at - _LIST_REACH)
        roles = list(self._plural_role.finditer(folded, begin, at))
        # the nearest role before the name: a farther one has it among its words
        return bool(roles) and self._plural_tail.fullmatch(folded, roles[-1].end(), at) is not None

    def _role_apposed(self, folded: str, end: int) -> bool:
        """A comma and a listed role right after the name at ``end``."""
        return (
            self._role_after is not None
            and folded.startswith(",", end)
            and self._role_after.match(folded, end, end + 60) is not None
        )

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


def _one_space(folded: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return b[0] == a[1] + 1 and folded[a[1]] == " "


def _spaced_words(folded: str, token: str) -> Iterator[int]:
    """Offsets of the white-space token ``token`` followed by a space (as a given name
    before its family name is). Searched with the space: a bare given name ("ali",
    "said") is inside many words, and checking each of those cost more than the rest
    of the rule (0.6 ms an English article of the entity bench)."""
    needle = token + " "
    at = folded.find(needle)
    while at >= 0:
        if not at or folded[at - 1].isspace():
            yield at
        at = folded.find(needle, at + len(needle))


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
    turkish = turkish_shaped_names(lang)
    articles = frozenset(fold_char_string(str(a)) for a in rules.get("articles", []))
    heads = frozenset(fold_char_string(str(h)) for h in rules.get("heads_of", []))

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold_char_string(str(w)) for w in rules.get(key, []))

    return LatinArabicNames(
        names,
        articles,
        heads,
        folded("titles_before"),
        folded("roles_after"),
        folded("not_family"),
        folded("name_titles"),
        folded("not_name"),
        turkish.given if turkish is not None else frozenset(),
        bool(rules.get("suffix_apostrophe", False)),
        name_shape(lang),
        bool(rules.get("headline_guard", False)),
        folded("plural_roles"),
    )
