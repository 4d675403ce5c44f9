"""Live events with stable ids, and the window of recent ones kept for clients that
reconnect with ``Last-Event-ID``.

An event's id is where its record sits in Kafka, ``topic:partition:offset``: every
serve process reads the same partitions, so an id means the same record whichever
process a load balancer sends the reconnecting client to.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, NamedTuple

import orjson

#: What a client may ask for on the stream, and the topic each comes from.
KINDS = frozenset({"article", "alert", "contact"})


class EventPosition(NamedTuple):
    topic: str
    partition: int
    offset: int

    def event_id(self) -> str:
        return f"{self.topic}:{self.partition}:{self.offset}"


def parse_event_id(event_id: str) -> EventPosition | None:
    """The position an id names, or None when it is not one of ours. Topic names may
    contain dots but not colons, so the last two fields are split from the right."""
    topic, _, rest = event_id.strip().rpartition(":")
    topic, _, partition = topic.rpartition(":")
    if not topic or not partition.isdigit() or not rest.isdigit():
        return None
    return EventPosition(topic, int(partition), int(rest))


@dataclass(frozen=True, slots=True)
class LiveRecord:
    """One record of a public output topic, kept as published (JSON bytes): decoded
    only for a subscriber that wants its kind."""

    kind: str  # "article" | "alert" | "contact"
    value: bytes
    position: EventPosition | None = None
    #: Arrival order in this process: replay and live delivery never overlap.
    seq: int = 0

    @property
    def size(self) -> int:
        return len(self.value)

    @property
    def event_id(self) -> str | None:
        return self.position.event_id() if self.position is not None else None

    @property
    def data(self) -> dict[str, Any]:
        return orjson.loads(self.value)


@dataclass(frozen=True, slots=True)
class Resume:
    """What a reconnecting client is owed: the retained events after its last one, or
    a gap (``records`` empty) when some of those have left the window."""

    gap: bool
    records: list[LiveRecord]
    reason: str = ""


class ReplayWindow:
    """The most recent events in arrival order, bounded in count and in bytes (oldest
    evicted first), indexed by id."""

    def __init__(self, max_events: int, max_bytes: int) -> None:
        self.max_events = max_events
        self.max_bytes = max_bytes
        self.bytes = 0
        self._events: deque[LiveRecord] = deque()
        self._seq_by_id: dict[str, int] = {}
        #: Highest offset evicted per partition: a client whose last event is older
        #: than that has missed something the window no longer has.
        self._evicted_upto: dict[tuple[str, int], int] = {}
        #: First offset read per partition: the view starts articles near the end, and
        #: records before a topic's retained beginning are gone from Kafka too.
        self._first_read: dict[tuple[str, int], int] = {}

    def __len__(self) -> int:
        return len(self._events)

    def append(self, record: LiveRecord) -> None:
        if record.position is None:
            return
        self._events.append(record)
        self._first_read.setdefault(record.position[:2], record.position.offset)
        self._seq_by_id[record.position.event_id()] = record.seq
        self.bytes += record.size
        while len(self._events) > self.max_events or (
            self.bytes > self.max_bytes and len(self._events) > 1
        ):
            self._evict_oldest()

    def _evict_oldest(self) -> None:
        old = self._events.popleft()
        self.bytes -= old.size
        assert old.position is not None
        event_id = old.position.event_id()
        if self._seq_by_id.get(event_id) == old.seq:
            del self._seq_by_id[event_id]
        key = (old.position.topic, old.position.partition)
        self._evicted_upto[key] = max(self._evicted_upto.get(key, -1), old.position.offset)

    def resume(self, last_event_id: str, kinds: frozenset[str]) -> Resume:
        position = parse_event_id(last_event_id)
        if position is None:
            return Resume(True, [], f"unknown event id {last_event_id!r}")
        after = self._seq_by_id.get(last_event_id)
        if after is None:
            key = (position.topic, position.partition)
            if self._evicted_upto.get(key, -1) > position.offset:
                return Resume(True, [], "events after it are no longer retained")
            if self._first_read.get(key, 0) > position.offset + 1:
                return Resume(True, [], "events after it were never read by this server")
            after = self._anchor(position)
        return Resume(False, [r for r in self._events if r.seq > after and r.kind in kinds])

    def _anchor(self, position: EventPosition) -> int:
        """For an id this process has not kept (a filtered or not yet read record, or
        one read first by another process): resume just before this partition's next
        retained record. Records of other partitions have no order relative to it that
        holds across processes; those arriving here after that point are replayed."""
        for record in self._events:
            p = record.position
            assert p is not None
            if (p.topic, p.partition) == position[:2] and p.offset > position.offset:
                return record.seq - 1
        return self._events[-1].seq if self._events else -1
