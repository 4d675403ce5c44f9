"""Who a generic delegation was: the persons an article lists as its members.

Reports often name a delegation's members in one sentence ("الوفد يضم وزير الخارجية ...",
"Libya'ya giden heyette ... da yer aldı", "The delegation led by Cavusoglu ...") and
its meeting in another ("السراج التقى الوفد التركي"). The contact is between the
members and whom the delegation met, so an event with the generic delegation
(``org:generic:<CC>:delegation``) stands for one event per member of that country.

Members are the persons of the delegation's country named in a sentence that holds a
membership cue of the lexicon (``delegation_members``). An article that lists the
members of two delegations of one country would mix them; such articles are rare and
the cue list keeps to words that introduce members.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from schemas import Entity, EntityType
from wirewatch.core.contacts.lexicon import Lexicon
from wirewatch.core.textfold import fold_char_string

_DELEGATION_SUFFIX = ":delegation"
_GENERIC_PREFIX = "org:generic:"


def delegation_country(participant_id: str) -> str | None:
    """The country of a generic delegation's id, else None."""
    if participant_id.startswith(_GENERIC_PREFIX) and participant_id.endswith(_DELEGATION_SUFFIX):
        return participant_id[len(_GENERIC_PREFIX) : -len(_DELEGATION_SUFFIX)] or None
    return None


def delegation_members(
    lexicons: Sequence[Lexicon],
    text: str,
    spans: Sequence[tuple[int, int]],
    entities: Iterable[Entity],
) -> dict[str, list[Entity]]:
    """By country, the persons named in a sentence with a membership cue, in order of
    their first mention there."""
    patterns = [lx.delegation_members for lx in lexicons if lx.delegation_members is not None]
    if not patterns:
        return {}
    persons = [e for e in entities if e.type is EntityType.PERSON and e.country is not None]
    # Only a sentence where a person's mention starts can list a member: the others are
    # not folded nor searched (three quarters of the sentences of bench_contacts' articles).
    starts = sorted(m.start for entity in persons for m in entity.mentions)
    cued = [
        (start, end)
        for start, end in spans
        if _any_in(starts, start, end)
        and any(p.search(fold_char_string(text[start:end])) for p in patterns)
    ]
    if not cued:
        return {}
    found: list[tuple[int, Entity]] = []
    for entity in persons:
        inside = [m.start for m in entity.mentions if any(s <= m.start < e for s, e in cued)]
        if inside:
            found.append((min(inside), entity))
    members: dict[str, list[Entity]] = {}
    for _, entity in sorted(found, key=lambda pair: pair[0]):
        assert entity.country is not None
        members.setdefault(entity.country, []).append(entity)
    return members


def _any_in(positions: list[int], start: int, end: int) -> bool:
    """Whether one of ``positions`` (ascending) lies in ``[start, end)``."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end
