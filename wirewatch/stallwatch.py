"""A state that must not last: how long it has lasted, and when that is too long.

Used for table recovery: a worker's recovery once waited five minutes for changelog
records that never came ("No event received for active tp", issue #11; cause not
found), with every partition paused. A recovery that runs past its bound is better
ended by restarting the worker (its supervisor restarts it, and the new consumer
starts from the committed offsets) than left to stall the pipeline silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class StallWatch:
    def __init__(self, limit_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit_s = limit_s
        self.clock = clock
        self._since: float | None = None

    def observe(self, active: bool) -> float:
        """Record whether the state holds now; returns for how long it has held."""
        now = self.clock()
        if not active:
            self._since = None
            return 0.0
        if self._since is None:
            self._since = now
        return now - self._since

    def overdue(self, active: bool) -> bool:
        return self.observe(active) > self.limit_s
