"""Later references by role alone: "the Turkish minister", "الوزير التركي", "Türk bakan".

A report names a person once with a title ("Turkish Defence Minister Yasar Guler") and
then by role and nationality only. Such a reference is a role noun next to a
nationality adjective (which the entity detector reports as a mention of the country,
one that does not stand for the state). It stands for the person of that country whose
role holds the noun's keyword and who was named last before it in the article. Role
nouns and their keywords are lexicon data (``role_references`` in each language file),
so a new language is a new file.

No reference is resolved when the phrase is only the title of a name that follows it
("the Turkish minister Hakan Fidan"). When no such person was named before, the one
named first after it stands for it: a report may open by role alone and name the holder
later ("The Turkish foreign minister met Dbeibah ... Fidan also met Menfi").

A language whose copy says "our" for one country's officials (Turkish
"Cumhurbaşkanımız", "Dışişleri Bakanımız": our president, our foreign minister) names
that country by the possessive ending instead of an adjective: ``own_roles`` maps such
nouns to keywords and ``own_country`` says whose they are; they resolve the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from schemas.articles import Entity, EntityType
from wirewatch.core.contacts.word_trie import led_by_letters
from wirewatch.core.textfold import fold_char_string, lower

#: The keyword of a role noun that names any office ("المسؤول التركي", the Turkish
#: official): the person of that country with a role named last before it.
ANY_ROLE = "*"
#: How far (characters) around the adjective a role noun is looked for.
_REACH = 48
#: How far (characters) before an institution's name its head noun is looked for
#: ("ورئيسة " and a space or two): asked of every institution, so kept short.
_HEAD_REACH = 12
#: A person mention starting this close after a reference makes it a mere title.
_TITLE_GAP = 3
_PERSON = EntityType.PERSON
#: Punctuation that may follow a one-word role noun ("Türk Bakan, ...").
_CLOSING = ",;:"
#: A case ending glued to a possessive role noun ("Cumhurbaşkanımız'ın", "Bakanımızla").
_CASE_ENDING = r"(?:'?\w{1,5})?"


@dataclass(frozen=True, slots=True)
class OwnRoles:
    """One language's first-person possessive role nouns ("Cumhurbaşkanımız"): the
    holder of that role in ``country``, the country the language's copy calls "ours"."""

    country: str
    pattern: re.Pattern[str]
    #: folded noun (single spaces) -> keyword looked for in a person's role
    keywords: Mapping[str, str]
    #: Words one of which every match holds as written (the nouns' last words, less
    #: those holding another): a sentence with none is not searched (``find``).
    words: tuple[str, ...] = ()

    @classmethod
    def compile(cls, data: Mapping[str, Any]) -> OwnRoles | None:
        country = str(data.get("own_country") or "").upper()
        keywords = {
            " ".join(fold_char_string(str(noun)).split()): lower(str(keyword))
            for noun, keyword in (data.get("own_roles") or {}).items()
        }
        if not country or not keywords:
            return None
        bodies = [
            re.escape(n).replace(r"\ ", r"\s+") for n in sorted(keywords, key=len, reverse=True)
        ]
        # (searched in every sentence with a mention: written to be skipped ahead in,
        # ``led_by_letters``)
        led = led_by_letters([], bodies)
        role = led if led is not None else rf"(?<!\w)(?:{'|'.join(bodies)})"
        pattern = re.compile(rf"(?P<role>{role}){_CASE_ENDING}(?!\w)")
        return cls(country, pattern, keywords, _least_words(n.split()[-1] for n in keywords))

    def find(self, folded: str, start: int, end: int) -> Iterator[tuple[str, int, int]]:
        """The keyword and folded span of each possessive role noun in
        ``folded[start:end]`` (the span without its case ending)."""
        # Most sentences hold no such noun: one ``find`` a word says so in C, where the
        # pattern was searched at every position (own_references: 0.225 M instructions
        # a stage 1 bench article compiled, 2.0 % of stage 1; callgrind)
        if self.words and not any(folded.find(w, start, end) != -1 for w in self.words):
            return
        for m in self.pattern.finditer(folded, start, end):
            yield self.keywords[" ".join(m["role"].split())], m.start(), m.end("role")


def _least_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those holding another of them: a text holding one of ``words``
    holds one of these."""
    distinct = set(words)
    return tuple(sorted(w for w in distinct if not any(o != w and o in w for o in distinct)))


@dataclass(frozen=True, slots=True)
class RoleReferences:
    """One language's role nouns, compiled: the noun stands after the nationality
    adjective ("Turkish minister", "Türk bakan") or before it ("الوزير التركي")."""

    after: re.Pattern[str] | None
    before: re.Pattern[str] | None
    #: folded role noun (single spaces) -> keyword looked for in a person's role
    keywords: Mapping[str, str]
    #: The first words of the nouns after an adjective, the last words of those before
    #: it: most adjectives have neither next to them, and are passed over on that alone.
    first_words: frozenset[str] = frozenset()
    last_words: frozenset[str] = frozenset()
    #: Possessive role nouns ("Bakanımız"), which need no adjective.
    own: OwnRoles | None = None
    #: Head nouns right before an institution's name ("رئيس المجلس الرئاسي"): with no
    #: name after it, the holder of that institution's chair named before (``heads_of``).
    heads: re.Pattern[str] | None = None

    @classmethod
    def compile(cls, data: Mapping[str, Any] | None, proclitics: Iterable[str]) -> RoleReferences:
        data = data or {}
        keywords: dict[str, str] = {}
        sides: dict[str, list[str]] = {}
        for side in ("after_nationality", "before_nationality"):
            nouns = []
            for noun, keyword in (data.get(side) or {}).items():
                folded = " ".join(fold_char_string(str(noun)).split())
                keywords[folded] = lower(str(keyword))
                nouns.append(folded)
            sides[side] = sorted(nouns, key=len, reverse=True)
        after = before = None
        if sides["after_nationality"]:
            alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sides["after_nationality"])
            after = re.compile(rf"\s+(?P<role>{alts})(?!\w)")
        if sides["before_nationality"]:
            alts = "|".join(
                re.escape(n).replace(r"\ ", r"\s+") for n in sides["before_nationality"]
            )
            pre = "|".join(re.escape(fold_char_string(p)) for p in proclitics)
            pre = f"(?:{pre})?" if pre else ""
            before = re.compile(rf"(?<!\w){pre}(?P<role>{alts})\s+$")
        heads = None
        head_nouns = [" ".join(fold_char_string(str(n)).split()) for n in data.get("heads") or ()]
        if head_nouns:
            alts = "|".join(
                re.escape(n).replace(r"\ ", r"\s+")
                for n in sorted(head_nouns, key=len, reverse=True)
            )
            pre = "|".join(re.escape(fold_char_string(p)) for p in proclitics)
            pre = f"(?:{pre})?" if pre else ""
            heads = re.compile(rf"(?<!\w){pre}(?:{alts})\s+$")
        return cls(
            after,
            before,
            keywords,
            frozenset(n.split()[0] for n in sides["after_nationality"]),
            frozenset(n.split()[-1] for n in sides["before_nationality"]),
            OwnRoles.compile(data),
            heads,
        )

    def head_of(self, text: str, start: int, first: int) -> int | None:
        """Where the head noun right before the institution named at ``start`` begins
        ("رئيس المجلس الرئاسي"), within the sentence starting at ``first``; else None."""
        if self.heads is None:
            return None
        head = text[max(first, start - _HEAD_REACH) : start]
        folded = fold_char_string(head)
        m = self.heads.search(folded)
        if m is None:
            return None
        return start - _display_length_back(head, len(folded) - m.start())

    @property
    def empty(self) -> bool:
        return (
            self.after is None and self.before is None and self.own is None and self.heads is None
        )

    def find(
        self, text: str, start: int, end: int, first: int, last: int
    ) -> tuple[str, int, int] | None:
        """The role keyword and the span of the reference whose nationality adjective is
        ``text[start:end]``, within the sentence ``text[first:last]``; None if none."""
        if self.after is not None:
            tail = text[end : min(last, end + _REACH)]
            words = tail.split(maxsplit=1)
            # the noun may close the subject with a comma ("Türk Bakan, ... görüştü",
            # Turkish copy's usual punctuation; invented long-body probes: 6 of 6 such
            # references missed before)
            if words and fold_char_string(words[0]).rstrip(_CLOSING) in self.first_words:
                m = self.after.match(fold_char_string(tail))
                if m is not None:
                    return self._keyword(m["role"]), start, end + _display_length(tail, m.end())
        if self.before is not None:
            head = text[max(first, start - _REACH) : start]
            words = head.rsplit(maxsplit=1)
            if words and self._may_end(fold_char_string(words[-1])):
                folded = fold_char_string(head)
                m = self.before.search(folded)
                if m is not None:
                    width = len(folded) - m.start()
                    back = _display_length_back(head, width)
                    return self._keyword(m["role"]), start - back, end
        return None

    def _may_end(self, word: str) -> bool:
        """Whether ``word`` may be a role noun's last word, a proclitic glued to it."""
        return any(word[k:] in self.last_words for k in range(3))

    def _keyword(self, role: str) -> str:
        return self.keywords[" ".join(role.split())]


def _display_length(display: str, folded_length: int) -> int:
    """Characters of ``display`` whose fold is ``folded_length`` long (from its start)."""
    for n in range(folded_length, len(display) + 1):
        if len(fold_char_string(display[:n])) >= folded_length:
            return n
    return len(display)


def _display_length_back(display: str, folded_length: int) -> int:
    """Characters at the end of ``display`` whose fold is ``folded_length`` long."""
    for n in range(folded_length, len(display) + 1):
        if len(fold_char_string(display[len(display) - n :])) >= folded_length:
            return n
    return len(display)


def institution_keyword(name: str) -> str:
    """The words of an institution's name that its head's role holds: "Presidential
    Council (Libya)" -> "presidential council" ("President of the Presidential Council")."""
    return lower(re.sub(r"\s*\([^()]*\)", "", name).strip())


@lru_cache(maxsize=256)
def _role_pattern(keyword: str) -> re.Pattern[str]:
    # "minister" is not "Deputy Minister", "president" not "Vice President".
    return re.compile(rf"(?<!vice )(?<!deputy )(?<!\w){re.escape(keyword)}(?!\w)", re.IGNORECASE)


class NamedPeople:
    """The persons of an article with a role, by country, and where they are named:
    built once per article, and only when a sentence holds a role reference."""

    def __init__(
        self,
        entities: Iterable[Entity],
        countries: Iterable[str],
        past_roles: Mapping[str, Sequence[str]] | None = None,
        out_of_office: frozenset[str] = frozenset(),
        roles_on_day: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """``past_roles``: every office a person held (the KB's terms), for an article
        with no date of its own: its role references may be to any of them ("رئيس
        الوزراء التركي" on an undated 2011 page is Erdoğan, President since 2014).
        ``out_of_office``: persons whose every office ended long before the article's
        date: no role reference of that article is to them. ``roles_on_day``: for a
        dated article, the offices each person with KB terms held on its day, read
        instead of his KB role (which may name a past office)."""
        wanted = set(countries)
        self._past = past_roles or {}
        self._now = roles_on_day or {}
        self._by_country: dict[str, list[tuple[int, Entity]]] = {}
        for entity in entities:
            if entity.type is not _PERSON or entity.country not in wanted:
                continue
            if entity.id in out_of_office:
                continue
            if not any(self._roles(entity)):
                continue
            named = self._by_country.setdefault(entity.country, [])
            named += [(m.start, entity) for m in entity.mentions]

    def _roles(self, entity: Entity) -> tuple[str, ...]:
        """The roles a reference may name ``entity`` by (see ``__init__``)."""
        now = self._now.get(entity.id)
        if now is not None:
            return tuple(now)
        return (entity.role or "", *self._past.get(entity.id, ()))

    def last_before(self, country: str, keyword: str, position: int) -> Entity | None:
        """The person of ``country`` whose role (or, undated, any past role) holds
        ``keyword``, named last before ``position``."""
        pattern = _role_pattern(keyword)
        best: tuple[int, Entity] | None = None
        for start, entity in self._by_country.get(country, ()):
            later = start < position and (best is None or start > best[0])
            if later and (
                keyword == ANY_ROLE
                or any(pattern.search(role) is not None for role in self._roles(entity))
            ):
                best = (start, entity)
        return best[1] if best is not None else None

    def first_after(self, country: str, keyword: str, position: int) -> Entity | None:
        """The person of ``country`` whose role holds ``keyword`` (not ``ANY_ROLE``), named
        first after ``position``: a report may open by role alone and name the holder
        later ("The Turkish foreign minister met Dbeibah on Thursday. ... Fidan also
        met Menfi"). Asked only when no such person was named before."""
        if keyword == ANY_ROLE:
            return None
        pattern = _role_pattern(keyword)
        best: tuple[int, Entity] | None = None
        for start, entity in self._by_country.get(country, ()):
            if (
                start > position
                and (best is None or start < best[0])
                and any(pattern.search(role) is not None for role in self._roles(entity))
            ):
                best = (start, entity)
        return best[1] if best is not None else None


def is_title(
    mentions: Iterable[tuple[int, int, Entity, str | None]], country: str, end: int
) -> bool:
    """Whether a person of ``country`` is named right after a reference ending at ``end``
    (the reference is then that person's title, not a reference to someone earlier)."""
    return any(
        entity.type is _PERSON and entity.country == country and 0 <= start - end <= _TITLE_GAP
        for start, _, entity, _ in mentions
    )


#: An own-role reference: (keyword, country, display start, display end).
OwnReference = tuple[str, str, int, int]


def own_references(
    roles: Iterable[RoleReferences],
    sentences: Iterable[int],
    window: Callable[[int], tuple[str, int, int]],
    to_display: Callable[[int, int, int], tuple[int, int]],
) -> dict[int, list[OwnReference]]:
    """By sentence, the possessive role nouns of ``sentences`` ("Bakanımız"), each with
    the country it names; ``window``/``to_display`` read a sentence's folded text."""
    owns = [r.own for r in roles if r.own is not None]
    found: dict[int, list[OwnReference]] = {}
    if not owns:
        return found
    for index in sentences:
        folded, start, end = window(index)
        for own in owns:
            for keyword, first, last in own.find(folded, start, end):
                shown = to_display(index, first, last)
                found.setdefault(index, []).append((keyword, own.country, *shown))
    return found
