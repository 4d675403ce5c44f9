"""Which delegation a bare "the delegation" is.

Reports name a delegation's country in one sentence and meet it, unqualified, in
another: "Saddam Haftar welcomed the delegation ... The Turkish delegation was headed
by Ambassador Begec", "Dibeybe heyeti kabul etti ... Türk heyetinde ... yer aldı". The
sentence of the meeting then names one side only, and no contact is found.

A bare delegation cue of the lexicon (``bare_delegation``: "the delegation",
"heyetle") in a sentence whose actors are all of one country stands for the generic
delegation (``org:generic:<CC>:delegation``) of the one other watched country whose
delegation the article names elsewhere, by nationality ("the Turkish delegation") or by
its members ("The delegation included Foreign Minister Hakan Fidan"). ``delegations.py``
then turns that delegation into its members. Nothing is resolved when the article names delegations of two
countries besides the sentence's own (which one would be a guess), nor when the
sentence's own country has a delegation in the article (the bare word may be its own,
"Dbeibah and the delegation accompanying him").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from schemas import Entity, EntityType
from wirewatch.core.contacts.actors import RANK_GENERIC, Actor
from wirewatch.core.contacts.delegations import delegation_country
from wirewatch.core.contacts.folded_view import FoldedView
from wirewatch.core.contacts.lexicon import Lexicon, cue_words

_GENERIC = "org:generic:"  # the entity detector's generic national actors


def article_delegations(
    entities: Iterable[Entity], members: Mapping[str, Sequence[Entity]]
) -> dict[str, Entity]:
    """The generic delegation entity of each country the article names one of, by
    nationality or by listing its ``members`` (``delegations.delegation_members``)."""
    found: dict[str, Entity] = {}
    for entity in entities:
        country = delegation_country(entity.id)
        if country is not None:
            found.setdefault(country, entity)
    for country in members:
        if country not in found:
            found[country] = Entity(
                id=f"{_GENERIC}{country}:delegation",
                type=EntityType.ORG,
                name=f"{country} delegation",
                country=country,
                found_by="nationality",
            )
    return found


def bare_delegation_actors(
    index: int,
    view: FoldedView,
    patterns: Sequence[re.Pattern[str]],
    article: Callable[[], dict[str, Entity]],
    present: Iterable[str],
    named: Iterable[str | None],
    watched: Iterable[str],
    words: Sequence[str] | None = None,
) -> list[Actor]:
    """The delegation a bare cue of sentence ``index`` stands for, as an actor at the
    cue's place; none when the cue is missing or the delegation is not one country's.
    ``article()`` gives the article's delegations (built on the first need); ``named``
    are the countries of every entity of the sentence: one of a third country may own
    the delegation ("met a delegation of Italian businessmen"). ``words``: a word of
    each cue of ``patterns``, if known (``bare_cue_words``)."""
    present = set(present)
    if not patterns or len(present) != 1:
        return []
    string, start, end = view.window(index)
    if words is not None:
        # Most sentences hold no word of a cue: ``in`` says so in C, where the search
        # tried the patterns at every position (~10 us a sentence).
        sentence = string[start:end]
        if not any(word in sentence for word in words):
            return []
    match = next((m for p in patterns if (m := p.search(string, start, end)) is not None), None)
    if match is None:
        return []
    delegations = article()
    if present & delegations.keys():
        return []
    others = [c for c in delegations if c not in present]
    if len(others) != 1 or others[0] not in set(watched):
        return []
    country = others[0]
    if any(c is not None and c not in present and c != country for c in named):
        return []
    shown_start, shown_end = view.to_display(index, match.start(), match.end())
    return [Actor(delegations[country], country, RANK_GENERIC, shown_start, shown_end, None)]


def bare_cue_words(lexicons: Iterable[Lexicon]) -> list[str] | None:
    """A word of every ``bare_delegation`` cue of ``lexicons`` (``lexicon.cue_words``)."""
    return cue_words(lexicons, "bare_delegation")
