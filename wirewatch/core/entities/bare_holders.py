"""A surname or given name alone, linked to the one office-holder bearing it that day.

Second mentions often stand with no full name in the excerpt an article is cut to,
or in a short item: "وقال أوغلو" (Çavuşoğlu), "Bakan Bayraktar", "وأضاف عقيلة".
Alone, such a form is too ambiguous for the knowledge base to link: many people
bear it, and some are common words (الحداد = mourning, صالح = good). It links here
only with support that holds on unseen text, all of it:

* the article is dated, and exactly one KB person bearing the form held an office
  (a KB term) on that date, and every KB bearer's tenure is known: his ``terms``,
  or ``office: none`` for one known to have held no public office (a businessman,
  an analyst); a bearer with neither might hold an office on the date; a title right before it ("Bakan", "السفير") narrows the
  bearers to those whose term names that kind of office;
* that person's country is among the countries the article already names, or is
  the one its language's press covers first (Turkish: Türkiye);
* it reads as a name: capitalised with no capitalised neighbour (Latin script; a
  longer unknown name is left alone), or right after a title or a verb of saying
  or meeting (Arabic, which has no capitals);
* a form that is also a common word (``stoplists.yaml``) links only after a title;
* a given name links only the few people the press calls by it alone
  (``bare_given_names.yaml``: عقيلة for Aguila Saleh): on unseen text the given name
  of a lesser official (منصور, Mansur Yavaş) far more often names someone else. The
  other bearers of a given name still count, so a listed one links only when no
  other bearer held an office that day.

Titles and cues are lexicon data (``lexicons/entities/bare_holders.yaml``). The
per-article cost is one dictionary look-up per word; the rest runs only for a word
that is some office-holder's short form.

A bearer named in full earlier in the same article is not looked up here: the form
is his (the matcher links a named person's short forms), so "Ragıp Soylu ... Soylu
dedi" names Ragıp Soylu, not the minister. ``silenced_surnames`` lists the bearers
of unknown tenure that keep an office-holder's surname from linking, for
``kb check`` and the KB tests.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from pathlib import Path

import ahocorasick_rs

from schemas import Entity, EntityType
from wirewatch.core.entities.bare_holders_data import BareHoldersLanguage
from wirewatch.core.entities.kb import KBEntity, alias_key
from wirewatch.core.entities.offices import term_covers
from wirewatch.core.textfold import FoldedText, fold_char_string, lower
from wirewatch.core.yamlload import safe_load

DEFAULT_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "bare_holders.yaml"
)
_STOPLISTS = DEFAULT_PATH.with_name("stoplists.yaml")
#: bearers of unknown tenure known to keep a holder's surname off (see the file)
KNOWN_BLOCKERS_PATH = DEFAULT_PATH.with_name("bare_surname_blockers.yaml")
#: the people a given name alone may link (see the file)
GIVEN_NAMES_PATH = DEFAULT_PATH.with_name("bare_given_names.yaml")
#: a word, and a Turkish case suffix after an apostrophe (Bayraktar'ın)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?|\S", re.UNICODE)
#: Arabic proclitics a word may carry (وقال, فأضاف, بعقيلة, للسفير)
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "وب", "ول")
_MAX_PROCLITIC = max(map(len, _AR_PROCLITICS))
#: the rest of a whitespace-separated chunk (as str.split() cuts them: the same
#: Unicode spaces)
_CHUNK_REST = re.compile(r"\S*")
#: an entity's id, read in C over a list
_ID = attrgetter("id")
#: punctuation around a word split on spaces
_PUNCT = '.,;:!?،؛«»"()“”‘’[]-…'
#: the letters those proclitics are made of
_AR_PROCLITIC_LETTERS = frozenset("وفبل")
#: characters read on each side of a form for its neighbouring words
_AROUND = 48
#: shortest folded form linked: shorter ones are too often parts of other words
_MIN_FORM = 4
#: compound heads: the short form is the pair (عبد الحميد), not linked here
#: words of a role that make it a second-rank office no bare title names
_SECOND_RANK = ("deputy", "vice", "assistant", "acting")
#: Latin articles a surname form is also written with (Barghathi, al-Barghathi)
_LATIN_ARTICLES = ("al-", "el-")
_HEADS = frozenset(
    {"عبد", "ابو", "بن", "ابن", "ال", "abdul", "abdel", "abu", "bin", "al", "el", "ebu"}
)


@dataclass(frozen=True, slots=True)
class BareName:
    """A short form's display span and the office-holder it names."""

    start: int
    end: int
    holder: KBEntity


@dataclass(frozen=True, slots=True)
class _Language:
    titles: Mapping[str, tuple[str, ...]]  # folded title -> role words
    cues: frozenset[str]
    common: frozenset[str]  # short forms that are also words: only after a title
    home: str | None
    words_at_start: frozenset[str] = frozenset()
    name_participles: frozenset[str] = frozenset()
    marked_with: frozenset[str] = frozenset()
    name_followers: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()


class BareHolders:
    """Short forms of the KB's office-holders, linked by date, country and context."""

    def __init__(
        self,
        entities: Iterable[KBEntity],
        specs: Mapping[str, BareHoldersLanguage],
        common: Mapping[str, Iterable[str]],
        stopwords: Iterable[str] = (),
        given_name_holders: Iterable[str] = (),
    ) -> None:
        entities = list(entities)
        called_by_given_name = frozenset(given_name_holders)
        never = {fold_char_string(w) for w in stopwords} | {
            alias_key(alias)
            for ent in entities
            if ent.type is not EntityType.PERSON
            for _lang, alias in (*ent.aliases.items(), *ent.local.items())
        }
        self._forms: dict[str, list[KBEntity]] = {}
        for ent in entities:
            # people of unknown tenure are indexed too: a form one of them bears is
            # never "one holder's" (see _holder)
            if ent.type is not EntityType.PERSON:
                continue
            for form in _short_forms(ent):
                bearers = self._forms.setdefault(form, [])
                if ent not in bearers:
                    bearers.append(ent)
        # a form some bearer of unknown tenure shares never names "one holder" (see
        # _holder), and a form that is a stop word or another entity's name (Said,
        # Libya) is no name alone: dropped now, so they cost articles nothing
        self._forms = {
            form: bearers
            for form, bearers in self._forms.items()
            if all(map(tenure_known, bearers)) and form not in never
        }
        #: form -> the ids of the bearers it may link: a surname, or the given name of
        #: one listed in bare_given_names.yaml (every bearer still counts as a reading)
        self._linkable = {
            form: frozenset(
                ent.id
                for ent in bearers
                if ent.id in called_by_given_name or form not in _given_only_forms(ent)
            )
            for form, bearers in self._forms.items()
        }
        # a form no bearer may be linked by costs articles nothing
        self._forms = {
            form: bearers for form, bearers in self._forms.items() if self._linkable[form]
        }
        #: folded one-word names of places (Ankara, Trablus, Libya): a capitalised
        #: neighbour that is one, case ending or not, is no part of a longer name
        #: ("Bakan Bayraktar Libya'da", "Trablus'ta Fidan ile")
        self._places = frozenset(
            key
            for ent in entities
            if ent.type in (EntityType.GPE, EntityType.LOC)
            for _lang, alias in (*ent.aliases.items(), *ent.local.items())
            if " " not in (key := alias_key(alias))
        )
        #: person id -> per term, the KB organisation its role is an office "of"
        #: (Selçuk Bayraktar: "Chairman of Baykar" -> org:baykar), None for a public
        #: office (_officers_of)
        self._term_orgs = _term_orgs(entities)
        #: form -> its bearers' ids (a KB entity's attribute costs ~150 ns a read)
        self._bearer_ids = {
            form: frozenset(ent.id for ent in bearers) for form, bearers in self._forms.items()
        }
        #: every bearer's id: the people drop_unfit_titled looks at
        self._all_bearer_ids = frozenset().union(*self._bearer_ids.values())
        #: (form, day) -> the countries of the bearers in office that day
        self._countries_on: dict[tuple[str, str | None], frozenset[str | None]] = {}
        #: by form and reading: with the Arabic proclitics or without (keyed by form alone,
        #: the first article's language chose the pattern for every later one)
        self._patterns: dict[tuple[str, bool], re.Pattern[str]] = {}
        #: chunk -> the forms it holds, Arabic reading and Latin reading apart (the
        #: chunks around forms recur in article after article)
        self._chunk_forms_seen: dict[bool, dict[str, set[str]]] = {True: {}, False: {}}
        #: every form in one automaton over UTF-8 bytes (a form is in the bytes where
        #: it is in the text): the forms an article holds come from one scan in Rust,
        #: and only the few chunks around them are read in Python, instead of every
        #: chunk of the article split, hashed and looked up (_words: 0.39 -> 0.28 M
        #: instructions per stage 1 bench article under callgrind)
        self._form_list = sorted(self._forms)
        self._automaton = (
            ahocorasick_rs.BytesAhoCorasick(
                [form.encode() for form in self._form_list],
                # a DFA: 0.08 M instructions a bench article, the NFAs 0.2 M
                implementation=ahocorasick_rs.Implementation.DFA,
            )
            if self._form_list
            else None
        )
        self._langs = {
            lang: _Language(
                {fold_char_string(t): tuple(words) for t, words in spec.titles.items()},
                frozenset(fold_char_string(c) for c in spec.cues),
                frozenset(fold_char_string(w) for w in common.get(lang, ())),
                spec.home,
                frozenset(fold_char_string(w) for w in spec.words_at_start),
                frozenset(fold_char_string(w) for w in spec.name_participles),
                frozenset(spec.marked_with),
                frozenset(fold_char_string(w) for w in spec.name_followers),
                frozenset(fold_char_string(w) for w in spec.openers),
            )
            for lang, spec in specs.items()
        }

    @classmethod
    def load(
        cls,
        entities: Iterable[KBEntity],
        path: Path = DEFAULT_PATH,
        given_names: Path = GIVEN_NAMES_PATH,
    ) -> BareHolders:
        with path.open(encoding="utf-8") as handle:
            raw = safe_load(handle) or {}
        specs = {lang: BareHoldersLanguage.model_validate(data or {}) for lang, data in raw.items()}
        with _STOPLISTS.open(encoding="utf-8") as handle:
            stops = safe_load(handle) or {}
        common: dict[str, list[str]] = {}
        for group in ("common_words", "given_name_stopwords"):
            for lang, words in (stops.get(group) or {}).items():
                common.setdefault(lang, []).extend(words or [])
        names = stops.get("name_stopwords") or {}
        return cls(
            entities,
            specs,
            common,
            [w for ws in names.values() for w in ws or []],
            given_name_holders(given_names),
        )

    def forms_in(self, text: FoldedText, lang: str | None) -> set[str]:
        """The short forms among the words of ``text`` (none in a language without
        a spec): what :meth:`find` starts from, for a caller that prepares its
        arguments only when there are some."""
        if (lang or "") not in self._langs:
            return set()
        return self._words(text.folded, lang == "ar")

    def find(
        self,
        text: FoldedText,
        lang: str | None,
        when: datetime | None,
        entities: list[Entity],
        forms: set[str] | None = None,
        context: list[Entity] | None = None,
    ) -> list[BareName]:
        """The short forms in ``text`` that name one office-holder on ``when``
        (``forms``: :meth:`forms_in`, when the caller has it).

        ``when`` None (an undated article): the one bearer who ever held an office,
        and only where no day is needed to read the form as his: a language with
        name marks (``marked_with``), an article naming a partner's people, and the
        form marked as a name ("Aksoy, ... hatırlattı").

        A title right before the form that fits an office ("الوزير بولات", "Bakan
        Bolat", "Ambassador X") links it to the one bearer who held that kind of office
        on ``when`` (ever, undated), whatever countries the article names: the title,
        not the article's countries, says who is meant, and copy cut to a second
        mention often names neither the person's country nor his full name.

        ``entities``: the people named in full (their short forms are theirs) and the
        rest; ``context``: every entity found, people named by one word too, whose
        countries count as the article's ("Tekale, Fidan ile görüştü" is about Libya:
        Tekale is a Libyan's surname however briefly named); ``entities`` when None."""
        spec = self._langs.get(lang or "")
        if spec is None or not self._forms:
            return []
        arabic = lang == "ar"
        folded = text.folded
        # Cheap first: the forms among the article's words whose bearers the article
        # does not already name (a named person's short forms link as given names);
        # most articles have none, and are done here.
        if forms is None:
            forms = self._words(folded, arabic)
        if not forms:
            return []
        named = set(map(_ID, entities))  # (in C: no generator frame an entity)
        ids = self._bearer_ids
        candidates = {form for form in forms if named.isdisjoint(ids[form])}
        if not candidates:
            return []
        countries = {e.country for e in entities if e.country} | {spec.home}
        # people of a watched partner found by one word count too, for the name marks
        # ("Tekale, Fidan ile"), but not for a form they bear: that is the form's own
        # reading ("يلماز" alone); read only where no one named in full is one
        briefly = (
            [
                (e.id, e.country)
                for e in context
                if e.country in spec.marked_with and e.id not in named
            ]
            if context and spec.marked_with and spec.marked_with.isdisjoint(countries)
            else []
        )
        # a common-word form may link on its Turkish name marks alone only in an
        # article about a watched partner (see _check); undated, elsewhere, only a
        # title links
        titles_only = when is None and (
            not spec.marked_with
            or spec.marked_with.isdisjoint(countries | {c for _i, c in briefly})
        )
        day = when.date().isoformat() if when is not None else None
        # the names found already, which a capitalised neighbour may be inside
        found_already = _MentionSpans(context or entities)
        out: list[BareName] = []
        for form in sorted(candidates):
            here = countries
            if briefly:
                bearers = ids[form]
                here = countries | {c for i, c in briefly if i not in bearers}
            marked = not spec.marked_with.isdisjoint(here)
            # untitled, the holder found is a bearer in office that day from a country
            # the article names: a form with none is read only for a title before it
            # (1.1 forms per bench article get here, 2 in 5 have none)
            titles_only_here = (
                titles_only
                or (when is None and not marked)
                or here.isdisjoint(self._countries_in_office(form, day))
            )
            if titles_only_here and not self._any_titled(folded, form, spec, arabic):
                continue  # (most such forms: no title before any occurrence, no regex)
            for occurrence in self._occurrences(form, arabic, folded):
                if titles_only_here and not self._titled(folded, occurrence.start(), spec, arabic):
                    continue
                # the words around it only: no tokenising of the whole article
                lo = max(0, occurrence.start() - _AROUND)
                words = list(_WORD.finditer(folded, lo, occurrence.end() + _AROUND))
                i = next(k for k, w in enumerate(words) if w.end() >= occurrence.end())
                found = self._check(
                    text, words, i, form, spec, arabic, lo == 0, marked, found_already
                )
                if found is None:
                    continue
                start, end, roles = found
                if roles:  # a fitting title: its one bearer, whatever the countries
                    holder = self._holder(form, day, roles, named)
                    if holder is not None:
                        out.append(BareName(start, end, holder))
                    continue
                if titles_only_here:
                    continue
                if day is None and (
                    roles is not None
                    or not _marked_as_name(
                        words, i, lo == 0, _bare(words[i - 1].group(), arabic) if i else "", spec
                    )
                ):
                    # undated: a title is the titled names' (they know who ever held
                    # its office); else only a name mark vouches for the form
                    continue
                holder = self._holder(form, day, roles, named)
                if holder is not None and holder.country in here:
                    out.append(BareName(start, end, holder))
        return out

    def _check(
        self,
        text: FoldedText,
        words: list[re.Match[str]],
        i: int,
        form: str,
        spec: _Language,
        arabic: bool,
        at_start: bool,
        marked: bool = False,
        found_already: _MentionSpans | None = None,
    ) -> tuple[int, int, tuple[str, ...] | None] | None:
        """The display span of the form at ``words[i]`` and the title's role words,
        when its context reads as a name; else None."""
        prev = _bare(words[i - 1].group(), arabic) if i else ""
        roles = spec.titles.get(prev)
        if roles is not None and i >= 2 and words[i - 2].group() in _SECOND_RANK:
            # "Deputy Minister Bolat": the title is a deputy's, whom no bare title's
            # holder is (_role_fits), not the trade minister's
            return None
        if (
            roles is None
            and form in spec.common
            and not (marked and _marked_as_name(words, i, at_start, prev, spec))
        ):
            return None  # a word as often as a name: only after a title or a name mark
        if arabic and roles is None and prev not in spec.cues:
            return None
        m = words[i]
        start, end = text.to_display(m.start(), m.start() + len(re.split(r"['’]", m.group())[0]))
        if not arabic and not _reads_as_name(
            text.display,
            words,
            i,
            start,
            roles is not None,
            text,
            at_start,
            self._places,
            found_already,
        ):
            return None
        if roles is None and form in spec.words_at_start and _word_at_start(words, i, at_start):
            return None  # "İnce ayar", "İnce bir çizgi": the capital is the sentence's
        return start, end, roles

    @staticmethod
    def _titled(folded: str, start: int, spec: _Language, arabic: bool) -> bool:
        """Whether the word before the occurrence at ``start`` is one of ``spec``'s
        titles (read on the few characters before it, no tokenising): what _check
        reads there, for a form that links only after a title."""
        before = folded[max(0, start - 30) : start].split()
        if before and start and not folded[start - 1].isspace():
            before.pop()  # what is glued to the form (a proclitic: وبولات) is no title
        return bool(before) and _bare(before[-1], arabic) in spec.titles

    @classmethod
    def _any_titled(cls, folded: str, form: str, spec: _Language, arabic: bool) -> bool:
        """Whether some plain occurrence of ``form`` stands after a title (a
        proclitic on it or not: وبولات), found by str.find."""
        pos = folded.find(form)
        while pos >= 0:
            if cls._titled(folded, pos, spec, arabic):
                return True
            pos = folded.find(form, pos + 1)
        return False

    def _occurrences(self, form: str, arabic: bool, folded: str) -> Iterator[re.Match[str]]:
        """``self._pattern(form, arabic).finditer(folded)``, with the pattern's search
        started the longest proclitic's length before the next plain occurrence of ``form`` (a
        pattern starting with a look-behind is tried at every offset; find() skips
        to where one can match, and ends the search once none is left)."""
        pattern = self._pattern(form, arabic)
        pos = 0
        while (plain := folded.find(form, pos)) >= 0:
            occurrence = pattern.search(folded, max(pos, plain - _MAX_PROCLITIC))
            if occurrence is None:
                return
            yield occurrence
            pos = occurrence.end()

    def _pattern(self, form: str, arabic: bool) -> re.Pattern[str]:
        pattern = self._patterns.get((form, arabic))
        if pattern is None:
            pre = "(?:" + "|".join(_AR_PROCLITICS) + ")?" if arabic else ""
            pattern = self._patterns[form, arabic] = re.compile(
                rf"(?<![^\W_]){pre}{re.escape(form)}(?![^\W_])"
            )
        return pattern

    def _words(self, folded: str, arabic: bool) -> set[str]:
        """The short forms among the words of ``folded``: what :meth:`_chunk_forms`
        gives for each whitespace-separated chunk.

        A chunk holds a form only if the form is a substring of it (the chunk less
        its punctuation, a proclitic or a case ending), so only the chunks around the
        forms the automaton finds in the text are read: the union over them is the
        union over every chunk."""
        automaton = self._automaton
        if automaton is None:
            return set()
        encoded = folded.encode("utf-8", "surrogatepass")
        matches = automaton.find_matches_as_indexes(encoded, True)
        if not matches:
            return set()
        if len(encoded) == len(folded):  # ASCII: the bytes' offsets are the text's
            places = sorted([start for _index, start, _end in matches])
        else:
            forms = self._form_list
            places = []
            for form in {forms[index] for index, _start, _end in matches}:
                pos = folded.find(form)
                while pos != -1:
                    places.append(pos)
                    pos = folded.find(form, pos + 1)
            places.sort()
        found: set[str] = set()
        seen = self._chunk_forms_seen[arabic]
        done = 0  # the end of the last chunk read: places before it are in it
        for pos in places:
            if pos < done:
                continue
            start = pos  # most forms start their chunk; a proclitic or two before
            while start > done and not folded[start - 1].isspace():
                start -= 1
            rest = _CHUNK_REST.match(folded, pos)
            done = rest.end() if rest is not None else pos + 1  # always a match
            chunk = folded[start:done]
            held = seen.get(chunk)
            if held is None:
                if len(seen) >= 100_000:
                    seen.clear()
                held = seen[chunk] = self._chunk_forms(chunk, arabic)
            found |= held
        return found

    def _chunk_forms(self, chunk: str, arabic: bool) -> set[str]:
        """The short forms one whitespace-separated chunk holds."""
        word = chunk.strip(_PUNCT)
        words = {word}
        if arabic:
            # one-letter proclitics, then the two-letter ones (وب, ول) on what is left
            if word[:1] in _AR_PROCLITIC_LETTERS:
                words.add(word[1:])
                if word[1:2] in _AR_PROCLITIC_LETTERS:
                    words.add(word[2:])
        elif "'" in word or "’" in word:
            words.add(re.split(r"['’]", word, maxsplit=1)[0])
        return words & self._forms.keys()

    def _countries_in_office(self, form: str, day: str | None) -> frozenset[str | None]:
        """The countries of the bearers of ``form`` who held some office on ``day``
        (``None``: ever): :meth:`_holder` picks among them (a title's role words
        narrow them further)."""
        key = (form, day)
        countries = self._countries_on.get(key)
        if countries is None:
            countries = frozenset(
                ent.country
                for ent in self._forms[form]
                if any(day is None or term_covers(t.start, t.end, day) for t in ent.terms)
            )
            if len(self._countries_on) >= 65536:  # articles of many days: bounded
                self._countries_on.clear()
            self._countries_on[key] = countries
        return countries

    def _holder(
        self,
        form: str,
        day: str | None,
        roles: tuple[str, ...] | None,
        named: set[str] | frozenset[str] = frozenset(),
    ) -> KBEntity | None:
        """The one bearer of ``form`` in office on ``day`` (of the kind of office the
        title's ``roles`` name). Two or more: an officer of a company or body whose
        every office that day is "of" an organisation the article does not name
        (``named``: its entities' ids) is not the one meant, so "söyleyen Bayraktar"
        in an energy item is the minister, not Baykar's chairman (tr dev: 3 of 11
        person misses), while an item naming Baykar keeps both readings."""
        # undated, the title alone must tell apart everyone so called, with the
        # article or without ("Defence Minister Barghathi": two did); dated, the day
        # does, and an article-form bearer of unknown tenure (Lahweej, el-Huveyc)
        # would silence the one in office (al-Hawij, Huveyc: tr dev -1 person)
        everyone = self._bearers_of(form) if day is None else self._forms[form]
        if not all(map(tenure_known, everyone)):
            return None  # someone whose tenure the KB does not know may be meant
        bearers = [
            ent
            for ent in everyone
            if any(
                (day is None or term_covers(t.start, t.end, day))
                and (not roles or _role_fits(lower(t.role), roles))
                for t in ent.terms
            )
        ]
        if len(bearers) > 1:
            bearers = [ent for ent in bearers if not self._officer_elsewhere(ent, day, named)]
        if len(bearers) != 1 or bearers[0].id not in self._linkable[form]:
            return None  # two readings, or the given name of one the press calls otherwise
        return bearers[0]

    def drop_unfit_titled(
        self, display: str, lang: str | None, entities: list[Entity], when: datetime | None
    ) -> list[Entity]:
        """``entities`` without the one-word mentions the detector linked right after
        a title (its weak-alias-after-title path) to a bearer the title does not name:
        one who held no office of the title's kind on ``when`` ("Minister Bolat" in
        2020: Ömer Bolat is trade minister from 2023), or, undated, one of two bearers
        who ever held it ("Defence Minister Barghathi": Mahdi and Mohammed
        al-Barghathi both were). The same fit and date test as :meth:`_holder`; the
        holder who does fit is :meth:`find`'s to add. A bearer of unknown tenure
        keeps the link (nothing tells him apart)."""
        spec = self._langs.get(lang or "")
        if spec is None or not spec.titles:
            return entities
        arabic = lang == "ar"
        day = when.date().isoformat() if when is not None else None
        out: list[Entity] = []
        changed = False
        bearer_ids = self._all_bearer_ids
        for entity in entities:
            # from the model's dict: a pydantic attribute read costs ~300 instructions,
            # and most entities are no bearer of a short form (one set look-up)
            fields = entity.__dict__
            entity_id = fields["id"]
            if entity_id not in bearer_ids or fields["found_by"] != "kb":
                out.append(entity)
                continue
            kept = tuple(
                m
                for m in fields["mentions"]
                if not self._titled_unfit(display, m.start, m.text, spec, arabic, entity_id, day)
            )
            if len(kept) == len(fields["mentions"]):
                out.append(entity)
                continue
            changed = True
            if kept:
                out.append(entity.model_copy(update={"mentions": kept}))
        return out if changed else entities

    def _titled_unfit(
        self,
        display: str,
        start: int,
        text: str,
        spec: _Language,
        arabic: bool,
        entity_id: str,
        day: str | None,
    ) -> bool:
        if " " in text.strip():
            return False  # a full name says who he is
        before = display[max(0, start - 30) : start].split()
        if not before or not display[start - 1 : start].isspace():
            return False
        roles = spec.titles.get(_bare(fold_char_string(before[-1]), arabic))
        if not roles:
            return False
        bearers = self._bearers_of(fold_char_string(text))
        if entity_id not in {ent.id for ent in bearers}:
            return False
        fit = {
            ent.id
            for ent in bearers
            if any(
                (day is None or term_covers(t.start, t.end, day))
                and _role_fits(lower(t.role), roles)
                for t in ent.terms
            )
        }
        if day is None:
            return entity_id not in fit or len(fit) > 1
        if fit:
            return entity_id not in fit  # the one in such an office that day is meant
        # nobody in such an office that day: a rank outlives the post ("Orgeneral
        # Güler" in 2024, defence minister after his staff command), an office not
        # yet held names nobody ("Minister Bolat" in 2020: minister from 2023)
        ent = next(e for e in bearers if e.id == entity_id)
        return not any(
            _role_fits(lower(t.role), roles) and not (t.start and day[: len(t.start)] < t.start)
            for t in ent.terms
        )

    def _bearers_of(self, form: str) -> list[KBEntity]:
        """The bearers of ``form`` and, for a Latin surname, of it with an article:
        "Barghathi" is the weak alias of Mahdi al-Barghathi alone, "al-Barghathi" the
        surname of Mohammed al-Barghathi too, and a title before "Barghathi" may mean
        either."""
        bearers = list(self._forms.get(form, ()))
        if form[:1].isascii():
            for article in _LATIN_ARTICLES:
                bearers += [e for e in self._forms.get(article + form, ()) if e not in bearers]
        return bearers

    def _officer_elsewhere(
        self, ent: KBEntity, day: str | None, named: set[str] | frozenset[str]
    ) -> bool:
        """Whether every office ``ent`` holds on ``day`` is an office of an
        organisation (not a public one) and none of those organisations is ``named``."""
        orgs = [
            org
            for term, org in zip(ent.terms, self._term_orgs.get(ent.id, ()), strict=False)
            if day is None or term_covers(term.start, term.end, day)
        ]
        if not orgs or None in orgs:
            return False
        return all(org not in named for org in orgs)


def _term_orgs(entities: list[KBEntity]) -> dict[str, tuple[str | None, ...]]:
    """Person id -> for each of his terms, the id of the organisation the role is
    held in when that is a company or a party, else None: "Chief Executive Officer of
    Baykar" (the organisation's name or English alias after the role's last " of "),
    "AK Party parliamentary group chairman" (a party's name or alias anywhere in the
    role). The state's bodies (``_PUBLIC_BODY``: a ministry, an army, a parliament, a
    government) are left out: their offices are the public ones bare surnames name."""
    by_name: dict[str, str] = {}
    parties: dict[str, str] = {}
    for ent in entities:
        if ent.type is not EntityType.ORG or _PUBLIC_BODY.search(lower(ent.name)):
            continue
        party = _PARTY.search(lower(ent.name)) is not None
        for label in (ent.name, *ent.aliases.en):
            key = lower(label).strip()
            by_name.setdefault(key, ent.id)
            if party and len(key) >= 3:
                parties.setdefault(key, ent.id)
    party_names = (
        re.compile(
            r"(?<![^\W_])(?:"
            + "|".join(re.escape(n) for n in sorted(parties, key=len, reverse=True))
            + r")(?![^\W_])"
        )
        if parties
        else None
    )
    out: dict[str, tuple[str | None, ...]] = {}
    for ent in entities:
        if ent.type is not EntityType.PERSON or not ent.terms:
            continue
        orgs: list[str | None] = []
        for term in ent.terms:
            role = lower(term.role)
            cut = role.rfind(" of ")
            org = by_name.get(role[cut + 4 :].removeprefix("the ").strip()) if cut >= 0 else None
            if org is None and party_names is not None:
                found = party_names.search(role)
                org = parties[found.group()] if found is not None else None
            orgs.append(org)
        if any(org is not None for org in orgs):
            out[ent.id] = tuple(orgs)
    return out


#: a party's name: its officials are named alone in items about their party
_PARTY = re.compile(r"\bparty\b")
#: words of a state body's name: its officers hold public office, named alone anywhere
_PUBLIC_BODY = re.compile(
    r"\b(?:ministry|government|parliament|assembly|council|army|armed forces|"
    r"general staff|presidency|agency|authority|directorate|bank|embassy|command|"
    r"house|congress|nations|union|league|forces|force|navy|court|department|"
    r"organization|organisation|council|mission|alliance|brigade|apparatus|"
    r"intelligence|service|committee)\b"
)


class _MentionSpans:
    """The display spans of entities' mentions, merged and sorted when first asked
    (a capitalised neighbour that is no place: few articles have one), then looked up
    by bisection: an article of many names asks as many times (an "entity soup"
    stays linear)."""

    def __init__(self, entities: list[Entity]) -> None:
        self._entities = entities
        self._starts: list[int] | None = None
        self._ends: list[int] = []

    def covers(self, at: int) -> bool:
        """Whether the display offset ``at`` is inside one of the mentions."""
        if self._starts is None:
            starts: list[int] = []
            for a, b in sorted((m.start, m.end) for e in self._entities for m in e.mentions):
                if starts and a <= self._ends[-1]:
                    self._ends[-1] = max(self._ends[-1], b)
                else:
                    starts.append(a)
                    self._ends.append(b)
            self._starts = starts
        k = bisect_right(self._starts, at) - 1
        return k >= 0 and at < self._ends[k]


def given_name_holders(path: Path = GIVEN_NAMES_PATH) -> list[str]:
    """The ids of the people a given name alone may link (``bare_given_names.yaml``)."""
    with path.open(encoding="utf-8") as handle:
        return list((safe_load(handle) or {}).get("people") or [])


def tenure_known(ent: KBEntity) -> bool:
    """Whether the KB knows every office the person held: his terms, or none."""
    return bool(ent.terms) or ent.office == "none"


@dataclass(frozen=True, slots=True)
class SilencedSurname:
    """A surname an office-holder is called by alone, kept from linking by a bearer
    whose tenure the KB does not know."""

    form: str
    holders: tuple[str, ...]
    blocker: str

    def __str__(self) -> str:
        return (
            f"{self.blocker} keeps the bare surname {self.form!r} of "
            f"{', '.join(self.holders)} from linking: give him `terms`, or "
            "`office: none` if he held no public office"
        )


def silenced_surnames(entities: Iterable[KBEntity]) -> list[SilencedSurname]:
    """Each person of unknown tenure bearing a surname form an office-holder is
    called by alone (given names aside: the press rarely names an official by one;
    a one-word alias aside: the matcher links it, not this module)."""
    bearers: dict[str, list[KBEntity]] = {}
    for ent in entities:
        if ent.type is EntityType.PERSON:
            for form in _short_forms(ent):
                bearers.setdefault(form, []).append(ent)
    out: list[SilencedSurname] = []
    for form, ents in sorted(bearers.items()):
        holders = [
            e
            for e in ents
            if e.terms
            and form in _surname_forms(e)
            and form not in {alias_key(a) for _lang, a in e.aliases.items()}
        ]
        if not holders:
            continue
        holder_ids = tuple(e.id for e in holders)
        out.extend(SilencedSurname(form, holder_ids, e.id) for e in ents if not tenure_known(e))
    return out


def unlisted_silenced_surnames(
    entities: Iterable[KBEntity], known: Path = KNOWN_BLOCKERS_PATH
) -> list[SilencedSurname]:
    """``silenced_surnames`` less those the known-blockers file lists: a bearer added
    with neither ``terms`` nor ``office: none`` that would switch a holder's surname
    off, for ``kb check`` to reject."""
    with known.open(encoding="utf-8") as handle:
        listed = (safe_load(handle) or {}).get("blockers") or {}
    return [s for s in silenced_surnames(entities) if s.form not in (listed.get(s.blocker) or ())]


def _surname_forms(ent: KBEntity) -> set[str]:
    """The forms a person is called by alone as a family name (not given names)."""
    names = [ent.name, *(alias for _lang, alias in ent.aliases.items())]
    forms = {alias_key(n).split()[-1] for n in names if len(alias_key(n).split()) > 1}
    return forms | {alias_key(a) for _lang, a in (*ent.surnames.items(), *ent.weak.items())}


def _role_fits(role: str, words: tuple[str, ...]) -> bool:
    """Whether a term's role is the kind of office a title names: a deputy's or
    vice's term is not ("Bakan" is the minister, not the deputy minister)."""
    if any(q in role.split() for q in _SECOND_RANK):
        return False
    return any(w in role for w in words)


def _short_forms(ent: KBEntity) -> set[str]:
    """Single-word surnames and given names of a person's multi-word names."""
    forms: set[str] = set()
    names = [ent.name, *(alias for _lang, alias in ent.aliases.items())]
    for name in names:
        tokens = alias_key(name).split()
        if len(tokens) < 2:
            continue
        for token, neighbour in ((tokens[-1], tokens[-2]), (tokens[0], None)):
            if len(token) >= _MIN_FORM and token not in _HEADS and neighbour not in _HEADS:
                forms.add(token)
    for _lang, alias in (*ent.surnames.items(), *ent.weak.items()):
        key = alias_key(alias)
        if " " not in key and len(key) >= _MIN_FORM:
            forms.add(key)
    return forms


def _given_only_forms(ent: KBEntity) -> set[str]:
    """The short forms of a person that are only ever his given name: the first word
    of a multi-word name that no name of his ends with and no ``surnames`` alias is
    (a ``weak`` one may be: Aguila Saleh's عقيلة)."""
    given: set[str] = set()
    family: set[str] = {alias_key(a) for _lang, a in ent.surnames.items()}
    for name in (ent.name, *(alias for _lang, alias in ent.aliases.items())):
        tokens = alias_key(name).split()
        if len(tokens) >= 2:
            given.add(tokens[0])
            family.add(tokens[-1])
    return given - family


def _readings(word: str) -> list[str]:
    """An Arabic word as written and without a proclitic."""
    return [
        word,
        *(word[len(p) :] for p in _AR_PROCLITICS if word.startswith(p) and len(word) - len(p) >= 3),
    ]


def _bare(word: str, arabic: bool) -> str:
    if arabic:
        readings = _readings(word)
        return readings[-1] if len(readings) > 1 else word
    return word.rstrip(".") if word.endswith(".") and len(word) > 4 else word


def _reads_as_name(
    display: str,
    words: list[re.Match[str]],
    i: int,
    start: int,
    titled: bool,
    text: FoldedText,
    at_start: bool,
    places: frozenset[str] = frozenset(),
    found: _MentionSpans | None = None,
) -> bool:
    """Latin script: capitalised, and no capitalised word next to it (a longer name)
    unless a title precedes it. A neighbour in ``places`` (a place's one-word name,
    with or without a case ending) or inside a mention of the entities ``found``
    already is no part of a name: "Bakan Bayraktar Libya'da", "Ankara'da Güler ile", "el-Haddad Güler'le"
    (tr probes: 7 of 60 bare surnames missed on such a neighbour alone)."""
    if not display[start : start + 1].isupper():
        return False
    neighbours = [i + 1] if titled else [_left_of_article(words, i), i + 1]
    if "'" in words[i].group() or "’" in words[i].group():
        # a case ending closes the name: "Fidan'ın Libya ziyareti" (no longer name)
        neighbours.remove(i + 1)
    for k in neighbours:
        if 0 <= k < len(words):
            m = words[k]
            d0, _ = text.to_display(m.start(), m.end())
            first = display[d0 : d0 + 1]
            if first.isalpha() and first.isupper():
                if k < i and _sentence_start(words, k, at_start):
                    continue  # "Yesterday Bayraktar said": the capital is the sentence's
                if m.group().split("'", 1)[0].split("’", 1)[0] in places or (
                    found is not None and found.covers(d0)
                ):
                    continue  # "Bayraktar Libya'da": a place, not the name's next word
                    # (nor the last word of a name found already: "el-Haddad Güler'le")
                return False
    return True


#: a Latin surname's article, written apart from it ("Hafed el-Gavil", "Hafed al Ghwell")
_APART_ARTICLES = frozenset({"al", "el", "ad", "ed", "as", "es", "at", "et", "az", "ez"})


def _left_of_article(words: list[re.Match[str]], i: int) -> int:
    """The index of the word left of ``words[i]``, past a surname's article: in
    "Ekonomist Hafed el-Gavil" the capitalised "Hafed" makes "Gavil" part of a longer
    name (another man than Salama al-Ghwail), as "Hafed Gavil" would (entfix)."""
    k = i - 1
    if k >= 1 and words[k].group() == "-":
        k -= 1
    if k >= 1 and k < i and words[k].group() in _APART_ARTICLES:
        return k - 1
    return i - 1


def _marked_as_name(
    words: list[re.Match[str]], i: int, at_start: bool, prev: str, spec: _Language
) -> bool:
    """Whether Turkish writing marks ``words[i]`` as a name, not the word it also is:
    a case ending after an apostrophe (Fidan'ın: common nouns take none), a sentence
    start before a comma (the subject of a second mention: "Güler, ... dedi"), a
    participle of saying or meeting right before it ("diyen Kalın"), or a word that
    joins a person to a meeting right after it ("Güler ile görüştü")."""
    if "'" in words[i].group() or "’" in words[i].group():
        return True
    if prev in spec.name_participles:
        return True
    following = words[i + 1].group() if i + 1 < len(words) else ""
    if following in spec.name_followers:
        return True
    if following != ",":
        return False
    if _sentence_start(words, i, at_start):
        return True
    # "Ayrıca Fidan, ...", "Öte yandan Güler, ...": a sentence adverb before the
    # subject leaves it the sentence's subject
    for n in (1, 2):
        opener = " ".join(w.group() for w in words[max(0, i - n) : i])
        if i - n >= 0 and opener in spec.openers and _sentence_start(words, i - n, at_start):
            return True
    return False


def _word_at_start(words: list[re.Match[str]], i: int, at_start: bool) -> bool:
    """Whether ``words[i]`` starts a sentence with nothing to make it a name: no case
    ending (İnce'nin) and no comma or colon after it (İnce, ...)."""
    if not _sentence_start(words, i, at_start) or "'" in words[i].group():
        return False
    return i + 1 >= len(words) or words[i + 1].group() not in {",", ":", "’", "'"}


def _sentence_start(words: list[re.Match[str]], k: int, at_start: bool) -> bool:
    """Whether ``words[k]`` starts a sentence (the window's first word only when the
    window starts the text)."""
    if k == 0:
        return at_start
    return words[k - 1].group() in {".", "!", "?", ":", "\n"}
