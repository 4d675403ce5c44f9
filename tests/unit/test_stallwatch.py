from __future__ import annotations

from wirewatch.stallwatch import ProgressWatch, StallWatch


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


def test_progress_stalls_while_the_value_stays_the_same() -> None:
    now = [0.0]
    watch: ProgressWatch[tuple[int, ...]] = ProgressWatch(clock=lambda: now[0])
    assert watch.observe((1, 2)) == 0.0
    now[0] = 7.0
    assert watch.observe((1, 2)) == 7.0
    now[0] = 8.0
    assert watch.observe((1, 3)) == 0.0  # moved: the clock starts again
    now[0] = 20.0
    assert watch.observe((1, 3)) == 12.0
    assert watch.observe(None) == 0.0  # nothing to watch
    now[0] = 30.0
    assert watch.observe((1, 3)) == 0.0
    now[0] = 31.0
    watch.reset()
    assert watch.observe((1, 3)) == 0.0  # after a reset it is watched afresh
