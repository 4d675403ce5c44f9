"""CPU-time rates for the single-stage benchmarks (bench_entities, bench_normalise)."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

#: Windows per measurement: the best is the closest to an uncontended core, the
#: median shows how far load on the shared machine moved it.
WINDOWS = 5


def pin_to_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def best_and_median_rate(one_pass: Callable[[], int], seconds: float) -> dict[str, float]:
    """Rate (items/s of process CPU time) over ``WINDOWS`` windows of whole passes;
    ``one_pass`` does one pass and returns how many items it handled. No warm-up:
    callers do their own."""
    rates: list[float] = []
    window = seconds / WINDOWS
    for _ in range(WINDOWS):
        n = 0
        start = time.process_time()
        while True:
            n += one_pass()
            elapsed = time.process_time() - start
            if elapsed >= window:
                break
        rates.append(n / elapsed)
    return {"best": max(rates), "median": statistics.median(rates)}
