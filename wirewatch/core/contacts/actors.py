"""The actors of a sentence and the ``Participant`` objects they become.

A mention of a person, an organisation, a generic national actor or a state that
may take part in a contact; ranked per country (``RANK_*``) so that a named person
beats the generic actor or the state of the same country.
"""

from __future__ import annotations

from typing import NamedTuple

from schemas import Participant
from schemas.articles import Entity, EntityType

RANK_PERSON, RANK_ORG, RANK_GENERIC, RANK_COUNTRY = range(4)
GENERIC_ID = "org:generic:"  # the entity detector's generic national actors
GPE, PERSON = EntityType.GPE, EntityType.PERSON  # an enum member read costs a lookup
PLACE_TYPES = (EntityType.GPE, EntityType.LOC)
#: Bound on the cache of ``Participant`` objects (see ``shared``).
_PARTICIPANT_CACHE = 16384


class Actor:
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
        """Its ``Participant``, from ``made`` if built before (see ``shared``)."""
        if self.state is None:
            return shared(self.entity, self.country, made)
        key = ("state", *self.state, self.country)
        found = made.get(key)
        if found is None:
            found = Participant(
                id=self.state[0], name=self.state[1], type=GPE, country=self.country
            )
            remember(made, key, found)
        return found


class Place(NamedTuple):
    entity: Entity
    country: str
    start: int
    end: int


#: A mention of an entity with a country: ``(start, end, entity, actor)``, ``actor`` the
#: country the mention can be an actor of, judged without its context: the entity's,
#: for a place only a watched state spelled as its name or capital. A plain tuple:
#: one is built per mention of every article.
Item = tuple[int, int, Entity, str | None]
#: An entity whose mentions can matter: ``(entity, country, spellings)``, ``country``
#: the one its mentions can be actors of (None: a place of another state), and for
#: a watched state's place the cache of which mention texts spell the state.
Source = tuple[Entity, str | None, dict[str, bool] | None]


def make_participant(entity: Entity, country: str) -> Participant:
    return Participant(
        id=entity.id, name=entity.name, type=entity.type, country=country, role=entity.role
    )


def shared(
    entity: Entity, country: str, made: dict[tuple[object, ...], Participant]
) -> Participant:
    """``make_participant(entity, country)``, built once: ``made`` holds those built, by the
    values they are built from (a ``Participant`` is frozen, so events may share one,
    and the same few actors recur in article after article)."""
    key = ("entity", entity.id, entity.name, entity.type, country, entity.role)
    found = made.get(key)
    if found is None:
        found = make_participant(entity, country)
        remember(made, key, found)
    return found


def remember(
    made: dict[tuple[object, ...], Participant], key: tuple[object, ...], value: Participant
) -> None:
    if len(made) >= _PARTICIPANT_CACHE:
        made.clear()  # a bound, not a policy: what recurs is soon built again
    made[key] = value


def is_named(participant: Participant) -> bool:
    """A person or organisation of its own, not a state or a generic national actor."""
    return participant.type is not GPE and not participant.id.startswith(GENERIC_ID)


def best_of(actors: list[Actor], country: str) -> list[Actor]:
    """The actors of ``country`` of the best rank present, one per entity, in order."""
    mine = [a for a in actors if a.country == country]
    if len(mine) < 2:
        return mine
    top = min(a.rank for a in mine)
    best = [a for a in mine if a.rank == top]
    if len(best) == 1:
        return best
    best.sort(key=lambda a: a.start)  # stable: as sorting them all, then filtering
    chosen: dict[str, Actor] = {}
    for actor in best:
        chosen.setdefault(actor.id, actor)
    return list(chosen.values())
