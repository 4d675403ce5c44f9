"""A state that must not last: how long it has lasted, and when that is too long.

Used for table recovery. A worker's recovery once waited five minutes for changelog
records that never came ("No event received for active tp", issue #11), with every
partition paused: Faust's recovery queue is cleared whenever flow resumes, and
records fetched into it but not yet read were gone (``streams/transport.py`` now
reads them again). Two nets remain for causes not yet seen: a recovery that applies
no record for a while is read again from its last applied offsets
(:class:`ProgressWatch`, in the transport), and one that runs past its bound is
ended by restarting the worker (:class:`StallWatch`; its supervisor restarts it,
and the new consumer starts from the committed offsets) rather than left to stall
the pipeline silently.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar


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


Progress = TypeVar("Progress", bound=Hashable)


class ProgressWatch(Generic[Progress]):
    """How long a measure of progress has stayed the same."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._value: Progress | None = None
        self._since = 0.0

    def observe(self, value: Progress | None) -> float:
        """Record the progress now (None: nothing to watch); returns for how long it
        has not moved."""
        now = self.clock()
        if value is None or value != self._value:
            self._value = value
            self._since = now
            return 0.0
        return now - self._since

    def reset(self) -> None:
        """Watch afresh from the next observation (after acting on a stall)."""
        self._value = None
