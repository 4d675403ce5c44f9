"""A contact whose partner is a third country's person: who is named after that partner
is what the contact was about, not a party to it.

"أجرى فيدان اتصالا هاتفيا مع نظيره الروسي لافروف بحث خلاله ... بعد تصريحات حفتر",
"وخلال لقائه مع السفير الأمريكي نورلاند، أشاد الدبيبة بدور أردوغان", "Fidan held a call
with Lavrov on Libya after Haftar's remarks": the verb's partner (after "مع", "with";
before "ile") is of neither watched country, and the watched-country persons named after
that partner stand in what was said. They stay parties when joined to the partner ("مع
لافروف وحفتر", "with Lavrov and Libyan PM Dbeibah": "and" and at most three title words
between) or when a verb of their own stands right before them ("..., ثم التقى الدبيبة"; not
"بحث خلاله تطورات ... حفتر", what the call discussed).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from schemas.articles import EntityType
from wirewatch.core.contacts.actors import RANK_PERSON, Actor, Item
from wirewatch.core.contacts.folded_view import Contexts, FoldedView
from wirewatch.core.contacts.scope import words_between
from wirewatch.core.contacts.topics import _is_partner
from wirewatch.core.textfold import fold_char_string

#: What may stand between a partner and a person joined to it: a comma, "and" (glued
#: Arabic و, "and", "ve") and up to three title words ("ونظيره التركي").
#: A counterpart joined by "and" ("X ونظيره القطري") is a second principal, not X's partner.
_AND = ("و", "and ")
#: Read once: an enum member read from its class costs ~700 instructions (Python 3.11),
#: and this is read per watched person.
_GPE = EntityType.GPE
#: A verb this close before a person after the partner is that person's own.
OWN_VERB_WORDS = 3
_JOINED = re.compile(r"\s*[,،]?\s*(?:(?:و|ve\b|and\b)\S*(?:\s+\S+){0,3})?\s*", re.IGNORECASE)


def after_a_third_partner(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    triggers: list[tuple[int, int]],
) -> list[Actor]:
    """``actors`` of sentence ``index`` less the ``watched``-country actors named after
    a third country's person who is the verb's partner (``triggers``: display spans)."""
    partner = _first_third_partner(actors, index, view, contexts, watched)
    if partner is None:
        return actors

    def topic(actor: Actor) -> bool:
        if actor.country not in watched or actor.start < partner.end:
            return False
        if _JOINED.fullmatch(view.text, partner.end, actor.start) is not None:
            return False
        return not any(
            partner.end <= t
            and e <= actor.start
            and words_between(view.text, (t, e), (actor.start, actor.end)) <= OWN_VERB_WORDS
            for t, e in triggers
        )

    return [a for a in actors if not topic(a)]


#: Kinds whose verb takes the other side as its object, right before it in a verb-last
#: language: "Putin ile görüştükten sonra Serrac'ı kabul etti", "..., Dibeybe'yi ağırladı".
#: A talks or call verb takes its party with "ile" (a partner cue): a person right before
#: it in the accusative or genitive is what was talked about ("Hafter'i konuştuklarını",
#: "Hafter'in durumunu ele aldı").
OBJECT_KINDS = frozenset({"reception", "visit"})


def after_a_third_partner_verb_last(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    triggers: list[tuple[int, int, str]],
) -> list[Actor]:
    """``after_a_third_partner`` where the verb comes last (Turkish): ``actors`` of
    sentence ``index`` less the ``watched``-country actors named after a third country's
    partner and that partner's own contact verb ("Erdoğan, Putin ile görüşmesinde
    Hafter'in durumunu ele aldı"), unless they are a partner themselves ("Hafter ile") or
    the object of a reception or visit verb right after them (``triggers``: display spans
    with their kinds)."""
    partner = _first_third_partner(actors, index, view, contexts, watched)
    if partner is None:
        return actors

    def topic(actor: Actor) -> bool:
        if actor.country not in watched or actor.start < partner.end:
            return False
        if not any(partner.end <= t and e <= actor.start for t, e, _ in triggers):
            return False  # the partner's verb does not stand between: nothing to go by
        if _is_partner(actor, actors, index, view, contexts):
            return False
        return not any(
            actor.end <= t
            and kind in OBJECT_KINDS
            and words_between(view.text, (actor.start, actor.end), (t, e)) <= OWN_VERB_WORDS
            for t, e, kind in triggers
        )

    return [a for a in actors if not topic(a)]


def with_a_third_counterpart(
    actors: list[Actor],
    text: str,
    inside: list[Item],
    counterparts: list[re.Pattern[str]],
    watched: Collection[str],
) -> list[Actor]:
    """``actors`` less the watched-country persons followed right away by a "counterpart"
    word (``counterparts``: a lexicon's patterns, on folded text) and a third country's
    adjective: "لقاء الدبيبة بنظيره الإيطالي" is Dbeibah's meeting with Italy, whoever
    else the sentence names (``inside``: the sentence's mentions, in order)."""
    if not counterparts:
        return actors

    def met_a_third(actor: Actor) -> bool:
        if actor.rank != RANK_PERSON or actor.country not in watched:
            return False
        after = next((item for item in inside if item[0] >= actor.end), None)
        if after is None or after[2].type is not _GPE:
            return False
        code = after[2].id.partition(":")[2] if after[2].id.startswith("gpe:") else ""
        if not code or code in watched:
            return False
        between = fold_char_string(text[actor.end : after[0]]).strip()
        if between.startswith(_AND):
            return False  # "آكار ونظيره القطري": coordinated, both met the other side
        return any(p.fullmatch(between) is not None for p in counterparts)

    return [a for a in actors if not met_a_third(a)]


def _first_third_partner(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
) -> Actor | None:
    """The first person of a third country who is the contact verb's partner."""
    partners = [
        a
        for a in actors
        if a.rank == RANK_PERSON
        and a.country not in watched
        and _is_partner(a, actors, index, view, contexts)
    ]
    return min(partners, key=lambda a: a.start) if partners else None
