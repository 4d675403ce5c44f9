"""Participant collection: the mentions of an article that can be actors, per sentence,
and the actors of a sentence (persons, organisations, generic national actors, states
standing near a trigger, role references, principals borrowed by a continuing sentence)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from operator import attrgetter

from schemas.articles import Entity, EntityType
from wirewatch.core.contacts.actors import (
    GENERIC_ID,
    GPE,
    PERSON,
    PLACE_TYPES,
    RANK_COUNTRY,
    RANK_GENERIC,
    RANK_ORG,
    RANK_PERSON,
    Actor,
    Item,
    Place,
    Source,
)
from wirewatch.core.contacts.continuation import (
    borrowed_person,
    coordinated_people,
    names_delegation_owner,
)
from wirewatch.core.contacts.folded_view import Contexts, FoldedView
from wirewatch.core.contacts.lexicon import Lexicon
from wirewatch.core.contacts.roles import (
    NamedPeople,
    OwnReference,
    RoleReferences,
    institution_keyword,
    is_title,
)
from wirewatch.core.contacts.scope import words_between
from wirewatch.core.contacts.senders import sender_actor
from wirewatch.core.contacts.triggers import Trigger
from wirewatch.core.contacts.watches import CountryInfo
from wirewatch.core.textfold import fold_char_string

#: A country or capital must stand within this many words of a trigger to be an actor.
COUNTRY_ACTOR_WINDOW = 4
#: An organisation named farther than this from every trigger is no actor (see ``actors``).
ORG_ACTOR_WINDOW = 4
_BOUNDS = attrgetter("start", "end")
#: Bound on the cache of which mention spellings name a state (see ``_spelled``).
_SPELLED_CACHE = 65536


def in_parentheses(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether the mention at ``start:end`` stands inside a pair of parentheses of its
    sentence: an aside (the outlet of a dateline, "(زمان التركية)", "(AA)"; a name
    qualifying what follows, "the (Gadhafi) government"), never a party to the contact.
    An abbreviation in parentheses ("(GNA)") loses nothing: its full name stands beside."""
    first, last = sentence
    opening = text.rfind("(", first, start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return False
    closing = text.find(")", end, last)
    return closing >= 0 and text.find("(", end, closing) < 0


def _alone_in_parentheses(text: str, start: int, end: int) -> bool:
    """Whether the person named at ``start:end`` fills their parentheses alone: the name
    of the office holder the title before it names ("بحث وزير التعليم الدكتور ( عثمان
    عبدالجليل )، و السفير التركي ( سرحت أكسن)"), as quotation marks set names off. Not
    a name qualifying the noun after it, after an article or before a lower-case word
    ("the (Gadhafi) government", "(Kaddafi) hükümeti"): an aside."""
    before, after = text[:start].rstrip(), text[end:].lstrip()
    if not (before.endswith("(") and after.startswith(")")):
        return False
    article = _ARTICLE_BEFORE.search(before[:-1])
    rest = after[1:].lstrip()
    return article is None and not (rest[:1].isascii() and rest[:1].islower())


#: An article right before an opening parenthesis: what the parentheses hold qualifies
#: the noun after them ("the (Gadhafi) government").
_ARTICLE_BEFORE = re.compile(r"(?i)(?<!\w)(?:the|a|an)\s*$")


#: The comma that opens a relative clause right after a name (or after the name's
#: abbreviation in parentheses, or the closing parenthesis of a mention that is that
#: abbreviation: "the Government of National Accord (GNA), which ..."), and the one that
#: closes it.
_CLAUSE_COMMA = re.compile(r"(?:\s*\([^()]{1,16}\)|\))?\s*[,،]\s*")
_NEXT_COMMA = re.compile(r"[,،]")
#: How far (characters) after the opening comma a relative pronoun is looked for.
_PRONOUN_REACH = 24


def _subject_across_clause(
    text: str, end: int, triggers: Sequence[tuple[int, int]], lexicons: Sequence[Lexicon]
) -> bool:
    """Whether an organisation ending at ``end`` is the subject of a trigger that a
    relative clause set off by commas separates it from: "the GNA, which is Haftar's
    rival in the conflict, received ...", "حكومة الوفاق، التي تعترف بها الأمم المتحدة،
    استقبلت ...". The clause's words do not count toward ``ORG_ACTOR_WINDOW``: those
    after its closing comma do. Only a clause that opens with a ``relative_clause``
    pronoun is skipped (Turkish has no such clause form); any other distance stands."""
    opening = _CLAUSE_COMMA.match(text, end)
    if opening is None:
        return False
    snippet = fold_char_string(text[opening.end() : opening.end() + _PRONOUN_REACH])
    if not any(
        lx.relative_clause is not None and lx.relative_clause.match(snippet) is not None
        for lx in lexicons
    ):
        return False
    closing = _NEXT_COMMA.search(text, opening.end())
    if closing is None:
        return False
    after = (closing.start(), closing.end())
    return any(
        t[0] >= closing.end() and words_between(text, after, t) <= ORG_ACTOR_WINDOW
        for t in triggers
    )


class ActorFinder:
    """Which mentions of an article, and of each sentence, can be actors of which
    watched country (how each is spelled, where each stands against the triggers)."""

    def __init__(self, countries: dict[str, CountryInfo], watched: set[str]) -> None:
        self.countries = countries
        self._watched = watched
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

    def prepare(self, entities: Sequence[Entity]) -> tuple[list[Source], set[str], list[Entity]]:
        """The entities whose mentions can matter (with a country, and mentions), the
        countries the article's mentions could be actors of, at most, and the GPEs of
        watched countries (for ``country_entity_ids``, mentioned or not)."""
        watched, spelled = self._watched, self._spelled
        sources: list[Source] = []
        countries: set[str] = set()
        states: list[Entity] = []
        generic = _generic_spans(entities)
        for entity in entities:
            country = entity.country
            if country is None:
                continue  # neither an actor nor a location
            kind = entity.type
            if kind is GPE and country in watched:
                states.append(entity)
            if generic and kind is GPE:
                entity = _outside(entity, generic)
            if not entity.mentions:
                continue
            if kind not in PLACE_TYPES:
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

    def by_sentence(
        self,
        sources: list[Source],
        text: str,
        spans: list[tuple[int, int]],
        adjectives: dict[int, set[str]],
    ) -> list[tuple[list[Item], set[str], set[str]] | None]:
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
        out: list[tuple[list[Item], set[str], set[str]] | None] = [None] * len(spans)
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
                if actor is None and spellings is not None and entity.type is GPE:
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
    def possible(
        index: int, view: FoldedView, inside: list[Item], contexts: Contexts, solid: set[str]
    ) -> set[str]:
        """The countries that may have an actor in the sentence, judged without its
        triggers: any with a person or organisation (``solid``; possessors are not
        looked for), and those with a state's name or capital that is no mere mention
        ("in Libya"; unless it may be a visit's destination, "to Turkey"). The rules
        of ``_country_actor`` that need no trigger: cheaper than finding the triggers."""
        out = set(solid)
        for start, end, entity, country in inside:
            if country is None or country in out or entity.type not in PLACE_TYPES:
                continue
            if (
                not view.around(index, start, end, contexts.mention)
                or view.around(index, start, end, contexts.destination)
                or view.around(index, start, end, contexts.sender)
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
        if kind is GPE:
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

    def actors(
        self,
        index: int,
        text: str,
        view: FoldedView,
        inside: list[Item],
        contexts: Contexts,
        triggers: list[Trigger],
        country_ids: dict[str, str],
    ) -> list[Actor]:
        actors: list[Actor] = []
        countries: list[Actor] = []
        spans: list[tuple[int, int]] | None = None  # the triggers in the display text
        for item in inside:
            start, end, entity, country = item
            if country is None:
                continue  # a place that cannot stand for a watched state
            if entity.type in PLACE_TYPES:
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
            if in_parentheses(text, start, end, view.spans[index]) and not (
                entity.type is PERSON and _alone_in_parentheses(text, start, end)
            ):
                continue  # an aside: a dateline's outlet "(AA)", "(the Gadhafi) government"
            if entity.type is PERSON:
                rank = RANK_PERSON
            elif entity.found_by == "nationality":
                rank = RANK_GENERIC
            else:
                rank = RANK_ORG
                # An institution named away from the verb is the sentence's topic or
                # someone's affiliation ("... attached to the success of the Presidency
                # Council"), not who met: as for a state, only one next to a trigger acts.
                if spans is None:
                    spans = [view.to_display(index, t[1], t[2]) for t in triggers]
                if min(
                    words_between(text, (start, end), t) for t in spans
                ) > ORG_ACTOR_WINDOW and not _subject_across_clause(
                    text, end, spans, contexts.lexicons
                ):
                    continue
            actors.append(Actor(entity, country, rank, start, end, None))
        return actors + countries

    def borrowed(
        self,
        index: int,
        groups: list[tuple[list[Item], set[str], set[str]] | None],
        view: FoldedView,
        contexts: Contexts,
        missing: set[str],
        continues: Callable[[int], bool] | None = None,
    ) -> list[Actor]:
        """The principals of ``missing`` countries a continuing sentence ``index`` stands
        for, named in a neighbouring sentence (``continuation.py``; ``continues``: whether
        a sentence itself opens by referring back, ``borrowed_person``)."""
        items = [group[0] if group is not None else None for group in groups]

        def qualifies(j: int, start: int, end: int) -> bool:
            return view.around(j, start, end, contexts.possessor) and not view.around(
                j, start, end, contexts.head
            )

        delegation_words = frozenset(w for lx in contexts.lexicons for w in lx.delegation_words)

        def owns_delegation(j: int, start: int, end: int) -> bool:
            return names_delegation_owner(view.text, start, end, view.spans[j], delegation_words)

        out = []
        plural, group = self._plural_opening(index, view, contexts)
        for country in sorted(missing):
            found = borrowed_person(index, country, items, qualifies, continues, owns_delegation)
            if found is not None:
                start, end, entity, _ = found[1]
                if entity.type is EntityType.ORG:
                    # the institution whose delegation the sentence before named
                    out.append(Actor(entity, country, RANK_ORG, start, end, None))
                    continue
                others = items[found[0]]
                together = (
                    coordinated_people(view.text, others, found[1], plural)
                    if plural is not None and others
                    else []
                )
                if group and not together:
                    # "The delegation met W" after one person alone ("Erdogan sent a
                    # delegation to Tripoli"): he is not its members.
                    continue
                out.append(Actor(entity, country, RANK_PERSON, start, end, None))
                for s2, e2, other, _ in together:
                    out.append(Actor(other, country, RANK_PERSON, s2, e2, None))
        return out

    @staticmethod
    def _plural_opening(
        index: int, view: FoldedView, contexts: Contexts
    ) -> tuple[tuple[str, ...] | None, bool]:
        """The coordinator words of the lexicon whose plural opening ("They ...", or a
        group noun: "The delegation ...") sentence ``index`` starts with, else None
        (``Lexicon.refers_back_plural``, ``refers_back_group``); and whether it was a
        group noun, which stands for two or more persons only."""
        folded, start, end = view.window(index)
        head = folded[start : min(end, start + 40)].lstrip()
        for lx in contexts.lexicons:
            if not lx.coordinators:
                continue
            plural = lx.refers_back_plural
            if plural is not None and plural.match(head):
                return lx.coordinators, False
            group = lx.refers_back_group
            if group is not None and group.match(head):
                return lx.coordinators, True
            # the group as the object ("Dbeibah welcomed the delegation")
            met = lx.refers_back_group_object
            if met is not None and met.search(folded, start, end):
                return lx.coordinators, True
        return None, False

    def headed_institution(
        self,
        index: int,
        text: str,
        spans: list[tuple[int, int]],
        inside: list[Item],
        roles: list[RoleReferences],
    ) -> bool:
        """Whether sentence ``index`` names an institution of a watched country it names
        no person of, right after a head noun ("استقبل أردوغان رئيس المجلس الرئاسي"): a
        head by office alone for ``role_actors`` to resolve."""
        orgs = [
            (start, e.country)
            for start, _, e, _ in inside
            if e.type is EntityType.ORG and e.country in self._watched
        ]
        if not orgs:
            return False
        named = {e.country for _, _, e, _ in inside if e.type is EntityType.PERSON}
        first = spans[index][0]
        return any(
            country not in named and any(r.head_of(text, start, first) is not None for r in roles)
            for start, country in orgs
        )

    def role_actors(
        self,
        index: int,
        text: str,
        spans: list[tuple[int, int]],
        inside: list[Item],
        roles: list[RoleReferences],
        people: Callable[[], NamedPeople],
        owned: Sequence[OwnReference] = (),
        adjectives: bool = True,
    ) -> list[Actor]:
        """Actors named by role alone in sentence ``index`` ("the Turkish minister",
        and ``owned``: "Bakanımız"), resolved to the person of that country and role
        named last before them; the adjective's references only if ``adjectives``, the
        heads of institutions ("رئيس المجلس الرئاسي") always."""
        first, last = spans[index]
        out: list[Actor] = []
        for keyword, owner, ref_start, ref_end in owned:
            if owner in self._watched and not is_title(inside, owner, ref_end):
                person = people().last_before(owner, keyword, ref_start)
                if person is not None:
                    out.append(Actor(person, owner, RANK_PERSON, ref_start, ref_end, None))
        named = {e.country for _, _, e, _ in inside if e.type is EntityType.PERSON}
        for start, end, entity, actor in inside:
            country = entity.country
            if entity.type is EntityType.ORG and country in self._watched and country not in named:
                # "استقبل أردوغان رئيس المجلس الرئاسي" after "… المنفي" was named: the
                # institution's head by office alone is its holder named before.
                for lexicon_roles in roles:
                    head = lexicon_roles.head_of(text, start, first)
                    if head is None:
                        continue
                    person = people().last_before(country, institution_keyword(entity.name), head)
                    if person is not None:
                        out.append(Actor(person, country, RANK_PERSON, head, end, None))
                    break
                continue
            if (
                not adjectives
                or actor is not None
                or entity.type is not GPE
                or country not in self._watched
            ):
                continue
            assert country is not None
            for lexicon_roles in roles:
                found = lexicon_roles.find(text, start, end, first, last)
                if found is None:
                    continue
                keyword, ref_start, ref_end = found
                if is_title(inside, country, ref_end):
                    break
                named_people = people()
                person = named_people.last_before(
                    country, keyword, ref_start
                ) or named_people.first_after(country, keyword, ref_end)
                if person is not None:
                    out.append(Actor(person, country, RANK_PERSON, ref_start, ref_end, None))
                break
        return out

    @staticmethod
    def places(index: int, view: FoldedView, inside: list[Item], contexts: Contexts) -> list[Place]:
        places = []
        for start, end, entity, _ in inside:
            country = entity.country
            if (
                entity.type in PLACE_TYPES
                and country is not None
                and view.around(index, start, end, contexts.place)
            ):
                places.append(Place(entity, country, start, end))
        return places

    def country_entity_ids(self, states: list[Entity]) -> dict[str, str]:
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
        item: Item,
        text: str,
        view: FoldedView,
        contexts: Contexts,
        triggers: list[tuple[int, int]],
        country_ids: dict[str, str],
        visit: bool,
    ) -> Actor | None:
        # The item's actor country: a watched one, and the mention spelled as the state.
        start, end, entity, country = item
        assert country is not None
        if view.around(index, start, end, contexts.sender):
            # "a delegation from Ankara": a participant wherever it stands, as the
            # generic delegation "a Turkish delegation" would be.
            return sender_actor(country, start, end)
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
        return Actor(entity, country, RANK_COUNTRY, start, end, state)


def _generic_spans(entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """The mentions of generic national actors (وفد مصري, "an Egyptian delegation")."""
    return [
        (m.start, m.end)
        for entity in entities
        if entity.id.startswith(GENERIC_ID)
        for m in entity.mentions
    ]


def _outside(entity: Entity, generic: list[tuple[int, int]]) -> Entity:
    """``entity`` without its mentions inside a generic actor's: the adjective of
    "an Egyptian delegation" names Egypt, but the delegation is the actor, so it
    stands for no state and no country's reference by role here."""
    kept = tuple(
        m for m in entity.mentions if not any(a <= m.start and m.end <= b for a, b in generic)
    )
    if len(kept) == len(entity.mentions):
        return entity
    return entity.model_copy(update={"mentions": kept})
