"""No record skipped when a second worker joins over a backlog (issue #11).

A short version of ``scripts/rebalance-loop`` (``wirewatch/testing/rebalance.py``): the
second worker joins mid-backlog. Before ``streams/transport.py``,
partitions the group had never committed kept their fetch position past the records
Faust cleared at the rebalance: prepared articles and contact events were skipped, or
raw partitions were never processed at all. Later a single record was still skipped
in 1 run of 10-20: handed to Faust in the milliseconds between its seek of the
streams and its last resume, which clears the stream queues. The second case widens
that window to a second (``WIREWATCH_FAULT_SEEK_PAUSE_S``), which made the first
pause run lose a prepared article and stall its partition before the fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.testing.kafka import Broker
from wirewatch.testing.rebalance import run_once

pytestmark = pytest.mark.kafka


# Two cases; `scripts/rebalance-loop` runs the four join points of the scenario
# repeatedly.
@pytest.mark.parametrize(
    ("second_worker_after", "seek_pause_s"),
    [(150, 0.0), (50, 1.0)],
    ids=["join-mid-backlog", "join-early-seek-window-widened"],
)
def test_second_worker_joining_over_a_backlog_skips_nothing(
    kafka: Broker, tmp_path: Path, second_worker_after: int, seek_pause_s: float
) -> None:
    result = run_once(
        kafka,
        tmp_path,
        articles=800,
        second_worker_after=second_worker_after,
        seed=second_worker_after,
        timeout_s=240,
        seek_pause_s=seek_pause_s,
    )
    assert result.drained, f"the group never committed every input to its end: {result.logs}"
    assert result.lost_articles == [], result.logs
    assert result.pairs_wrong == [], result.logs
    assert result.events_unregistered == [], result.logs
    assert result.alerts_missing == [], result.logs
    assert result.contact_events > 0 and result.alerts_due > 0
