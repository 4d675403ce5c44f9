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

A member the KB does not know (found by a name-shape pass, so of no country: "الوفد
الذي يمثله ... السيد محمد كولان") takes the delegation's country: that of the one
country whose generic delegation the cued sentence names, else, when the sentence names
none ("الوفد الذي ..."), of the one country whose delegation the article names. Two
countries' delegations leave him out (which one would be a guess). So that a host named
in the same sentence ("استقبل محمد السقوطري الوفد التركي الذي يرأسه ...") is not taken
for a member, such a person must stand after the cue's start, where member lists stand;
in a language whose dependents come first (``counterpart_before``: "Mehmet Kolan
başkanlığındaki heyet") right before the cue, too. A KB person keeps his own country.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from schemas import Entity, EntityType
from wirewatch.core.contacts.lexicon import Lexicon, cue_words
from wirewatch.core.textfold import fold_char_string

_DELEGATION_SUFFIX = ":delegation"
_GENERIC_PREFIX = "org:generic:"
#: Read once: an enum member read from its class costs ~700 instructions (Python 3.11).
_PERSON = EntityType.PERSON


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
    windows: Callable[[int], tuple[str, int, int]] | None = None,
    qualifies: Callable[[int, int, int], bool] | None = None,
) -> dict[str, list[Entity]]:
    """By country, the persons named in a sentence with a membership cue, in order of
    their first mention there; a person of no country with the delegation's country
    (see the module's docstring). ``windows``: sentence ``i`` of ``spans`` folded, as
    ``FoldedView.window`` gives it, if known: read for the cue words before the
    sentence is folded on its own. ``qualifies(i, start, end)``: whether the mention at
    ``start:end`` of sentence ``i`` only qualifies another noun (a possessor cue: "a
    message from Erdogan"): such a mention makes no member."""
    cues = [
        (lx.delegation_members, lx.counterpart_before)
        for lx in lexicons
        if lx.delegation_members is not None
    ]
    if not cues:
        return {}
    words = member_cue_words(lexicons)
    entities = list(entities)
    persons = [e for e in entities if e.type is _PERSON]
    # Only a sentence where a person's mention starts can list a member: the others are
    # not folded nor searched (three quarters of the sentences of bench_contacts' articles).
    starts = sorted(m.start for entity in persons for m in entity.mentions)
    cued: list[tuple[int, int, list[tuple[int, bool]]]] = []  # with cue starts (folded)
    cued_index: list[int] = []  # the sentence index of each of ``cued``
    for i, (start, end) in enumerate(spans):
        if not _any_in(starts, start, end):
            continue
        if words is not None and windows is not None:
            # The article's fold holds the words the sentence's own does, at the same
            # places (the fold maps a character by itself but for Greek final sigma
            # and look-alike letters, neither of which makes a cue word appear): no
            # word there, no cue, and the sentence need not be folded again (27 M of
            # 36 M instructions here over 200 stage 1 bench articles, compiled)
            string, first, last = windows(i)
            if not any(string.find(word, first, last) != -1 for word in words):
                continue
        folded = fold_char_string(text[start:end])
        if words is not None and not any(word in folded for word in words):
            # No word of a cue, so no cue: ``in`` says so in C, where the patterns were
            # tried at every position (bench_contacts: 4.35 -> 4.20 M instructions an article).
            continue
        matches = [(m.start(), before) for p, before in cues for m in p.finditer(folded)]
        if matches:
            cued.append((start, end, matches))
            cued_index.append(i)
    if not cued:
        return {}
    delegations = _delegation_mentions(entities)
    found: list[tuple[int, Entity]] = []
    for entity in persons:
        if entity.country is not None:
            inside = [
                m.start
                for m in entity.mentions
                if any(
                    s <= m.start < e
                    and (qualifies is None or not qualifies(cued_index[j], m.start, m.end))
                    for j, (s, e, _) in enumerate(cued)
                )
            ]
            if inside:
                found.append((min(inside), entity))
            continue
        for mention in entity.mentions:
            country = _unknown_member_country(text, mention.start, mention.end, cued, delegations)
            if country is not None:
                found.append((mention.start, entity.model_copy(update={"country": country})))
                break
    members: dict[str, list[Entity]] = {}
    for _, entity in sorted(found, key=lambda pair: pair[0]):
        assert entity.country is not None
        members.setdefault(entity.country, []).append(entity)
    return members


#: How many words may stand between a member named before his cue and the cue, in a
#: language whose dependents come first ("Mehmet Kolan başkanlığındaki heyet").
_BEFORE_CUE_WORDS = 1


def _delegation_mentions(entities: Iterable[Entity]) -> list[tuple[int, str]]:
    """Where the article names a country's generic delegation, and which country."""
    found: list[tuple[int, str]] = []
    for entity in entities:
        country = delegation_country(entity.id)
        if country is not None:
            found.extend((m.start, country) for m in entity.mentions)
    return found


def _unknown_member_country(
    text: str,
    start: int,
    end: int,
    cued: Sequence[tuple[int, int, Sequence[tuple[int, bool]]]],
    delegations: Sequence[tuple[int, str]],
) -> str | None:
    """The delegation country a person of no country named at ``[start, end)`` is a
    member of, or None when the mention is not where a cued sentence lists members."""
    for s, e, matches in cued:
        if not s <= start < e:
            continue
        # Offsets in the folded sentence: folding may drop characters (diacritics).
        at = len(fold_char_string(text[s:start]))
        upto = len(fold_char_string(text[s:end]))
        placed = any(
            cue <= at
            or (
                before
                and upto <= cue
                and len(fold_char_string(text[s:e])[upto:cue].split()) <= _BEFORE_CUE_WORDS
            )
            for cue, before in matches
        )
        if not placed:
            return None
        own = {c for p, c in delegations if s <= p < e}
        countries = own or {c for _, c in delegations}
        return next(iter(countries)) if len(countries) == 1 else None
    return None


def _any_in(positions: list[int], start: int, end: int) -> bool:
    """Whether one of ``positions`` (ascending) lies in ``[start, end)``."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


def member_cue_words(lexicons: Sequence[Lexicon]) -> list[str] | None:
    """A word of every ``delegation_members`` cue of ``lexicons`` (``lexicon.cue_words``)."""
    return cue_words(lexicons, "delegation_members")
