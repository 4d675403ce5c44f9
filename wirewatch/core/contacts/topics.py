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
from collections.abc import Collection, Sequence

from wirewatch.core.contacts.actors import RANK_COUNTRY, RANK_PERSON, Actor
from wirewatch.core.contacts.folded_view import Contexts, FoldedView
from wirewatch.core.textfold import fold_char_string


def without_topics(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    verb: tuple[int, int] | None = None,
) -> list[Actor]:
    """``actors`` of sentence ``index`` less the mentions of a ``watched`` country that
    stand in a topic phrase, when another person is named as the verb's partner.
    ``verb``: the contact's trigger (display offsets); a mention it follows with no
    other country's actor or clause break between is the verb's subject, not a topic
    ("days after Saddam Haftar met Fidan in Ankara")."""
    topics = [
        a
        for a in actors
        if a.country in watched
        and a.rank != RANK_COUNTRY
        and view.around(index, a.start, a.end, contexts.topic)
        and not _subject_of(a, verb, actors, view.text)
    ]
    if not topics:
        return actors
    topics = [a for a in topics if not _is_partner(a, actors, index, view, contexts)]
    if not topics:
        return actors
    return drop_if_two_sides_remain(actors, topics, index, view, contexts)


def drop_if_two_sides_remain(
    actors: list[Actor], dropped: list[Actor], index: int, view: FoldedView, contexts: Contexts
) -> list[Actor]:
    """``actors`` less ``dropped`` (topics, possessors of what was discussed) when the
    contact still has its two sides without them, else ``actors`` as they are."""
    others = [a for a in actors if a.rank == RANK_PERSON and a not in dropped]
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
    return [a for a in actors if a not in dropped]


def topic_subjects(
    actors: list[Actor],
    index: int,
    view: FoldedView,
    contexts: Contexts,
    watched: Collection[str],
    verb: tuple[int, int],
) -> list[Actor]:
    """The mentions in a topic phrase that are the subject of the contact's own verb:
    the phrase holds the contact ("days after Saddam Haftar met Fidan"), which lies
    before what the sentence reports: its contact is a recap."""
    return [
        a
        for a in actors
        if a.country in watched
        and a.rank != RANK_COUNTRY
        and _subject_of(a, verb, actors, view.text)
        and view.around(index, a.start, a.end, contexts.topic)
    ]


#: An apposition set off by dashes or brackets: "Saddam Haftar — the son of ..., the
#: leader of ... — met"; what it holds does not part the subject from its verb.
_INSERTED = re.compile(r"\s[—–-]\s[^—–]*?\s[—–-]\s|\([^)]*\)")


def _clause_break(between: str) -> bool:
    """Whether the text between a mention and a verb holds a clause break (a comma,
    semicolon or colon outside a dashed or bracketed apposition): "After Dbeibah
    arrived in Ankara, he met Fidan" — Dbeibah is the first clause's subject."""
    return any(stop in _INSERTED.sub(" ", between) for stop in ",;:")


def _subject_of(actor: Actor, verb: tuple[int, int] | None, actors: list[Actor], text: str) -> bool:
    """Whether ``actor`` stands before the trigger ``verb`` with no actor of another
    country and no clause break between them (a title, an apposition or its own family
    may): then the topic phrase holds the contact itself and ``actor`` is its subject."""
    if verb is None or actor.end > verb[0] or _clause_break(text[actor.end : verb[0]]):
        return False
    return not any(
        other.country != actor.country and actor.end <= other.start and other.end <= verb[0]
        for other in actors
    )


#: Up to this many words may stand between a partner cue before a mention and the
#: mention: its title ("with Russian President Putin", "مع الرئيس الروسي بوتين").
TITLE_WORDS = 3
_LAST_WORD = re.compile(r"\S+\s*$")


def is_partner(
    actor: Actor, actors: list[Actor], index: int, view: FoldedView, contexts: Contexts
) -> bool:
    """Whether a partner cue ("with") stands right before ``actor`` (its title between) or
    after it: the verb's partner (``_is_partner``)."""
    return _is_partner(actor, actors, index, view, contexts)


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


#: A word of the display text.
_WORD = re.compile(r"\S+")


def discussed_by_both(
    text: str,
    actors: list[Actor],
    triggers: Sequence[tuple[int, int]],
    verbs: Collection[str],
    partners: Collection[str],
    proclitics: Sequence[str],
) -> list[Actor]:
    """``actors`` less those named after a verb whose subject is the two parties already
    told ("التقى أردوغان الدبيبة، وبحثا رؤية الرئيس التركي وتحركات حفتر", "وناقش
    الجانبان ... حكومة الدبيبة"; ``verbs``, folded, a proclitic allowed before them), with
    no trigger and no partner word (``partners``: "وبحثا مع المنفي") between: what the two
    discussed, not a third party. Before, such a mention paired with the party of the
    other country (issue #12, session 17: a person merely mentioned). ``triggers``:
    display spans."""
    if not verbs or not triggers or not actors:
        return actors
    first = min(start for start, _ in triggers)
    last = max(a.end for a in actors)
    if last <= first:
        return actors
    marks: list[int] = []  # display ends of the verbs
    stops: list[int] = [start for start, _ in triggers]  # display starts of what ends one
    partner_at: list[int] = []
    for word in _WORD.finditer(text, first, last):
        forms = _forms(fold_char_string(word.group()).strip(",.;:\"'()"), proclitics)
        if any(f in verbs for f in forms):
            marks.append(word.end())
        elif any(f in partners for f in forms):
            partner_at.append(word.start())
    # A partner word after the verb gives it a partner phrase of its own: "بحثا مع
    # المنفي", and the dual misspelt for the singular with its subject after it ("بحثا
    # وزير الخارجية التركي داود أوغلو مع عبد الجليل"): the verb names its parties there.
    marks = [m for m in marks if not any(p >= m for p in partner_at)]
    if not marks:
        return actors
    kept = []
    for actor in actors:
        if actor.rank != RANK_COUNTRY and any(
            m <= actor.start and not any(m <= s < actor.start for s in stops) for m in marks
        ):
            continue
        kept.append(actor)
    return kept


def _forms(word: str, proclitics: Sequence[str]) -> list[str]:
    """``word`` and what it is without each proclitic it may open with ("وبحثا": و + بحثا,
    not وب + حثا), letters remaining."""
    return [word] + [
        word[len(c) :] for c in proclitics if word.startswith(c) and len(word) > len(c) + 1
    ]
