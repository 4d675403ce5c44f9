"""Block cues that are what a contact was about, not a refusal of it.

"التقى المنفي السفير التركي ...، تزامنا مع إدانة الخارجية التركية للهجوم", "وأعرب أردوغان
خلال لقائه الدبيبة عن إدانته للهجمات", "وأكد الدبيبة خلال اجتماعه مع غولر رفض حكومته لأي
تدخل": the condemnation, rejection or readiness stands after the contact's trigger and
after both its parties, and is what was said there or beside it. A refusal or criticism
*of* the contact stands before its trigger ("رفض الدبيبة لقاء فيدان", "انتقد حفتر اللقاء")
or before one of its parties ("الاجتماع الذي رفضه حفتر"). Which block cues can be such
content is data (``block_as_content`` in a lexicon). A denial is content only when it
denies something else ("التقى الدبيبة أردوغان، ونفى الرئيس التركي وجود أي خلاف"): one
whose object refers back to the contact ("..., إلا أن الرئاسة نفت ذلك", "وهو ما نفاه
المكتب"; lexicon ``block_as_content_except``, matched over the cue), or that has no
object at all ("..., لكن القيادة العامة نفت."), still rules the contact out, as does one
before a trigger ("نفت الرئاسة أن يكون أردوغان التقى حفتر"). Whoever is named after the
content cue is what was said ("عن إدانته للهجوم الذي شنه حفتر"), no party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wirewatch.core.contacts.actors import Item

#: How far before a cue a ``block_as_content_except`` match may begin ("وهو ما نفاه").
_EXCEPT_BEFORE = 12


def content_start(
    block: re.Pattern[str],
    content: re.Pattern[str] | None,
    folded: str,
    start: int,
    end: int,
    triggers: list[tuple[int, int]],
    refers_back: re.Pattern[str] | None = None,
    aside: Sequence[tuple[int, int]] = (),
) -> int | None:
    """The folded offset of the first match of ``block`` in ``folded[start:end]`` when
    every match is a ``content`` cue standing after every trigger (``triggers``: folded
    spans), with words after it and no ``refers_back`` match over it; None when one may
    rule the sentence out (or nothing matched). Matches inside ``aside`` (clauses about
    a person, ``person_aside``) are left out."""
    if content is None or not triggers:
        return None
    last = max(b for _, b in triggers)
    first: int | None = None
    for match in block.finditer(folded, start, end):
        if _within(aside, match.start(), match.end()):
            continue
        if match.start() < last or content.match(folded, match.start(), end) is None:
            return None
        if not any(c.isalnum() for c in folded[match.end() : end]):
            return None  # nothing said after it: it takes the contact as its object
        if refers_back is not None and _over(refers_back, folded, match.start(), start, end):
            return None
        if first is None:
            first = match.start()
    return first


def person_aside(
    clauses: Sequence[tuple[int, int]], triggers: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The clauses about a person (``lexicon.person_clause_spans``: "who ...", "whose
    ...") that end at a clause break or the sentence's end, not at a trigger: "Erdogan,
    who rejected the Cairo declaration, received Sarraj", "Fidan met Dbeibah, who
    refused to step down". A block cue inside one tells of the person, not of the
    contact; one whose clause runs into a trigger ("Haftar, who refused to meet Fidan")
    is the contact's own."""
    starts = {t0 for t0, _ in triggers}
    return [(a, b) for a, b in clauses if b not in starts]


def all_aside(
    block: re.Pattern[str], folded: str, start: int, end: int, aside: Sequence[tuple[int, int]]
) -> bool:
    """Whether every match of ``block`` in ``folded[start:end]`` lies inside ``aside``
    (``person_aside``): then no block cue is the contact's."""
    if not aside:
        return False
    return all(_within(aside, m.start(), m.end()) for m in block.finditer(folded, start, end))


def _within(spans: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def _over(pattern: re.Pattern[str], folded: str, at: int, start: int, end: int) -> bool:
    """Whether a match of ``pattern`` in ``folded[start:end]`` spans the offset ``at``."""
    for match in pattern.finditer(folded, max(start, at - _EXCEPT_BEFORE), end):
        if match.start() > at:
            return False
        if match.end() > at:
            return True
    return False


def both_sides_before(inside: Sequence[Item], cut: int, pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether, for one watched pair of countries, each is named in the sentence before
    the display offset ``cut`` (``inside``: the sentence's mentions)."""
    named = {country for s, e, _, country in inside if country is not None and e <= cut}
    return any(a in named and b in named for a, b in pairs)
