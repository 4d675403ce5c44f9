"""Quoted speech inside a sentence: what a speaker said there is no cue about the contact
the sentence reports outside the quotation.

"وأضافت الوزيرة الليبية، في مؤتمر صحفي مع نظيرها التركي ... "طلبنا من تركيا ..."": the
request is what was said at the press conference, not a request to meet. A block cue
(criticism, refusal, request) inside a quotation that holds no trigger leaves the
sentence's triggers outside it standing. The folded text writes every quotation mark
as ``"`` (``textfold``), so the quotations are the spans between successive pairs of it.
"""

from __future__ import annotations

import re


def quoted_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``folded[start:end]`` between successive pairs of ``"``, marks
    included; an unpaired last mark opens nothing."""
    marks = []
    at = folded.find('"', start, end)
    while at >= 0:
        marks.append(at)
        at = folded.find('"', at + 1, end)
    return [(marks[k], marks[k + 1] + 1) for k in range(0, len(marks) - 1, 2)]


def blocks_outside_quotes(
    pattern: re.Pattern[str],
    folded: str,
    start: int,
    end: int,
    triggers: list[tuple[int, int]],
) -> bool:
    """Whether a match of the block ``pattern`` in ``folded[start:end]`` stands outside
    every quotation, or inside one that also holds a trigger (``triggers``: folded spans):
    one that rules the sentence out."""
    quotes = quoted_spans(folded, start, end)
    if not quotes:
        return True
    for match in pattern.finditer(folded, start, end):
        inside = next((q for q in quotes if q[0] < match.start() and match.end() <= q[1]), None)
        if inside is None or any(inside[0] <= a and b <= inside[1] for a, b in triggers):
            return True
    return False


def all_excepted(
    pattern: re.Pattern[str],
    exceptions: re.Pattern[str],
    folded: str,
    start: int,
    end: int,
) -> bool:
    """Whether every match of the block ``pattern`` in ``folded[start:end]`` lies inside
    a match of ``exceptions``: "طلب الدبيبة خلال لقائه مع أردوغان دعم تركيا" matches
    "طلب* ~~ لقاء" only as part of "طلب* ~~ خلال لقاء*", a meeting held in which he
    asked, not a meeting asked for."""
    excepted = [(m.start(), m.end()) for m in exceptions.finditer(folded, start, end)]
    if not excepted:
        return False
    return all(
        any(a <= match.start() and match.end() <= b for a, b in excepted)
        for match in pattern.finditer(folded, start, end)
    )
