"""An institution that sponsored a meeting between others (issue #12, sponsors).

"برعاية جهاز الاستخبارات التركية، اجتمع صدام حفتر مع عماد الطرابلسي في إسطنبول": the
Turkish intelligence service sponsored a meeting of two Libyans; no Turk named in the
sentence met them. A sponsor stays a party where it may be one: a person ("برعاية
الرئيس أردوغان، وقع ... "; held-out pairs were lost when every sponsor was dropped), an
institution with a compatriot beside it, or one facing a single counterpart. Only an
organisation right after a sponsor cue (lexicon ``sponsor_before``: برعاية، تحت رعاية),
the one actor of its country, in a sentence naming two persons or more of one other
country is set aside.
"""

from __future__ import annotations

from wirewatch.core.contacts.actors import RANK_ORG, RANK_PERSON, Actor
from wirewatch.core.contacts.scope import words_between

#: At most this many words between the sponsor cue and the organisation's mention
#: ("برعاية جهاز الاستخبارات التركية": the mention may start at جهاز or after it).
SPONSOR_REACH = 1


def without_sponsors(actors: list[Actor], cues: list[tuple[int, int]], text: str) -> list[Actor]:
    """``actors`` less the organisations that only sponsored a meeting of two or more
    persons of another country (``cues``: display spans of sponsor cues in ``text``)."""
    dropped: list[Actor] = []
    for actor in actors:
        if actor.rank != RANK_ORG:
            continue
        if not any(
            cue[1] <= actor.start
            and words_between(text, cue, (actor.start, actor.end)) <= SPONSOR_REACH
            for cue in cues
        ):
            continue
        if any(
            o is not actor and o.country == actor.country and o.rank <= RANK_ORG for o in actors
        ):
            continue  # a compatriot beside it: the institution may be its side's party
        others: dict[str, set[str]] = {}
        for o in actors:
            if o.rank == RANK_PERSON and o.country != actor.country:
                others.setdefault(o.country, set()).add(o.id)
        if any(len(ids) >= 2 for ids in others.values()):
            dropped.append(actor)
    return [a for a in actors if all(a is not d for d in dropped)] if dropped else actors
