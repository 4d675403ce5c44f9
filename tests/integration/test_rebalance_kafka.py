"""No record skipped when a second worker joins over a backlog (issue #11).

A short version of ``scripts/rebalance-loop`` (``wirewatch/testing/rebalance.py``): the
second worker joins mid-backlog. Before ``streams/transport.py``,
partitions the group had never committed kept their fetch position past the records
Faust cleared at the rebalance: prepared articles and contact events were skipped, or
raw partitions were never processed at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirewatch.testing.kafka import Broker
from wirewatch.testing.rebalance import run_once

pytestmark = pytest.mark.kafka


# One join point here; `scripts/rebalance-loop` runs the four points of the scenario
# repeatedly. A rare single-record skip remains (1 run in 10-20 of the loop, issue
# #11, cause not found): this test keeps asserting it away, it does not tolerate it.
@pytest.mark.parametrize("second_worker_after", [150])
def test_second_worker_joining_over_a_backlog_skips_nothing(
    kafka: Broker, tmp_path: Path, second_worker_after: int
) -> None:
    result = run_once(
        kafka,
        tmp_path,
        articles=800,
        second_worker_after=second_worker_after,
        seed=second_worker_after,
        timeout_s=240,
    )
    assert result.drained, f"the group never committed every input to its end: {result.logs}"
    assert result.lost_articles == [], result.logs
    assert result.pairs_wrong == [], result.logs
    assert result.alerts_missing == [], result.logs
    assert result.contact_events > 0 and result.alerts_due > 0
