"""People named by office alone, linked to the holder on the article's date.

"The Turkish defence minister", "وزير الدفاع التركي", "Türkiye Dışişleri Bakanı",
"Libya's interior minister", "رئيس المجلس الرئاسي": a role phrase next to an
*anchor* the entity detector already found — a country or nationality (the
country is the anchor's), or an institution that fixes the country (MİT, the
Presidential Council). The phrase maps to an office key (per-language lexicon
files, ``lexicons/offices/<lang>.yaml``), and :meth:`OfficeHolders.holder_at` gives
the KB person holding that office on the publication date: the same sentence in a
2022 and a 2024 article names Çavuşoğlu and Fidan.

Nothing is linked when the phrase is the title of a name that follows ("Turkish
Defence Minister Yaşar Güler": the name is linked itself), when a word next to it
makes it someone else or another time (former, deputy, السابق, eski,
yardımcısı), or when the KB knows no single holder for that day.

:meth:`RoleLinker.link` also adds the names written right after an office title that
one holder that day bears (``titled_holders.py``: "رئيس الأركان محمد الشريف").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path

from schemas import Entity, EntityType, Mention
from wirewatch.core.entities.bare_holders import BareHolders, BareName
from wirewatch.core.entities.dated_institutions import DatedInstitutions, DatedNames
from wirewatch.core.entities.kb import KBEntity
from wirewatch.core.entities.offices import DEFAULT_OFFICES_DIR, OfficeHolders
from wirewatch.core.entities.roles_by_date_data import LanguageRoles
from wirewatch.core.entities.sentence_years import SentenceYears
from wirewatch.core.entities.titled_holders import TitledHolders, TitledName
from wirewatch.core.textfold import FoldedText, fold, fold_char_string
from wirewatch.core.yamlload import safe_load

#: the nationality adjectives (lexicons/entities), for titled names written after one
NATIONALITIES_PATH = (
    Path(__file__).resolve().parents[2] / "data" / "lexicons" / "entities" / "nationalities.yaml"
)

#: How far (display characters) from an anchor a role phrase is looked for.
_REACH = 64
#: A person named this close after a role phrase makes the phrase a title.
_TITLE_GAP = 3
#: Arabic proclitics a role phrase's first word may carry (ووزير, لوزير, بوزير).
_AR_PROCLITICS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
#: a word right after a role phrase (its first letter): capitalised, a name may follow
_CAPITALISED_NEXT = re.compile(r"[ \t]+([^\W\d_])")
#: the first two words after an anchor, past a possessive or case suffix (Turkey's)
_NEXT_WORD = re.compile(r"(?:['’][^\W\d_]{1,4})?\s+([^\W_]+)(?:\s+([^\W_]+))?")
#: what lies between an anchor and a phrase after it (the head of _Side's pattern)
_GAP_AFTER = re.compile(r"(?:['’][^\W\d_]{1,4})?\s+")
#: touch_after of a side before its anchor: no match anywhere
_NO_TOUCH = re.compile(r"(?!)").match
#: Greek and Cyrillic: the letters the fold reads as Latin inside a Latin word only
_GREEK_CYRILLIC = re.compile("[\u0370-\u052f]")


def _folded(phrase: str) -> str:
    return " ".join(fold_char_string(phrase).split())


@dataclass(frozen=True, slots=True)
class _Side:
    """Phrases on one side of an anchor, compiled to one regular expression."""

    pattern: re.Pattern[str]
    offices: Mapping[str, str]  # folded phrase (single spaces) -> office key
    #: the (up to) two words of each phrase next to the anchor, in text order (the
    #: first ones after it, the last ones before it): most anchors have no such
    #: words next to them, and are passed over on that alone
    near_words: frozenset[str]
    after: bool
    #: the folded word of each phrase that touches the anchor (its first after the
    #: anchor, its last before it): a phrase can only be there if one is
    edges: tuple[str, ...]
    #: the most words a phrase has: one before an anchor lies in as many chunks
    #: (space-separated) before it
    most_words: int
    #: display words -> may_match (words next to anchors repeat: "the", "في")
    cache: dict[tuple[str, ...], bool] = field(default_factory=dict, compare=False)
    #: case endings a phrase after its anchor may carry fused (LanguageRoles)
    endings: tuple[str, ...] = ()
    #: an after side's may_touch as one match at the anchor's folded end: its gap
    #: (_GAP_AFTER) and an edge word (the edges hold no white space, so the gap's
    #: greedy reading is the only one an edge can follow); None before the anchor
    touch_after: Callable[[str, int], re.Match[str] | None] = _NO_TOUCH

    @classmethod
    def compile(
        cls,
        phrases: Mapping[str, str],
        after: bool,
        arabic: bool,
        endings: Iterable[str] = (),
    ) -> _Side | None:
        offices = {_folded(p): key for p, key in phrases.items() if _folded(p)}
        if not offices:
            return None
        alts = "|".join(
            re.escape(p).replace(r"\ ", r"\s+") for p in sorted(offices, key=len, reverse=True)
        )
        fused = tuple(sorted({_folded(e) for e in endings if _folded(e)}, key=len, reverse=True))
        if after:
            # Turkey's / Türkiye'nin / Libya’s, then the phrase (not "Prime
            # Minister-designate"), with a case ending fused to it ("Başbakanını")
            case = f"(?:{'|'.join(map(re.escape, fused))})?" if fused else ""
            pattern = rf"^(?:['’][^\W\d_]{{1,4}})?\s+(?P<phrase>{alts}){case}(?![\w-])"
        else:
            pre = "|".join(map(re.escape, _AR_PROCLITICS)) if arabic else ""
            pre = f"(?:{pre})?" if pre else ""
            pattern = rf"(?<!\w){pre}(?P<phrase>{alts})\s+$"
        near = frozenset(" ".join(p.split()[:2] if after else p.split()[-2:]) for p in offices)
        edges = tuple(sorted({p.split()[0 if after else -1] for p in offices}))
        most = max(len(p.split()) for p in offices)
        touch = re.compile(_GAP_AFTER.pattern + "(?:" + "|".join(map(re.escape, edges)) + ")").match
        return cls(
            re.compile(pattern),
            offices,
            near,
            after,
            edges,
            most,
            endings=fused if after else (),
            touch_after=touch if after else _NO_TOUCH,
        )

    def may_touch(self, folded: str, at: int) -> bool:
        """Whether one of the phrases' edge words is written where a phrase of this
        side would have to start (after: past a possessive and spaces from ``at``, an
        anchor's folded end) or end (before: spaces before ``at``, its folded start):
        what :meth:`RoleLinker._after`'s and ``_before``'s patterns need, read on the
        article's fold with one C call instead of a slice, a fold and a look-up."""
        if self.after:
            gap = _GAP_AFTER.match(folded, at)
            return gap is not None and folded.startswith(self.edges, gap.end())
        end = at
        while end > 0 and folded[end - 1].isspace():
            end -= 1
        return end < at and folded.endswith(self.edges, 0, end)

    def may_match(self, words: list[str]) -> bool:
        """Whether the (up to two, in text order) display words next to the anchor
        may be a phrase's (a proclitic or two allowed on the Arabic first word)."""
        key = tuple(words)
        cache = self.cache
        ok = cache.get(key)
        if ok is None:
            folded = [fold_char_string(w) for w in words]
            # the phrase may be one word long: the one right next to the anchor
            tries = [" ".join(folded), folded[0] if self.after else folded[-1]]
            # a one-word phrase with a case ending fused to it ("basbakanini")
            tries += [t[: -len(e)] for t in tries for e in self.endings if t.endswith(e)]
            ok = any(t[k:] in self.near_words for t in tries for k in range(3))
            if len(cache) >= 65536:
                cache.clear()
            cache[key] = ok
        return ok

    def search_before(self, folded: str) -> re.Match[str] | None:
        """``self.pattern.search(folded)`` for a side before the anchor: the phrase
        ends ``folded`` (spaces aside), so it lies in its last ``most_words`` chunks
        and is searched for from there, not from each of the 64 characters (the
        expression starts with a look-behind: it cannot skip ahead; the look-behind
        still sees the character before the offset). -0.03 M instructions per stage
        1 bench article."""
        chunks = folded.rsplit(maxsplit=self.most_words)
        return self.pattern.search(folded, len(chunks[0]) if len(chunks) > self.most_words else 0)

    def office(self, match: re.Match[str]) -> str:
        return self.offices[" ".join(match["phrase"].split())]


@dataclass(frozen=True, slots=True)
class _Language:
    after_country: _Side | None
    before_country: _Side | None
    after_org: Mapping[str, _Side]
    before_org: Mapping[str, _Side]
    not_before: frozenset[str]
    not_after: frozenset[str]
    arabic: bool
    #: words read past when looking for a ``not_before`` word ("then the Libyan foreign
    #: minister"); in a class field so the positional fields keep their order
    passed_before: frozenset[str] = frozenset()
    #: ``not_before`` phrases of several words ("at the time"), as word tuples
    phrases_before: tuple[tuple[str, ...], ...] = ()

    @classmethod
    def compile(cls, data: LanguageRoles, arabic: bool) -> _Language:
        def sides(by_org: Mapping[str, Mapping[str, str]], after: bool) -> dict[str, _Side]:
            out = {}
            for org, phrases in by_org.items():
                side = _Side.compile(phrases, after, arabic, data.fused_endings)
                if side is not None:
                    out[org] = side
            return out

        return cls(
            _Side.compile(data.after_country, True, arabic, data.fused_endings),
            _Side.compile(data.before_country, False, arabic),
            sides(data.after_org, True),
            sides(data.before_org, False),
            frozenset(_folded(w) for w in data.not_before),
            frozenset(_folded(w) for w in data.not_after),
            arabic,
            frozenset(_folded(w) for w in data.passed_before),
            tuple(tuple(_folded(p).split()) for p in data.not_before_phrases),
        )


@dataclass(frozen=True, slots=True)
class _ArticleFold:
    """The article's fold read at display offsets, for :meth:`_Side.may_touch`.

    The fold goes character by character, so the fold of a slice of the display text
    is the matching slice of the article's fold (offsets shifted by the characters it
    deleted before them). Greek and Cyrillic letters are the exception: a capital
    sigma's lower case depends on the next letter (a text holding one has no view),
    and a look-alike is read as Latin inside a Latin word, which a slice may cut (a
    slice holding one is folded alone, as before; none of the bench or real articles
    holds one)."""

    display: str

    folded: str
    #: display offsets of the characters the fold deleted (Arabic diacritics, tatweel)
    deleted: list[int]

    @classmethod
    def of(cls, display: str, text: FoldedText | None) -> _ArticleFold | None:
        if text is None or text.display != display or "\u03a3" in display:
            return None
        shifts = text._shifts  # the folded index each deleted character sat at
        if len(text.folded) != len(display) - len(shifts):
            return None
        return cls(display, text.folded, [shift + k for k, shift in enumerate(shifts)])

    def at(self, position: int) -> int:
        """The folded offset of display offset ``position``."""
        return position - bisect_left(self.deleted, position) if self.deleted else position

    def fold_of(self, start: int, end: int) -> str:
        """``fold_char_string(display[start:end])``, sliced from the article's fold
        (an Arabic slice of 64 characters costs ~4 us to fold: a dict look-up each)."""
        piece = self.display[start:end]
        if not piece.isascii() and _GREEK_CYRILLIC.search(piece):
            return fold_char_string(piece)  # a look-alike: folded as the slice alone
        return self.folded[self.at(start) : self.at(end)]

    def display_length(self, start: int, folded_length: int, limit: int) -> int:
        """``_display_length(text[start:start + limit], folded_length)`` from the
        article's deletions (a character's fold is one character or none, whatever
        its neighbours), not from folding ever longer prefixes: the fewest display
        characters from ``start`` whose fold is ``folded_length`` long, at most
        ``limit``."""
        deleted = self.deleted
        n = folded_length
        while n < limit:
            dropped = bisect_left(deleted, start + n) - bisect_left(deleted, start)
            if n - dropped >= folded_length:
                return n
            n = folded_length + dropped  # at least this many: the least fixed point
        return limit

    def display_length_back(self, end: int, folded_length: int, limit: int) -> int:
        """``_display_length_back(text[end - limit:end], folded_length)``, as
        :meth:`display_length` reads it, backwards from ``end``."""
        deleted = self.deleted
        n = folded_length
        while n < limit:
            dropped = bisect_left(deleted, end) - bisect_left(deleted, end - n)
            if n - dropped >= folded_length:
                return n
            n = folded_length + dropped
        return limit


class _Spans:
    """Where the article's entities are named: people's spans, every mention's start.

    The starts are read only for a phrase a capitalised word follows, once a phrase
    has passed the people's spans (1 bench article in 40): built then."""

    __slots__ = ("_entities", "_starts", "people")

    def __init__(self, entities: list[Entity]) -> None:
        person = EntityType.PERSON
        # from the models' dicts: a pydantic attribute read costs ~300 instructions
        # (start, end, country) of each person's mention
        people: list[tuple[int, int, str | None]] = []
        for entity in entities:
            fields = entity.__dict__
            if fields["type"] is person:
                country = fields["country"]
                for mention in fields["mentions"]:
                    at = mention.__dict__
                    people.append((at["start"], at["end"], country))
        self.people = people
        self._entities = entities
        self._starts: frozenset[int] | None = None

    def starts(self) -> frozenset[int]:
        if self._starts is None:
            self._starts = frozenset(  # (from the dicts: see _untaken_titled)
                m.__dict__["start"] for e in self._entities for m in e.__dict__["mentions"]
            )
        return self._starts


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A role phrase and its anchor: display span, country, office key."""

    start: int
    end: int
    country: str
    office: str


class RoleLinker:
    """Finds role mentions around anchors and links them to the office holder."""

    def __init__(
        self,
        holders: OfficeHolders,
        languages: Mapping[str, LanguageRoles],
        entities: Iterable[KBEntity] = (),
        adjectives: Mapping[str, Iterable[str]] | None = None,
    ) -> None:
        entities = list(entities)
        self.holders = holders
        self.titled = TitledHolders(
            holders,
            {lang: data.titles for lang, data in languages.items()},
            entities,
            {lang: data.not_before for lang, data in languages.items()},
            adjectives,
        )
        # a surname or given name alone that one office-holder bore that day
        self.bare = BareHolders.load(entities)
        # bodies gone by the article's date, named by a bare alias (Başbakanlık)
        self.dated = DatedInstitutions(entities)
        # "the Tripoli government": the body that held Tripoli that day
        self.dated_names = DatedNames(entities)
        self._langs = {
            lang: _Language.compile(data, arabic=lang == "ar") for lang, data in languages.items()
        }
        self._orgs = frozenset(
            org for lang in self._langs.values() for org in (*lang.after_org, *lang.before_org)
        )
        #: the date expressions of a year, per language (``sentence_years.py``)
        self._years = {
            lang: SentenceYears.compile(data.year_before, data.year_after, data.months)
            for lang, data in languages.items()
        }

    @classmethod
    def load(cls, entities: Iterable[KBEntity], offices_dir: Path | None = None) -> RoleLinker:
        directory = Path(offices_dir or DEFAULT_OFFICES_DIR)
        entities = list(entities)
        holders = OfficeHolders.load(entities, directory)
        languages: dict[str, LanguageRoles] = {}
        for path in sorted(directory.glob("*.yaml")):
            if path.stem == "offices":
                continue
            with path.open(encoding="utf-8") as handle:
                languages[path.stem] = LanguageRoles.model_validate(safe_load(handle) or {})
        return cls(holders, languages, entities, {"ar": _arabic_nationalities()})

    # -- finding ----------------------------------------------------------------------

    def find(
        self,
        text: str,
        lang: str | None,
        entities: list[Entity],
        folded: FoldedText | None = None,
    ) -> list[RoleMention]:
        """Role mentions in ``text`` (display) around the anchors among ``entities``
        (``folded``: its fold, when the caller has it, to pass over the anchors no
        phrase touches at the cost of one C call each)."""
        spec = self._langs.get(lang or "")
        if spec is None:
            return []
        # ~30 anchor mentions per bench article, 1 in 6 with a phrase's edge word
        # next to it: the others skip the slice, fold and look-up (find: 118 -> 88
        # us/article on the bench corpus)
        view = _ArticleFold.of(text, folded)
        # (start, end, country, office, fused): a RoleMention is built only for those
        # that stand alone (3.4 found per bench article, 0.03 kept; a frozen
        # dataclass's __init__ costs ~4,000 instructions)
        found: list[tuple[int, int, str, str, bool]] = []
        orgs = self._orgs
        gpe = EntityType.GPE
        # _Side.may_touch and _ArticleFold.at, inline: two Python calls an anchor
        # mention fewer (22 a stage 1 bench article); the after side's gap and edge
        # words read by one match (_Side.touch_after). find: 0.430 -> 0.380 M
        # instructions per stage 1 bench article (callgrind)
        folded_text = view.folded if view is not None else ""
        deleted = view.deleted if view is not None else []
        for entity in entities:
            # the fields read from the model's dict, one attribute read instead of
            # four, and a mention's two in one: a pydantic model's attribute read
            # (its __getattr__ hook) costs ~300 instructions, and reading them was a
            # fifth of find's (find: 0.52 -> 0.43 M instructions per stage 1 bench
            # article, with the tuples above)
            fields = entity.__dict__
            country = fields["country"]
            if not country:
                continue
            if fields["type"] is gpe:
                after, before = spec.after_country, spec.before_country
            elif (entity_id := fields["id"]) in orgs:
                after, before = spec.after_org.get(entity_id), spec.before_org.get(entity_id)
            else:
                continue
            for mention in fields["mentions"]:
                at = mention.__dict__
                start, end = at["start"], at["end"]
                if after is not None and (
                    view is None
                    or after.touch_after(
                        folded_text, end - bisect_left(deleted, end) if deleted else end
                    )
                    is not None
                ):
                    hit = self._after(text, end, after, view)
                    if hit is not None:
                        # a letter right after the phrase: a case ending fused to it
                        fused = text[hit[1] : hit[1] + 1].isalpha()
                        found.append((start, hit[1], country, hit[0], fused))
                        continue
                # "prime minister of Libya's UN-recognised government": a longer title
                if before is None:
                    continue
                if view is not None:
                    # may_touch's before side: spaces, then a phrase's last word
                    folded_start = start - bisect_left(deleted, start) if deleted else start
                    edge = folded_start
                    while edge > 0 and folded_text[edge - 1].isspace():
                        edge -= 1
                    if edge == folded_start or not folded_text.endswith(before.edges, 0, edge):
                        continue
                if spec.arabic or text[end : end + 1] not in "'’":
                    hit = self._before(text, start, before, view)
                    if hit is not None:
                        found.append((hit[1], end, country, hit[0], False))
        if not found:
            return []
        spans = _Spans(entities)
        return [
            RoleMention(start, end, country, office)
            for start, end, country, office, fused in found
            if self._stands_alone(text, start, end, spec, spans, view, fused, country)
        ]

    @staticmethod
    def _after(
        text: str, end: int, side: _Side, view: _ArticleFold | None = None
    ) -> tuple[str, int] | None:
        """The office of a phrase right after an anchor ending at ``end``, and its end
        (``view``: the article's fold, sliced instead of folding the text after it)."""
        tail = text[end : end + _REACH]
        first = _NEXT_WORD.match(tail)
        if first is None or not side.may_match([w for w in first.groups() if w]):
            return None
        m = side.pattern.match(
            fold_char_string(tail) if view is None else view.fold_of(end, end + len(tail))
        )
        if m is None:
            return None
        # the role's span ends with the phrase, a fused case ending left out
        if view is None:
            return side.office(m), end + _display_length(tail, m.end("phrase"))
        return side.office(m), end + view.display_length(end, m.end("phrase"), len(tail))

    @staticmethod
    def _before(
        text: str, start: int, side: _Side, view: _ArticleFold | None = None
    ) -> tuple[str, int] | None:
        """The office of a phrase right before an anchor starting at ``start``, and
        its start (``view``: the article's fold, sliced instead of folding the text
        before it, and its deletions counted instead of folding the phrase once per
        Arabic diacritic in it)."""
        head = text[max(0, start - _REACH) : start]
        words = head.rsplit(maxsplit=2)[-2:]
        if not words or not side.may_match(words):
            return None
        folded = fold_char_string(head) if view is None else view.fold_of(start - len(head), start)
        m = side.search_before(folded)
        if m is None:
            return None
        width = len(folded) - m.start("phrase")
        if view is None:
            return side.office(m), start - _display_length_back(head, width)
        return side.office(m), start - view.display_length_back(start, width, len(head))

    def _stands_alone(
        self,
        text: str,
        found_start: int,
        found_end: int,
        spec: _Language,
        spans: _Spans,
        view: _ArticleFold | None = None,
        fused: bool = False,
        country: str | None = None,
    ) -> bool:
        """Not a title of a name that follows, not someone else (former, deputy):
        the role phrase found at ``found_start:found_end`` (``fused``: with a case
        ending written fused to it, "Libya Başbakanına"; ``country``: the office's)."""
        # A Turkish title before a name takes no case ending, the name does ("Libya
        # Başbakanı Dbeybe'ye"): a phrase with one ends its noun phrase, and the name
        # after it is someone else ("Meclis Başkanına Erdoğan'ın mektubu", "Libya
        # Başbakanını Fidan karşıladı"), no title of it (issue #12)
        title_gap = -1 if fused else _TITLE_GAP
        for start, end, person_country in spans.people:
            # a person of another country is never the office's holder named beside it
            fits = person_country is None or country is None or person_country == country
            if (
                (start < found_end and found_start < end)  # part of a person's mention
                # a title of the name after it; not in Arabic when a proclitic is
                # glued to the name: "التقى الرئيس التركي بالدبيبة" (with Dbeibah), nor
                # before another country's person ("والتقى رئيس الوزراء الليبي أردوغان":
                # the object; session 20)
                or (
                    0 <= start - found_end <= title_gap
                    and fits
                    and not (spec.arabic and start > found_end and text[start - 1].isalpha())
                )
                # "Najla Mangoush, Foreign Minister of Libya": an apposition; not of a
                # person of another country ("Cumhurbaşkanı Erdoğan, Libya Başbakanı ile
                # bir araya geldi", "استقبل أردوغان رئيس الحكومة الليبية": the object;
                # issue #12, session 20)
                or (0 <= found_start - end <= _TITLE_GAP and fits)
            ):
                return False
        if not spec.arabic and not fused:
            m = _CAPITALISED_NEXT.match(text, found_end, found_end + 2 + _REACH // 2)
            if m is not None and m.group(1).isupper() and m.start(1) not in spans.starts():
                # a capitalised word next: a name the KB does not know, unless it
                # starts something found already (a place: "MİT Başkanı Trablus'ta")
                return False
        lo, hi = max(0, found_start - 24), min(len(text), found_end + 24)
        before = _WORD.findall(
            fold_char_string(text[lo:found_start])
            if view is None
            else view.fold_of(lo, found_start)
        )
        if before:
            word = before[-1]
            words = before
            if word in spec.passed_before and len(before) > 1:
                # "then the Libyan foreign minister": the article stands between
                words = before[:-1]
                word = words[-1]
            for phrase in spec.phrases_before:
                if tuple(words[-len(phrase) :]) == phrase:
                    return False  # "at the time Turkey's defence minister"
            bare = {word}
            if spec.arabic:
                bare |= {word[len(p) :] for p in _AR_PROCLITICS if word.startswith(p)}
            if bare & spec.not_before:
                return False
        after = _WORD.findall(
            fold_char_string(text[found_end:hi]) if view is None else view.fold_of(found_end, hi)
        )
        return not (after and after[0] in spec.not_after)

    # -- linking ----------------------------------------------------------------------

    def link_undated(
        self, text: FoldedText | str, lang: str | None, entities: list[Entity]
    ) -> list[Entity]:
        """``entities`` with the names written right after an office title that one
        person who ever held the office bears ("Büyükelçi Yılmaz"), for an article
        without a date, and the bare surnames that a language marks as names and one
        person who ever held an office bears (``BareHolders.find`` with no day:
        Turkish "Aksoy, ... hatırlattı" in an article naming a Libyan). Role mentions
        alone ("the Turkish defence minister") stay unlinked: with no day, nothing
        picks their holder."""
        folded = text if isinstance(text, FoldedText) else fold(text)
        entities = self.bare.drop_unfit_titled(folded.display, lang, entities, None)
        titled: list[TitledName | BareName] = [*self.titled.find(folded, lang, None)]
        in_full = _named_in_full(entities)
        bare = self.bare.find(folded, lang, None, in_full, context=entities)
        if bare and titled:
            # a surname after a title both read ("Bakan Bayraktar'ın"): the titled
            # name's span, which keeps the case ending, not a second mention
            taken = [(t.start, t.end) for t in titled]
            bare = [b for b in bare if not any(s <= b.start < e for s, e in taken)]
        titled.extend(bare)
        if not titled:
            return entities
        entities = _yield_to_titles(entities, titled, in_full)
        return _with_added(entities, _untaken_titled(entities, titled, folded.display))

    def link(
        self, text: FoldedText | str, lang: str | None, entities: list[Entity], when: datetime
    ) -> list[Entity]:
        """``entities`` with each role mention added to its holder on ``when`` (the
        holder added, ``found_by="role"``, when the article does not name them)."""
        display = text.display if isinstance(text, FoldedText) else text
        entities = self.dated_names.redate(self.dated.drop_gone(entities, when), when)
        # "Minister Bolat" in 2020: a weak alias after a title, of no holder that day
        entities = self.bare.drop_unfit_titled(display, lang, entities, when)
        folded = text if isinstance(text, FoldedText) else fold(text)
        mentions = self.find(display, lang, entities, folded)
        titled: list[TitledName | BareName] = [*self.titled.find(folded, lang, when)]
        # a person the detector found by one bare word only ("Yılmaz": the best-known
        # bearer) does not count as named: the bearer in office that day may be meant
        # (worked out only for an article holding some holder's short form: half the
        # bench articles hold none, -0.04 M instructions an article)
        in_full: list[Entity] | None = None
        forms = self.bare.forms_in(folded, lang)
        if forms:
            in_full = _named_in_full(entities)
            titled.extend(self.bare.find(folded, lang, when, in_full, forms, entities))
        if not mentions and not titled:
            return entities
        if titled:
            entities = _yield_to_titles(entities, titled, in_full)
        added: list[tuple[KBEntity, Mention]] = []
        counterparts = []
        years = self._years.get(lang or "")
        for found in mentions:
            if found.office == COUNTERPART:
                counterparts.append(found)
                continue
            # "In 2019, Erdogan received the Libyan prime minister": that year's holder
            year = (
                years.past_year(display, found.start, found.end, when.year)
                if years is not None
                else None
            )
            if year is None:
                holder = self.holders.holder_at(found.country, found.office, when)
            else:
                holder = self._holder_through(found.country, found.office, year)
            if holder is not None:
                added.append((holder, _mention(display, found.start, found.end)))
        for found in counterparts:
            # after the others: "The Turkish interior minister met his Libyan
            # counterpart" pairs with the holder just linked by role
            holder = self._counterpart(found, entities, added, when)
            if holder is not None:
                added.append((holder, _mention(display, found.start, found.end)))
        if titled:  # else nothing to add, and the mentions' spans need not be read
            added += _untaken_titled(entities, titled, display)
        return _with_added(entities, added)

    def _holder_through(self, country: str, office: str, year: int) -> KBEntity | None:
        """The one holder of ``office`` of ``country`` from the first to the last day of
        ``year``; None when it changed hands that year, or the KB knows no holder."""
        first = self.holders.holder_at(country, office, f"{year}-01-01")
        last = self.holders.holder_at(country, office, f"{year}-12-31")
        if first is None or last is None or first.id != last.id:
            return None
        return first

    def _counterpart(
        self,
        found: RoleMention,
        entities: list[Entity],
        added: list[tuple[KBEntity, Mention]],
        when: datetime,
    ) -> KBEntity | None:
        """The holder, in ``found.country``, of the office that the person of another
        country named last before "his Libyan counterpart" held on ``when`` ("The
        Turkish interior minister met his Libyan counterpart": Libya's interior
        minister that day). Nobody when that person held no office the KB knows, or
        several, or when no one holds the same office in the other country then."""
        named = [
            (m.end, e.id)
            for e in entities
            if e.type is _PERSON and e.country not in (None, found.country)
            for m in e.mentions
        ]
        named += [(m.end, k.id) for k, m in added if k.country not in (None, found.country)]
        last = max((n for n in named if n[0] <= found.start), default=None)
        if last is None:
            return None
        offices = self.holders.offices_held(last[1], when)
        if len(offices) != 1:
            # a government's head holds both "gnu-prime-minister" and "prime-minister":
            # the country-wide office is the one the counterpart may hold
            offices = [o for o in offices if o in _COUNTRY_WIDE] or offices
        if len(offices) != 1:
            return None
        return self.holders.holder_at(found.country, offices[0], when)


#: EntityType.PERSON read once: an enum member read from its class costs ~700
#: instructions (Python 3.11), in loops over an article's entities
_PERSON = EntityType.PERSON
#: a mention's span from its dict
_span = itemgetter("start", "end")
#: The office key of "counterpart" phrases (``lexicons/offices/<lang>.yaml``): the
#: other country's holder of the office the person named before it holds.
COUNTERPART = "counterpart"
#: Offices every country has, preferred over one government's own ("gna-prime-minister").
_COUNTRY_WIDE = frozenset({"prime-minister", "president"})


def _mention(display: str, start: int, end: int) -> Mention:
    return Mention(text=display[start:end], start=start, end=end)


def _untaken_titled(
    entities: list[Entity], titled: Iterable[TitledName | BareName], display: str
) -> list[tuple[KBEntity, Mention]]:
    """The names after a title that nothing found yet ("رئيس الأركان محمد الشريف")."""
    # one pydantic read a mention (its dict), not two (~300 instructions each)
    taken = [_span(m.__dict__) for e in entities for m in e.__dict__["mentions"]]
    return [
        (name.holder, _mention(display, name.start, name.end))
        for name in titled
        if not any(a < name.end and name.start < b for a, b in taken)
    ]


def _with_added(entities: list[Entity], added: list[tuple[KBEntity, Mention]]) -> list[Entity]:
    """``entities`` with each added mention joined to its holder (the holder added
    from the KB when the article does not name them), ordered by first mention."""
    if not added:
        return entities
    by_id = {e.id: e for e in entities}
    new: dict[str, list[Mention]] = {}
    for holder, mention in added:
        new.setdefault(holder.id, []).append(mention)
        if holder.id not in by_id:
            by_id[holder.id] = _template(holder)
    out = []
    for entity_id, entity in by_id.items():
        more = new.get(entity_id)
        if more:
            spans = {(m.start, m.end): m for m in (*entity.mentions, *more)}
            entity = entity.model_copy(update={"mentions": tuple(spans[k] for k in sorted(spans))})
        out.append(entity)
    out.sort(key=lambda e: (e.mentions[0].start, e.id))
    return out


def _yield_to_titles(
    entities: list[Entity],
    titled: Iterable[TitledName | BareName],
    in_full: list[Entity] | None = None,
) -> list[Entity]:
    """``entities`` without the person mentions a title or the date gives to someone
    else.

    A bare surname goes to the best-known person bearing it ("Yılmaz": the
    vice-president); after a title ("Büyükelçi Yılmaz"), or when the one bearer in
    office on the article's date is another (the ambassador, in 2022), that holder
    is the better reading, so the other person's mention of those words is dropped
    (and the person, when that was their only mention) for the holder to take. Only
    mentions inside the found name: a longer name found there ("Kenan Yılmaz") is
    kept. ``in_full``: ``_named_in_full(entities)``, when the caller has it."""
    spans = {(n.start, n.end): n.holder.id for n in titled if isinstance(n, TitledName)}
    # a bare form yields only a person found by bare words alone: the short form of
    # someone the article names in full ("Yasin Oktay ... Oktay") stays theirs
    bare = {(n.start, n.end): n.holder.id for n in titled if isinstance(n, BareName)}
    if not spans and not bare:
        return entities
    full_ids = {e.id for e in (_named_in_full(entities) if in_full is None else in_full)}
    out: list[Entity] = []
    for entity in entities:
        fields = entity.__dict__  # (see _named_in_full)
        if fields["type"] is not _PERSON:
            out.append(entity)
            continue
        entity_id, mentions = fields["id"], fields["mentions"]
        found = spans if entity_id in full_ids else {**bare, **spans}
        kept: list[Mention] = []
        for m in mentions:
            at = m.__dict__  # read once: ~300 instructions a pydantic attribute
            m_start, m_end = at["start"], at["end"]
            if not any(
                start <= m_start and m_end <= end and holder != entity_id
                for (start, end), holder in found.items()
            ):
                kept.append(m)
        if len(kept) == len(mentions):
            out.append(entity)
        elif kept:
            out.append(entity.model_copy(update={"mentions": tuple(kept)}))
    return out


def _named_in_full(entities: list[Entity]) -> list[Entity]:
    """``entities`` without the people every mention of whom is one word.

    The fields read from the models' dicts, the person type from a module constant
    (an enum member read from its class costs ~700 instructions on Python 3.11, a
    pydantic attribute read ~300) and each text split once at most: 0.072 -> 0.053 M
    instructions per stage 1 bench article (callgrind)."""
    out = []
    for e in entities:
        fields = e.__dict__
        if fields["type"] is not _PERSON or any(
            len(m.__dict__["text"].split(None, 1)) > 1 for m in fields["mentions"]
        ):
            out.append(e)
    return out


def _template(holder: KBEntity) -> Entity:
    return Entity(
        id=holder.id,
        type=holder.type,
        name=holder.name,
        country=holder.country,
        role=holder.role,
        found_by="role",
    )


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


def _arabic_nationalities() -> list[str]:
    """The Arabic nationality adjectives with their article (التركي, الليبية): the
    lexicon writes them bare, the matcher adds the article."""
    with NATIONALITIES_PATH.open(encoding="utf-8") as handle:
        data = safe_load(handle) or {}
    out: list[str] = []
    for forms in (data.get("nationalities") or {}).values():
        for form in forms.get("ar") or ():
            out.append("ال" + form)
    return out
