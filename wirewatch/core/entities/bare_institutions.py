"""Institutions named bare, without their country (وزارة الدفاع, الرئاسة).

News copy names a ministry in full once (وزارة الدفاع التركية) or not at all, and then
writes it bare; the knowledge base holds only the qualified names, since a bare one
names a different ministry in each country. A bare name is linked here to one
country's institution when the article itself says which, by the cues of
``lexicons/entities/institutions.yaml`` tried in order:

1. a country-bearing entity (a place, a nationality adjective, a person or an
   organisation of known country) starting within ``window`` tokens after it, with no
   stop word or sentence end between: وزارة الدفاع بالعاصمة الليبية, متحدث الرئاسة
   إبراهيم قالن;
2. the qualified institution of exactly one country named elsewhere in the article;
3. the titles of the institution's head in the article (وزير الدفاع), each resolved as
   in 1, all pointing to the same country;
4. the people of the article who have held the head's office (``heads``: KB term
   roles such as "central bank governor"), all of one country: وناقش الصديق الكبير مع
   أردوغان دور المصرف المركزي is Libya's central bank, its governor being named.
   A holder of another country's office, listed or not, leaves the name unlinked;
5. (issue #12, accarent) the one country every country-bearing entity of the article
   names, when an organisation of that country is among them: an article
   about Libya alone (حكومة الوحدة الوطنية, طرابلس) that writes المصرف المركزي or
   وزارة الصحة means Libya's. One other country named anywhere (a Turkish minister,
   تركيا) leaves the name to cues 1-4, and so does a country named only as a place
   (what the ministry speaks of, not whose it is) or by a person alone (whose office
   cue 4 asks about);
6. (issue #12, entar) for a name the lexicon marks ``sole`` (one country listed, a
   body no other country's news names so: مؤسسة النفط, ديوان المحاسبة, مصلحة الطيران
   المدني), that country named anywhere in the article, by any entity, when cues 1-4
   gave no other: an article on Turkish-Libyan oil talks that writes مؤسسة النفط
   means Libya's.

In the languages that put the country first (``country_before``: "the Turkish
defence minister", "Libya's Foreign Ministry") a cue ending right before the name or
title, a possessive at most between, is tried ahead of 1; and a capitalised word right
before the name that no cue covers ("the Azerbaijani Defense Ministry", "the Nigerien
Interior Ministry": a country the nationality lexicon lacks) qualifies it as another
country's, which no cue may then tie to the article's own (session 20: Baykar's
Azerbaijani deal linked the Defense Ministry to Türkiye's).

Anything else (no cue, cues that disagree, a country the lexicon does not list) leaves
the bare name unlinked: a missed link costs less than a wrong one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

import ahocorasick_rs

from schemas import EntityType
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.lexicon import BareInstitution, Lexicons
from wirewatch.core.entities.offices import split_role
from wirewatch.core.textfold import FoldedText

#: Punctuation that ends the clause a cue must share with the bare name.
_CLAUSE_END = frozenset('.!?؟:;؛\n()«»"')
_TOKEN = re.compile(r"\S+")
#: What may stand between a country cue and the name or title it qualifies when the
#: country comes first: spaces, after a possessive ("Turkey's", "Libya’s").
_BEFORE_GAP = re.compile(r"(?:['’]s?)?\s+")
#: The word right before a bare name, its spaces after it (folded text: letters only,
#: so "Turkey's" or "forces," is no qualifier word).
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
#: Words written capitalised before a bare name that do not qualify it: a sentence's
#: first word, a determiner or a preposition ("The Defense Ministry said", "In Defence
#: Ministry circles").
_NOT_QUALIFIERS = frozenset(
    [
        *("the", "a", "an", "its", "their", "his", "her", "our", "this", "that"),
        *("these", "those", "and", "but", "or", "both", "each", "in", "at", "on"),
        *("for", "from", "with", "by", "of", "to", "as", "said", "says", "while"),
        *("when", "meanwhile", "also", "then", "yesterday", "today", "new", "former"),
    ]
)


class Cue(NamedTuple):
    """An entity found in the article, as a country cue: folded span and country (a
    named tuple: tens a bare name, built with ``tuple.__new__`` at C speed)."""

    start: int
    end: int
    country: str


#: A folded body to look for, and whether it must follow a fused ل (للرئاسة).
_Body = tuple[str, bool]


@dataclass(frozen=True, slots=True)
class _Compiled:
    institution: BareInstitution
    forms: tuple[_Body, ...]
    titles: tuple[_Body, ...]
    #: the bodies of ``forms``: an item none of whose forms the text holds is skipped
    #: before its spans are read (most items of most articles)
    form_bodies: frozenset[str]
    #: " " + each adjective a derived name was cut from (BareInstitution.tails)
    tails: tuple[str, ...] = ()


def _bodies(forms: Iterable[str]) -> tuple[_Body, ...]:
    out: list[_Body] = []
    for form in sorted(forms, key=len, reverse=True):
        out.append((form, False))
        if form.startswith("ال"):  # ل + الرئاسة is written للرئاسة
            out.append((form[1:], True))
    return tuple(out)


_first = itemgetter(0)


class BareInstitutions:
    """The bare institution names of each language, ready to scan folded text."""

    def __init__(
        self,
        lex: Lexicons,
        entities: Iterable[KBEntity] = (),
        derived: Mapping[str, Sequence[BareInstitution]] | None = None,
    ) -> None:
        entities = list(entities)
        #: person id -> (country, the term roles held, qualifier dropped, lowercased)
        self._holders: dict[str, tuple[str, frozenset[str]]] = {
            e.id: (e.country, frozenset(r for t in e.terms for r in _base_roles(t.role)))
            for e in entities
            if e.terms and e.country
        }
        #: KB organisation id -> its country: the actors of cue 5
        self._actor_country: dict[str, str] = {
            e.id: e.country for e in entities if e.country and e.type is EntityType.ORG
        }
        self._clitics = frozenset(p for p in lex.prefixes_plain if p)
        self._window = lex.institution_window
        self._stops = lex.institution_stops
        self._country_first = lex.institution_country_before
        #: the lexicon's names, then those derived from the KB (org_forms.bare_forms)
        items_by_lang: dict[str, list[BareInstitution]] = {
            lang: list(items) for lang, items in lex.bare_institutions.items()
        }
        for lang, items in (derived or {}).items():
            items_by_lang.setdefault(lang, []).extend(items)
        self._by_lang: dict[str, tuple[_Compiled, ...]] = {
            lang: tuple(_compiled(b) for b in items) for lang, items in items_by_lang.items()
        }
        #: per language, form body -> the items (by index) holding it: an article's
        #: few bodies pick their items, not a test of every item (the KB-derived
        #: names made the list ten times longer)
        self._items_of: dict[str, dict[str, tuple[int, ...]]] = {}
        for lang, compiled in self._by_lang.items():
            index: dict[str, list[int]] = {}
            for i, item in enumerate(compiled):
                for body in item.form_bodies:
                    index.setdefault(body, []).append(i)
            self._items_of[lang] = {body: tuple(ids) for body, ids in index.items()}
        #: per language, every body (forms and titles) in one automaton: the bodies an
        #: article holds come from one scan, and only those are searched for
        self._bodies: dict[str, tuple[list[str], ahocorasick_rs.BytesAhoCorasick]] = {}
        for lang, compiled in self._by_lang.items():
            bodies = sorted({body for item in compiled for body, _ in (*item.forms, *item.titles)})
            if bodies:
                # on UTF-8 bytes: a body is in the bytes where it is in the text, and
                # no offsets need converting back to characters. A DFA: past ~100
                # patterns (the KB-derived names) the library's default is an NFA,
                # slower a byte
                automaton = ahocorasick_rs.BytesAhoCorasick(
                    [body.encode() for body in bodies],
                    implementation=ahocorasick_rs.Implementation.DFA,
                )
                self._bodies[lang] = (bodies, automaton)

    def _present(self, f: str, lang: str) -> frozenset[str]:
        """The bodies of ``lang`` that occur in ``f`` at all (one overlapping scan)."""
        entry = self._bodies.get(lang)
        if entry is None:
            return frozenset()
        bodies, automaton = entry
        return frozenset(
            bodies[index]
            for index, _, _ in automaton.find_matches_as_indexes(
                f.encode("utf-8", "surrogatepass"), True
            )
        )

    def _spans(
        self,
        f: str,
        bodies: tuple[_Body, ...],
        present: Collection[str],
        tails: tuple[str, ...] = (),
    ) -> list[tuple[int, int]]:
        """Where the bodies stand as words, proclitics allowed before them (plain
        substring search, of the ``present`` bodies only: most articles hold none),
        not followed by one of ``tails`` (the adjective of the full name the body was
        derived from: inside that name, which the KB links)."""
        found: list[tuple[int, int]] = []
        for body, after_lam in bodies:
            if body not in present:
                continue
            pos = f.find(body)
            while pos != -1:
                end = pos + len(body)
                if tails and f.startswith(tails, end):
                    pass  # القوات المسلحة التركية: the full name, no bare one
                elif end == len(f) or not f[end].isalnum():
                    word = pos
                    while word > 0 and f[word - 1].isalnum():
                        word -= 1
                    prefix = f[word:pos]
                    if (not prefix or prefix in self._clitics) and (
                        not after_lam or prefix.endswith("ل")
                    ):
                        found.append((pos, end))
                pos = f.find(body, pos + 1)
        found.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for span in found:  # the longest form where forms overlap (جهاز المخابرات)
            if not kept or span[0] >= kept[-1][1]:
                kept.append(span)
        return kept

    def __bool__(self) -> bool:
        return bool(self._by_lang)

    def resolve(
        self,
        f: str,
        lang: str | None,
        context: Callable[
            [], tuple[Sequence[tuple[int, int]], Callable[[], Sequence[Cue]], Collection[str]]
        ],
        folded: FoldedText | None = None,
    ) -> list[tuple[int, int, str]]:
        """(start, end, KB id) of each bare institution name in the folded text ``f``
        that the article's cues tie to one country's institution.

        ``context()`` (called only when a bare name occurs) gives the spans already
        linked (a bare name inside one is part of a longer name), the country-bearing
        entities as cues (built when asked), and the ids of the entities found (for cue 2).
        ``folded`` (the text ``f`` folds, with its display form) shows the case of the
        word before a name, in the languages that put the country first."""
        compiled = self._by_lang.get(lang or "")
        if not compiled:
            return []
        held_bodies = self._present(f, lang or "")
        if not held_bodies:
            return []
        items_of = self._items_of[lang or ""]
        held_items = sorted({i for body in held_bodies for i in items_of.get(body, ())})
        matches = [
            (compiled[i], span)
            for i in held_items
            for span in self._spans(f, compiled[i].forms, held_bodies, compiled[i].tails)
        ]
        if not matches:
            return []
        taken, cues, present = context()
        matches = [
            (item, (start, end))
            for item, (start, end) in matches
            if not any(a < end and start < b for a, b in taken)
        ]
        if not matches:  # every bare name inside a longer one: no cue needed
            return []
        ordered = sorted(cues(), key=_first)  # by start: itemgetter, no Python call a cue
        stops = self._stops.get(lang or "", frozenset())
        held: dict[int, str | None] = {}  # item -> the country its head's titles give
        first = (lang or "") in self._country_first
        out: list[tuple[int, int, str]] = []
        for item, (start, end) in matches:
            by_country = item.institution.by_country
            country = _country_before(f, start, ordered) if first else None
            if (
                country is None
                and first
                and folded is not None
                and _unknown_qualifier(f, start, ordered, folded)
            ):
                continue  # "the Azerbaijani Defense Ministry": another country's
            if country is None:
                country = self._country_after(f, end, ordered, stops)
            if country is None:
                named = [c for c, kb_id in by_country.items() if kb_id in present]
                country = named[0] if len(named) == 1 else None
            if country is None and item.titles:
                key = id(item)
                if key not in held:
                    held[key] = self._title_country(
                        f, item.titles, ordered, stops, first, held_bodies
                    )
                country = held[key]
            if country is None and item.institution.heads:
                country = self._holder_country(item.institution.heads, present)
            if country is None:
                country = self._one_country(ordered, present)
            if country is None and not _in_title(f, start, end, item.titles):
                # (a head's title, "ورئيس المخابرات", names the head, not the body)
                country = _listed_after(f, start, ordered)
            if country is None and item.institution.sole:
                country = _sole_country(by_country, ordered)
            kb_id = by_country.get(country) if country else None
            if kb_id is not None:
                out.append((start, end, kb_id))
        if len(out) > 1:  # two items' names on one span (وزارة الدفاع, and the derived
            # وزارة الدفاع الوطني): the longest
            out.sort(key=lambda hit: (hit[0], -hit[1]))
            kept = [out[0]]
            for hit in out[1:]:
                if hit[0] >= kept[-1][1]:
                    kept.append(hit)
            out = kept
        return out

    def _one_country(self, cues: Sequence[Cue], present: Collection[str]) -> str | None:
        """Cue 5: the one country of every cue, when a KB organisation of that country is
        among them (a place or the country's name alone may be what the institution
        speaks of: وقالت وزارة الدفاع إن تركيا سترسل سفينة; a person may speak of
        another country's bank: وقال أردوغان إن المصرف المركزي, cue 4 asks his office)."""
        countries = {c.country for c in cues}
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        actors = (self._actor_country.get(kb_id) for kb_id in present)
        return country if country in actors else None

    def _holder_country(self, heads: frozenset[str], present: Collection[str]) -> str | None:
        """The one country whose holders of the head's office the article names."""
        countries = {
            country
            for kb_id in present
            if (held := self._holders.get(kb_id)) is not None
            for country in (held[0],)
            if held[1] & heads
        }
        return countries.pop() if len(countries) == 1 else None

    def _title_country(
        self,
        f: str,
        titles: tuple[_Body, ...],
        cues: Sequence[Cue],
        stops: frozenset[str],
        country_first: bool,
        present: Collection[str],
    ) -> str | None:
        """The one country the article's titles of the head point to, if one."""
        countries = set()
        for start, end in self._spans(f, titles, present):
            country = _country_before(f, start, cues) if country_first else None
            countries.add(country or self._country_after(f, end, cues, stops))
        countries.discard(None)
        return countries.pop() if len(countries) == 1 else None

    def _country_after(
        self, f: str, end: int, cues: Sequence[Cue], stops: frozenset[str]
    ) -> str | None:
        """The country of the first cue starting within the window of tokens after
        ``end``, unless a stop word or the clause's end comes first."""
        starts = [c.start for c in cues]
        words = 0
        for token in _TOKEN.finditer(f, end):
            first = bisect_left(starts, token.start())
            if first < len(cues) and cues[first].start < token.end():
                return cues[first].country
            text = token.group()
            if text[0] in _CLAUSE_END or text[-1] in _CLAUSE_END:
                return None
            word = text.strip("،,")
            if not word:
                continue  # a comma standing alone
            if word in stops:
                return None
            words += 1
            if words == self._window:
                return None
        return None


def _sole_country(by_country: Mapping[str, str], cues: Sequence[Cue]) -> str | None:
    """Cue 6: the one country a ``sole`` name's body belongs to, when the article names
    it anywhere (مؤسسة النفط in an article naming Libya or a Libyan): no other
    country's body bears that name in this news, and cues 1-4, which came first, gave
    no other country."""
    country = next(iter(by_country))
    return country if any(cue.country == country for cue in cues) else None


def _compiled(institution: BareInstitution) -> _Compiled:
    forms = _bodies(institution.forms)
    return _Compiled(
        institution,
        forms,
        _bodies(institution.titles),
        frozenset(body for body, _ in forms),
        tuple(sorted(" " + tail for tail in institution.tails)),
    )


#: what ends a sentence: a list cannot run across one
_SENTENCE_ENDS = (". ", ".\n", "\n", "? ", "! ")


#: the most characters between two items of a list: a comma and a title ("، وزير
#: الدولة للشؤون الاقتصادية ")
_LIST_GAP = 40


def _in_title(f: str, start: int, end: int, titles: tuple[_Body, ...]) -> bool:
    """Whether the bare name at ``start``-``end`` is inside one of its head's titles
    written around it (رئيس المخابرات, "Merkez Bankası Başkanı")."""
    return any(
        f.startswith(title, end - len(title)) or f.startswith(title, start)
        for title, _after_lam in titles
    )


def _listed_after(f: str, start: int, cues: Sequence[Cue]) -> str | None:
    """(entfix) The country of the list a bare name closes: two entities or more of
    one country listed right before it, each a comma from the next ("Başbakan Fayiz
    es-Serrac, Planlama Bakanı Tahir el-Cuheymi, Merkez Bankası yetkilileri", dev
    tr-12007, tr-18002): a body listed with a country's officials is that country's.
    The list runs back while each entity is a comma from the next and of the same
    country, within the sentence; None for a list of one."""
    i = bisect_right(cues, start, key=_first) - 1
    listed: list[str] = []
    end = start
    while i >= 0 and cues[i].end <= end:
        gap = f[cues[i].end : end]
        if (
            len(gap) > _LIST_GAP
            or (", " not in gap and "، " not in gap)
            or any(stop in gap for stop in _SENTENCE_ENDS)
        ):
            break  # no list comma, or a clause between ("1,717 migrants off the coast of")
        if listed and cues[i].country != listed[0]:
            break  # the list's start: "Erdoğan, Libya Başbakanı Dibeybe, ..." is one
        listed.append(cues[i].country)
        end = cues[i].start
        i -= 1
    return listed[0] if len(listed) >= 2 else None


def _country_before(f: str, start: int, cues: Sequence[Cue]) -> str | None:
    """The country of the cue ending right before ``start`` ("Turkish defence
    minister", "Libya's Foreign Ministry"), if one does."""
    last: Cue | None = None
    for cue in cues:  # few: the article's entities with a country
        if cue.end <= start and (last is None or cue.end > last.end):
            last = cue
    if last is None or _BEFORE_GAP.fullmatch(f, last.end, start) is None:
        return None
    return last.country


def _unknown_qualifier(f: str, start: int, cues: Sequence[Cue], folded: FoldedText) -> bool:
    """Whether the word right before the bare name at ``start`` is written capitalised,
    is no determiner or sentence opener, and holds no cue: the adjective or name of a
    country the lexicon lacks ("the Pakistani Defense Ministry"), whose ministry this is.
    Asked only for a bare name no cue stands right before: a few an article."""
    found = _WORD_BEFORE.search(f, max(0, start - 40), start)
    if found is None or found.group(1) in _NOT_QUALIFIERS:
        return False
    a, b = found.span(1)
    if any(cue.start < b and a < cue.end for cue in cues):
        return False  # a place or name the article links: the cues decide
    shown = folded.display
    d = folded.to_display(a, b)[0]
    return d < len(shown) and shown[d].isupper()


def _base_roles(role: str) -> tuple[str, ...]:
    """A KB term role as ``heads`` name it: without its "(qualifier)", and also without
    a trailing "of <country>" ("Governor of the Central Bank of the Republic of
    Türkiye" is a "governor of the central bank of the republic")."""
    base = split_role(role)[0]
    head, sep, _country = base.rpartition(" of ")
    return (base, head) if sep else (base,)
