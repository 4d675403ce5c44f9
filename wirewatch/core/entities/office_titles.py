"""A surname alone after an office title its KB bearer never held names someone else.

The exact scan links a one-word surname to the KB person it belongs to ("Gharyani":
Sadiq al-Ghariani, the Mufti). Written right after an office title ("Tripoli Mayor
Ibrahim Al-Gharyani", "Mayor Al-Gharyani", عميد بلدية طرابلس الغرياني), it names
the office's holder; when none of the KB person's offices (his ``role`` and the roles
of his ``terms``) is that office, the mention is someone else's and is dropped, and
the person with it when nothing else names him. Titles and the words that make an
office fit are data (``lexicons/entities/office_titles.yaml``).

How false drops are avoided: only a single-word mention (a surname, not a full name)
is judged; the title must stand right before it, with only a place or a given name
between (Latin script: capitalised words, "of", "the"; Arabic: at most two words, each
a place or institution mention, or a listed given name: عميد بلدية مصراتة); a person with no role or terms is kept.

A profession is judged the same way (``full_names`` in the data): "Economist Hafed
al-Ghwell", "الباحث علي المشري", "AA muhabiri Canberk Doğan" name an economist, a
researcher, a reporter, not the KB official whose surname they share (Khalifa
al-Ghawil, Khalid al-Mishri, Hasan Doğan) -- nor when the whole name is the
official's ("المحلل السياسي الليبي خالد المشري"): after a profession a full name is
judged too, and kept only for a KB person whose role holds a profession word (a
think tank's researcher). Between a title and the name may also stand a field or a
nationality (``between``: السياسي, الليبي), a Latin surname's article ("Hafed
el-Gavil") and, in Arabic, a given name that is also a word (علي, صالح).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterable
from operator import itemgetter
from pathlib import Path

import ahocorasick_rs

from schemas import Entity, EntityType, Mention
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.learned import shape_key
from wirewatch.core.entities.matcher import is_arabic
from wirewatch.core.entities.office_titles_data import OfficeTitlesFile
from wirewatch.core.textfold import fold_char_string, join_hyphens, lower
from wirewatch.core.yamlload import safe_load

_LEXICONS = Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities"
DEFAULT_PATH = _LEXICONS / "office_titles.yaml"
_GIVEN_NAMES = _LEXICONS / "ar_names.yaml"

#: How far before a mention a title is looked for (characters of display text).
_WINDOW = 80
#: How far before a mention (folded characters) a title's last word is looked for
#: first: room for a place and a given name between ("Mayor of Tripoli Ibrahim Al-").
_NEAR = 60
#: Latin words that may stand between a title and a name: "Mayor of Tripoli X".
_LINKING = frozenset({"of", "the", "for"})
_ARABIC_BETWEEN = 3  # Arabic words at most between a title and a name (a field, a
# nationality, a given name: المحلل السياسي الليبي علي المشري)
#: a Latin surname's article written apart, before the mention ("Hafed el-Gavil")
_ARTICLES = frozenset({"al-", "el-", "al", "el", "ad-", "ed-", "as-", "es-", "at-", "et-"})
_DFA = ahocorasick_rs.Implementation.DFA


def _words(text: str) -> list[str]:
    return join_hyphens(fold_char_string(text)).replace(",", " ").replace("،", " ").split()


class OfficeTitles:
    def __init__(self, entities: Iterable[KBEntity], path: Path = DEFAULT_PATH) -> None:
        with path.open(encoding="utf-8") as handle:
            data = OfficeTitlesFile.model_validate(safe_load(handle))
        #: title (folded words) -> the words a KB office must hold to fit it
        self._titles: dict[tuple[str, ...], frozenset[str]] = {}
        #: the titles of professions: a full name after one is judged too
        self._professions: set[tuple[str, ...]] = set()
        for office in data.offices:
            fits = frozenset(lower(w) for w in office.fits)
            for forms in office.titles.values():
                for form in forms:
                    title = tuple(_words(form))
                    self._titles[title] = fits
                    if office.full_names:
                        self._professions.add(title)
        #: a field or a nationality between a title and the name (folded words)
        self._between = frozenset(
            w for forms in data.between.values() for form in forms for w in _words(form)
        )
        self._longest = max((len(t) for t in self._titles), default=0)
        #: the last words of the titles, found in one automaton pass per article:
        #: only a mention with one shortly before it is looked at closer. A DFA: past
        #: ~100 patterns (116 here) the library's default is an NFA, ~2x slower a
        #: character (bench_core's articles: 30 -> 14 us a scan)
        last_words = sorted({t[-1] for t in self._titles})
        self._last_words = ahocorasick_rs.AhoCorasick(last_words, implementation=_DFA)
        #: the same words' UTF-8, scanned on ASCII text (English, folded Turkish): there
        #: byte offsets are character offsets and no non-ASCII word can match, so the
        #: matches are the str automaton's, without its offset conversion (that scan
        #: cost ~110 K instructions a call on the entity bench, callgrind)
        self._last_words_ascii = ahocorasick_rs.BytesAhoCorasick(
            [w.encode() for w in last_words], implementation=_DFA
        )
        ends = {t[-1] for t in self._professions}
        #: the indexes of the last words that end a profession: only near one is a
        #: full name judged (a full name near an office title is left unread)
        self._profession_words = frozenset(i for i, w in enumerate(last_words) if w in ends)
        #: KB person id -> the folded words of his offices
        self._offices: dict[str, frozenset[str]] = {}
        for ent in entities:
            if ent.type is not EntityType.PERSON:
                continue
            texts = [ent.role or "", *(term.role for term in ent.terms)]
            words = frozenset(
                w for t in texts for w in _words(t.replace("(", " ").replace(")", " "))
            )
            if words:
                self._offices[ent.id] = words
        with _GIVEN_NAMES.open(encoding="utf-8") as handle:
            names = safe_load(handle)
        # given names that are also words too (علي, صالح): right after a title they
        # are names ("الباحث علي المشري")
        given = [
            *names.get("given_names", []),
            *names.get("father_names", []),
            *names.get("titled_given_names", []),
        ]
        self._given_ar = frozenset(fold_char_string(g) for g in given if " " not in g)

    def concerns(self, ids: Collection[str]) -> bool:
        """Whether ``drop_unfit`` may drop a mention of entities with these ``ids`` (a
        set or dict view: one check in C, not an attribute read an entity)."""
        return not self._offices.keys().isdisjoint(ids)

    def drop_unfit(
        self, entities: list[Entity], display: str, folded: str, lang: str | None
    ) -> list[Entity]:
        """``entities`` without the single-word person mentions written right after
        an office title that person never held."""
        offices_of = self._offices
        # A loop, no generator a test: most entities hold no office (their id, one
        # look-up, decides)
        one_word = False  # an office holder the KB linked named by one word
        held = False  # an office holder the KB linked
        for e in entities:
            # the id and how it was found from the model's dict: a pydantic attribute
            # read from compiled code costs ~360 instructions (callgrind: 74 an
            # article here), the dict's two look-ups a fraction of one
            fields = e.__dict__
            if fields["id"] in offices_of and fields["found_by"] == "kb":
                held = True
                if any(" " not in m.text.strip() for m in e.mentions):  # _one_word
                    one_word = True
                    break
        if not held:
            # no office holder the KB linked: nothing to drop, and the title scan of
            # the text is skipped
            return entities
        # One scan gives the titles and the professions among them. (A second
        # automaton of the professions alone, asked first whether an article naming
        # its office holders in full held one, found one in 133 of 148 such articles
        # of bench_core: the full scan ran after it.)
        if folded.isascii():
            found = self._last_words_ascii.find_matches_as_indexes(folded.encode("ascii"))
        else:
            found = self._last_words.find_matches_as_indexes(folded)
        professions = self._profession_words
        profession_ends = [end for i, _s, end in found if i in professions]
        if not one_word and not profession_ends:
            # full names only, and no profession: a full name is judged only after a
            # profession, so nothing is dropped
            return entities
        title_ends = [end for _i, _s, end in found]
        if not title_ends:
            return entities

        spans: list[list[tuple[int, int]]] = []  # [places and institutions, people]: on demand
        out: list[Entity] = []
        others: list[Mention] = []  # full names dropped after a profession: other people
        changed = False
        for entity in entities:
            fields = entity.__dict__  # as above
            offices = offices_of.get(fields["id"])
            if (
                offices is None
                or fields["found_by"] != "kb"
                or not any(
                    _near_title(title_ends, m.start)
                    and (_one_word(m.text) or _near_title(profession_ends, m.start))
                    for m in entity.mentions
                )
            ):
                out.append(entity)
                continue
            if not spans:
                spans += _mention_spans(entities)
            places, people = spans
            kept = tuple(
                m
                for m in entity.mentions
                if not _near_title(title_ends, m.start)
                or not (_one_word(m.text) or _near_title(profession_ends, m.start))
                or self._fits(
                    display, m.start, m.end, lang, offices, places, people, _one_word(m.text)
                )
            )
            if len(kept) == len(entity.mentions):
                out.append(entity)
                continue
            changed = True
            others += [m for m in entity.mentions if m not in kept and not _one_word(m.text)]
            if kept:
                out.append(entity.model_copy(update={"mentions": kept}))
        if others:
            out += _other_people(others, {e.id for e in out})
        return out if changed else entities

    def _fits(
        self,
        display: str,
        start: int,
        end: int,
        lang: str | None,
        offices: frozenset[str],
        places: list[tuple[int, int]],
        people: list[tuple[int, int]],
        one_word: bool = True,
    ) -> bool:
        """Whether the mention at ``start``-``end`` may stay: no title of another
        office right before it (a full name, not ``one_word``: no profession's).
        Turkish puts the object right after the subject ("Büyükelçi Begeç Dbeybe'yi
        ziyaret etti"): a name with a case ending, or one after more than one word,
        is not judged there."""
        if lang == "tr" and display[end : end + 1] in ("'", "’"):
            return True
        window_start = max(0, start - _WINDOW)
        before = display[window_start:start]
        cut = max(before.rfind("."), before.rfind("\n"), before.rfind("؟"))
        if cut >= 0:
            before = before[cut + 1 :]
            window_start += cut + 1
        raw = before.split()
        words = _words(before)
        if len(raw) != len(words):  # a word folded into two: judge nothing
            return True
        arabic = is_arabic(display[start : start + 1])
        # title ending at word index k (exclusive end), then words k.. before the name
        for k in range(len(words), 0, -1):
            # a surname's article is no word between ("Hafed el-Gavil"), except in
            # Turkish, where it may open the object after a subject ("Büyükelçi
            # Begeç el-Menfi ile görüştü": the rule below keeps it)
            between = raw[k:] if lang == "tr" else [w for w in raw[k:] if lower(w) not in _ARTICLES]
            if len(between) > 1 and lang == "tr":
                return True
            if not self._may_stand_between(between, arabic, before, window_start, places, people):
                return True
            for size in range(1, min(self._longest, k) + 1):
                title = tuple(words[k - size : k])
                fits = self._titles.get(title)
                if fits is not None:
                    if not one_word and title not in self._professions:
                        return True  # a full name after an office: his own
                    return bool(fits & offices)
        return True

    def _may_stand_between(
        self,
        between: list[str],
        arabic: bool,
        before: str,
        offset: int,
        places: list[tuple[int, int]],
        people: list[tuple[int, int]],
    ) -> bool:
        """Whether the display words ``between`` a title and a name leave the title
        the name's: a place, an institution or a given name; no comma (a list: "Mayor
        X, Erdogan"), no other person's name (the title is his)."""
        if any("," in w or "،" in w or _is_in(w, before, offset, people) for w in between):
            return False
        if arabic:
            return len(between) <= _ARABIC_BETWEEN and all(
                fold_char_string(w) in self._given_ar
                or fold_char_string(w) in self._between
                or _is_in(w, before, offset, places)
                for w in between
            )
        return all(
            lower(w) in _LINKING or lower(w) in self._between or w[:1].isupper() for w in between
        )


def _other_people(mentions: list[Mention], taken: set[str]) -> list[Entity]:
    """The people a profession's full names name ("Gazeteci Hasan Doğan": a journalist
    the KB does not know), one entity a name, found by shape as the name-shape passes
    find the people the KB lacks."""
    people: dict[str, Entity] = {}
    for m in mentions:
        key = shape_key(lower(fold_char_string(m.text)))
        if key in taken:
            continue
        known = people.get(key)
        if known is None:
            people[key] = Entity(
                id=key,
                type=EntityType.PERSON,
                name=m.text,
                country=None,
                found_by="pattern",
                mentions=(m,),
            )
        else:
            people[key] = known.model_copy(update={"mentions": (*known.mentions, m)})
    return list(people.values())


def _near_title(title_ends: list[int], start: int) -> bool:
    """Whether a title ends up to ``_NEAR`` folded characters before ``start``: folded
    offsets are at most the display ones (the fold only deletes). A module function,
    no closure: compiled, a closure's environment would make a reference cycle a call."""
    i = bisect_right(title_ends, start) - 1
    return i >= 0 and title_ends[i] > start - _NEAR


def _one_word(text: str) -> bool:
    """A surname-like mention: no space (a full name has one)."""
    return " " not in text.strip()


def _mention_spans(entities: list[Entity]) -> list[list[tuple[int, int]]]:
    """The display spans of the places and institutions, and of the people."""
    places: list[tuple[int, int]] = []
    people: list[tuple[int, int]] = []
    for entity in entities:
        # from the models' dicts, the types from module constants: an enum member
        # read from its class costs ~700 instructions (Python 3.11), a pydantic
        # attribute read ~300, and this read up to six an entity
        fields = entity.__dict__
        kind = fields["type"]
        if kind is _PERSON:
            people.extend(_span(m.__dict__) for m in fields["mentions"])
        elif kind in _PLACE_TYPES:
            places.extend(_span(m.__dict__) for m in fields["mentions"])
    return [places, people]


_PERSON = EntityType.PERSON
_PLACE_TYPES = (EntityType.GPE, EntityType.LOC, EntityType.ORG)
_span = itemgetter("start", "end")  # a mention's span from its dict


def _is_in(word: str, before: str, offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the last occurrence of the display ``word`` in ``before`` (which
    starts at display offset ``offset``) lies in one of the mention ``spans``."""
    at = before.rfind(word)
    if at < 0:
        return False
    start = offset + at
    return any(a <= start < b for a, b in spans)
