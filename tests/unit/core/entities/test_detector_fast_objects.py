"""Fast paths of the detector: objects built without their constructors are the
constructors' own, and hits are chosen as before."""

from __future__ import annotations

import random
from typing import cast

from wirewatch.core.entities.bare_institutions import Cue
from wirewatch.core.entities.detector import _cue, _longest
from wirewatch.core.entities.matcher import Hit, KeyInfo


def test_a_cue_built_by_its_slots_is_the_constructors() -> None:
    fast, made = _cue(3, 9, "LY"), Cue(3, 9, "LY")
    assert type(fast) is Cue
    assert fast == made and repr(fast) == repr(made) and hash(fast) == hash(made)
    assert (fast.start, fast.end, fast.country) == (3, 9, "LY")


def _longest_reference(hits: list[Hit]) -> list[Hit]:
    """``_longest`` as it was before its fast path for hits clear of the last one."""
    if len(hits) < 2:
        return hits
    chosen: list[Hit] = []
    previous: Hit | None = None
    last_start = last_end = before_last_end = -1
    for hit in sorted(reversed(hits), key=lambda h: h[0]):
        start, end = hit[0], hit[1]
        if previous is not None and end == previous[1] and start == previous[0]:
            if chosen and chosen[-1] is previous:
                chosen[-1] = hit
            previous = hit
            continue
        previous = hit
        if chosen and start < last_end:
            if end - start > last_end - last_start and (
                len(chosen) < 2 or before_last_end <= start
            ):
                chosen[-1] = hit
                last_start, last_end = start, end
            continue
        chosen.append(hit)
        before_last_end = last_end
        last_start, last_end = start, end
    return chosen


def test_longest_picks_the_hits_it_picked_before() -> None:
    # random non-empty spans reported as a scan reports them (by end offset), equal
    # spans included; the same hit objects chosen, in the same order
    rng = random.Random(2026)
    info = cast("KeyInfo", None)
    for _ in range(3000):
        spans = []
        for _n in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            spans.append((start, start + rng.randint(1, 8)))
        spans.sort(key=lambda span: span[1])
        hits = [Hit(start, end, info, (), str(k)) for k, (start, end) in enumerate(spans)]
        expected = _longest_reference(hits)
        got = _longest(hits)
        assert [id(h) for h in got] == [id(h) for h in expected], spans
