"""Where a paced record's latency goes, hop by hop (``bench_pipeline.py --trace``).

Joins, per article, the broker's CreateTimes (input, ``articles.prepared``, output)
with the worker's offset trace (``WIREWATCH_TRACE_OFFSETS``: ``yield`` when the
consumer hands a record to Faust, ``in`` when an agent takes it, ``acked`` once its
outputs are delivered) into the segments of its path:

    published -> fetched 1 -> agent 1 -> prepared sent -> fetched 2 -> agent 2 -> out

All times are this host's wall clock in ms (the trace's to 1 ms, like CreateTime).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

#: ``2026-12-06 09:40:00,123 yield TP(topic='t', partition=1) 17 gen=...``
_LINE = re.compile(
    r"^(?P<when>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) "
    r"(?P<what>yield|in \w+|acked \w+) "
    r"(?:TP|TopicPartition)\(topic='(?P<topic>[^']+)', partition=(?P<partition>\d+)\) (?P<offset>\d+)"
)

#: (what, topic, partition, offset), e.g. ("in prepare_articles", "t", 1, 17)
TraceKey = tuple[str, str, int, int]

#: The segments of one record's path, in order: (name, from mark, to mark).
SEGMENTS: tuple[tuple[str, str, str], ...] = (
    ("publish -> fetched 1", "published", "yield 1"),
    ("fetched 1 -> agent 1", "yield 1", "in 1"),
    ("agent 1 -> prepared sent", "in 1", "prepared"),
    ("prepared sent -> fetched 2", "prepared", "yield 2"),
    ("fetched 2 -> agent 2", "yield 2", "in 2"),
    ("agent 2 -> enriched sent", "in 2", "enriched"),
    ("prepared sent -> acked 1", "prepared", "acked 1"),
)


def parse_trace(lines: Iterable[str]) -> dict[TraceKey, float]:
    """The first time (epoch ms, local clock) of every yield/in/acked line."""
    marks: dict[TraceKey, float] = {}
    for line in lines:
        match = _LINE.match(line)
        if match is None:
            continue
        key = (
            match["what"],
            match["topic"],
            int(match["partition"]),
            int(match["offset"]),
        )
        if key not in marks:
            when = datetime.strptime(match["when"], "%Y-%m-%d %H:%M:%S,%f")
            marks[key] = when.timestamp() * 1000.0
    return marks


@dataclass(frozen=True)
class Position:
    topic: str
    partition: int
    offset: int
    timestamp_ms: int  # CreateTime


def record_marks(
    published: Position,
    prepared: Position | None,
    enriched_ms: int | None,
    trace: Mapping[TraceKey, float],
) -> dict[str, float]:
    """The marks (epoch ms) known for one article; missing ones are left out."""
    marks: dict[str, float] = {"published": float(published.timestamp_ms)}
    raw = (published.topic, published.partition, published.offset)
    for name, key in (
        ("yield 1", ("yield", *raw)),
        ("in 1", ("in prepare_articles", *raw)),
        ("acked 1", ("acked prepare_articles", *raw)),
    ):
        if key in trace:
            marks[name] = trace[key]
    if prepared is not None:
        marks["prepared"] = float(prepared.timestamp_ms)
        mid = (prepared.topic, prepared.partition, prepared.offset)
        for name, key in (
            ("yield 2", ("yield", *mid)),
            ("in 2", ("in decide_articles", *mid)),
        ):
            if key in trace:
                marks[name] = trace[key]
    if enriched_ms is not None:
        marks["enriched"] = float(enriched_ms)
    return marks


def segments(marks: Mapping[str, float]) -> dict[str, float]:
    """Each segment's ms for which both ends are known, and ``total`` (published to
    enriched sent, the latency ``bench_pipeline.py`` reports) when known."""
    found = {
        name: marks[end] - marks[start]
        for name, start, end in SEGMENTS
        if start in marks and end in marks
    }
    if "published" in marks and "enriched" in marks:
        found["total"] = marks["enriched"] - marks["published"]
    return found


def _nearest_rank(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def summarise(per_record: Sequence[Mapping[str, float]], slowest: int = 8) -> list[str]:
    """Lines: p50/p99/max of every segment, then the slowest records' segments
    (by total, ``enriched - published``; ``order``, if given, is the record's place
    in the publishing order, to tell a start-up backlog from stalls)."""
    out = [f"  {'segment':<28} {'n':>5} {'p50':>7} {'p99':>7} {'max':>7}  ms"]
    for name, _start, _end in SEGMENTS:
        values = [s[name] for s in per_record if name in s]
        if values:
            out.append(
                f"  {name:<28} {len(values):>5} {_nearest_rank(values, 0.5):>7.0f} "
                f"{_nearest_rank(values, 0.99):>7.0f} {max(values):>7.0f}"
            )
    totals = sorted((s for s in per_record if "total" in s), key=lambda s: s["total"], reverse=True)
    if totals:
        out.append(f"  slowest {min(slowest, len(totals))} (ms per segment, in path order):")
        for s in totals[:slowest]:
            parts = " | ".join(f"{s[n]:.0f}" if n in s else "-" for n, _a, _b in SEGMENTS)
            order = f" (paced record {s['order']:.0f})" if "order" in s else ""
            out.append(f"    total {s['total']:>5.0f}{order}: {parts}")
    return out
