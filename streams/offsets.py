"""Where a partition's commit may move, holes that call for reading it again, and
where a changelog partition is read again after its unread records were cleared.

Pure bookkeeping for :mod:`streams.transport`, kept apart so it can be tested alone.

Faust commits a partition past the run of consecutive acked offsets, and refuses only
when that run starts *more than one* past the committed offset
(``min(acked) - committed > 1`` in ``Consumer._new_offset``): a single unacked record
right at the committed offset is committed over and never processed
(faust-streaming #606). With a committed offset of 0 or none the check is skipped
altogether. :func:`committable_offset` moves the commit only through a run that starts
at the head, the record processing resumes from.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar


def committable_offset(acked: Sequence[int], head: int | None) -> tuple[int | None, int]:
    """The offset a partition may commit, and how many of ``acked`` that uses up.

    ``acked`` is sorted; ``head`` is the partition's next record to process (its
    committed offset, or where a never-committed partition started), None when
    unknown. Offsets below the head were committed already and are used up; the
    commit then moves just past the run of consecutive offsets that starts at the
    head — not at all while the head itself is unacked.
    """
    below = 0
    if head is not None:
        while below < len(acked) and acked[below] < head:
            below += 1
    rest = acked[below:]
    if not rest or (head is not None and rest[0] != head):
        return None, below
    end = 1
    while end < len(rest) and rest[end] <= rest[end - 1] + 1:  # repeats belong to the run
        end += 1
    return rest[end - 1] + 1, below + end


Key = TypeVar("Key", bound=Hashable)


@dataclass
class HoleWatch(Generic[Key]):
    """Partitions whose head record stays unacked while later ones are acked.

    In this app every agent acks its events in order (``streams.acks``), so such a
    hole means the record at the head was never handed to the agent: it will not come
    by itself. A hole that outlives ``grace_s`` is due to be read again from its head.
    """

    grace_s: float
    _since: dict[Key, tuple[int, float]] = field(default_factory=dict)

    def note(self, tp: Key, head: int, now: float) -> None:
        seen = self._since.get(tp)
        if seen is None or seen[0] != head:
            self._since[tp] = (head, now)

    def clear(self, tp: Key) -> None:
        self._since.pop(tp, None)

    def reset(self) -> None:
        self._since.clear()

    def due(self, now: float) -> list[tuple[Key, int]]:
        """Holes past their grace; each is watched afresh from ``now`` (a re-read takes
        time to arrive)."""
        due = [(tp, head) for tp, (head, t) in self._since.items() if now - t >= self.grace_s]
        for tp, head in due:
            self._since[tp] = (head, now)
        return due


def note_lowest(lowest: dict[Key, int], records: Iterable[tuple[Key, int]]) -> None:
    """Keep in ``lowest`` the lowest offset seen per partition among ``records``."""
    for tp, offset in records:
        seen = lowest.get(tp)
        if seen is None or offset < seen:
            lowest[tp] = offset


def changelog_resume_point(cleared_from: int, applied: int | None) -> int:
    """Where a changelog partition is read again after the records Recovery had not
    yet read were cleared from its queue, the lowest of them at ``cleared_from``.

    ``applied`` is the last offset Recovery applied (None: none known; -1 or below
    the log's start: nothing yet). Every offset above ``applied`` must come again,
    including any a fetch handed over after the clearing and Recovery applied out of
    order: reading from the lower of the two replays them all in log order, and
    Recovery's own rule (apply only offsets above the last applied) drops the rest.
    """
    if applied is None:
        return cleared_from
    return min(cleared_from, applied + 1)
