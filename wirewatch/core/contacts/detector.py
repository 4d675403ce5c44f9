"""Contact events: per sentence, one actor of each watched country and a contact trigger.

Rules, in the order they apply to a sentence (all cue words are data, see
``wirewatch/data/lexicons/contacts``):

1. It must hold a trigger (met, استقبل, görüştü ...) and no blocking cue (criticised,
   ندد, yalanladı, "will meet", "refused to meet", "ready to meet him if ..."):
   criticism, denials, refusals, offers and plans are not contacts. An undated
   sentence with a recap's wording ("had met", سبق أن, görüşmüştü, "(File photo)")
   is historical; a dated one goes by its date (dates.py: "last week", a named day
   more than a week old and any older period are historical), so "وكان ... قد استقبل
   ... أمس" stays current.
2. Actors are the entities with a country mentioned in the sentence, ranked per
   country: persons, then named organisations, then generic national actors ("the
   Turkish delegation"), then the country itself. Only the best rank present for a
   country counts, so a named person beats the generic actor of the same country.
   Mentions that merely qualify another noun ("Haftar's son", "قوات حفتر",
   "Hafter'in oğlu") are skipped, unless they head a delegation ("Fidan
   başkanlığındaki heyet", "وفد ... بقيادة"). A reference by role alone ("the Turkish
   minister", "الوزير التركي", "Türk bakan") is the person of that country and role
   named last before it (``roles.py``).
3. A country name or capital ("Turkey", "أنقرة"; a capital may come as a GPE or as a
   place, LOC ``loc:ankara``) is an actor only when nothing better
   of that country is in the sentence, it stands within a few words of the trigger,
   no preposition or case ending makes it a mere mention ("to Libya", "لدى ليبيا",
   "Libya'da"), and no actor of a third country is in the sentence ("Sisi received
   Haftar and discussed ties with Turkey"); the destination of a visit does count
   ("visited Turkey").
4. One event per cross-country pair of actors and watch (several named persons of one
   country in one sentence, e.g. a delegation's members or coordinated principals, each
   get their pair), capped at ``max_pairs`` per sentence. Who only attended ("in the
   presence of", بحضور, eşliğinde: lexicon ``attendee_*`` cues) is no principal, and
   two states alone make no pair ("Türkiye and Libya signed ...").
5. The location is a place mention after a locative cue ("in", "في", "'da"), nearest
   the trigger; the date is the date expression nearest the trigger, else the last
   non-historical date of an earlier sentence, else publication.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from itertools import product
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from schemas import ContactEvent, Evidence, Participant
from schemas.articles import Entity, EntityType
from wirewatch.core.contacts.continuation import (
    LOOK_BACK,
    BackReferences,
    borrowed_person,
    missing_sides,
    named_countries,
)
from wirewatch.core.contacts.cues import CueIndex, matches_at
from wirewatch.core.contacts.dates import (
    DateRef,
    date_cue_index,
    find_dates,
    nearest_date,
    resolve_dates,
)
from wirewatch.core.contacts.delegations import delegation_country, delegation_members
from wirewatch.core.contacts.lexicon import Lexicon, at_start, attendee_spans, load_lexicons
from wirewatch.core.contacts.recaps import is_recap
from wirewatch.core.contacts.roles import NamedPeople, RoleReferences, is_title
from wirewatch.core.contacts.scope import (
    across_one_verb,
    cancelled_triggers,
    in_live_scope,
    words_between,
)
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.contacts.watches import CountryInfo, Watch, load_countries, load_watches
from wirewatch.core.textfold import FoldedText, fold, fold_char_string

#: A country or capital must stand within this many words of a trigger to be an actor.
COUNTRY_ACTOR_WINDOW = 4
#: The trigger kind of "a joint press conference with X": X must be named within this
#: many words after it (see ``_counterpart_follows``).
PRESS_CONFERENCE = "press_conference"
COUNTERPART_WINDOW = 4
#: An organisation too (see ``_actors``).
ORG_ACTOR_WINDOW = 4
_RANK_PERSON, _RANK_ORG, _RANK_GENERIC, _RANK_COUNTRY = range(4)
_GENERIC_ID = "org:generic:"  # the entity detector's generic national actors
_GPE, _PERSON = EntityType.GPE, EntityType.PERSON  # an enum member read costs a lookup
_BOUNDS = attrgetter("start", "end")
#: Bound on the cache of which mention spellings name a state (see ``_spelled``).
_SPELLED_CACHE = 65536
#: Bound on the cache of ``Participant`` objects (see ``_shared``).
_PARTICIPANT_CACHE = 16384


def pair_key(a: str | Participant | Entity, b: str | Participant | Entity) -> str:
    """Stable registry key of a participant pair: the two ids, sorted, joined by ``|``."""
    x = a if isinstance(a, str) else a.id
    y = b if isinstance(b, str) else b.id
    return f"{x}|{y}" if x <= y else f"{y}|{x}"


def event_id_for(article_id: str, key: str, sentence_start: int) -> str:
    digest = hashlib.sha256(f"{article_id}\x1f{key}\x1f{sentence_start}".encode())
    return digest.hexdigest()[:32]


class _Actor:
    """An actor of a sentence; its ``Participant`` is built only if it makes a pair."""

    __slots__ = ("country", "end", "entity", "id", "rank", "start", "state")

    def __init__(
        self,
        entity: Entity,
        country: str,
        rank: int,
        start: int,
        end: int,
        state: tuple[str, str] | None,
    ) -> None:
        self.entity = entity
        self.country = country
        self.rank = rank
        self.start = start
        self.end = end
        #: (id, name) of the country itself when the mention stands for the state.
        self.state = state
        self.id = state[0] if state is not None else entity.id

    def participant(self, made: dict[tuple[object, ...], Participant]) -> Participant:
        """Its ``Participant``, from ``made`` if built before (see ``_shared``)."""
        if self.state is None:
            return _shared(self.entity, self.country, made)
        key = ("state", *self.state, self.country)
        found = made.get(key)
        if found is None:
            found = Participant(
                id=self.state[0], name=self.state[1], type=_GPE, country=self.country
            )
            _remember(made, key, found)
        return found


class _Place(NamedTuple):
    entity: Entity
    country: str
    start: int
    end: int


#: A mention of an entity with a country: ``(start, end, entity, actor)``, ``actor`` the
#: country the mention can be an actor of, judged without its context: the entity's,
#: for a place only a watched state spelled as its name or capital. A plain tuple:
#: one is built per mention of every article.
_Item = tuple[int, int, Entity, str | None]
#: A trigger found: ``(priority, start, end, kind)``, folded offsets; the priority is
#: the kind's rank in its lexicon. A tuple rather than a ``Trigger``: cheaper to build.
_Trigger = tuple[int, int, int, str]
#: An entity whose mentions can matter: ``(entity, country, spellings)``, ``country``
#: the one its mentions can be actors of (None: a place of another state), and for
#: a watched state's place the cache of which mention texts spell the state.
_Source = tuple[Entity, str | None, dict[str, bool] | None]


def _participant(entity: Entity, country: str) -> Participant:
    return Participant(
        id=entity.id, name=entity.name, type=entity.type, country=country, role=entity.role
    )


def _shared(
    entity: Entity, country: str, made: dict[tuple[object, ...], Participant]
) -> Participant:
    """``_participant(entity, country)``, built once: ``made`` holds those built, by the
    values they are built from (a ``Participant`` is frozen, so events may share one,
    and the same few actors recur in article after article)."""
    key = ("entity", entity.id, entity.name, entity.type, country, entity.role)
    found = made.get(key)
    if found is None:
        found = _participant(entity, country)
        _remember(made, key, found)
    return found


def _remember(
    made: dict[tuple[object, ...], Participant], key: tuple[object, ...], value: Participant
) -> None:
    if len(made) >= _PARTICIPANT_CACHE:
        made.clear()  # a bound, not a policy: what recurs is soon built again
    made[key] = value


def _may_refer(adjectives: set[str] | None, present: set[str]) -> bool:
    """Whether a sentence names a watched country without a person or organisation in
    it (``present``) by an adjective that does not stand for the state ("Turkish",
    "التركي", "Türk"): the one place a reference by role alone can stand."""
    return adjectives is not None and not adjectives <= present


def _without_redundant_states(events: list[ContactEvent]) -> list[ContactEvent]:
    """The article's events less those that pair someone with a state when the article
    also pairs them, in the same time (current or historical), with a named person or
    organisation of that state.

    "Fidan, on his visit to Libya, held talks with Dbeibah": the state stood in for
    whom Fidan met, and the article names him, so Fidan–Libya says nothing more (and
    would raise a second alert). A visit the article names no counterpart for ("Haftar
    arrived in Ankara"), or only a generic one ("a Turkish delegation"), keeps its state.
    """
    named: set[tuple[str, str, bool]] = set()
    for event in events:
        first, second = event.participants
        if _is_named(first) and _is_named(second):
            named.add((first.id, second.country, event.historical))
            named.add((second.id, first.country, event.historical))
    if not named:
        return events
    kept = []
    for event in events:
        first, second = event.participants
        if first.type is _GPE and (second.id, first.country, event.historical) in named:
            continue
        if second.type is _GPE and (first.id, second.country, event.historical) in named:
            continue
        kept.append(event)
    return kept


def _is_named(participant: Participant) -> bool:
    """A person or organisation of its own, not a state or a generic national actor."""
    return participant.type is not _GPE and not participant.id.startswith(_GENERIC_ID)


def _counterpart_follows(
    text: str, view: _FoldedView, index: int, triggers: list[_Trigger], actors: list[_Actor]
) -> bool:
    """Whether a person or organisation is named right after a "joint press conference
    with" trigger: the one the speaker stood beside. Others the sentence names are what
    was said ("… مؤتمر صحفي مشترك مع نظيره الغامبي …، أن تصريحات … المسماري …")."""
    ends = [view.to_display(index, t[1], t[2])[1] for t in triggers]
    return any(
        actor.rank != _RANK_COUNTRY
        and actor.start >= end
        and words_between(text, (end, end), (actor.start, actor.end)) <= COUNTERPART_WINDOW
        for actor in actors
        for end in ends
    )


_PLACE_TYPES = (EntityType.GPE, EntityType.LOC)


_Pattern = re.Pattern[str] | None
#: A context cue of a lexicon: ``(before pattern, its reversed form, after pattern, that
#: without its ^)`` (see ``_FoldedView.around``).
_Cue = tuple[_Pattern, _Pattern, _Pattern, _Pattern]


class _Around(NamedTuple):
    """One lexicon's context cues (see ``_FoldedView.around``)."""

    possessor: _Cue
    place: _Cue
    mention: _Cue
    destination: _Cue
    head: _Cue

    @classmethod
    def of(cls, lx: Lexicon) -> _Around:
        """The cues of ``lx``, each with the other forms of its patterns."""

        def cue(before: _Pattern, mirrored: _Pattern, after: _Pattern) -> _Cue:
            return before, mirrored, after, at_start(after) if after is not None else None

        return cls(
            cue(lx.before_possessor, lx.reversed_before_possessor, lx.after_possessor),
            cue(lx.before_place, lx.reversed_before_place, lx.after_place),
            cue(lx.before_mention, lx.reversed_before_mention, lx.after_mention),
            cue(lx.destination_before, lx.reversed_destination_before, lx.destination_after),
            cue(lx.before_head, lx.reversed_before_head, lx.after_head),
        )


class _Contexts(NamedTuple):
    """The context cues of the lexicons an article is read with, by kind."""

    lexicons: tuple[Lexicon, ...]
    possessor: list[_Cue]
    place: list[_Cue]
    mention: list[_Cue]
    destination: list[_Cue]
    head: list[_Cue]


class _LexiconCues(NamedTuple):
    """The ``CueIndex`` tags of one lexicon's literals."""

    lexicon: Lexicon
    kinds: dict[str, str]  # trigger kind -> tag
    block: str | None  # None: the block pattern is searched without its cues
    historical: str | None
    #: (kind, tag, pattern, priority) of the lexicon's triggers, in its order.
    triggers: tuple[tuple[str, str, re.Pattern[str], int], ...]
    trigger_tags: frozenset[str]  # the tags of ``triggers``
    #: Its literals and the date words: when an article is read with this lexicon
    #: alone, a pass with fewer literals (so a faster one) serves.
    # The field shadows tuple.index, which nothing calls on these.
    index: CueIndex  # type: ignore[assignment]
    attendee: str | None  # the tag of its attendance words, if it has any


class _FoldedView:
    """The folded form of each sentence, as a window on the article's folded text.

    The fold works character by character, so a sentence's fold is the matching slice
    of the article's fold, and its offsets map back through the article's deletions.
    The one exception is the Greek capital sigma, whose lower case depends on the
    next letter: a text holding one (or with no usable fold given) folds sentence by
    sentence instead, exactly as each sentence would fold alone.
    """

    def __init__(self, text: str, folded: FoldedText | None, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.spans = spans
        self._own: dict[int, FoldedText] = {}
        self._deleted: list[int] = []
        self._reversed: str | None = None
        if "\u03a3" in text:
            self.article: FoldedText | None = None
            return
        if folded is None or folded.display != text:
            folded = fold(text)
        shifts = folded._shifts  # folded index each deleted character sat at
        if len(folded.folded) != len(text) - len(shifts):
            folded = fold(text)
            shifts = folded._shifts
        self.article = folded
        self._deleted = [shift + k for k, shift in enumerate(shifts)]  # display offsets

    def _folded_offset(self, position: int) -> int:
        return position - bisect_left(self._deleted, position) if self._deleted else position

    def window(self, index: int) -> tuple[str, int, int]:
        """(folded string, start, end): sentence ``index`` folded is ``string[start:end]``."""
        start, end = self.spans[index]
        if self.article is None:
            own = self._own.get(index)
            if own is None:
                own = self._own[index] = fold(self.text[start:end])
            return own.folded, 0, len(own.folded)
        return self.article.folded, self._folded_offset(start), self._folded_offset(end)

    def to_display(self, index: int, start: int, end: int) -> tuple[int, int]:
        """The display span in the article of a folded span from ``window(index)``."""
        if self.article is not None:
            return self.article.to_display(start, end)
        base = self.spans[index][0]
        first, last = self._own[index].to_display(start, end)
        return base + first, base + last

    def around(self, index: int, start: int, end: int, cues: list[_Cue]) -> bool:
        """Whether the mention at ``start:end`` (display offsets) of sentence ``index``
        has, for one of ``cues`` (a lexicon's each), its ``before`` pattern matching
        the folded text from the sentence's start to it, anchored at the end, or its
        ``after`` pattern matching from it to the sentence's end, anchored at the start.

        The ``before`` pattern is tried in its reversed form once, at the start of the
        reversed text, rather than at every position of the text; the ``after`` one in
        its form without ``^``, at the mention's end, rather than on a copy of the rest.
        """
        first, last = self.spans[index]
        article = self.article
        if article is None:  # the sentence folds alone: on copies, as it always did
            for before, mirrored, after, _ in cues:
                if before is not None:
                    head = fold_char_string(self.text[first:start])
                    if mirrored is None:
                        if before.search(head) is not None:
                            return True
                    elif mirrored.match(head[::-1]) is not None:
                        return True
                if after is not None and after.search(fold_char_string(self.text[end:last])):
                    return True
            return False
        deleted = self._deleted
        if deleted:  # to folded offsets (``_folded_offset``, inlined)
            first -= bisect_left(deleted, first)
            start -= bisect_left(deleted, start)
            end -= bisect_left(deleted, end)
            last -= bisect_left(deleted, last)
        folded = article.folded
        for before, mirrored, after, after_at in cues:
            if before is not None:
                if mirrored is None:
                    if before.search(folded[first:start]) is not None:
                        return True
                else:
                    reverse = self._reversed
                    if reverse is None:
                        reverse = self._reversed = folded[::-1]
                    size = len(reverse)
                    if mirrored.match(reverse, size - start, size - first) is not None:
                        return True
            if after is not None:
                if after_at is None:
                    if after.search(folded[end:last]) is not None:
                        return True
                elif after_at.match(folded, end, last) is not None:
                    return True
        return False


def _with_dates(literals: list[tuple[str, str]], proclitics: Sequence[str]) -> CueIndex:
    """A ``CueIndex`` of ``literals`` (any of ``proclitics`` glued to them), and of the
    date words: a sentence looked at for triggers is then dated without another pass."""
    return CueIndex.combined(
        CueIndex(
            literals,
            clitics="".join(sorted({c for p in proclitics for c in p})),
            max_clitics=max((len(p) for p in proclitics), default=0),
        ),
        date_cue_index(),
    )


class ContactDetector:
    """Finds contact events between actors of watched countries in one article."""

    def __init__(
        self,
        watches: Sequence[Watch],
        lexicons: dict[str, Lexicon],
        countries: dict[str, CountryInfo],
        *,
        max_pairs: int = 12,
        named_only: bool = True,
    ) -> None:
        self.watches = list(watches)
        #: Emit only events between two named principals (persons, organisations): a
        #: state or a generic national actor ("Libya", "the Turkish delegation",
        #: "Libyan officials") says that someone went somewhere or met someone unnamed,
        #: not who met whom. They still serve inside the detector (a delegation's
        #: listed members, a visit's destination), and ``named_only=False`` keeps them.
        self.named_only = named_only
        self.lexicons = lexicons
        self.countries = countries
        self.max_pairs = max_pairs
        self._country_names = {
            code: {fold_char_string(n) for n in (info.name, *info.names)}
            for code, info in countries.items()
        }
        # A mention stands for the state only when spelled as its name or capital
        # (an Arabic proclitic or a Turkish case ending allowed), never as the
        # adjective an entity detector may also attach to the country.
        self._state_spelling = {
            code: re.compile(
                r"(?:[وبلف]{1,2})?(?:"
                + "|".join(
                    re.escape(n)
                    for n in sorted(
                        self._country_names[code] | {fold_char_string(c) for c in info.capitals},
                        key=len,
                        reverse=True,
                    )
                )
                + r")(?:'\w*)?"
            )
            for code, info in countries.items()
        }
        # An entity detector may report capitals as places (LOC, ``loc:ankara``) rather
        # than as GPEs: such a mention stands for the state only when spelled as a capital.
        self._capital_spelling = {
            code: re.compile(
                r"(?:[وبلف]{1,2})?(?:"
                + "|".join(
                    re.escape(c)
                    for c in sorted(
                        {fold_char_string(c) for c in info.capitals}, key=len, reverse=True
                    )
                )
                + r")(?:'\w*)?"
            )
            for code, info in countries.items()
            if info.capitals
        }
        # Per (type, country), whether a mention text is spelled as the state; and the
        # folded entity names: the same few recur in every article.
        self._spelled: dict[tuple[EntityType, str], dict[str, bool]] = {}
        self._folded_names: dict[str, str] = {}
        self._participants: dict[tuple[object, ...], Participant] = {}
        self._contexts: dict[int | tuple[int, ...], _Contexts] = {}  # by the lexicons' ids
        self._watched = {c for w in self.watches for c in w.countries}
        self._pairs = [w.countries for w in self.watches]
        # Two watches on the same countries: report once, under the first.
        self._distinct: list[tuple[Watch, frozenset[str]]] = []
        for watch in self.watches:
            pair = frozenset(watch.countries)
            if all(pair != seen for _, seen in self._distinct):
                self._distinct.append((watch, pair))
        # One pass over a sentence finds every literal a trigger, block or historical
        # cue can start with, and where.
        self._cue_tags: dict[int, _LexiconCues] = {}
        literals: list[tuple[str, str]] = []
        for lexicon in lexicons.values():
            kinds = {kind: f"{lexicon.lang}\x1f{kind}" for kind in lexicon.kinds}
            own = [(literal, kinds[kind]) for literal, kind in lexicon.trigger_cues]
            tags: list[str | None] = []
            for name, cues in (
                ("block", lexicon.block_cues),
                ("historical", lexicon.historical_cues),
            ):
                # Without every literal (a lexicon built by hand, an entry made of "~"
                # alone) the pattern is searched ungated, as before it had cues.
                if cues and all(cues):
                    tag = f"{lexicon.lang}\x1e{name}"
                    own += [(literal, tag) for literal in cues]
                    tags.append(tag)
                else:
                    tags.append(None)
            # Attendance cues: whether a sentence holds one of their words at all.
            attendee_tag = f"{lexicon.lang}\x1eattendee" if lexicon.attendee_words else None
            if attendee_tag is not None:
                own += [(word, attendee_tag) for word in lexicon.attendee_words]
            self._cue_tags[id(lexicon)] = _LexiconCues(
                lexicon,
                kinds,
                tags[0],
                tags[1],
                tuple(
                    (kind, kinds[kind], pattern, lexicon.kinds.index(kind))
                    for kind, pattern in lexicon.triggers
                ),
                frozenset(kinds[kind] for kind, _ in lexicon.triggers),
                _with_dates(own, lexicon.proclitics),
                attendee_tag,
            )
            literals += own
        self._cues = _with_dates(
            literals, [p for lexicon in lexicons.values() for p in lexicon.proclitics]
        )

    @classmethod
    def default(
        cls,
        watches: Sequence[Watch] | None = None,
        watches_path: Path | None = None,
        *,
        named_only: bool = True,
    ) -> ContactDetector:
        """The packaged lexicons; ``watches`` default to the packaged watches file."""
        return cls(
            watches if watches is not None else load_watches(watches_path),
            load_lexicons(),
            load_countries(watches_path),
            named_only=named_only,
        )

    # -- public ---------------------------------------------------------------------

    def detect(
        self,
        *,
        article_id: str,
        source: str,
        url: str | None,
        title: str | None,
        text: str,
        folded: FoldedText | None,
        lang: str | None,
        published_at: datetime | None,
        entities: Sequence[Entity],
        pipeline_version: str,
    ) -> list[ContactEvent]:
        if not self.watches or not text:
            return []
        # Only a sentence with a possible actor of each country of a watch can hold an
        # event, and few do: mentions come first, everything else only for those.
        sources, countries, states = self._prepare(entities)
        if not self._may_pair(countries):
            return []
        lexicons = self._lexicons_for(lang)
        contexts = self._contexts_for(lexicons)
        spans = sentence_spans(text)
        view = _FoldedView(text, folded, spans)
        gated = view.article is not None and all(
            getattr(self._cue_tags.get(id(lx)), "lexicon", None) is lx for lx in lexicons
        )
        country_ids: dict[str, str] | None = None
        dates: dict[int, list[DateRef]] = {}
        leads: dict[int, DateRef | None] = {}

        cued: dict[int, dict[str, list[int]]] = {}  # ``starts`` of ``cues``, if known
        cues, date_cues = self._cues, date_cue_index()
        if gated and len(lexicons) == 1:
            cues = self._cue_tags[id(lexicons[0])].index
        if view.article is not None and view.article.folded.isascii():
            # No literal with another character can occur: a pass without them serves.
            cues, date_cues = cues.ascii_only(), date_cues.ascii_only()

        def dates_of(i: int) -> list[DateRef]:
            if i not in dates:
                string, start, end = view.window(i)
                starts = cued.get(i)
                if starts is None and view.article is not None:
                    starts = date_cues.starts(string, start, end)
                if starts is None:
                    dates[i] = find_dates(string, published_at, start=start, end=end)
                else:
                    dates[i] = resolve_dates(string, published_at, starts, start=start, end=end)
            return dates[i]

        def lead_before(i: int) -> DateRef | None:
            # The latest current date of an earlier sentence dates an undated one:
            # reports tell one event per stretch ("... on Sunday. The talks covered ...").
            j = i
            lead: DateRef | None = None
            while j > 0:
                if j in leads:
                    lead = leads[j]
                    break
                found = dates_of(j - 1)
                if found:
                    lead = next(
                        (d for d in reversed(found) if not d.historical and not d.coarse), None
                    )
                    if lead is not None:
                        break
                j -= 1
            leads[i] = lead
            return lead

        events: list[ContactEvent] = []
        seen: set[str] = set()
        made = self._participants
        roles = [lx.roles for lx in lexicons if lx.roles is not None and not lx.roles.empty]
        people: list[NamedPeople] = []  # built on the first role reference, if any

        def named_people() -> NamedPeople:
            if not people:
                people.append(NamedPeople((e for e, _, _ in sources), self._watched))
            return people[0]

        def role_actors(i: int, inside: list[_Item]) -> list[_Actor]:
            return self._role_actors(i, text, spans, inside, roles, named_people)

        def earlier_date(i: int) -> DateRef | None:
            # A continuing sentence's date: the last of the nearest earlier sentence
            # that has one, a recap's included (continuation.py).
            for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
                found = dates_of(j)
                if found:
                    return found[-1]
            return None

        # (A text folded sentence by sentence, one with a Greek capital sigma, goes without.)
        back = BackReferences(lexicons, view.article.folded) if view.article is not None else None
        continuing = back is not None and bool(back)
        refers: dict[int, bool] = {}
        watched = self._watched

        def refers_back(i: int) -> bool:
            found = refers.get(i)
            if found is None and back is not None:
                _, start, end = view.window(i)
                found = refers[i] = back(start, end)
            return bool(found)

        def borrow(i: int, missing: set[str], continued: list[bool]) -> list[_Actor]:
            # A country the sentence names by adjective has its principal there, by role
            # ("رئيس الأركان الليبي"): roles.py resolves it, or nobody does.
            missing = missing - adjectives.get(i, set())
            if not missing:
                return []
            found = self._borrowed(i, groups, view, contexts, missing)
            if found:
                continued.append(True)
            return found

        emitted: set[str] = set()  # pair keys: a continuation repeats no earlier pair
        adjectives: dict[int, set[str]] = {}  # sentence -> countries named by adjective
        groups = self._by_sentence(sources, text, spans, adjectives)
        for i, group in enumerate(groups):
            if group is None:
                continue
            inside, present, solid = group
            borrowed: list[_Actor] = []
            continued: list[bool] = []  # whether the sentence borrowed its principal
            if (
                continuing
                and not self._may_pair(solid)
                and not solid.isdisjoint(watched)
                and refers_back(i)
            ):
                missing = missing_sides(self._pairs, named_countries(inside))
                if missing:
                    borrowed = borrow(i, missing, continued)
                    got = {a.country for a in borrowed}
                    present, solid = present | got, solid | got
            refs: list[_Actor] | None = None
            if not self._may_pair(present):
                # A country may still have an actor named by role alone ("the Turkish
                # minister also met Saddam Haftar").
                if not roles or not solid or not _may_refer(adjectives.get(i), solid):
                    continue
                refs = role_actors(i, inside)
                referred = {a.country for a in refs}
                present, solid = present | referred, solid | referred
                if not self._may_pair(present):
                    continue
            if not self._may_pair(solid) and not self._may_pair(
                self._possible(i, view, inside, contexts, solid)
            ):
                continue
            string, fstart, fend = view.window(i)
            starts = None
            if gated:
                starts = cued[i] = cues.starts(string, fstart, fend)
            triggers = self._triggers(lexicons, string, fstart, fend, starts)
            if not triggers:
                continue
            if country_ids is None:
                country_ids = self._country_entity_ids(states)
            if refs is None:
                refer = roles and _may_refer(adjectives.get(i), solid)
                refs = role_actors(i, inside) if refer else []
            found = self._sentence_events(
                i,
                view,
                lexicons,
                contexts,
                text,
                inside,
                country_ids,
                triggers,
                starts,
                dates_of,
                # A continuing sentence, undated, is dated by the one it continues
                # ("... affirmed cooperation during the visit"), a recap's date included.
                partial(
                    _continued_date, earlier_date, lead_before, refers_back, continued, continuing
                ),
                [*refs, *borrowed] if borrowed else refs,
                partial(_borrowed_if_referring, borrow, refers_back, i, continued)
                if continuing and not borrowed
                else None,
            )
            if not found:
                continue
            start, end = spans[i]
            evidence = Evidence(sentence=text[start:end], start=start, end=end)  # frozen
            for watch, kind, a, b, place, date_ref, historical in found:
                key = pair_key(a.id, b.id)
                if continued and key in emitted:
                    continue  # told before: "X received Y. The two discussed ..."
                emitted.add(key)
                event_id = event_id_for(article_id, key, start)
                if event_id in seen:
                    continue
                seen.add(event_id)
                occurred = date_ref.when if date_ref is not None else None
                if occurred is None and not historical:
                    occurred = published_at
                events.append(
                    ContactEvent(
                        event_id=event_id,
                        article_id=article_id,
                        watch=watch.name,
                        kind=kind,
                        participants=[a.participant(made), b.participant(made)],
                        countries=list(watch.countries),
                        pair_key=key,
                        location=_shared(place.entity, place.country, made)
                        if place is not None
                        else None,
                        occurred_at=occurred,
                        historical=historical,
                        evidence=evidence,
                        source=source,
                        url=url,
                        title=title,
                        published_at=published_at,
                        pipeline_version=pipeline_version,
                    )
                )
        if any(delegation_country(p.id) for e in events for p in e.participants):
            members = delegation_members(lexicons, text, spans, entities)
            if members:
                events = self._with_members(events, members, article_id)
        if self.named_only:
            return [
                e for e in events if _is_named(e.participants[0]) and _is_named(e.participants[1])
            ]
        return _without_redundant_states(events)

    def _with_members(
        self, events: list[ContactEvent], members: dict[str, list[Entity]], article_id: str
    ) -> list[ContactEvent]:
        """Each event of a generic delegation whose members the article names, as one
        event per member (see ``delegations.py``); other events as they are."""
        out: list[ContactEvent] = []
        seen: set[str] = set()
        for event in events:
            first, second = event.participants
            side = 0 if delegation_country(first.id) else 1 if delegation_country(second.id) else -1
            country = delegation_country(event.participants[side].id) if side >= 0 else None
            listed = members.get(country, []) if country is not None else []
            if not listed:
                if event.event_id not in seen:
                    seen.add(event.event_id)
                    out.append(event)
                continue
            other = event.participants[1 - side]
            for member in listed:
                if member.id == other.id:
                    continue
                person = _shared(member, member.country or other.country, self._participants)
                key = pair_key(person.id, other.id)
                event_id = event_id_for(article_id, key, event.evidence.start)
                if event_id in seen:
                    continue
                seen.add(event_id)
                pair = [person, other] if side == 0 else [other, person]
                out.append(
                    event.model_copy(
                        update={"participants": pair, "pair_key": key, "event_id": event_id}
                    )
                )
        return out

    # -- per article ------------------------------------------------------------------

    def _prepare(self, entities: Sequence[Entity]) -> tuple[list[_Source], set[str], list[Entity]]:
        """The entities whose mentions can matter (with a country, and mentions), the
        countries the article's mentions could be actors of, at most, and the GPEs of
        watched countries (for ``_country_entity_ids``, mentioned or not)."""
        watched, spelled = self._watched, self._spelled
        sources: list[_Source] = []
        countries: set[str] = set()
        states: list[Entity] = []
        for entity in entities:
            country = entity.country
            if country is None:
                continue  # neither an actor nor a location
            kind = entity.type
            if kind is _GPE and country in watched:
                states.append(entity)
            if not entity.mentions:
                continue
            if kind not in _PLACE_TYPES:
                sources.append((entity, country, None))
                countries.add(country)
            elif country in watched:
                # Whether a mention stands for the state depends on its spelling.
                spellings = spelled.get((kind, country))
                if spellings is None:
                    spellings = spelled[(kind, country)] = {}
                sources.append((entity, country, spellings))
                countries.add(country)
            else:
                sources.append((entity, None, None))  # a location, never an actor
        return sources, countries, states

    def _by_sentence(
        self,
        sources: list[_Source],
        text: str,
        spans: list[tuple[int, int]],
        adjectives: dict[int, set[str]],
    ) -> list[tuple[list[_Item], set[str], set[str]] | None]:
        """Per sentence, by index (None if it holds none): the mentions of ``sources``
        inside it (in the entities' order), the countries they can be actors of, and
        those of persons and organisations alone (whose context need not be read).
        ``adjectives`` is filled with the watched countries each sentence names by a GPE
        mention that does not stand for the state ("Turkish"): where a reference by role
        alone can stand (``roles.py``).

        A mention is inside a sentence when it starts and ends within the sentence's
        bounds, both inclusive: one at the very end of a sentence that the next begins
        at is inside both.
        """
        firsts = [start for start, _ in spans]
        ends = [end for _, end in spans]
        out: list[tuple[list[_Item], set[str], set[str]] | None] = [None] * len(spans)
        find = bisect_right
        for entity, country, spellings in sources:
            actor = country
            for start, end in map(_BOUNDS, entity.mentions):
                if spellings is not None:
                    surface = text[start:end]
                    known = spellings.get(surface)
                    if known is None:
                        assert country is not None
                        known = self._spelled_as_state(entity.type, country, surface, spellings)
                    actor = country if known else None
                i = find(firsts, start) - 1
                if i < 0 or ends[i] < start:
                    continue  # between sentences
                if actor is None and spellings is not None and entity.type is _GPE:
                    assert country is not None
                    adjectives.setdefault(i, set()).add(country)
                if end <= ends[i]:
                    group = out[i]
                    if group is None:
                        group = out[i] = ([], set(), set())
                    group[0].append((start, end, entity, actor))
                    if actor is not None:
                        group[1].add(actor)
                        if spellings is None:
                            group[2].add(actor)
                if end <= start and i and ends[i - 1] == start:
                    # The previous sentence ends where this one begins, at an empty
                    # mention: it is inside that one too (no earlier one reaches it).
                    group = out[i - 1]
                    if group is None:
                        group = out[i - 1] = ([], set(), set())
                    group[0].append((start, end, entity, actor))
                    if actor is not None:
                        group[1].add(actor)
                        if spellings is None:
                            group[2].add(actor)
        return out

    @staticmethod
    def _possible(
        index: int, view: _FoldedView, inside: list[_Item], contexts: _Contexts, solid: set[str]
    ) -> set[str]:
        """The countries that may have an actor in the sentence, judged without its
        triggers: any with a person or organisation (``solid``; possessors are not
        looked for), and those with a state's name or capital that is no mere mention
        ("in Libya"; unless it may be a visit's destination, "to Turkey"). The rules
        of ``_country_actor`` that need no trigger: cheaper than finding the triggers."""
        out = set(solid)
        for start, end, entity, country in inside:
            if country is None or country in out or entity.type not in _PLACE_TYPES:
                continue
            if not view.around(index, start, end, contexts.mention) or view.around(
                index, start, end, contexts.destination
            ):
                out.add(country)
        return out

    def _spelled_as_state(
        self, kind: EntityType, country: str, surface: str, known: dict[str, bool]
    ) -> bool:
        """Whether a GPE (as the state's name or capital) or LOC (as the capital) mention
        spelled ``surface`` can stand for the state ``country``, by its spelling alone;
        remembered in ``known`` (the cache of that type and country), as the same few
        names recur in every article."""
        if kind is _GPE:
            spelling = self._state_spelling.get(country)
        else:
            spelling = self._capital_spelling.get(country)  # the capital as metonym
        spelled = (
            spelling is not None
            and spelling.fullmatch(fold_char_string(surface).strip()) is not None
        )
        if len(known) >= _SPELLED_CACHE:
            known.clear()
        known[surface] = spelled
        return spelled

    # -- per sentence -----------------------------------------------------------------

    def _contexts_for(self, lexicons: list[Lexicon]) -> _Contexts:
        """The context cues of ``lexicons``, gathered once per set of lexicons (the
        entry holds them, so their ids cannot be reused while it lives)."""
        key = id(lexicons[0]) if len(lexicons) == 1 else tuple(map(id, lexicons))
        found = self._contexts.get(key)
        if found is None or any(a is not b for a, b in zip(found.lexicons, lexicons, strict=True)):
            arounds = [_Around.of(lx) for lx in lexicons]
            found = self._contexts[key] = _Contexts(
                tuple(lexicons),
                [a.possessor for a in arounds],
                [a.place for a in arounds],
                [a.mention for a in arounds],
                [a.destination for a in arounds],
                [a.head for a in arounds],
            )
        return found

    def _lexicons_for(self, lang: str | None) -> list[Lexicon]:
        base = (lang or "").split("-")[0].lower()
        if base in self.lexicons:
            return [self.lexicons[base]]
        return list(self.lexicons.values())  # unknown language: try them all

    def _may_pair(self, countries: set[str]) -> bool:
        """Whether actors of these countries could make a pair for some watch."""
        if len(self._pairs) == 1:  # the common case, without a generator
            a, b = self._pairs[0]
            return a in countries and b in countries
        return any(a in countries and b in countries for a, b in self._pairs)

    def _triggers(
        self,
        lexicons: list[Lexicon],
        folded: str,
        start: int,
        end: int,
        starts: dict[str, list[int]] | None,
    ) -> list[_Trigger]:
        """The triggers of ``folded[start:end]``; ``starts``: its cues, if ``gated``."""
        triggers: list[_Trigger] = []
        for lexicon in lexicons:
            if starts is None:
                found = lexicon.find_triggers(folded, start, end)
            elif lexicon.anchored:
                # A match begins at the word start before one of its kind's literals, so
                # trying those positions in order, each past the previous match, is
                # ``find_triggers``.
                cues = self._cue_tags[id(lexicon)]
                if cues.trigger_tags.isdisjoint(starts):
                    continue
                for kind, tag, pattern, priority in cues.triggers:
                    positions = starts.get(tag)
                    if positions is not None:
                        for m in matches_at(pattern, folded, positions, end):
                            triggers.append((priority, m.start(), m.end(), kind))
                continue
            else:
                tags = self._cue_tags[id(lexicon)].kinds
                cued = {kind for kind, tag in tags.items() if tag in starts}
                if not cued:
                    continue
                found = lexicon.find_triggers(folded, start, end, cued)
            for trigger in found:
                triggers.append(
                    (lexicon.kinds.index(trigger.kind), trigger.start, trigger.end, trigger.kind)
                )
        return triggers

    @staticmethod
    def _cue_found(
        lexicon: Lexicon,
        pattern: re.Pattern[str] | None,
        tag: str | None,
        folded: str,
        start: int,
        end: int,
        starts: dict[str, list[int]] | None,
    ) -> bool:
        """Whether ``pattern`` (the lexicon's block or historical cues) matches in the span."""
        if pattern is None:
            return False
        if starts is not None and tag is not None:
            positions = starts.get(tag)
            if positions is None:
                return False  # none of its literals: it cannot match
            if lexicon.anchored:
                return any(pattern.match(folded, pos, end) is not None for pos in positions)
        return pattern.search(folded, start, end) is not None

    def _sentence_events(
        self,
        index: int,
        view: _FoldedView,
        lexicons: list[Lexicon],
        contexts: _Contexts,
        text: str,
        inside: list[_Item],
        country_ids: dict[str, str],
        triggers: list[_Trigger],
        starts: dict[str, list[int]] | None,
        dates_of: Callable[[int], list[DateRef]],
        lead_before: Callable[[int], DateRef | None],
        refs: list[_Actor],
        borrow: Callable[[set[str]], list[_Actor]] | None = None,
    ) -> list[tuple[Watch, str, _Actor, _Actor, _Place | None, DateRef | None, bool]]:
        """The events of sentence ``index``. ``borrow(missing)``: the principals of the
        ``missing`` countries a continuing sentence stands for (``continuation.py``),
        asked once attendees are set aside; ``lead_before`` then dates it if undated."""
        folded, start, end = view.window(index)
        # A blocking cue anywhere (criticism, denial, plans) rules the sentence out.
        for lx in lexicons:
            tag = self._cue_tags[id(lx)].block if starts is not None else None
            if self._cue_found(lx, lx.block, tag, folded, start, end, starts):
                return []
        # A plan or postponement cue cancels the trigger nearest it (scope.py).
        cancelled: list[tuple[int, int]] = []  # triggers a plan cue cancelled (folded)
        unattached: list[tuple[int, int]] = []  # plan cues next to no trigger (folded)
        for lx in lexicons:
            if lx.block_nearest is not None:
                spans = [(t[1], t[2]) for t in triggers]
                gone, loose = cancelled_triggers(lx.block_nearest, folded, start, end, spans)
                unattached += loose
                if gone:
                    cancelled += [spans[i] for i in gone]
                    triggers = [t for i, t in enumerate(triggers) if i not in gone]
                    if not triggers:
                        return []
        # The first-listed kind names the event; the first of ties in the list wins.
        main = triggers[0] if len(triggers) == 1 else min(triggers, key=lambda t: (t[0], t[1]))
        _, main_start, main_end, main_kind = main
        actors = self._actors(index, text, view, inside, contexts, triggers, country_ids)
        if cancelled or unattached:
            live = [view.to_display(index, t[1], t[2]) for t in triggers]
            dead = [view.to_display(index, a, b) for a, b in cancelled]
            loose = [view.to_display(index, a, b) for a, b in unattached]
            actors = [a for a in actors if in_live_scope(text, (a.start, a.end), live, dead, loose)]
        if refs:
            actors = actors + refs
        attended = [
            view.to_display(index, a, b)
            for lx in lexicons
            if lx.attendee_words and (starts is None or self._cue_tags[id(lx)].attendee in starts)
            for a, b in attendee_spans(lx, folded, start, end, [(t[1], t[2]) for t in triggers])
        ]
        if main_kind == PRESS_CONFERENCE and not _counterpart_follows(
            text, view, index, triggers, actors
        ):
            return []
        if attended:
            # Who only attended ("in the presence of", بحضور, eşliğinde) is no principal.
            actors = [
                a
                for a in actors
                if a.rank == _RANK_COUNTRY
                or not any(s <= a.start and a.end <= e for s, e in attended)
            ]
        if borrow is not None:
            # "وشارك في الاجتماع ... اللافي، فيما حضره عن الجانب التركي ...": the Turkish
            # side only attended, its principal is the previous sentences'.
            named = {a.country for a in actors if a.rank <= _RANK_ORG}
            missing = missing_sides(self._pairs, named)
            if missing:
                actors = actors + borrow(missing)
        pairs: list[tuple[Watch, list[tuple[_Actor, _Actor]]]] = []
        countries = {a.country for a in actors}
        for watch, pair in self._distinct:
            candidates = actors
            if not countries <= pair:
                # A third country's actor is in the sentence: "Sisi received Haftar and
                # discussed relations with Turkey" — Turkey there is a topic.
                candidates = [a for a in actors if a.rank != _RANK_COUNTRY]
            side_a = self._best(candidates, watch.countries[0])
            side_b = self._best(candidates, watch.countries[1])
            # Two states alone ("Türkiye and Libya signed ...") are a statement, not a contact.
            found = [
                (a, b)
                for a, b in product(side_a, side_b)
                if a.rank != _RANK_COUNTRY or b.rank != _RANK_COUNTRY
            ]
            if len(triggers) == 1 and len(found) > 1:
                found = across_one_verb(found, view.to_display(index, main_start, main_end))
            if found:
                pairs.append((watch, found[: self.max_pairs]))
        if not pairs:
            return []

        # Where it took place: only asked of a sentence that makes an event.
        main_span = view.to_display(index, main_start, main_end)
        place = min(
            self._places(index, view, inside, contexts),
            key=lambda p: words_between(text, (p.start, p.end), main_span),
            default=None,
        )
        dates = dates_of(index)
        date_ref = nearest_date(dates, main_start)
        historical = date_ref.historical if date_ref is not None else False
        if not historical and is_recap(lexicons, folded, start, end, dates):
            historical = True  # "had met", görüşmüştü: a recap, even dated (recaps.py)
        elif date_ref is None:
            if any(
                self._cue_found(
                    lx,
                    lx.historical,
                    self._cue_tags[id(lx)].historical if starts is not None else None,
                    folded,
                    start,
                    end,
                    starts,
                )
                for lx in lexicons
            ):
                historical = True
            else:
                date_ref = lead_before(index)
                # A continuing sentence may take a recap's date (``earlier_date``).
                historical = date_ref is not None and date_ref.historical

        out = []
        for watch, actor_pairs in pairs:
            for a, b in actor_pairs:
                loc = place
                if place is not None and place.entity.id in (a.id, b.id):
                    loc = None
                out.append((watch, main_kind, a, b, loc, date_ref, historical))
        return out

    @staticmethod
    def _best(actors: list[_Actor], country: str) -> list[_Actor]:
        mine = [a for a in actors if a.country == country]
        if len(mine) < 2:
            return mine
        top = min(a.rank for a in mine)
        best = [a for a in mine if a.rank == top]
        if len(best) == 1:
            return best
        best.sort(key=lambda a: a.start)  # stable: as sorting them all, then filtering
        chosen: dict[str, _Actor] = {}
        for actor in best:
            chosen.setdefault(actor.id, actor)
        return list(chosen.values())

    def _actors(
        self,
        index: int,
        text: str,
        view: _FoldedView,
        inside: list[_Item],
        contexts: _Contexts,
        triggers: list[_Trigger],
        country_ids: dict[str, str],
    ) -> list[_Actor]:
        actors: list[_Actor] = []
        countries: list[_Actor] = []
        spans: list[tuple[int, int]] | None = None  # the triggers in the display text
        for item in inside:
            start, end, entity, country = item
            if country is None:
                continue  # a place that cannot stand for a watched state
            if entity.type in _PLACE_TYPES:
                if spans is None:
                    spans = [view.to_display(index, t[1], t[2]) for t in triggers]
                actor = self._country_actor(
                    index,
                    item,
                    text,
                    view,
                    contexts,
                    spans,
                    country_ids,
                    any(t[3] == "visit" for t in triggers),
                )
                if actor is not None:
                    countries.append(actor)
                continue
            if view.around(index, start, end, contexts.possessor) and not view.around(
                index, start, end, contexts.head
            ):
                continue  # qualifies another noun, unless it heads the delegation
            if entity.type is _PERSON:
                rank = _RANK_PERSON
            elif entity.found_by == "nationality":
                rank = _RANK_GENERIC
            else:
                rank = _RANK_ORG
                # An institution named away from the verb is the sentence's topic or
                # someone's affiliation ("... attached to the success of the Presidency
                # Council"), not who met: as for a state, only one next to a trigger acts.
                if spans is None:
                    spans = [view.to_display(index, t[1], t[2]) for t in triggers]
                if min(words_between(text, (start, end), t) for t in spans) > ORG_ACTOR_WINDOW:
                    continue
            actors.append(_Actor(entity, country, rank, start, end, None))
        return actors + countries

    def _borrowed(
        self,
        index: int,
        groups: list[tuple[list[_Item], set[str], set[str]] | None],
        view: _FoldedView,
        contexts: _Contexts,
        missing: set[str],
    ) -> list[_Actor]:
        """The principals of ``missing`` countries a continuing sentence ``index`` stands
        for, named in a neighbouring sentence (``continuation.py``)."""
        items = [group[0] if group is not None else None for group in groups]

        def qualifies(j: int, start: int, end: int) -> bool:
            return view.around(j, start, end, contexts.possessor) and not view.around(
                j, start, end, contexts.head
            )

        out = []
        for country in sorted(missing):
            found = borrowed_person(index, country, items, qualifies)
            if found is not None:
                start, end, entity, _ = found[1]
                out.append(_Actor(entity, country, _RANK_PERSON, start, end, None))
        return out

    def _role_actors(
        self,
        index: int,
        text: str,
        spans: list[tuple[int, int]],
        inside: list[_Item],
        roles: list[RoleReferences],
        people: Callable[[], NamedPeople],
    ) -> list[_Actor]:
        """Actors named by role alone in sentence ``index`` ("the Turkish minister"),
        resolved to the person of that country and role named last before them."""
        first, last = spans[index]
        out: list[_Actor] = []
        for start, end, entity, actor in inside:
            country = entity.country
            if actor is not None or entity.type is not _GPE or country not in self._watched:
                continue
            assert country is not None
            for lexicon_roles in roles:
                found = lexicon_roles.find(text, start, end, first, last)
                if found is None:
                    continue
                keyword, ref_start, ref_end = found
                if is_title(inside, country, ref_end):
                    break
                person = people().last_before(country, keyword, ref_start)
                if person is not None:
                    out.append(_Actor(person, country, _RANK_PERSON, ref_start, ref_end, None))
                break
        return out

    @staticmethod
    def _places(
        index: int, view: _FoldedView, inside: list[_Item], contexts: _Contexts
    ) -> list[_Place]:
        places = []
        for start, end, entity, _ in inside:
            country = entity.country
            if (
                entity.type in _PLACE_TYPES
                and country is not None
                and view.around(index, start, end, contexts.place)
            ):
                places.append(_Place(entity, country, start, end))
        return places

    def _country_entity_ids(self, states: list[Entity]) -> dict[str, str]:
        """The id the entity detector gives each country itself (default ``gpe:XX``);
        ``states``: the article's GPEs of watched countries, in order."""
        ids = {code: f"gpe:{code}" for code in self._watched}
        folded = self._folded_names
        for entity in states:
            name = folded.get(entity.name)
            if name is None:
                if len(folded) >= _SPELLED_CACHE:
                    folded.clear()
                name = folded[entity.name] = fold_char_string(entity.name)
            country = entity.country
            if country is not None and name in self._country_names.get(country, ()):
                ids[country] = entity.id
        return ids

    def _country_actor(
        self,
        index: int,
        item: _Item,
        text: str,
        view: _FoldedView,
        contexts: _Contexts,
        triggers: list[tuple[int, int]],
        country_ids: dict[str, str],
        visit: bool,
    ) -> _Actor | None:
        # The item's actor country: a watched one, and the mention spelled as the state.
        start, end, entity, country = item
        assert country is not None
        span = (start, end)
        if min(words_between(text, span, t) for t in triggers) > COUNTRY_ACTOR_WINDOW:
            return None
        destination = visit and view.around(index, start, end, contexts.destination)
        if not destination and view.around(index, start, end, contexts.mention):
            return None
        info = self.countries.get(country)
        state = (
            country_ids.get(country, f"gpe:{country}"),
            info.name if info is not None else entity.name,
        )
        return _Actor(entity, country, _RANK_COUNTRY, start, end, state)


def _continued_date(
    earlier_date: Callable[[int], DateRef | None],
    lead_before: Callable[[int], DateRef | None],
    refers_back: Callable[[int], bool],
    continued: list[bool],
    continuing: bool,
    j: int,
) -> DateRef | None:
    # A continuing sentence, undated, is dated by the one it continues
    # ("... affirmed cooperation during the visit"), a recap's date included.
    return earlier_date(j) if continued or (continuing and refers_back(j)) else lead_before(j)


def _borrowed_if_referring(
    borrow: Callable[[int, set[str], list[bool]], list[_Actor]],
    refers_back: Callable[[int], bool],
    i: int,
    continued: list[bool],
    missing: set[str],
) -> list[_Actor]:
    return borrow(i, missing, continued) if refers_back(i) else []
