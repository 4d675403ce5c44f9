"""Whose thing two parties discussed, as against who discussed it (issue #12, session 18).

"Fidan met Dbeibah to discuss Haftar's proposal", "بحث أردوغان مع المنفي زيارة صدام
حفتر", "Erdoğan, Menfi ile Hafter'in önerisini görüştü": the third person is the
possessor of what a discussion verb took as its object, no party to the contact. Before,
the normal trigger path paired him with the other side (session 17 excluded Turkish
genitives only in the fallback). One rule, with each language's mark of possession
(lexicon ``discussed_possessors``, ``style``):

* ``possessive`` (English): the person is followed by "'s" or stands right after "of",
  "by", "from", after a discussion word ("discuss", "about");
* ``construct`` (Arabic, verb first): the person stands after a discussion verb and
  after another word that is neither a partner word ("مع") nor a joining "و", counted from
  the verb or from the actor before him: the second term of a construct ("مبادرة حفتر");
  the first actor right after a verb that no person precedes is its subject;
* ``genitive`` (Turkish, verb last): the person carries a genitive ending ("Hafter'in")
  and a discussion verb follows.

Guards, in every style: a trigger between the mark and the person (or, in Turkish,
between the person and the verb), or a partner among the actors there, makes him a
party of a contact of his own ("discussed Erdogan's talks with Dbeibah"); a trigger
right after a possessive ("Haftar's visit") too; and the contact must keep its two
sides without him (persons of two countries, or a partner): else nothing is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from wirewatch.core.contacts.actors import RANK_PERSON, Actor
from wirewatch.core.contacts.folded_view import Contexts, FoldedView
from wirewatch.core.contacts.topics import drop_if_two_sides_remain, is_partner
from wirewatch.core.textfold import fold_char_string

#: A trigger starting within this many characters after a possessive mark names the
#: possessor's own contact ("Haftar's visit", "Haftar's recent talks"): he stays.
_OWN_NOUN_CHARS = 16
_WORD = re.compile(r"[^\s,،.;:!?()\"«»“”]+")


def without_discussed_possessors(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    verbs: Sequence[tuple[int, int]],
    triggers: Sequence[tuple[int, int]],
    style: str,
    marks: Sequence[str],
    partners: Sequence[str],
) -> list[Actor]:
    """``actors`` of sentence ``index`` less the watched-country persons who are only
    the possessor of what a discussion verb took as its object. ``verbs``, ``triggers``:
    display spans; ``marks``: the possessive endings ("'s", "'in") or, for ``possessive``,
    also the words before a possessor ("of"); ``partners``: folded partner words ("مع")."""
    text = view.text
    dropped: list[Actor] = []
    kept_before: dict[int, bool] = {}  # actor start -> kept (for what is joined to it)
    for position, actor in enumerate(actors):
        topic = False
        if actor.rank == RANK_PERSON and actor.country in watched:
            if style == "genitive":
                topic = _genitive_topic(
                    actor, actors, index, view, contexts, verbs, triggers, marks
                )
            elif style == "possessive":
                topic = _possessive_topic(actor, text, verbs, triggers, marks)
            elif style == "construct":
                topic = _construct_topic(
                    actor,
                    position,
                    actors,
                    index,
                    view,
                    contexts,
                    verbs,
                    triggers,
                    partners,
                    kept_before,
                )
        kept_before[actor.start] = not topic
        if topic:
            dropped.append(actor)
    if not dropped:
        return actors
    return drop_if_two_sides_remain(actors, dropped, index, view, contexts)


def _trigger_between(triggers: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= t and e <= end for t, e in triggers)


def _possessive_topic(
    actor: Actor,
    text: str,
    verbs: Sequence[tuple[int, int]],
    triggers: Sequence[tuple[int, int]],
    marks: Sequence[str],
) -> bool:
    verb_end = max((e for _, e in verbs if e <= actor.start), default=-1)
    if verb_end < 0 or _trigger_between(triggers, verb_end, actor.start):
        return False
    after = fold_char_string(text[actor.end : actor.end + 3])
    if any(m[:1] == "'" and after.startswith(m) for m in marks) and not after[2:3].isalpha():
        # "Haftar's visit": the possessor's own contact noun
        return not any(actor.end < t <= actor.end + _OWN_NOUN_CHARS for t, _ in triggers)
    word = _WORD.findall(text[verb_end : actor.start])
    return bool(word) and fold_char_string(word[-1]) in marks


def _construct_topic(
    actor: Actor,
    position: int,
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    verbs: Sequence[tuple[int, int]],
    triggers: Sequence[tuple[int, int]],
    partners: Sequence[str],
    kept_before: dict[int, bool],
) -> bool:
    verb = max(((s, e) for s, e in verbs if e <= actor.start), default=None)
    if verb is None:
        return False
    previous = actors[position - 1] if position > 0 else None
    text = view.text
    if previous is not None and previous.end > verb[1]:
        anchor = previous.end
    else:
        anchor, previous = verb[1], None
    if _trigger_between(triggers, anchor, actor.start):
        return False
    words = _WORD.findall(text[anchor : actor.start])
    if previous is None:
        # the first actor after the verb: its subject when no person stands before the
        # verb in the sentence ("بحث فيدان مع ..."), else what it discussed
        first = view.spans[index][0]
        if not any(a.rank == RANK_PERSON and first <= a.start and a.end <= verb[0] for a in actors):
            return False
    elif not words or fold_char_string(words[0]).startswith("و"):
        # a list or "و": what it is joined to decides ("مع بوتين والسراج")
        return not kept_before.get(previous.start, True)
    if not words:
        return False
    # the verb's partner ("مع رئيس الحكومة الدبيبة") is a party; any other word first is
    # the noun he qualifies
    partner = fold_char_string(words[0]) in partners
    return not (partner or is_partner(actor, actors, index, view, contexts))


def _genitive_topic(
    actor: Actor,
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    verbs: Sequence[tuple[int, int]],
    triggers: Sequence[tuple[int, int]],
    marks: Sequence[str],
) -> bool:
    text = view.text
    after = fold_char_string(text[actor.end : actor.end + 5])
    if not any(after.startswith(m) for m in marks):
        return False
    verb = min(((s, e) for s, e in verbs if s >= actor.end), default=None)
    if verb is None:
        return False
    # a contact noun or a partner between: the possessor's own contact ("Erdoğan'ın
    # Dibeybe ile görüşmesini değerlendirdi"); a trigger that holds the verb is the verb's
    if any(actor.end <= t and e <= verb[0] for t, e in triggers):
        return False
    return not any(
        actor.end <= a.start
        and a.end <= verb[0]
        and a.rank == RANK_PERSON
        and is_partner(a, actors, index, view, contexts)
        for a in actors
    )
