"""RepeatLimiter: repeats of one message bounded per window, distinct ones untouched."""

from __future__ import annotations

import logging

from wirewatch.logquiet import RepeatLimiter, install


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _logger(limiter: RepeatLimiter) -> tuple[logging.Logger, list[str]]:
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    parent = logging.getLogger("test-logquiet")
    parent.handlers[:] = [Collect()]
    parent.propagate = False
    parent.setLevel(logging.INFO)
    assert install(limiter, parent) == 1
    return logging.getLogger("test-logquiet.aiokafka.conn"), lines


def test_a_storm_of_one_message_is_cut_to_the_burst_and_then_counted() -> None:
    clock = Clock()
    limiter = RepeatLimiter(burst=3, window_s=10, clock=clock)
    log, lines = _logger(limiter)
    for n in range(1000):  # a child logger's records: propagated to the parent's handler
        log.error("Unable connect to node with id %s: %s", n % 2, "refused")
    assert len(lines) == 3
    assert limiter.suppressed_total == 997
    clock.now = 10.0
    log.error("Unable connect to node with id %s: %s", 1, "refused")
    assert lines[-1] == (
        "Unable connect to node with id 1: refused [997 more like this in the last 10s "
        "were not logged]"
    )


def test_distinct_messages_and_levels_are_never_held_back() -> None:
    limiter = RepeatLimiter(burst=1, window_s=60, clock=Clock())
    log, lines = _logger(limiter)
    for n in range(50):
        log.info(f"article {n} enriched")  # distinct templates
    log.warning("broker down")
    log.error("broker down")
    assert len(lines) == 52


def test_the_number_of_kinds_remembered_is_bounded() -> None:
    limiter = RepeatLimiter(burst=1, window_s=60, max_kinds=10, clock=Clock())
    log, _ = _logger(limiter)
    for n in range(100):
        log.info(f"kind {n}")
    assert len(limiter._windows) == 10
