"""Block cues that are what a contact was about, not a refusal of it.

"التقى المنفي السفير التركي ...، تزامنا مع إدانة الخارجية التركية للهجوم", "وأعرب أردوغان
خلال لقائه الدبيبة عن إدانته للهجمات", "وأكد الدبيبة خلال اجتماعه مع غولر رفض حكومته لأي
تدخل": the condemnation, rejection or readiness stands after the contact's trigger and
after both its parties, and is what was said there or beside it. A refusal or criticism
*of* the contact stands before its trigger ("رفض الدبيبة لقاء فيدان", "انتقد حفتر اللقاء")
or before one of its parties ("الاجتماع الذي رفضه حفتر"). Which block cues can be such
content is data (``block_as_content`` in a lexicon); denials are not among them
("..., إلا أن الرئاسة نفت ذلك" still rules the contact out). Whoever is named after the
content cue is what was said ("عن إدانته للهجوم الذي شنه حفتر"), no party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from wirewatch.core.contacts.actors import Item


def content_start(
    block: re.Pattern[str],
    content: re.Pattern[str] | None,
    folded: str,
    start: int,
    end: int,
    triggers: list[tuple[int, int]],
) -> int | None:
    """The folded offset of the first match of ``block`` in ``folded[start:end]`` when
    every match is a ``content`` cue standing after every trigger (``triggers``: folded
    spans); None when one may rule the sentence out (or nothing matched)."""
    if content is None or not triggers:
        return None
    last = max(b for _, b in triggers)
    first: int | None = None
    for match in block.finditer(folded, start, end):
        if match.start() < last or content.match(folded, match.start(), end) is None:
            return None
        if first is None:
            first = match.start()
    return first


def both_sides_before(inside: Sequence[Item], cut: int, pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether, for one watched pair of countries, each is named in the sentence before
    the display offset ``cut`` (``inside``: the sentence's mentions)."""
    named = {country for s, e, _, country in inside if country is not None and e <= cut}
    return any(a in named and b in named for a, b in pairs)
