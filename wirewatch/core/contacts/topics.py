"""Who a contact is about, as against who took part in it.

"Erdoğan, Hafter'in Moskova'dan ayrılmasının ardından Putin ile telefonda görüştü",
"Erdogan spoke with Putin after Haftar left Moscow", "بحث أردوغان مع بوتين بشأن حفتر":
the Libyan stands in a phrase the contact followed or spoke of (lexicon ``before_topic``
/ ``after_topic``), and the verb's partner (after "with", "met", مع; before "ile") is
someone else (or persons of two countries are named outside the phrase). Such a mention
is the contact's topic, not a party to it. A mention that is itself a partner ("with
Putin and Haftar") stays, and without another party named the topic cues decide
nothing: "Erdoğan, Serrac'ın gelişinin ardından onunla görüştü" is their meeting.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from wirewatch.core.contacts.actors import RANK_COUNTRY, RANK_PERSON, Actor
from wirewatch.core.contacts.folded_view import Contexts, FoldedView


def without_topics(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
) -> list[Actor]:
    """``actors`` of sentence ``index`` less the mentions of a ``watched`` country that
    stand in a topic phrase, when another person is named as the verb's partner."""
    topics = [
        a
        for a in actors
        if a.country in watched
        and a.rank != RANK_COUNTRY
        and view.around(index, a.start, a.end, contexts.topic)
    ]
    if not topics:
        return actors
    topics = [a for a in topics if not _is_partner(a, actors, index, view, contexts)]
    if not topics:
        return actors
    others = [a for a in actors if a.rank == RANK_PERSON and a not in topics]
    # The contact has its two sides without the topic: persons of two countries (the
    # subject and an object the verb takes without a cue: "استقبل أردوغان السراج عقب
    # مغادرة حفتر"), or a person named as the partner and another beside them. A partner
    # alone leaves the topic person as the only subject there is: "after Saddam
    # Haftar's recent visit to Türkiye, where he held talks with Güler" is his meeting.
    if len(others) < 2 or (
        len({a.country for a in others}) < 2
        and not any(_is_partner(a, actors, index, view, contexts) for a in others)
    ):
        return actors
    return [a for a in actors if a not in topics]


#: Up to this many words may stand between a partner cue before a mention and the
#: mention: its title ("with Russian President Putin", "مع الرئيس الروسي بوتين").
TITLE_WORDS = 3
_LAST_WORD = re.compile(r"\S+\s*$")


def _is_partner(
    actor: Actor, actors: list[Actor], index: int, view: FoldedView, contexts: Contexts
) -> bool:
    """Whether a partner cue stands right after ``actor`` or before it, its title between
    (not another actor: "met Putin following Haftar's departure" makes Putin the partner)."""
    if view.around(index, actor.start, actor.end, contexts.partner):
        return True
    first = max((a.end for a in actors if a.end <= actor.start), default=view.spans[index][0])
    start = actor.start
    for _ in range(TITLE_WORDS):
        word = _LAST_WORD.search(view.text, first, start)
        if word is None:
            return False
        start = word.start()
        if view.around(index, start, actor.end, contexts.partner):
            return True
    return False
