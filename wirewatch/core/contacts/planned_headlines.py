"""A whole article's headline told in the present tense of a plan.

Arabic (and Turkish) headlines put a contact in the present whether it happened or is
only announced ("الدبيبة يجري محادثات مع أردوغان في تركيا" over a story that says he
*will* visit and *will* co-chair a council). The headline then gives a current event
the body does not: the body names the same two people only in a sentence with a plan
cue (``block_nearest``: سيزور، سيترأسان، من المقرر). Such a headline event is dropped;
one the body confirms (an event of the same pair after the headline), or whose pair
the body never puts in a planned sentence, stays.

Cheap: it looks only at an article whose first sentence is a headline (a line with no
sentence stop) that gave a current event, and only at the sentences that name both of
its people.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from schemas import ContactEvent, Entity

#: A sentence's last character before closing quotes; a headline line has none.
_STOPS = frozenset(".!?؟…:۔")
_CLOSERS = " \t\"'”’»)]"


def is_headline(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` is a line of its own with no sentence stop at its end."""
    start, end = span
    line = text[start:end].rstrip(_CLOSERS)
    if not line or line[-1] in _STOPS:
        return False
    while end < len(text) and text[end] in " \t":
        end += 1
    return end == len(text) or text[end] == "\n"


def without_planned_headlines(
    events: list[ContactEvent],
    text: str,
    spans: Sequence[tuple[int, int]],
    entities: Sequence[Entity],
    planned: Callable[[int], bool],
) -> list[ContactEvent]:
    """``events`` less the current ones of a headline (sentence 0) whose pair the body
    names only in sentences ``planned`` (index into ``spans``) says announce a plan."""
    if len(spans) < 2 or not is_headline(text, spans[0]):
        return events
    head_end = spans[0][1]
    heads = [e for e in events if not e.historical and e.evidence.start < head_end]
    if not heads:
        return events
    confirmed = {e.pair_key for e in events if e.evidence.start >= head_end}
    dropped: set[str] = set()
    for event in heads:
        if event.pair_key in confirmed or event.pair_key in dropped:
            continue
        first, second = (p.id for p in event.participants)
        together = _sentences_naming(first, spans, entities) & _sentences_naming(
            second, spans, entities
        )
        together.discard(0)
        if together and all(planned(j) for j in together):
            dropped.add(event.pair_key)
    if not dropped:
        return events
    return [e for e in events if e.historical or e.pair_key not in dropped]


def _sentences_naming(
    entity_id: str, spans: Sequence[tuple[int, int]], entities: Sequence[Entity]
) -> set[int]:
    found: set[int] = set()
    for entity in entities:
        if entity.id != entity_id:
            continue
        for mention in entity.mentions:
            for index, (start, end) in enumerate(spans):
                if start <= mention.start < end:
                    found.add(index)
                    break
    return found
