from __future__ import annotations

from wirewatch.stallwatch import StallWatch


def test_a_state_is_overdue_only_when_it_lasts_past_the_limit_without_a_break() -> None:
    now = [0.0]
    watch = StallWatch(limit_s=10, clock=lambda: now[0])
    assert not watch.overdue(True)
    now[0] = 9.0
    assert not watch.overdue(True)
    now[0] = 12.0
    assert watch.overdue(True)
    assert not watch.overdue(False)  # it ended: the clock starts again next time
    now[0] = 15.0
    assert not watch.overdue(True)
    now[0] = 24.0
    assert not watch.overdue(True)
    now[0] = 25.5
    assert watch.overdue(True)
