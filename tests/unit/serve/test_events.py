"""Event ids and the replay window a reconnecting SSE client resumes from."""

from __future__ import annotations

import pytest

from wirewatch.serve.events import EventPosition, LiveRecord, ReplayWindow, parse_event_id

ALERTS = "t1.alerts.contacts"
ARTICLES = "t1.articles.enriched"
ALL = frozenset({"article", "alert", "contact"})


def _record(seq: int, topic: str, partition: int, offset: int, size: int = 10) -> LiveRecord:
    kind = "alert" if topic == ALERTS else "article"
    value = b'{"n": %d}' % seq
    return LiveRecord(kind, value.ljust(size), EventPosition(topic, partition, offset), seq)


def _window(records: list[LiveRecord], max_events: int = 100, max_bytes: int = 10**6):
    window = ReplayWindow(max_events, max_bytes)
    for record in records:
        window.append(record)
    return window


def test_an_event_id_names_topic_partition_offset_and_parses_back() -> None:
    position = EventPosition("alerts.contacts", 0, 123)
    assert position.event_id() == "alerts.contacts:0:123"
    assert parse_event_id("alerts.contacts:0:123") == position
    assert parse_event_id(" a.b.c:12:0 ") == EventPosition("a.b.c", 12, 0)


@pytest.mark.parametrize("bad", ["", "x", "topic:1", "topic:a:1", "topic:1:-2", ":1:2", "t:1:2x"])
def test_ids_not_of_our_form_are_refused(bad: str) -> None:
    assert parse_event_id(bad) is None


def test_a_known_id_resumes_with_everything_after_it_in_arrival_order() -> None:
    records = [
        _record(1, ALERTS, 0, 10),
        _record(2, ARTICLES, 1, 50),
        _record(3, ALERTS, 0, 11),
        _record(4, ARTICLES, 0, 7),
    ]
    window = _window(records)
    resume = window.resume(f"{ALERTS}:0:10", ALL)
    assert not resume.gap
    assert [r.seq for r in resume.records] == [2, 3, 4]
    # Only the kinds the client asked for.
    assert [r.seq for r in window.resume(f"{ALERTS}:0:10", frozenset({"alert"})).records] == [3]
    # The newest id: nothing missed.
    assert window.resume(f"{ARTICLES}:0:7", ALL).records == []


def test_an_id_whose_successors_were_evicted_is_a_gap() -> None:
    window = _window([_record(n, ALERTS, 0, 100 + n) for n in range(1, 6)], max_events=3)
    assert len(window) == 3  # offsets 103..105 kept
    resume = window.resume(f"{ALERTS}:0:101", ALL)
    assert resume.gap and resume.records == [] and "no longer retained" in resume.reason
    # The last evicted one is still a resumable point: nothing after it is gone.
    assert [r.seq for r in window.resume(f"{ALERTS}:0:102", ALL).records] == [3, 4, 5]


def test_the_window_is_bounded_in_bytes_oldest_first() -> None:
    window = _window([_record(n, ARTICLES, 0, n, size=400) for n in range(1, 6)], max_bytes=1000)
    assert len(window) == 2 and window.bytes == 800
    assert window.resume(f"{ARTICLES}:0:2", ALL).gap
    # One event larger than the whole budget is still kept, alone.
    window.append(_record(6, ARTICLES, 0, 6, size=5000))
    assert len(window) == 1


def test_an_id_older_than_anything_this_server_read_is_a_gap() -> None:
    # e.g. articles, which the view starts reading near the end of each partition.
    window = _window([_record(1, ARTICLES, 0, 500), _record(2, ARTICLES, 0, 501)])
    assert window.resume(f"{ARTICLES}:0:400", ALL).gap
    # The record just before the first one read: nothing is missing.
    assert [r.seq for r in window.resume(f"{ARTICLES}:0:499", ALL).records] == [1, 2]


def test_an_id_read_first_by_another_server_resumes_at_its_partition_successor() -> None:
    # This server never kept alerts:0:11 (say a filtered record); its partition's next
    # retained record is offset 12, and what arrived here from then on is replayed.
    window = _window(
        [
            _record(1, ALERTS, 0, 10),
            _record(2, ARTICLES, 0, 1),
            _record(3, ALERTS, 0, 12),
            _record(4, ARTICLES, 0, 2),
        ]
    )
    assert [r.seq for r in window.resume(f"{ALERTS}:0:11", ALL).records] == [3, 4]
    # Ahead of everything read here: nothing to replay yet, the live events follow.
    assert window.resume(f"{ALERTS}:0:99", ALL).records == []


def test_a_malformed_id_is_a_gap_so_the_client_reloads() -> None:
    resume = _window([_record(1, ALERTS, 0, 1)]).resume("not-an-id", ALL)
    assert resume.gap and "unknown event id" in resume.reason
