"""Which trigger of a sentence a plan or postponement cue cancels, and whose actors go with it.

A sentence may report a contact that took place and announce another: "بحث داود أوغلو
مع عبد الجليل ... والزيارة المرتقبة لرئيس الوزراء الليبي إلى تركيا الأسبوع المقبل"
(talks held; a visit expected next week). The lexicon's ``block`` cues (refusals,
denials, conditions, criticism) still cancel the whole sentence; its ``block_nearest``
cues (the expected, the upcoming, the postponed: "المرتقبة", "upcoming", "görüşecek")
cancel only the trigger nearest them, in words (the one they hold, when they hold
one), and none farther than ``CANCEL_REACH`` words: such a cue qualifies an event the
lexicon has no trigger for ("والزيارة المرتقبة", "the visit, expected ..."). The sentence keeps the triggers no such cue cancelled, and the actors named
nearer to those than to a cancelled one: the Libyan premier of the announced visit is
no party to the talks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol, TypeVar

from wirewatch.core.contacts.cues import matches_at

#: A ``block_nearest`` cue cancels a trigger at most this many words away.
CANCEL_REACH = 5
#: A cue that cancels no trigger takes the actors at most this many words from it
#: ("والزيارة المرتقبة لرئيس الوزراء الليبي علي زيدان": Zeidan, three words on).
UNATTACHED_REACH = 4


def words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """The words of ``text`` strictly between two spans (0 when they touch or overlap)."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    # ``str.split`` cuts at runs of what ``\s`` matches: one piece per ``\S+``.
    return len(text[lo:hi].split()) if hi > lo else 0


def _real_words_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """``words_between`` without the pieces that hold no letter or digit (a comma
    standing alone after a name: "Mahmoud Jibril , a Libyan rebel leader, is set to")."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return sum(1 for word in text[lo:hi].split() if any(c.isalnum() for c in word))


def cancelled_triggers(
    pattern: re.Pattern[str] | None,
    folded: str,
    start: int,
    end: int,
    triggers: Sequence[tuple[int, int]],
    purposes: re.Pattern[str] | None = None,
    clauses: Sequence[tuple[int, int]] = (),
    positions: Sequence[int] | None = None,
) -> tuple[set[int], list[tuple[int, int]]]:
    """What the ``block_nearest`` cues of ``folded[start:end]`` cancel: the indexes into
    ``triggers`` (spans in ``folded``) of those a cue overlaps (a plan's own verb), and
    for a cue that overlaps none, unless it stands within ``CANCEL_REACH`` words of such
    a plan, of the trigger fewest words from it (the earlier one on a tie) within
    ``CANCEL_REACH`` words; and the spans of the cues
    with no trigger that near (they qualify an event no trigger names: its actors
    are no party to the sentence's contact either). A trigger that is the purpose of
    the trigger right before it (``purposes``: "تأجلت زيارة الدبيبة إلى أنقرة للقاء
    أردوغان", the meeting the visit was for) falls with it. A cue inside a clause about a person
    (``clauses``: "Dbeibah, who is due to travel to Rome on Sunday, met Erdogan") tells
    that person's plan: it cancels no trigger outside the clause, nor is it left
    unattached. ``positions``: where in the span a cue may begin, if known (ascending:
    ``cues.matches_at``), for a pattern that can match there only."""
    cancelled: set[int] = set()
    unattached: list[tuple[int, int]] = []
    if pattern is None or not triggers:
        return cancelled, unattached
    found = (
        pattern.finditer(folded, start, end)
        if positions is None
        else matches_at(pattern, folded, positions, end)
    )
    cues = [(m.start(), m.end()) for m in found]
    loose = []
    for cue in cues:
        # A plan's own verb ("will meet", "görüşecek", "سيلتقي") is the trigger it holds.
        held = [i for i, (a, b) in enumerate(triggers) if a < cue[1] and cue[0] < b]
        if held:
            cancelled.update(held)
        else:
            loose.append(cue)
    planned = set(cancelled)
    for cue in loose:
        distance, _, nearest = min(
            (words_between(folded, cue, span), span[0], i) for i, span in enumerate(triggers)
        )
        shelter = next((c for c in clauses if c[0] <= cue[0] and cue[1] <= c[1]), None)
        if shelter is not None and not (
            shelter[0] <= triggers[nearest][0] and triggers[nearest][1] <= shelter[1]
        ):
            continue
        # "önümüzdeki hafta ... bir araya gelecek": a time word next to a plan's verb
        # dates that plan, not the contact reported before it.
        if any(words_between(folded, cue, triggers[i]) <= CANCEL_REACH for i in planned):
            continue
        if distance <= CANCEL_REACH:
            cancelled.add(nearest)
        else:
            unattached.append(cue)
    if purposes is not None and cancelled:
        cancelled |= _purposes_of(purposes, folded, triggers, cancelled)
    return cancelled, unattached


def _purposes_of(
    purposes: re.Pattern[str],
    folded: str,
    triggers: Sequence[tuple[int, int]],
    cancelled: set[int],
) -> set[int]:
    """The triggers, each the purpose of a cancelled trigger right before it (no other
    trigger between), chained: a visit put off takes the meeting it was for with it."""
    order = sorted(range(len(triggers)), key=lambda i: triggers[i])
    fallen: set[int] = set()
    for before, after in pairwise(order):
        if (before in cancelled or before in fallen) and after not in cancelled:
            a, b = triggers[after]
            if purposes.fullmatch(folded, a, b) is not None:
                fallen.add(after)
    return fallen


#: The light verb a noun trigger takes ("ziyaret etmesi", "kabul etmesini"), folded.
_LIGHT_VERBS = ("etme", "eyleme", "yapma", "gerceklestirme", "duzenleme")


def governed_by_plan(
    plan: re.Pattern[str],
    verbal_noun: re.Pattern[str],
    unless_after: re.Pattern[str] | None,
    folded: str,
    start: int,
    end: int,
    triggers: Sequence[tuple[int, int]],
    frame: re.Pattern[str] | None = None,
) -> set[int]:
    """The indexes into ``triggers`` that a plan predicate ending the sentence
    ``folded[start:end]`` governs: Turkish puts the main verb last and the clause it
    governs before it as a verbal noun ("Davutoğlu'nun ... Abdülcelil ile görüşmesi ve
    ... mesajını vermesi bekleniyor": the meeting is the thing expected). A trigger
    counts when its word ends as a verbal noun and no postposition follows it
    ("görüşmesi sonrasında ... bekleniyor": after a meeting held)."""
    stop = end
    while stop > start and not folded[stop - 1].isalnum():
        stop -= 1
    if stop <= start or plan.search(folded[start:stop]) is None:
        return set()
    governed = set()
    for i, (_, b) in enumerate(triggers):
        while b < stop and folded[b].isalnum():
            b += 1  # the whole word: "görüşme" + "si"
        word = folded[:b].rsplit(None, 1)[-1] if folded[:b].strip() else ""
        if verbal_noun.search(word) is None:
            # a noun trigger and its light verb: "ziyaret etmesini", "kabul etmesi"
            nxt = b
            while nxt < stop and folded[nxt] == " ":
                nxt += 1
            light = nxt
            while light < stop and folded[light].isalnum():
                light += 1
            if nxt == b or not folded.startswith(_LIGHT_VERBS, nxt):
                continue
            if verbal_noun.search(folded[nxt:light]) is None:
                continue
            b = light
        after = b
        while after < stop and folded[after].isspace():
            after += 1
        if unless_after is not None and unless_after.match(folded, after, stop) is not None:
            continue
        governed.add(i)
    if governed and frame is not None:
        governed |= _planned_frames(frame, folded, stop, triggers, governed)
    return governed


def _planned_frames(
    frame: re.Pattern[str],
    folded: str,
    stop: int,
    triggers: Sequence[tuple[int, int]],
    governed: set[int],
) -> set[int]:
    """The noun triggers that frame a governed one, before it: the visit in which the
    planned meeting is to take place ("Fidan'ın ziyareti sırasında Menfi ile
    görüşmesi planlanıyor", "Dibeybe'nin ziyaretinde Erdoğan ile görüşme yapması
    bekleniyor") is as planned as the meeting. A frame is the trigger's word in the
    locative or before a frame postposition (``frame``, matched from the word's end
    onwards); a participle ("Erdoğan ile görüşen Dibeybe'nin ...") is no frame."""
    framed = set()
    for i, (a, b) in enumerate(triggers):
        if i in governed:
            continue
        # the frame of the trigger right after it, which must be a governed one
        # ("ziyaretinde Dibeybe ile yaptığı görüşme sonrasında ... imzalaması
        # bekleniyor": the visit frames the meeting held, not the signing expected)
        after = [j for j, t in enumerate(triggers) if t[0] > a]
        if not after or min(after, key=lambda j: triggers[j][0]) not in governed:
            continue
        while b < stop and folded[b].isalnum():
            b += 1
        word_start = folded.rfind(" ", 0, a) + 1
        if frame.match(folded, word_start, stop) is not None:
            framed.add(i)
    return framed


def in_live_scope(
    text: str,
    span: tuple[int, int],
    live: Sequence[tuple[int, int]],
    cancelled: Sequence[tuple[int, int]],
    unattached: Sequence[tuple[int, int]],
) -> bool:
    """Whether a mention at ``span`` belongs to a trigger that stands: it is nearer (in
    words of ``text``) to one of ``live`` than to every ``cancelled`` trigger, and than
    to every ``unattached`` cue within ``UNATTACHED_REACH`` words of it (ties go to the
    trigger that stands). A cancelled trigger or a cue past a comma from the mention,
    when no comma stands between the mention and the nearest live trigger, is another
    clause's and takes no one on the live trigger's side (session 20: "... أوراق اعتماده
    لرئيس المجلس الرئاسي محمد المنفي، بينما يستعد الدبيبة لزيارة تركيا": the plan's
    subject follows its verb; al-Menfi is the credentials' addressee; dev ar-11005)."""
    distances = [(words_between(text, span, t), t) for t in live]
    to_live, nearest = min(distances, key=lambda d: d[0])
    # computed only when a cancelled trigger or cue is nearer
    own_clause: bool | None = None
    for dead in cancelled:
        if to_live > words_between(text, span, dead):
            if own_clause is None:
                own_clause = not _comma_between(text, span, nearest)
            if not (own_clause and _comma_between(text, span, dead)):
                return False
    for cue in unattached:
        distance = _real_words_between(text, span, cue)
        if distance <= UNATTACHED_REACH and distance < to_live:
            if own_clause is None:
                own_clause = not _comma_between(text, span, nearest)
            if not (own_clause and _comma_between(text, span, cue)):
                return False
    return True


def _comma_between(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether a comma (Latin or Arabic) stands strictly between two spans."""
    lo, hi = (a[1], b[0]) if a[1] <= b[0] else (b[1], a[0])
    return hi > lo and ("," in text[lo:hi] or "،" in text[lo:hi])


class _Spanned(Protocol):
    start: int
    end: int
    country: str


_P = TypeVar("_P", bound=_Spanned)


def across_one_verb(pairs: list[tuple[_P, _P]], verb: tuple[int, int]) -> list[tuple[_P, _P]]:
    """The pairs of a sentence with one contact verb (at ``verb``) that cross it, where
    one country stands on both sides of it and the other on one side only: who stands
    with the other country's people on one side is their fellow host or guest, not
    their counterpart ("A, B ile Türkiye'nin Trablus Büyükelçisi Aksen ... tarafından
    karşılanan Akar": Aksen greeted Akar with A and B; he did not meet them)."""

    def side(actor: _Spanned) -> bool:  # True: after the verb
        return actor.start >= verb[1]

    sides: dict[str, set[bool]] = {}
    for a, b in pairs:
        for actor in (a, b):
            sides.setdefault(actor.country, set()).add(side(actor))
    both = {country for country, found in sides.items() if len(found) == 2}
    one = {country: next(iter(found)) for country, found in sides.items() if len(found) == 1}
    if not both or not one:
        return pairs
    kept = []
    for a, b in pairs:
        fellow = False
        for x, y in ((a, b), (b, a)):
            # x of a country on both sides, y of a country on one: x beside y is a fellow
            if x.country in both and y.country in one and side(x) == one[y.country]:
                fellow = True
        if not fellow:
            kept.append((a, b))
    return kept
