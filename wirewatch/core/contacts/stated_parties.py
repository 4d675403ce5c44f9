"""A contact noun that names its own parties: "the talks between A and B".

"Fidan said the talks between Dbeibah and Haftar were positive", "The meeting between
Dbeibah and Haftar was a step forward, Erdogan said", "Erdogan said Haftar fled Moscow
after talks between him and Sarraj failed": the phrase after the contact noun states
who met; whoever else the sentence names (who comments, reports or attended) took no
part. Before, a commenter of one country paired with each party of the other (the
lexicon's ``others_meeting`` listed comment verbs one by one: "welcomed the talks
between", "praised the meeting between", ...); now any sentence whose every trigger is
followed by such a phrase keeps only the parties the phrase names, whatever the verb.

A pronoun as the first party ("between him and Sarraj") is the person named last
before the trigger; a party the phrase names by anything but a name (a delegation, "the
two sides") leaves the sentence as it was. Lexicon ``stated_parties``: the words that
open the phrase and join its two parties (English: between ... and).
"""

from __future__ import annotations

from collections.abc import Sequence

from wirewatch.core.contacts.actors import RANK_ORG, Actor
from wirewatch.core.textfold import lower

#: At most this many words (a title: "Libyan Prime Minister") between the opening word
#: and the first party, and between the joiner and the second.
TITLE_WORDS = 5
#: Pronouns that may stand for the first party.
_PRONOUNS = frozenset(("him", "her"))


def stated_parties(
    text: str,
    actors: list[Actor],
    triggers: Sequence[tuple[int, int]],
    openers: Sequence[str],
    joiners: Sequence[str],
) -> list[Actor]:
    """``actors`` reduced to the two parties each trigger's phrase states (``triggers``:
    display spans), when every trigger is followed by one: ``opener`` party ``joiner``
    party. Unchanged otherwise."""
    if not openers or not triggers or not actors:
        return actors
    named = sorted((a for a in actors if a.rank <= RANK_ORG), key=lambda a: a.start)
    kept: set[int] = set()
    for start, end in triggers:
        parties = _phrase_parties(text, named, start, end, openers, joiners)
        if parties is None:
            return actors
        kept.update(id(a) for a in parties)
    return [a for a in actors if id(a) in kept]


def _phrase_parties(
    text: str,
    named: list[Actor],
    start: int,
    end: int,
    openers: Sequence[str],
    joiners: Sequence[str],
) -> list[Actor] | None:
    """The parties the phrase after the trigger ``text[start:end]`` names, or None. The
    opening word may close the trigger itself (a lexicon entry "talks between")."""
    own = text[start:end].split()
    if own and lower(own[-1]) in openers:
        at = end
    else:
        words = text[end : end + 24].split(None, 1)
        if not words or lower(words[0]) not in openers:
            return None
        at = end + text[end:].find(words[0]) + len(words[0])
    after = [a for a in named if a.start >= at]
    rest = text[at : at + 12].split(None, 1)
    first: Actor | None
    if rest and lower(rest[0].strip(",")) in _PRONOUNS:
        before = [a for a in named if a.end <= start]
        first = before[-1] if before else None
        if first is None:
            return None
        cursor = at + text[at:].find(rest[0]) + len(rest[0])
    else:
        if not after or not _title_only(text[at : after[0].start]):
            return None
        first = after[0]
        cursor = first.end
        after = after[1:]
    if not after:
        return None
    second = after[0]
    between = text[cursor : second.start].split()
    if not between or lower(between[0].strip(",")) not in joiners:
        return None
    if not _title_only(" ".join(between[1:])):
        return None
    return [first, second]


def _title_only(span: str) -> bool:
    """Whether ``span`` is at most ``TITLE_WORDS`` words and breaks no clause."""
    return len(span.split()) <= TITLE_WORDS and not any(c in span for c in ",;.")
