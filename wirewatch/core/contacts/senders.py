"""A delegation named by the country that sent it ("a high-level delegation from Ankara",
"a delegation sent by Turkey").

English copy often names a delegation by where it came from rather than by a
nationality adjective ("Turkish delegation"). After "from" the state or capital would be
a mere mention ("arrived from Turkey"), so the sentence had one side only and the
members the next sentence names ("The delegation included Hakan Fidan") never met
anyone. After a sender cue of the lexicon (``before_sender``) the mention stands for that
country's generic delegation, as "Turkish delegation" would: ``delegations.py`` then
turns it into its members, or it stays the generic actor when none is named.
"""

from __future__ import annotations

from functools import cache

from schemas import Entity, EntityType
from wirewatch.core.contacts.actors import RANK_GENERIC, Actor

_GENERIC = "org:generic:"  # the entity detector's generic national actors


@cache
def _delegation(country: str) -> Entity:
    """The generic delegation of ``country``, as the entity detector names one."""
    return Entity(
        id=f"{_GENERIC}{country}:delegation",
        type=EntityType.ORG,
        name=f"{country} delegation",
        country=country,
        found_by="nationality",
    )


def sender_actor(country: str, start: int, end: int) -> Actor:
    """The delegation ``country`` sent, as an actor at the state's mention ``start:end``."""
    return Actor(_delegation(country), country, RANK_GENERIC, start, end, None)
