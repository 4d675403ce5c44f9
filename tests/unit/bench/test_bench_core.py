"""bench/bench_core.py must keep running: it is the evidence for the throughput ceiling."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_bench_core_prints_per_stage_costs_and_the_ceiling() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_core.py"), "--count", "40", "--passes", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    out = result.stdout
    costs = {
        stage: float(re.search(rf"^\s+{stage}\s+([\d.]+) ms/article", out, re.M).group(1))
        for stage in ("prepare", "decide", "register", "total")
    }
    assert costs["prepare"] > 0 and costs["decide"] > 0
    # Printed to 0.01 ms: each figure is within 0.005 of the value it was computed from.
    half = 0.005
    assert (
        abs(costs["total"] - (costs["prepare"] + costs["decide"] + costs["register"])) <= 4 * half
    )
    ceiling = float(re.search(r"at most ([\d,]+) articles/s", out).group(1).replace(",", ""))
    # The ceiling is 1000 / the unrounded total, printed to the unit.
    assert 1000 / (costs["total"] + half) - 0.5 <= ceiling <= 1000 / (costs["total"] - half) + 0.5
