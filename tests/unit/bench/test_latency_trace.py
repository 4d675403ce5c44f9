"""The per-segment latency split of ``bench_pipeline.py --trace``."""

from __future__ import annotations

from datetime import datetime

from wirewatch.testing.latency_trace import (
    Position,
    parse_trace,
    record_marks,
    segments,
    summarise,
)

RAW, MID = "x.articles.raw", "x.articles.prepared"


def _ms(clock: str) -> float:
    return datetime.strptime(f"2026-12-06 {clock}", "%Y-%m-%d %H:%M:%S,%f").timestamp() * 1000


def _line(clock: str, what: str, topic: str, partition: int, offset: int) -> str:
    return (
        f"2026-12-06 {clock} {what} TopicPartition(topic='{topic}', partition={partition}) "
        f"{offset} gen=1"
    )


TRACE = [
    _line("10:00:00,100", "yield", RAW, 2, 7),
    _line("10:00:00,102", "in prepare_articles", RAW, 2, 7),
    _line("10:00:00,130", "acked prepare_articles", RAW, 2, 7),
    _line("10:00:00,350", "yield", MID, 0, 40),
    "2026-12-06 10:00:00,351 commit bench[0]=3 -> True",  # not a record's mark
    _line("10:00:00,360", "in decide_articles", MID, 0, 40),
    _line("10:00:00,999", "yield", RAW, 2, 7),  # a second delivery: the first counts
]


def test_a_records_path_splits_into_its_segments() -> None:
    trace = parse_trace(TRACE)
    assert trace[("yield", RAW, 2, 7)] == _ms("10:00:00,100")
    published = Position(RAW, 2, 7, int(_ms("10:00:00,050")))
    prepared = Position(MID, 0, 40, int(_ms("10:00:00,110")))
    found = segments(record_marks(published, prepared, int(_ms("10:00:00,365")), trace))
    assert found == {
        "publish -> fetched 1": 50.0,
        "fetched 1 -> agent 1": 2.0,
        "agent 1 -> prepared sent": 8.0,
        "prepared sent -> fetched 2": 240.0,
        "fetched 2 -> agent 2": 10.0,
        "agent 2 -> enriched sent": 5.0,
        "prepared sent -> acked 1": 20.0,
        "total": 315.0,
    }
    lines = "\n".join(summarise([found]))
    assert "prepared sent -> fetched 2" in lines and "total   315" in lines


def test_missing_marks_leave_their_segments_out() -> None:
    published = Position(RAW, 1, 3, 1_000)
    assert segments(record_marks(published, None, None, parse_trace(TRACE))) == {}
    assert summarise([]) == [summarise([])[0]]  # the header only
