"""Trigger matching: which contact triggers, block and historical cues a sentence holds.

One ``CueIndex`` pass over a sentence finds every literal a trigger, block or
historical cue can start with, and where; the patterns are then tried there only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from wirewatch.core.contacts.cues import CueIndex, matches_at
from wirewatch.core.contacts.dates import date_cue_index
from wirewatch.core.contacts.lexicon import Lexicon

#: A trigger found: ``(priority, start, end, kind)``, folded offsets; the priority is
#: the kind's rank in its lexicon. A tuple rather than a ``Trigger``: cheaper to build.
Trigger = tuple[int, int, int, str]


class LexiconCues(NamedTuple):
    """The ``CueIndex`` tags of one lexicon's literals."""

    lexicon: Lexicon
    kinds: dict[str, str]  # trigger kind -> tag
    block: str | None  # None: the block pattern is searched without its cues
    historical: str | None
    #: (kind, tag, pattern, priority) of the lexicon's triggers, in its order.
    triggers: tuple[tuple[str, str, re.Pattern[str], int], ...]
    trigger_tags: frozenset[str]  # the tags of ``triggers``
    #: Its literals and the date words: when an article is read with this lexicon
    #: alone, a pass with fewer literals (so a faster one) serves.
    # The field shadows tuple.index, which nothing calls on these.
    index: CueIndex  # type: ignore[assignment]
    attendee: str | None  # the tag of its attendance words, if it has any
    #: The tag of its ``block_nearest`` literals (None: searched without its cues).
    block_nearest: str | None = None


def _with_dates(literals: list[tuple[str, str]], proclitics: Sequence[str]) -> CueIndex:
    """A ``CueIndex`` of ``literals`` (any of ``proclitics`` glued to them), and of the
    date words: a sentence looked at for triggers is then dated without another pass."""
    return CueIndex.combined(
        CueIndex(
            literals,
            clitics="".join(sorted({c for p in proclitics for c in p})),
            max_clitics=max((len(p) for p in proclitics), default=0),
        ),
        date_cue_index(),
    )


def index_lexicons(lexicons: dict[str, Lexicon]) -> tuple[dict[int, LexiconCues], CueIndex]:
    """The cue tags of each lexicon (by its id) and one ``CueIndex`` of all their
    literals and the date words: one pass over a sentence finds every literal a
    trigger, block or historical cue can start with, and where."""
    cue_tags: dict[int, LexiconCues] = {}
    literals: list[tuple[str, str]] = []
    for lexicon in lexicons.values():
        kinds = {kind: f"{lexicon.lang}\x1f{kind}" for kind in lexicon.kinds}
        own = [(literal, kinds[kind]) for literal, kind in lexicon.trigger_cues]
        tags: list[str | None] = []
        for name, cues in (
            ("block", lexicon.block_cues),
            ("historical", lexicon.historical_cues),
            ("block_nearest", lexicon.block_nearest_cues),
        ):
            # Without every literal (a lexicon built by hand, an entry made of "~"
            # alone) the pattern is searched ungated, as before it had cues.
            if cues and all(cues):
                tag = f"{lexicon.lang}\x1e{name}"
                own += [(literal, tag) for literal in cues]
                tags.append(tag)
            else:
                tags.append(None)
        # Attendance cues: whether a sentence holds one of their words at all.
        attendee_tag = f"{lexicon.lang}\x1eattendee" if lexicon.attendee_words else None
        if attendee_tag is not None:
            own += [(word, attendee_tag) for word in lexicon.attendee_words]
        cue_tags[id(lexicon)] = LexiconCues(
            lexicon,
            kinds,
            tags[0],
            tags[1],
            tuple(
                (kind, kinds[kind], pattern, lexicon.kinds.index(kind))
                for kind, pattern in lexicon.triggers
            ),
            frozenset(kinds[kind] for kind, _ in lexicon.triggers),
            _with_dates(own, lexicon.proclitics),
            attendee_tag,
            tags[2],
        )
        literals += own
    index = _with_dates(literals, [p for lexicon in lexicons.values() for p in lexicon.proclitics])
    return cue_tags, index


def find_triggers(
    cue_tags: dict[int, LexiconCues],
    lexicons: list[Lexicon],
    folded: str,
    start: int,
    end: int,
    starts: dict[str, list[int]] | None,
) -> list[Trigger]:
    """The triggers of ``folded[start:end]``; ``starts``: its cues, if ``gated``."""
    triggers: list[Trigger] = []
    for lexicon in lexicons:
        if starts is None:
            found = lexicon.find_triggers(folded, start, end)
        elif lexicon.anchored:
            # A match begins at the word start before one of its kind's literals, so
            # trying those positions in order, each past the previous match, is
            # ``find_triggers``.
            cues = cue_tags[id(lexicon)]
            if cues.trigger_tags.isdisjoint(starts):
                continue
            for kind, tag, pattern, priority in cues.triggers:
                positions = starts.get(tag)
                if positions is not None:
                    for m in matches_at(pattern, folded, positions, end):
                        triggers.append((priority, m.start(), m.end(), kind))
            continue
        else:
            tags = cue_tags[id(lexicon)].kinds
            cued = {kind for kind, tag in tags.items() if tag in starts}
            if not cued:
                continue
            found = lexicon.find_triggers(folded, start, end, cued)
        for trigger in found:
            triggers.append(
                (lexicon.kinds.index(trigger.kind), trigger.start, trigger.end, trigger.kind)
            )
    return triggers


def cue_found(
    lexicon: Lexicon,
    pattern: re.Pattern[str] | None,
    tag: str | None,
    folded: str,
    start: int,
    end: int,
    starts: dict[str, list[int]] | None,
) -> bool:
    """Whether ``pattern`` (the lexicon's block or historical cues) matches in the span."""
    if pattern is None:
        return False
    if starts is not None and tag is not None:
        positions = starts.get(tag)
        if positions is None:
            return False  # none of its literals: it cannot match
        if lexicon.anchored:
            return any(pattern.match(folded, pos, end) is not None for pos in positions)
    return pattern.search(folded, start, end) is not None
