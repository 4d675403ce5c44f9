"""Bounded logging under a broker outage: repeats of one message are rate-limited.

With the broker down, aiokafka and Faust log every failed connection, fetch and
produce: ~145 lines a second in a measured outage (issue #11), which buries the one
line that matters and fills disks. :class:`RepeatLimiter` lets through the first
``burst`` records of each kind (logger, level and message template — not the
formatted text, so "node 1"/"node 2" count as one kind) per ``window_s``; the first
record of a kind after its window says how many were held back. Distinct messages
are never held back, and the number of kinds remembered is bounded.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Window:
    start: float
    passed: int = 0
    suppressed: int = 0


class RepeatLimiter(logging.Filter):
    def __init__(
        self,
        burst: int = 5,
        window_s: float = 60.0,
        max_kinds: int = 2000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.burst = burst
        self.window_s = window_s
        self.max_kinds = max_kinds
        self.clock = clock
        self._windows: OrderedDict[tuple[str, int, str], _Window] = OrderedDict()
        self.suppressed_total = 0

    def filter(self, record: logging.LogRecord) -> bool:
        template = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        kind = (record.name, record.levelno, template)
        now = self.clock()
        window = self._windows.get(kind)
        if window is None or now - window.start >= self.window_s:
            held = window.suppressed if window is not None else 0
            self._windows[kind] = _Window(start=now, passed=1)
            self._windows.move_to_end(kind)
            while len(self._windows) > self.max_kinds:
                self._windows.popitem(last=False)
            if held:
                # Appended to the template, so it survives %-formatting with the args.
                record.msg = (
                    f"{template} [{held} more like this in the last "
                    f"{self.window_s:.0f}s were not logged]"
                )
            return True
        window.passed += 1
        if window.passed <= self.burst:
            return True
        window.suppressed += 1
        self.suppressed_total += 1
        return False


def install(limiter: RepeatLimiter, logger: logging.Logger | None = None) -> int:
    """Add ``limiter`` to every handler of ``logger`` (root by default); returns how many.

    On handlers, not loggers: a logger's filters do not see records propagated from
    its children (``aiokafka.conn``, ``faust.transport``), a handler's do."""
    target = logger or logging.getLogger()
    handlers = [h for h in target.handlers if limiter not in h.filters]
    for handler in handlers:
        handler.addFilter(limiter)
    return len(handlers)
