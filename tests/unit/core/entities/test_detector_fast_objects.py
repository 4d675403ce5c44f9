"""Objects the detector builds without their constructors are the constructors' own."""

from __future__ import annotations

from wirewatch.core.entities.bare_institutions import Cue
from wirewatch.core.entities.detector import _cue


def test_a_cue_built_by_its_slots_is_the_constructors() -> None:
    fast, made = _cue(3, 9, "LY"), Cue(3, 9, "LY")
    assert type(fast) is Cue
    assert fast == made and repr(fast) == repr(made) and hash(fast) == hash(made)
    assert (fast.start, fast.end, fast.country) == (3, 9, "LY")
