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

This module runs those rules over an article; the parts live beside it:
``triggers.py`` (trigger and cue matching), ``participants.py`` (who can be an actor),
``pairing.py`` (which actors and events make contacts), ``timing.py`` (current or
historical), ``actors.py`` (actors and participants), ``folded_view.py`` (the folded
text of each sentence and the context cues around a mention), ``events.py`` (ids).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime, timedelta
from functools import partial
from itertools import product
from pathlib import Path

from schemas import ContactEvent, Evidence, Participant
from schemas.articles import Entity
from wirewatch.core.contacts.actors import (
    PERSON,
    RANK_COUNTRY,
    RANK_ORG,
    RANK_PERSON,
    Actor,
    Item,
    Place,
    best_of,
    is_named,
    shared,
)
from wirewatch.core.contacts.bare_delegations import (
    article_delegations,
    bare_cue_words,
    bare_delegation_actors,
)
from wirewatch.core.contacts.carry import spans_of
from wirewatch.core.contacts.co_hosts import without_co_hosts
from wirewatch.core.contacts.content import (
    all_aside,
    both_sides_before,
    content_start,
    person_aside,
)
from wirewatch.core.contacts.continuation import (
    LOOK_BACK,
    BackReferences,
    missing_sides,
    named_countries,
    shifted_to,
)
from wirewatch.core.contacts.dates import (
    DateRef,
    date_cue_index,
    find_dates,
    resolve_dates,
)
from wirewatch.core.contacts.delegations import delegation_country, delegation_members
from wirewatch.core.contacts.discussed import without_discussed_possessors
from wirewatch.core.contacts.envoy_hosts import with_host_countries
from wirewatch.core.contacts.events import event_id_for, pair_key
from wirewatch.core.contacts.fallback import fallback_triggers
from wirewatch.core.contacts.folded_view import Around, Contexts, FoldedView
from wirewatch.core.contacts.headlines import headline_plan
from wirewatch.core.contacts.lexicon import (
    Lexicon,
    attendee_spans,
    load_lexicons,
    person_clause_spans,
    relative_spans,
)
from wirewatch.core.contacts.list_mates import with_list_countries
from wirewatch.core.contacts.others_meetings import without_commenters
from wirewatch.core.contacts.pairing import (
    PRESS_CONFERENCE,
    joint_holders,
    may_refer,
    object_counterparts,
    pair_named_by,
    press_counterparts,
    split_attendees,
    unaccompanied,
    with_members,
    within_clauses,
    without_clause_thirds,
    without_qualifying_orgs,
    without_redundant_states,
)
from wirewatch.core.contacts.participants import ActorFinder
from wirewatch.core.contacts.planned_headlines import without_planned_headlines
from wirewatch.core.contacts.quotes import all_excepted, blocks_outside_quotes
from wirewatch.core.contacts.recap_phrases import (
    again_outside,
    in_spans,
    recalled_only,
    recap_spans,
)
from wirewatch.core.contacts.reports import (
    closing_sources,
    is_bare_visit,
    is_reported,
    report_openings,
    without_openers,
    without_reporters,
    without_sources,
    without_visit_reporters,
)
from wirewatch.core.contacts.roles import NamedPeople, own_references
from wirewatch.core.contacts.scope import (
    across_one_verb,
    cancelled_triggers,
    governed_by_plan,
    in_live_scope,
    words_between,
)
from wirewatch.core.contacts.sentences import sentence_spans
from wirewatch.core.contacts.sponsors import without_sponsors
from wirewatch.core.contacts.stated_parties import stated_parties
from wirewatch.core.contacts.third_parties import (
    after_a_third_partner,
    after_a_third_partner_verb_last,
    listed_with_watched,
    third_partner_subjects,
    with_a_third_counterpart,
)
from wirewatch.core.contacts.timing import (
    continued_date,
    dates_own_phrase,
    outside_clauses,
    sentence_time,
)
from wirewatch.core.contacts.topics import (
    discussed_by_both,
    is_partner,
    topic_subjects,
    without_topics,
)
from wirewatch.core.contacts.triggers import (
    Trigger,
    cue_found,
    find_triggers,
    index_lexicons,
)
from wirewatch.core.contacts.typos import TypoForms
from wirewatch.core.contacts.watches import CountryInfo, Watch, load_countries, load_watches
from wirewatch.core.textfold import FoldedText, fold_char_string, lower

__all__ = ["ContactDetector", "event_id_for", "pair_key"]

#: Years dead before an undated article's arrival past which a person is no party to
#: its contacts (``ContactDetector._a_party_dead``): the modern Turkey–Libya file the
#: watches follow is younger, and the KB's long dead (Omar Mukhtar, 1931; Atatürk,
#: 1938) are named for their legacy.
LONG_DEAD_YEARS = 50
#: A current event with someone out of every office he held for longer than this is a
#: recap: a dated article's background paragraph ("... the memoranda Erdoğan signed
#: with Sarraj", "Akar visited Tripoli and met Sarraj") names the old holders without a
#: date or a pluperfect. A year, because the KB's ``to`` dates may be a few months off
#: and a holder's first months out of office still bring farewell calls. Of the real
#: set's 600 dev current contacts, 1 had a party out of office that long (a deputy
#: prime minister the KB had out since 2022; session 20's terms review found him still
#: in office: none now).
#:
#: Only up to the KB's horizon (``terms_as_of``, kb.py): past it the KB ages while news
#: continues, and a person it has out of office may have taken a post it does not know
#: yet (Kurtulmuş, out of government in 2017, speaker from 2023; al-Koni, back on the
#: Presidential Council in 2021). Measured on the dev set's dated gold contacts with the
#: KB cut back to a horizon H (terms begun after H dropped, ends after H reopened), for
#: H = 2020 ... 2024: the rule applied after H lost 11, 11, 6, 5, 1 current contacts and
#: caught 1, 0, 0, 0, 0 recaps; stopped at H it lost none (H + 1 year: 2 lost at 2023;
#: trusting only those out 5 years or more at H: 1-4 lost). Session 20's terms review
#: (Kurtulmuş's party post, Oktay's, Muş's, Varank's committees ...) brought "always" to
#: 7, 7, 2, 1, 1 lost: a reviewed KB ages less, but still ages. ``scripts/kb_terms_audit.py
#: --staleness`` prints the table.
OUT_OF_OFFICE_DAYS = 365


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
        deceased: Mapping[str, str] | None = None,
        past_roles: Mapping[str, Sequence[str]] | None = None,
        out_of_office: Mapping[str, str] | None = None,
        terms_as_of: str | None = None,
        dated_terms: Mapping[str, Sequence[tuple[str, str | None, str | None]]] | None = None,
    ) -> None:
        self.watches = list(watches)
        #: Entity id -> its KB terms (role, from, to): a dated article's role reference
        #: is to an office held on its day (``_roles_on``).
        self.dated_terms = {k: tuple(v) for k, v in (dated_terms or {}).items() if v}
        #: Person id -> end of his last office, for persons whose every KB term ended
        #: (``_a_party_long_out``).
        self.out_of_office = dict(out_of_office or {})
        #: The KB's horizon (YYYY-MM-DD): the out-of-office rule holds for events up to
        #: it only (``OUT_OF_OFFICE_DAYS``). None: no horizon declared, no rule.
        self.terms_as_of = terms_as_of
        #: Entity id -> every office held (the KB's terms): an undated article's role
        #: reference ("رئيس الوزراء التركي") may be to a past one (``roles.NamedPeople``).
        self.past_roles = {k: tuple(v) for k, v in (past_roles or {}).items() if v}
        #: Entity id -> date of death (``2011``, ``2011-10`` or ``2011-10-20``). A
        #: current event with someone dead at its date is no contact: the sentence is
        #: a wreath at a mausoleum or a legacy invoked, not a meeting. Recaps stay.
        self.deceased = dict(deceased or {})
        #: Emit only events between two named principals (persons, organisations): a
        #: state or a generic national actor ("Libya", "the Turkish delegation",
        #: "Libyan officials") says that someone went somewhere or met someone unnamed,
        #: not who met whom. They still serve inside the detector (a delegation's
        #: listed members, a visit's destination), and ``named_only=False`` keeps them.
        self.named_only = named_only
        self.lexicons = lexicons
        self.countries = countries
        self.max_pairs = max_pairs
        self._finder = ActorFinder(countries, {c for w in self.watches for c in w.countries})
        self._participants: dict[tuple[object, ...], Participant] = {}
        self._contexts: dict[int | tuple[int, ...], Contexts] = {}  # by the lexicons' ids
        self._watched = {c for w in self.watches for c in w.countries}
        self._pairs = [w.countries for w in self.watches]
        self._only_pair = self._pairs[0] if len(self._pairs) == 1 else None
        # Two watches on the same countries: report once, under the first.
        self._distinct: list[tuple[Watch, frozenset[str]]] = []
        for watch in self.watches:
            pair = frozenset(watch.countries)
            if all(pair != seen for _, seen in self._distinct):
                self._distinct.append((watch, pair))
        self._cue_tags, self._cues = index_lexicons(lexicons)
        self._typos = {id(lx): TypoForms(lx.trigger_entries) for lx in lexicons.values()}

    @classmethod
    def default(
        cls,
        watches: Sequence[Watch] | None = None,
        watches_path: Path | None = None,
        *,
        named_only: bool = True,
        deceased: Mapping[str, str] | None = None,
        past_roles: Mapping[str, Sequence[str]] | None = None,
        out_of_office: Mapping[str, str] | None = None,
        terms_as_of: str | None = None,
        dated_terms: Mapping[str, Sequence[tuple[str, str | None, str | None]]] | None = None,
    ) -> ContactDetector:
        """The packaged lexicons; ``watches`` default to the packaged watches file."""
        return cls(
            watches if watches is not None else load_watches(watches_path),
            load_lexicons(),
            load_countries(watches_path),
            named_only=named_only,
            deceased=deceased,
            past_roles=past_roles,
            out_of_office=out_of_office,
            terms_as_of=terms_as_of,
            dated_terms=dated_terms,
        )

    def _a_party_long_out(self, a: str, b: str, when: datetime) -> bool:
        """Whether ``a`` or ``b`` left his last office more than ``OUT_OF_OFFICE_DAYS``
        before ``when`` (a dated event only: an undated page may be from his tenure), on a
        day the KB's terms were reviewed up to (``terms_as_of``)."""
        return self._long_out(a, when) or self._long_out(b, when)

    def _roles_on(self, entity_ids: Iterable[str], when: datetime) -> dict[str, tuple[str, ...]]:
        """The roles of the KB terms each of ``entity_ids`` (those with terms) held on
        ``when``'s day or ended less than ``OUT_OF_OFFICE_DAYS`` before it (a term's
        end is often known to the month only)."""
        day = when.date().isoformat()
        cutoff = (when - timedelta(days=OUT_OF_OFFICE_DAYS)).date().isoformat()
        held: dict[str, tuple[str, ...]] = {}
        for entity_id in entity_ids:
            terms = self.dated_terms.get(entity_id)
            if terms is None:
                continue
            held[entity_id] = tuple(
                role
                for role, start, end in terms
                if (start is None or start <= day[: len(start)])
                and (end is None or end >= cutoff[: len(end)])
            )
        return held

    def _long_out(self, entity_id: str, when: datetime) -> bool:
        """Whether ``entity_id`` left his last office more than ``OUT_OF_OFFICE_DAYS``
        before ``when``, on a day up to the KB's horizon (see ``_a_party_long_out``)."""
        if not self.out_of_office or self.terms_as_of is None:
            return False
        ended = self.out_of_office.get(entity_id)
        if ended is None:
            return False
        if when.date().isoformat() > self.terms_as_of:
            return False  # past the horizon: he may hold a post the KB does not know yet
        cutoff = (when - timedelta(days=OUT_OF_OFFICE_DAYS)).date().isoformat()
        # Partial dates ("2021", "2021-03") compare by their own length.
        return ended < cutoff[: len(ended)]

    def _a_party_dead(
        self, a: str, b: str, when: datetime | None, arrival: datetime | None = None
    ) -> bool:
        """Whether ``a`` or ``b`` died before ``when``. Undated, only the long dead are
        ruled out: an undated 2011 page on a meeting with Jibril (died 2020), crawled
        today, is still a contact, but no page names a meeting with someone dead
        ``LONG_DEAD_YEARS`` before it arrived ("حيا أردوغان ذكرى ... عمر المختار" on a
        visit: a legacy honoured, not a party met)."""
        if when is None:
            if arrival is None:
                return False
            cutoff = str(arrival.year - LONG_DEAD_YEARS)
            return any(
                (died := self.deceased.get(entity_id)) is not None and died[:4] < cutoff
                for entity_id in (a, b)
            )
        day = when.date().isoformat()
        for entity_id in (a, b):
            died = self.deceased.get(entity_id)
            if died is not None and day[: len(died)] > died:
                return True
        return False

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
        dated: bool = True,
    ) -> list[ContactEvent]:
        """``dated=False``: ``published_at`` is only the arrival time (the article had
        no date), good for resolving "last week" but not for ruling out the dead."""
        if not self.watches or not text:
            return []
        # Only a sentence with a possible actor of each country of a watch can hold an
        # event, and few do: mentions come first, everything else only for those.
        lexicons = self._lexicons_for(lang)
        for lx in lexicons:
            if lx.list_mates is not None:
                entities = with_list_countries(text, entities, lx.list_mates)
            if lx.envoy_hosts is not None:
                entities = with_host_countries(text, entities, lx.envoy_hosts)
        sources, countries, states = self._finder.prepare(entities)
        if not self._may_pair(countries):
            return []
        contexts = self._contexts_for(lexicons)
        spans = sentence_spans(text)
        if ";" in text:
            named = sorted(m.start for e, _, _ in sources for m in e.mentions)
            spans = joined_list_items(text, spans, lexicons, named)
        view = FoldedView(text, folded, spans)
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

        def dates_next_meeting(i: int) -> bool:
            string, start, end = view.window(i)
            return any(
                lx.dates_next_meeting is not None
                and lx.dates_next_meeting.search(string, start, end) is not None
                for lx in lexicons
            )

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
                    if dates_next_meeting(j - 1):
                        # "The meeting took place on 25 August. ... Kalın met Haftar": the
                        # date is the next meeting's, a recap's too.
                        lead = next((d for d in reversed(found) if not d.coarse), None)
                    else:
                        lead = next(
                            (d for d in reversed(found) if not d.historical and not d.coarse),
                            None,
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
                past = None if dated else self.past_roles
                # "Hulusi Akar had visited Tripoli in 2019. The Turkish minister also met
                # Takala": in a 2025 article the minister is no one out of office for
                # years (s21 leftovers probes: the predecessor took the current event)
                # (a role "Minister of National Defence (2018-2023)" is no minister of
                # 2025: the roles of his terms that day are read instead)
                day = published_at if dated else None
                out = (
                    frozenset(e.id for e, _, _ in sources if self._long_out(e.id, day))
                    if day is not None
                    else frozenset()
                )
                now = (
                    self._roles_on((e.id for e, _, _ in sources), day) if day is not None else None
                )
                people.append(
                    NamedPeople((e for e, _, _ in sources), self._watched, past, out, now)
                )
            return people[0]

        def role_actors(i: int, inside: list[Item], solid: set[str]) -> list[Actor]:
            # the nationality-adjective references only where an adjective may stand
            # for a person; institutions' heads wherever an institution is named
            return self._finder.role_actors(
                i,
                text,
                spans,
                inside,
                roles,
                named_people,
                owned.get(i, ()),
                adjectives=may_refer(adjectives.get(i), solid),
            )

        heads = [r for r in roles if r.heads is not None]

        def headed(i: int, inside: list[Item]) -> bool:
            # an institution's head by office alone ("رئيس المجلس الرئاسي"): looked for
            # only where the sentence names an institution of a country it names no
            # person of, and only with a lexicon that has head nouns
            return bool(heads) and self._finder.headed_institution(i, text, spans, inside, heads)

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

        def opens_back(j: int) -> bool:
            # a sentence opening "He ..." goes on with the principal before it
            if back is None:
                return False
            _, start, end = view.window(j)
            return back.opens(start, end)

        def borrow(i: int, missing: set[str], continued: list[bool]) -> list[Actor]:
            # A country the sentence names by adjective has its principal there, by role
            # ("رئيس الأركان الليبي"): roles.py resolves it, or nobody does.
            missing = missing - adjectives.get(i, set())
            if not missing:
                return []
            group = groups[i]
            if (
                group is not None
                and any(
                    e.type is PERSON and e.country is not None and e.country not in watched
                    for _, _, e, _ in group[0]
                )
                and not listed_with_watched(
                    [(s, t, e.country) for s, t, e, _ in group[0] if e.type is PERSON],
                    text,
                    watched,
                )
            ):
                # The sentence's partner is a third country's person ("Daha sonra
                # Dibeybe, Sisi ile görüştü"): it goes on with another meeting. Not
                # when the third country's people are listed with a watched one ("He
                # met Okamura, Azour and Şimşek"): one verb, co-parties.
                return []
            found = self._finder.borrowed(i, groups, view, contexts, missing, opens_back)
            if found:
                continued.append(True)
            return found

        # (carry) a sentence telling a contact without its subject (carry.py)
        carry = [lx.carry for lx in lexicons if lx.carry is not None]
        # the languages that read a sentence's subject as left unsaid (Turkish): for
        # the others no sentence is looked at for it (callgrind, stage 1: English's
        # and Arabic's readings cost +1.3 % and earned no held-out pair; carry.py)
        subjectless = [c for c in carry if c.mode]
        starts_of: list[int] = []  # the sentences' display starts, built on the first need

        # sentence -> the countries it names an actor of (``solid``), as the loop below
        # met it: what a continuation could borrow from, looked up in O(1) (callgrind:
        # the persons of each sentence gathered anew cost +0.2 M instructions a bench
        # article)
        solid_of: dict[int, set[str]] = {}

        def news_near(i: int, solid: set[str]) -> bool:
            # whether a sentence it looks back on names a country it does not: what it
            # could borrow (O(1): the ``solid`` sets the loop below met)
            last = solid_of.get(i - 1)
            if last is not None and not last <= solid:
                return True
            before = solid_of.get(i - 2) if i > 1 else None
            return before is not None and not before <= solid

        def carries(i: int, inside: list[Item]) -> bool:
            # (asked of no text's first sentence: its subject is unsaid, not told after it)
            people = spans_of(inside, (PERSON,))
            if not people:
                # a sentence that names no person has no partner to carry to
                # (CarryCues.lacks_subject): 3 of 4 calls on the bench, before the
                # places and the fold are looked up
                return False
            string, start, end = view.window(i)
            return any(
                c.lacks_subject(text, spans[i], people, string, (start, end)) for c in subjectless
            )

        def both_referred(i: int) -> bool | None:
            # True: "the two leaders"; False: "The meeting ..." opening it; None: neither
            string, start, end = view.window(i)
            if any(c.refers_to_both(string[start:end]) for c in carry):
                return True
            if any(c.meeting_at(string, start, end) is not None for c in carry):
                return False
            return None

        def both_sides(i: int) -> list[Actor]:
            # "Erdogan and Dbeibah renewed ... . The two leaders held talks": the
            # persons of both sides the sentences before named (carry.py)
            plural = both_referred(i)
            if plural is None:
                return []
            both = self._finder.borrowed(i, groups, view, contexts, set(watched), opens_back)
            both = [a for a in both if opens_context(a.start, True)]
            told = {sentence_of(a.start) for a in both}
            # both named in one sentence that told no contact of its own (one that
            # did names "the two sides" already: "X met Y. ... The two sides ..."),
            # and as one subject when only "the meeting" refers to them
            if (
                len(told) == 1
                and not any(j in evented for j in range(min(told), i))
                and self._may_pair({a.country for a in both})
                and (plural or joined(both))
            ):
                return both
            return []

        def joined(both: list[Actor]) -> bool:
            first, second = sorted(both, key=lambda a: a.start)[:2]
            return any(
                c.coordinated(text, (first.start, first.end), (second.start, second.end))
                for c in carry
            )

        def implied_triggers(string: str, start: int, end: int) -> list[Trigger]:
            for lx in lexicons:
                if lx.carry is None or "meeting" not in lx.kinds:
                    continue
                found = lx.carry.implied_at(string, start, end)
                if found is None:
                    # "The meeting also covered ...", "وتناول اللقاء": the meeting itself
                    found = lx.carry.meeting_at(string, start, end)
                if found is not None:
                    return [(lx.kinds.index("meeting"), found[0], found[1], "meeting")]
            return []

        def sentence_of(at: int) -> int:
            if not starts_of:
                starts_of.extend(a for a, _ in spans)
            return bisect_right(starts_of, at) - 1

        def opens_context(at: int, referring: bool) -> bool:
            # whether the sentence of the mention at ``at`` opens a context a later
            # sentence may go on with: no plan or blocked frame; a visit, an arrival or
            # a contact word, unless the later sentence refers back by a cue of its own
            j = sentence_of(at)
            string, start, end = view.window(j)
            starts = cued.get(j) if gated else None
            for lx in lexicons:
                tag = self._cue_tags[id(lx)].block if starts is not None else None
                if cue_found(lx, lx.block, tag, string, start, end, starts):
                    return False
                if lx.block_nearest is not None and (
                    lx.block_nearest.search(string, start, end) is not None
                ):
                    return False
            return referring or any(c.opens_context(string[start:end]) for c in carry)

        emitted: set[str] = set()  # pair keys: a continuation repeats no earlier pair
        evented: set[int] = set()  # the sentences that gave an event
        # " ise ": searched for as is in a sentence's fold (shifted_next)
        shifts = tuple(f" {w} " for lx in lexicons for w in lx.topic_shift)
        captions = any(lx.caption_joiners for lx in lexicons)
        plurals = tuple(w for lx in lexicons for w in lx.plural_marks)
        bare_cues = [lx.bare_delegation for lx in lexicons if lx.bare_delegation is not None]
        bare_words = bare_cue_words(lexicons) if bare_cues else None
        if bare_words is not None and view.article is not None:
            # The sentences are windows on the article's fold: a word it lacks is in
            # none of them, and with no word at all, no cue is looked for (bench_core's
            # 600 articles: 5,700 calls to bare_delegation_actors before, none now).
            folded_all = view.article.folded
            bare_words = [word for word in bare_words if word in folded_all]
            if not bare_words:
                bare_cues = []
        found_delegations: list[dict[str, Entity]] = []  # built on the first bare cue
        found_members: list[dict[str, list[Entity]]] = []  # built on the first need

        def members() -> dict[str, list[Entity]]:
            if not found_members:
                # "The delegation included Kalin, who carried a message from Erdogan":
                # the sender, a possessor, is no member (as he is no actor)
                found_members.append(
                    delegation_members(
                        lexicons,
                        text,
                        spans,
                        entities,
                        view.window,
                        lambda k, a, b: (
                            view.around(k, a, b, contexts.possessor)
                            and not view.around(k, a, b, contexts.head)
                        ),
                    )
                )
            return found_members[0]

        def delegations() -> dict[str, Entity]:
            if not found_delegations:
                found_delegations.append(article_delegations(entities, members()))
            return found_delegations[0]

        adjectives: dict[int, set[str]] = {}  # sentence -> countries named by adjective
        groups = self._finder.by_sentence(sources, text, spans, adjectives)
        # "Bakanımız" (our minister) names its country as an adjective would.
        owned = own_references(
            roles, (i for i, g in enumerate(groups) if g is not None), view.window, view.to_display
        )
        for i, refs_of in owned.items():
            adjectives.setdefault(i, set()).update(country for _, country, _, _ in refs_of)
        last_pair = -LOOK_BACK - 1  # the last sentence naming actors of both sides
        for i, group in enumerate(groups):
            borrowed: list[Actor] = []
            continued: list[bool] = []  # whether the sentence borrowed its principal
            if group is None:
                # a sentence naming no one goes on only as "the two leaders" or "The
                # meeting ..." right after both were named; else it is skipped here, not
                # after its triggers are looked for (callgrind, stage 1: -0.1 M
                # instructions an article)
                if not (
                    carry
                    and continuing
                    and i
                    and i - last_pair <= LOOK_BACK
                    and last_pair not in evented
                ):
                    continue
                borrowed = both_sides(i)
                if not borrowed:
                    continue
                group = ([], set(), set())
            inside, present, solid = group
            paired = self._may_pair(solid)
            if carry:
                if subjectless:
                    solid_of[i] = solid
                if paired:
                    last_pair = i  # the last sentence naming both sides
            if (
                not borrowed  # (the persons a sentence naming no one borrowed above)
                and carry
                and i
                and continuing
                and i - last_pair <= LOOK_BACK
                and last_pair not in evented
                and not any(e.type is PERSON for _, _, e, _ in inside)
                and named_countries(inside).isdisjoint(watched)
            ):
                borrowed = both_sides(i)
            if borrowed:
                continued.append(True)
                got = {a.country for a in borrowed}
                present, solid = present | got, solid | got
            if (
                continuing
                and not paired
                and not solid.isdisjoint(watched)
                and (
                    (cue := refers_back(i))
                    or (i > 0 and bool(subjectless) and news_near(i, solid) and carries(i, inside))
                )
            ):
                missing = missing_sides(self._pairs, named_countries(inside))
                if missing:
                    borrowed = borrow(i, missing, continued)
                    if borrowed:
                        # only from a sentence that opened a context, a visit or a
                        # contact, when carried without a cue; and never from a plan
                        # ("Fidan will travel to Tripoli. Talks with Dbeibah will ...")
                        borrowed = [a for a in borrowed if opens_context(a.start, bool(cue))]
                        if not borrowed:
                            continued.clear()
                    got = {a.country for a in borrowed}
                    present, solid = present | got, solid | got
            if (
                shifts
                and i + 1 < len(groups)
                and groups[i + 1] is not None
                and not borrowed
                and shifted_next(view, i + 1, shifts)
                and not solid.isdisjoint(watched)
                and not self._may_pair(named_countries(inside))
                # A role reference names its holder itself ("Bakan Akar ... . Türk Bakan
                # ayrıca Nemruş ile bir araya geldi. Çavuşoğlu ise ..."): the minister
                # named last before, not the person the next sentence turns to (invented
                # whole article: the next paragraph's minister took the meeting). Asked
                # only here, where the shift would otherwise apply (rare).
                and not (
                    roles and may_refer(adjectives.get(i), solid) and role_actors(i, inside, solid)
                )
            ):
                # "Fidan, Libyalı yetkilinin davetini kabul ederek bir araya geldi.
                # Orgeneral Saddam Hafter ise ...": the side named by adjective alone
                # is the person the next sentence turns to
                borrowed = shifted_actors(
                    inside,
                    groups[i + 1],
                    adjectives.get(i, set()) | one_official(inside, text, plurals),
                    text,
                    tuple(w.strip() for w in shifts),
                    self._pairs,
                    watched,
                )
                if borrowed:
                    continued.append(True)
                    got = {a.country for a in borrowed}
                    present, solid = present | got, solid | got
            refs: list[Actor] | None = None
            if (
                bare_cues
                # what it checks first: without them, not even the call (7,000 calls on
                # bench_contacts' 400 articles, 3,200 of them for nothing)
                and len(present) == 1
                and not self._may_pair(present)
                and (
                    met := bare_delegation_actors(
                        i,
                        view,
                        bare_cues,
                        delegations,
                        present,
                        (e.country for _, _, e, _ in inside),
                        self._watched,
                        bare_words,
                    )
                )
            ):
                # "welcomed the delegation": the one foreign delegation the article names.
                refs = met
                present, solid = present | {met[0].country}, solid | {met[0].country}
            if not self._may_pair(present):
                # A country may still have an actor named by role alone ("the Turkish
                # minister also met Saddam Haftar").
                if (
                    not roles
                    or not solid
                    or not (may_refer(adjectives.get(i), solid) or headed(i, inside))
                ):
                    continue
                refs = role_actors(i, inside, solid)
                referred = {a.country for a in refs}
                present, solid = present | referred, solid | referred
                if not self._may_pair(present):
                    continue
            if not self._may_pair(solid) and not self._may_pair(
                self._finder.possible(i, view, inside, contexts, solid)
            ):
                # Its state is a mere mention ("... الموجودة في ليبيا"), but a person named
                # by role alone may stand for that side ("وأضافت الوزيرة الليبية ...").
                if (
                    refs is not None
                    or not roles
                    or not solid
                    or not may_refer(adjectives.get(i), solid)
                ):
                    continue
                refs = role_actors(i, inside, solid)
                solid = solid | {a.country for a in refs}
                if not self._may_pair(solid):
                    continue
            string, fstart, fend = view.window(i)
            fell_back: list[Trigger] = []  # the fallback's triggers, if it lent them
            starts = None
            if gated:
                starts = cued[i] = cues.starts(string, fstart, fend)
            triggers = find_triggers(self._cue_tags, lexicons, string, fstart, fend, starts)
            if not triggers:
                # Both sides named and no trigger: a misspelt one ("görüşlmüştü")?
                triggers = self._misspelt_triggers(lexicons, string, fstart, fend)
                if not triggers and captions:
                    triggers = caption_trigger(
                        lexicons, text, spans[i], inside, string, fstart, fend, watched
                    )
                if not triggers and borrowed and carry:
                    # "He arrived in Tripoli. Dbeibah told him ...": the visitor met
                    triggers = implied_triggers(string, fstart, fend)
                if not triggers:
                    # One person of each side and a word of contact no trigger lists
                    # ("saw", "konuştu", تشاور): the rules below judge it (fallback.py).
                    triggers = fell_back = fallback_triggers(
                        lexicons,
                        string,
                        fstart,
                        fend,
                        text,
                        inside,
                        self._pairs,
                        watched,
                        view,
                        i,
                    )
                if not triggers:
                    continue
            if country_ids is None:
                country_ids = self._finder.country_entity_ids(states)
            if refs is None:
                refer = roles and (may_refer(adjectives.get(i), solid) or headed(i, inside))
                refs = role_actors(i, inside, solid) if refer else []
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
                    continued_date, earlier_date, lead_before, refers_back, continued, continuing
                ),
                [*refs, *borrowed] if borrowed else refs,
                partial(_borrowed_if_referring, borrow, refers_back, i, continued)
                if continuing and not borrowed
                else None,
                referring=bool(borrowed) or (continuing and refers_back(i)),
            )
            if not found:
                continue
            start, end = spans[i]
            evidence = Evidence(sentence=text[start:end], start=start, end=end)  # frozen
            for watch, kind, a, b, place, date_ref, historical in found:
                occurred = date_ref.when if date_ref is not None else None
                # Undated, even "two days ago" is reckoned from the arrival time.
                when = (occurred or published_at) if dated else None
                if not historical and self._a_party_dead(a.id, b.id, when, published_at):
                    continue
                if not historical and when is not None and self._a_party_long_out(a.id, b.id, when):
                    historical = True
                key = pair_key(a.id, b.id)
                if (continued or fell_back) and key in emitted:
                    # told before: "X received Y. The two discussed ...", "X met Y last
                    # week. Y told X that ..." (a fallback's sentence goes on with it)
                    continue
                emitted.add(key)
                evented.add(i)
                event_id = event_id_for(article_id, key, start)
                if event_id in seen:
                    continue
                seen.add(event_id)
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
                        location=shared(place.entity, place.country, made)
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
            listed = members()
            if listed:
                events = with_members(events, listed, article_id, self._participants)
        if events and len(spans) > 1:

            def planned(j: int) -> bool:
                string, start, end = view.window(j)
                return any(
                    lx.block_nearest is not None
                    and lx.block_nearest.search(string, start, end) is not None
                    for lx in lexicons
                )

            events = without_planned_headlines(events, text, spans, entities, planned)
        if self.named_only:
            # no state pairs left; a visited body the visitor met a person of still goes
            return without_redundant_states(
                [e for e in events if is_named(e.participants[0]) and is_named(e.participants[1])]
            )
        return without_redundant_states(events)

    def _contexts_for(self, lexicons: list[Lexicon]) -> Contexts:
        """The context cues of ``lexicons``, gathered once per set of lexicons (the
        entry holds them, so their ids cannot be reused while it lives)."""
        key = id(lexicons[0]) if len(lexicons) == 1 else tuple(map(id, lexicons))
        found = self._contexts.get(key)
        if found is None or any(a is not b for a, b in zip(found.lexicons, lexicons, strict=True)):
            arounds = [Around.of(lx) for lx in lexicons]
            found = self._contexts[key] = Contexts(
                tuple(lexicons),
                [a.possessor for a in arounds],
                [a.place for a in arounds],
                [a.mention for a in arounds],
                [a.destination for a in arounds],
                [a.head for a in arounds],
                [a.partner for a in arounds],
                [a.topic for a in arounds],
                [a.sender for a in arounds],
            )
        return found

    def _lexicons_for(self, lang: str | None) -> list[Lexicon]:
        base = lower((lang or "").split("-")[0])
        if base in self.lexicons:
            return [self.lexicons[base]]
        return list(self.lexicons.values())  # unknown language: try them all

    def _misspelt_triggers(
        self, lexicons: list[Lexicon], folded: str, start: int, end: int
    ) -> list[Trigger]:
        """The triggers of ``folded[start:end]`` read through one typo (``typos.py``)."""
        found: list[Trigger] = []
        for lx in lexicons:
            typos = self._typos.get(id(lx))
            if typos:
                found += [
                    (lx.kinds.index(k), a, b, k) for a, b, k in typos.find(folded, start, end)
                ]
        return found

    def _may_pair(self, countries: set[str]) -> bool:
        """Whether actors of these countries could make a pair for some watch."""
        only = self._only_pair
        if only is not None:  # the common case, without a generator (88 calls an article)
            return only[0] in countries and only[1] in countries
        return any(a in countries and b in countries for a, b in self._pairs)

    def _sentence_events(
        self,
        index: int,
        view: FoldedView,
        lexicons: list[Lexicon],
        contexts: Contexts,
        text: str,
        inside: list[Item],
        country_ids: dict[str, str],
        triggers: list[Trigger],
        starts: dict[str, list[int]] | None,
        dates_of: Callable[[int], list[DateRef]],
        lead_before: Callable[[int], DateRef | None],
        refs: list[Actor],
        borrow: Callable[[set[str]], list[Actor]] | None = None,
        referring: bool = False,
    ) -> list[tuple[Watch, str, Actor, Actor, Place | None, DateRef | None, bool]]:
        """The events of sentence ``index``. ``borrow(missing)``: the principals of the
        ``missing`` countries a continuing sentence stands for (``continuation.py``),
        asked once attendees are set aside; ``lead_before`` then dates it if undated.
        ``referring``: the sentence continues another ("The two leaders ... were
        accompanied by ..."), whose principals its attendees accompany."""
        folded, start, end = view.window(index)
        # A blocking cue (criticism, denial, plans) rules the sentence out, unless it is
        # only in a quotation that holds no trigger (quotes.py), or only what the parties
        # said, after the trigger and both of them (content.py).
        content_at: int | None = None  # display offset: who is named after it was the topic
        for lx in lexicons:
            tag = self._cue_tags[id(lx)].block if starts is not None else None
            if cue_found(lx, lx.block, tag, folded, start, end, starts) and (
                lx.block is None
                or (
                    blocks_outside_quotes(
                        lx.block, folded, start, end, [(t[1], t[2]) for t in triggers]
                    )
                    and not (
                        lx.block_except is not None
                        and all_excepted(lx.block, lx.block_except, folded, start, end)
                    )
                )
            ):
                at = None
                if lx.block is not None:
                    marks = [(t[1], t[2]) for t in triggers]
                    # a block cue in a clause about a person is his, not the contact's
                    aside = person_aside(person_clause_spans(lx, folded, start, end, marks), marks)
                    if all_aside(lx.block, folded, start, end, aside):
                        continue
                    at = content_start(
                        lx.block,
                        lx.block_as_content,
                        folded,
                        start,
                        end,
                        marks,
                        lx.block_as_content_except,
                        aside,
                    )
                cut = view.to_display(index, at, at)[0] if at is not None else None
                if cut is None or not both_sides_before(inside, cut, self._pairs):
                    return []
                content_at = cut if content_at is None else min(content_at, cut)
        # A headline's plan ("Dbeibah to visit Ankara, hold talks with Erdogan"): the
        # whole sentence is ahead, none of its triggers held (headlines.py).
        first = min(t[1] for t in triggers) if triggers else end
        for lx in lexicons:
            marker = lx.headline_marker
            # the marker before the first trigger or opening it, else no headline's plan
            # (a find on the folded sentence: most sentences skip the word-by-word test)
            if (
                marker
                and (
                    folded.startswith(marker + " ", first)
                    or folded.find(" " + marker + " ", start, first) >= 0
                )
                and headline_plan(
                    text,
                    view.spans[index][0],
                    [view.to_display(index, t[1], t[2]) for t in triggers],
                    [(a, b) for a, b, _, _ in inside],
                    marker,
                    lx.headline_roles,
                    lx.headline_joiners,
                )
            ):
                return []
        # A trigger word inside a phrase that names no contact (the acceptance of a
        # motion) is no trigger: it neither gives an event nor holds actors.
        for lx in lexicons:
            if lx.not_contact is not None:
                void = [(m.start(), m.end()) for m in lx.not_contact.finditer(folded, start, end)]
                if void:
                    triggers = [
                        t for t in triggers if not any(a < t[2] and t[1] < b for a, b in void)
                    ]
                    if not triggers:
                        return []
        # A plan or postponement cue cancels the trigger nearest it (scope.py).
        cancelled: list[tuple[int, int]] = []  # triggers a plan cue cancelled (folded)
        unattached: list[tuple[int, int]] = []  # plan cues next to no trigger (folded)
        for lx in lexicons:
            # a sentence-final plan predicate governs its verbal-noun clause, however long
            if lx.governing_plan is not None and lx.verbal_noun is not None:
                spans = [(t[1], t[2]) for t in triggers]
                gone = governed_by_plan(
                    lx.governing_plan,
                    lx.verbal_noun,
                    lx.verbal_noun_unless_after,
                    folded,
                    start,
                    end,
                    spans,
                    lx.plan_frame,
                )
                if gone:
                    cancelled += [spans[i] for i in gone]
                    triggers = [t for i, t in enumerate(triggers) if i not in gone]
                    if not triggers:
                        return []
            if lx.block_nearest is not None:
                # Its cues begin with literals the sentence's cue pass found, or not at
                # all: none, nothing cancelled; some, the pattern tried there alone when
                # anchored (scope: 0.18 M instructions a stage 1 bench article, compiled;
                # the Arabic pattern is 40 K characters of alternatives)
                positions = None
                if starts is not None:
                    tag = self._cue_tags[id(lx)].block_nearest
                    if tag is not None:
                        positions = starts.get(tag)
                        if positions is None:
                            continue
                        if not lx.block_nearest_anchored:
                            positions = None
                spans = [(t[1], t[2]) for t in triggers]
                gone, loose = cancelled_triggers(
                    lx.block_nearest,
                    folded,
                    start,
                    end,
                    spans,
                    lx.purpose,
                    person_clause_spans(lx, folded, start, end, spans),
                    positions,
                )
                unattached += loose
                if gone:
                    cancelled += [spans[i] for i in gone]
                    triggers = [t for i, t in enumerate(triggers) if i not in gone]
                    if not triggers:
                        return []
        if len(triggers) > 1:
            triggers = _without_nested_in_press_conferences(triggers)
        # The first-listed kind names the event; the first of ties in the list wins.
        main = triggers[0] if len(triggers) == 1 else min(triggers, key=lambda t: (t[0], t[1]))
        # "Following their meeting last month, Erdogan received Dbeibah on Tuesday": an
        # earlier contact's phrase names, dates and times nothing of the sentence's own
        # contact; who is named only in it is a recap's party (recap_phrases.py).
        recalled: list[tuple[int, int]] = []
        if len(triggers) > 1:
            for lx in lexicons:
                if lx.recap_markers is None:
                    continue
                recalled += recap_spans(
                    folded,
                    start,
                    end,
                    [(t[1], t[2]) for t in triggers],
                    dates_of(index),
                    lx.recap_openers,
                    lx.recap_closers,
                    lx.recap_participles,
                    lx.recap_markers,
                )
            own = [t for t in triggers if not in_spans(recalled, t[1], t[2])] if recalled else []
            if own:
                main = min(own, key=lambda t: (t[0], t[1]))
        _, main_start, main_end, main_kind = main
        actors = self._finder.actors(index, text, view, inside, contexts, triggers, country_ids)
        if cancelled or unattached:
            live = [view.to_display(index, t[1], t[2]) for t in triggers]
            dead = [view.to_display(index, a, b) for a, b in cancelled]
            loose = [view.to_display(index, a, b) for a, b in unattached]
            kept = [a for a in actors if in_live_scope(text, (a.start, a.end), live, dead, loose)]
            # "Menfi discussed with Begec the upcoming visit of Erdogan": the partner of a
            # trigger that stands (the last trigger before him, "with" before his title)
            # is its party, however near the cancelled visit after him.
            actors = [
                a
                for a in actors
                if a in kept or partner_of_live(a, actors, index, view, contexts, live, dead)
            ]
        if content_at is not None:
            actors = [a for a in actors if a.end <= content_at]
        if refs:
            actors = actors + refs
        attended = [
            view.to_display(index, a, b)
            for lx in lexicons
            if lx.attendee_words and (starts is None or self._cue_tags[id(lx)].attendee in starts)
            for a, b in attendee_spans(lx, folded, start, end, [(t[1], t[2]) for t in triggers])
        ]
        counterparts: list[Actor] | None = None
        for lx in lexicons:
            # "Erdogan called Dbeibah": the bare verb is a call only with a person right
            # after it; without one ("called Haftar a putschist", "what he called ...")
            # another trigger of the sentence, if any, names the event.
            if lx.object_required is None or not lx.object_required.fullmatch(
                folded, main_start, main_end
            ):
                continue
            objects = object_counterparts(
                text, view.to_display(index, main_start, main_end), actors
            )
            if objects:
                counterparts = objects
                break
            # By position, not ``t is not main``: the compiled build (``make native``)
            # holds these tuples unboxed, so no two of them are ever the same object.
            at = triggers.index(main)
            triggers = triggers[:at] + triggers[at + 1 :]
            if not triggers:
                return []
            main = min(triggers, key=lambda t: (t[0], t[1]))
            _, main_start, main_end, main_kind = main
            break
        if main_kind == PRESS_CONFERENCE:
            before = any(lx.counterpart_before for lx in lexicons)
            counterparts = press_counterparts(text, view, index, triggers, actors, before)
            if not counterparts and not before:
                # "عقد الدبيبة وأردوغان مؤتمرا صحفيا مشتركا": the joint holders, joined
                # by "and" right before the cue (pairing.py).
                counterparts = joint_holders(
                    text, view.to_display(index, main_start, main_end), actors
                )
            if not counterparts:
                return []
        attendees: list[Actor] = []
        if attended:
            # Who only attended ("in the presence of", بحضور, eşliğinde) is no principal.
            actors, attendees = split_attendees(actors, attended)
        if len(actors) > 2:
            # "برعاية جهاز الاستخبارات التركية، اجتمع صدام حفتر مع الطرابلسي": the
            # institution sponsored two Libyans' meeting (sponsors.py).
            for lx in lexicons:
                if lx.sponsor_before is not None:
                    cues = [
                        view.to_display(index, m.start(), m.end())
                        for m in lx.sponsor_before.finditer(folded, start, end)
                    ]
                    if cues:
                        actors = without_sponsors(actors, cues, text)
        if len(actors) > 2:
            # "… التي وجهها له زعيم المافيا سادات بكر، إلا أنه بحث … مع مازن": named in
            # passing inside a relative clause, not a party.
            clauses = [
                view.to_display(index, a, b)
                for lx in lexicons
                for a, b in relative_spans(lx, folded, start, end, [(t[1], t[2]) for t in triggers])
            ]
            if clauses:
                actors = without_clause_thirds(actors, clauses)
        if borrow is not None:
            # "وشارك في الاجتماع ... اللافي، فيما حضره عن الجانب التركي ...": the Turkish
            # side only attended, its principal is the previous sentences'.
            named = {a.country for a in actors if a.rank <= RANK_ORG}
            missing = missing_sides(self._pairs, named)
            if missing:
                actors = actors + borrow(missing)
        if attendees and not referring:
            verb = view.to_display(index, main_start, main_end)
            dated = [view.to_display(index, d.start, d.end)[0] for d in dates_of(index)]
            closes = any(lx.companions_close for lx in lexicons)
            actors = actors + unaccompanied(attendees, actors, attended, text, verb, dated, closes)
        if any(
            is_reported(lx.reported_after, folded, main_end, end, lx.converb) for lx in lexicons
        ):
            # "Duran, Erdoğan'ın Menfi ile … görüşmesi gerçekleştirdiğini açıkladı"
            actors = without_reporters(actors, view.to_display(index, main_start, main_end))
        for lx in lexicons:
            # "… Dibeybe ile görüştü, Dışişleri Bakanlığı Sözcüsü Keçeli açıkladı"
            closing = closing_sources(lx.reported_after, folded, main_end, end)
            if closing:
                actors = without_sources(actors, [view.to_display(index, a, b) for a, b in closing])
            # "قال … العقوري إن زيارة … صالح … ولقاءه … أردوغان"
            for opening in report_openings(lx.reported_before, folded, start, main_start):
                shown = view.to_display(index, opening, opening)[0]
                actors = without_openers(actors, shown)
                if lx.bare_visit is not None and all(
                    is_bare_visit(t[3], folded[t[1] : t[2]], lx.bare_visit) for t in triggers
                ):
                    # "قال القطراني إن السفير التركي يلماز أجرى زيارة للشرق": a visit
                    # the opener tells of, by another country's visitor, is not his
                    # (unless the sentence also tells of a meeting: "... والتقاه")
                    actors = without_visit_reporters(actors, shown)
        pairs: list[tuple[Watch, list[tuple[Actor, Actor]]]] = []
        countries = {a.country for a in actors}
        object_endings = [lx.object_after for lx in lexicons if lx.object_after is not None]
        postpositions = any(lx.counterpart_before for lx in lexicons)
        # "لقاء الدبيبة بنظيره الإيطالي": he met Italy, no party here (third_parties.py).
        actors = with_a_third_counterpart(
            actors,
            text,
            inside,
            [lx.counterpart for lx in lexicons if lx.counterpart is not None],
            self._watched,
        )
        for lx in lexicons:
            # "دعم بلاده للمجلس الرئاسي", "لقائه بوزير الداخلية لحكومة الوفاق": the
            # institution is what was given, or the unnamed officer's (pairing.py).
            if lx.org_titles:
                actors = without_qualifying_orgs(actors, text, lx.org_titles)
        for lx in lexicons:
            # "أكد أردوغان في اتصال هاتفي مع نظيره الجزائري دعم بلاده لحكومة الدبيبة": the
            # verb's partner is a third country's, its subject no party here (third_parties.py).
            if lx.third_partner_places and len(actors) > 1:
                subjects = third_partner_subjects(
                    actors,
                    text,
                    inside,
                    [view.to_display(index, t[1], t[2]) for t in triggers],
                    self._watched,
                    lx.third_partner_places,
                )
                if subjects is None:
                    return []
                if subjects:
                    actors = [a for a in actors if a not in subjects]
        for lx in lexicons:
            # "Fidan, Dibeybe hükümetinin Hafter ile yaptığı görüşmeleri değerlendirdi":
            # the commenter took no part (others_meetings.py).
            if lx.others_meeting is not None:
                actors = without_commenters(
                    actors,
                    index,
                    view,
                    lx.others_meeting,
                    [(t[1], t[2]) for t in triggers],
                    lx.counterpart_before,
                )
        for lx in lexicons:
            # "Fidan said the talks between Dbeibah and Haftar were positive": the noun's
            # own phrase names its parties; the commenter took no part (stated_parties.py)
            if lx.stated_openers:
                actors = stated_parties(
                    text,
                    actors,
                    [view.to_display(index, t[1], t[2]) for t in triggers],
                    lx.stated_openers,
                    lx.stated_joiners,
                )
            # "التقى أردوغان الدبيبة، وبحثا ... تحركات حفتر": who follows a verb of the
            # two parties is what they discussed (topics.discussed_by_both)
            if lx.both_verbs_re is not None and lx.both_verbs_re.search(folded, start, end):
                actors = discussed_by_both(
                    text,
                    actors,
                    [view.to_display(index, t[1], t[2]) for t in triggers],
                    lx.both_verbs,
                    lx.both_partners,
                    lx.proclitics,
                )
        # "Fidan met Dbeibah to discuss Haftar's proposal", "بحث أردوغان مع المنفي زيارة
        # صدام حفتر": the possessor of what was discussed is no party (discussed.py). Only
        # asked of a sentence with three persons or more: it needs two sides besides him.
        if sum(1 for a in actors if a.rank == RANK_PERSON) > 2:
            for lx in lexicons:
                if lx.discussed_verbs_re is None:
                    continue
                verbs = [
                    view.to_display(index, m.start(), m.end())
                    for m in lx.discussed_verbs_re.finditer(folded, start, end)
                ]
                if verbs:
                    actors = without_discussed_possessors(
                        actors,
                        index,
                        view,
                        contexts,
                        self._watched,
                        verbs,
                        [view.to_display(index, t[1], t[2]) for t in triggers],
                        lx.discussed_style,
                        lx.discussed_marks,
                        lx.discussed_partners,
                    )
        anterior: list[Actor] = []  # subjects of the verb inside an "after" phrase
        for watch, pair in self._distinct:
            candidates = actors
            if not countries <= pair:
                # A third country's actor is in the sentence: "Sisi received Haftar and
                # discussed relations with Turkey" — Turkey there is a topic.
                candidates = [a for a in actors if a.rank != RANK_COUNTRY]
            # "Erdoğan, Hafter'in … ayrılmasının ardından Putin ile görüştü": Haftar is
            # what the call followed, not a party (topics.py).
            # (verb-medial languages only: a verb-last one names its topics before it)
            if not postpositions:
                verb_span = view.to_display(index, main_start, main_end)
                anterior += topic_subjects(candidates, index, view, contexts, pair, verb_span)
            else:
                verb_span = None
            candidates = without_topics(candidates, index, view, contexts, pair, verb_span)
            if not postpositions:
                # "اتصالا هاتفيا مع نظيره الروسي لافروف ... بعد تصريحات حفتر": who is named
                # after a third country's partner is what was said (third_parties.py). Not
                # where the verb comes last ("Putin ile görüştükten sonra Serrac'ı kabul etti").
                candidates = after_a_third_partner(
                    candidates,
                    index,
                    view,
                    contexts,
                    pair,
                    [view.to_display(index, t[1], t[2]) for t in triggers],
                )
            else:
                # "Erdoğan, Putin ile görüşmesinde Hafter'in durumunu ele aldı": the same,
                # where the verb comes last (third_parties.py).
                candidates = after_a_third_partner_verb_last(
                    candidates,
                    index,
                    view,
                    contexts,
                    pair,
                    [(*view.to_display(index, t[1], t[2]), t[3]) for t in triggers],
                )
            side_a = best_of(candidates, watch.countries[0])
            side_b = best_of(candidates, watch.countries[1])
            # Two states alone ("Türkiye and Libya signed ...") are a statement, not a contact.
            found = [
                (a, b)
                for a, b in product(side_a, side_b)
                if a.rank != RANK_COUNTRY or b.rank != RANK_COUNTRY
            ]
            if len(triggers) == 1 and len(found) > 1:
                verb = view.to_display(index, main_start, main_end)
                found = pair_named_by(text, verb, across_one_verb(found, verb))
                found = without_co_hosts(found, text, verb, object_endings)
            elif len(found) > 1 and any(lx.clauses_close_pairs for lx in lexicons):
                # "التقى أردوغان الدبيبة، كما التقى فيدان الباعور": each clause its pair
                found = within_clauses(
                    found, text, [view.to_display(index, t[1], t[2]) for t in triggers]
                )
            if counterparts is not None:
                found = [(a, b) for a, b in found if a in counterparts or b in counterparts]
            if found:
                pairs.append((watch, found[: self.max_pairs]))
        if not pairs:
            return []

        # Where it took place: only asked of a sentence that makes an event.
        main_span = view.to_display(index, main_start, main_end)
        place = min(
            self._finder.places(index, view, inside, contexts),
            key=lambda p: words_between(text, (p.start, p.end), main_span),
            default=None,
        )
        date_ref, historical = sentence_time(
            index,
            lexicons,
            self._cue_tags,
            folded,
            start,
            end,
            starts,
            outside_clauses(
                dates_of(index),
                [
                    span
                    for lx in lexicons
                    for span in person_clause_spans(
                        lx, folded, start, end, [(t[1], t[2]) for t in triggers]
                    )
                ],
            ),
            main_start,
            lead_before,
            recalled,
        )
        recalled_actors: list[Actor] = []
        if recalled:
            told = [view.to_display(index, x, y) for x, y in recalled]
            again = any(
                again_outside(lx.recap_again, folded, start, end, recalled) for lx in lexicons
            )
            recalled_actors = recalled_only(actors, told, again)

        out = []
        for watch, actor_pairs in pairs:
            for a, b in actor_pairs:
                loc = place
                if place is not None and place.entity.id in (a.id, b.id):
                    loc = None
                recap = (
                    historical
                    or a in recalled_actors
                    or b in recalled_actors
                    or (
                        (a in anterior or b in anterior)
                        and not dates_own_phrase(date_ref, folded, main_end)
                    )
                )
                out.append((watch, main_kind, a, b, loc, date_ref, recap))
        return out


def partner_of_live(
    actor: Actor,
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    live: list[tuple[int, int]],
    dead: list[tuple[int, int]],
) -> bool:
    """Whether ``actor`` is the partner ("with" X) of the live trigger nearest before it,
    no cancelled trigger between (``live``/``dead``: display spans)."""
    before = [(t[0], True) for t in live if t[1] <= actor.start] + [
        (t[0], False) for t in dead if t[1] <= actor.start
    ]
    if not before or not max(before)[1]:
        return False
    return is_partner(actor, actors, index, view, contexts)


def _borrowed_if_referring(
    borrow: Callable[[int, set[str], list[bool]], list[Actor]],
    refers_back: Callable[[int], bool],
    i: int,
    continued: list[bool],
    missing: set[str],
) -> list[Actor]:
    return borrow(i, missing, continued) if refers_back(i) else []


def _without_nested_in_press_conferences(triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` less those inside a press-conference cue: the "toplantı" (meeting) of
    "ortak basın toplantısı" is that press conference, not a meeting of its own."""
    press = [(t[1], t[2]) for t in triggers if t[3] == PRESS_CONFERENCE]
    if not press:
        return triggers
    return [
        t
        for t in triggers
        if t[3] == PRESS_CONFERENCE or not any(s <= t[1] and t[2] <= e for s, e in press)
    ]


def shifted_actors(
    inside: list[Item],
    following: tuple[list[Item], set[str], set[str]] | None,
    countries: set[str],
    text: str,
    shifts: tuple[str, ...],
    pairs: Sequence[tuple[str, str]],
    watched: AbstractSet[str],
) -> list[Actor]:
    """The principals a sentence (its items ``inside``) lacks, of the ``countries`` it
    names by adjective or one unnamed official alone, that the ``following`` sentence
    turns to (``continuation.shifted_to``).
    None when the sentence's partner is a third country's person: it tells of another
    meeting."""
    if any(
        e.type is PERSON and e.country is not None and e.country not in watched
        for _, _, e, _ in inside
    ):
        return []
    out: list[Actor] = []
    for country in sorted(missing_sides(pairs, named_countries(inside)) & countries):
        item = shifted_to(following[0] if following is not None else None, country, text, shifts)
        if item is not None:
            out.append(Actor(item[2], country, RANK_PERSON, item[0], item[1], None))
    return out


def one_official(inside: list[Item], text: str, plurals: tuple[str, ...]) -> set[str]:
    """The countries of a generic official written in the singular ("Libyalı
    yetkilinin", one unnamed person; not "yetkililerle", a plural mark in it): the one
    a next sentence may name (``shifted_actors``)."""
    return {
        country
        for start, end, entity, country in inside
        if country is not None
        and entity.id.endswith(":officials")
        and not any(mark in fold_char_string(text[start:end]) for mark in plurals)
    }


def caption_trigger(
    lexicons: list[Lexicon],
    text: str,
    span: tuple[int, int],
    inside: list[Item],
    folded: str,
    start: int,
    end: int,
    watched: AbstractSet[str],
) -> list[Trigger]:
    """A meeting at the joiner of a photo caption: a sentence (``span`` of ``text``,
    ``folded[start:end]`` folded) of two persons of two watched countries, one of a
    lexicon's ``caption_joiners`` between them, and nothing else but capitalised
    words, their titles ("MİT Başkanı İbrahim Kalın ve Hafter"). The labelled set's
    annotators read such a caption as the meeting it shows (tr-079, tr-28022); a word
    in lower case is a verb or more, no caption."""
    named = [(a, b, c) for a, b, e, c in inside if e.type is PERSON]
    if len(named) != 2 or len({c for _, _, c in named if c in watched}) != 2:
        return []
    people = sorted((a, b) for a, b, _ in named)
    first, second = people
    words = (
        text[span[0] : first[0]]
        + " \0 "
        + text[first[1] : second[0]]
        + " \0 "
        + text[second[1] : span[1]]
    ).split()
    for lx in lexicons:
        joiners = lx.caption_joiners
        if not joiners or "meeting" not in lx.kinds:
            continue
        between = [w for w in text[first[1] : second[0]].split() if w in joiners]
        if len(between) != 1:
            continue
        if not all(w == "\0" or w in joiners or w[:1].isupper() for w in words):
            continue
        found = re.search(rf"\s{re.escape(fold_char_string(between[0]))}\s", folded[start:end])
        if found is None:
            continue
        at = start + found.start() + 1
        return [(lx.kinds.index("meeting"), at, at + len(between[0]), "meeting")]
    return []


def shifted_next(view: FoldedView, index: int, shifts: tuple[str, ...]) -> bool:
    """Whether sentence ``index`` holds one of the ``shifts`` words at all: one C
    search before the items are looked at (most sentences hold none)."""
    string, start, end = view.window(index)
    return any(string.find(word, start, end) >= 0 for word in shifts)


def joined_list_items(
    text: str, spans: list[tuple[int, int]], lexicons: Sequence[Lexicon], named: list[int]
) -> list[tuple[int, int]]:
    """``spans`` with each sentence that a semicolon ends joined to the next when that
    one names a possible party (``named``: the sorted starts of the mentions that may be
    actors) and holds no contact trigger: a list whose items hold commas ("met Mohamed
    Menfi, head of the Presidential Council; Abdullah al-Lafi, his deputy; and ...")
    goes on after the semicolon, and cutting there took each listed person away from the
    verb. A semicolon clause with a trigger of its own ("Kalin met Haftar; Fidan called
    Menfi") stays a sentence of its own, and one that names no party is left as it is
    (nothing to pair there; its trigger search spared). Callgrind, ``bench/
    contact_instructions.py``: +46,000 instructions an article (+1.0%), +95,000 when every
    semicolon clause was searched. (Issue #12: 3 held-out English pairs and 1 Turkish;
    5 dev splits.) A clause that names no party but ends in a semicolon itself is a
    middle item of the list (a person the KB lacks: "met A, of the IMF; B, an IMF
    director; and C, Turkey's finance minister"): it is joined too, or the item after
    it, cut from the verb, lost its party (session 20, a real-text dev pair)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if (
            out
            and text[out[-1][1] - 1] == ";"
            and (_names_in(named, start, end) or text[end - 1] == ";")
            and not _holds_trigger(text, start, end, lexicons)
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _names_in(named: list[int], start: int, end: int) -> bool:
    at = bisect_left(named, start)
    return at < len(named) and named[at] < end


def _holds_trigger(text: str, start: int, end: int, lexicons: Sequence[Lexicon]) -> bool:
    folded = fold_char_string(text[start:end])
    return any(p.search(folded) is not None for lx in lexicons for _, p in lx.triggers)
