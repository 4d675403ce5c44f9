"""A person the KB does not know takes the country of the list he is named in.

Arabic copy lists the officials who received or attended in one run of titled names,
each after a comma and the coordinator و: "وكان في استقبال أكار، نائب وزير الدفاع
الليبي صلاح الدين النمروش، ورئيس الأركان الفريق ركن محمد الشريف، وقائد القوات البحرية
عبد الحكيم أبوحولية". A member the KB lacks is found by his name's shape alone and so
has no country (``person:shape:...``), and a person of no country is no actor: the
contact with him was lost (dev ar-29804, ar-29018). Such a member is of the country of
the person listed right before him, when:

* what stands between them opens with a comma and a word that begins with a
  coordinator (``list_mates.commas``, ``list_mates.coordinators``: "، ورئيس الأركان"):
  a list item, not the second subject of a verb of two ("التقى أردوغان والمنفي", with
  no comma, names the two sides);
* it holds no sentence or clause stop and at most ``max_words`` words (a title);
* no place or nationality of another country is named in it ("، ونظيره المصري ...");
* the person listed right after him, in the same way, is of no other country (a list
  of two sides' officials names no side for the one between).

A KB person keeps his own country; a delegation member's country is ``delegations.py``'s.
Only entities of no country are read, so an article without one costs a type check per
entity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from schemas import Entity, EntityType

_PERSON = EntityType.PERSON
_PLACES = (EntityType.GPE, EntityType.LOC)
#: Characters that end a list: a sentence or clause stop, a line break.
_STOPS = frozenset(".!?؟:;؛\n")
#: Characters a name's mention may be wrapped in ("“سدان آزاك”").
_WRAPPERS = " \t\"'“”«»‘’"


@dataclass(frozen=True, slots=True)
class ListMates:
    """A language's list punctuation: ``commas`` between items, the ``coordinators``
    glued to an item's first word, ``max_words`` between two names at most."""

    commas: tuple[str, ...]
    coordinators: tuple[str, ...]
    max_words: int = 10


def with_list_countries(
    text: str, entities: Sequence[Entity], rules: ListMates
) -> Sequence[Entity]:
    """``entities``, each person of no country that a list makes a countryman of the
    person before him with that country (see the module's docstring)."""
    if all(e.country is not None or e.type is not _PERSON for e in entities):
        return entities
    # every mention of a person, and of a place with a country, in text order
    persons: list[tuple[int, int, Entity]] = []
    places: list[tuple[int, str]] = []
    for entity in entities:
        if entity.type is _PERSON:
            persons.extend((m.start, m.end, entity) for m in entity.mentions)
        elif entity.type in _PLACES and entity.country is not None:
            places.extend((m.start, entity.country) for m in entity.mentions)
    persons.sort(key=lambda p: p[0])
    given: dict[str, str | None] = {}  # entity id -> country taken (None: conflicting)
    for i, (start, end, entity) in enumerate(persons):
        if entity.country is not None or i == 0:
            continue
        before = persons[i - 1]
        country = before[2].country or given.get(before[2].id)
        if country is None or not _listed(text, before[1], start, country, places, rules):
            continue
        if i + 1 < len(persons):
            after = persons[i + 1]
            other = after[2].country
            if (
                other is not None
                and other != country
                and _listed(text, end, after[0], other, places, rules)
            ):
                continue  # between two sides' officials
        if entity.id in given and given[entity.id] != country:
            given[entity.id] = None
        else:
            given[entity.id] = country
    if not any(given.values()):
        return entities
    return [
        e.model_copy(update={"country": given[e.id]}) if given.get(e.id) else e for e in entities
    ]


def _listed(
    text: str,
    end: int,
    start: int,
    country: str,
    places: list[tuple[int, str]],
    rules: ListMates,
) -> bool:
    """Whether ``text[end:start]``, between two persons' mentions, is a list's joint
    that names no place of a country other than ``country``."""
    gap = text[end:start]
    if any(c in _STOPS for c in gap):
        return False
    opening = gap.lstrip(_WRAPPERS)
    comma = next((c for c in rules.commas if opening.startswith(c)), None)
    if comma is None:
        return False
    words = opening[len(comma) :].split()
    if not words or len(words) > rules.max_words:
        return False
    first = words[0]
    if not any(first.startswith(c) and len(first) > len(c) for c in rules.coordinators):
        return False
    return all(c == country for at, c in places if end <= at < start)
