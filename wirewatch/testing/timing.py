"""CPU-time rates for the benchmarks of one stage (bench_entities, bench_normalise).

A rate is the CPU time of this process, pinned to one core, over several windows;
the best window is reported, with the median beside it: other processes on the
machine slow even CPU time down (shared caches and cores), and the best window is
the closest to an uncontended core. Beside each window the machine's own speed is
measured with a fixed pure-Python reference loop: on this VM the same loop ran
anywhere between about 90 and 210 times a second within minutes, so a rate is only
meaningful next to the speed the machine had while it was measured."""

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


#: CPU seconds of reference loop before each window
REFERENCE_S = 0.1


def _reference_loop() -> int:
    """Fixed work of the kind the stages do (dicts, strings); the same every call."""
    table: dict[str, str] = {}
    for i in range(20000):
        key = str(i)
        table[key] = key.upper() + "x"
    return len(table)


def machine_speed(seconds: float = REFERENCE_S) -> float:
    """Reference loops per second of process CPU time, now."""
    n = 0
    start = time.process_time()
    while True:
        _reference_loop()
        n += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return n / elapsed


def best_and_median_rate(one_pass: Callable[[], int], seconds: float) -> dict[str, float]:
    """Rate (items/s of process CPU time) over ``WINDOWS`` windows of whole passes;
    ``one_pass`` does one pass and returns how many items it handled. No warm-up:
    callers do their own. Also the machine's speed (``machine_speed``) measured
    before each window: its slowest and fastest, and the one before the best window."""
    rates: list[float] = []
    speeds: list[float] = []
    window = seconds / WINDOWS
    for _ in range(WINDOWS):
        speeds.append(machine_speed())
        n = 0
        start = time.process_time()
        while True:
            n += one_pass()
            elapsed = time.process_time() - start
            if elapsed >= window:
                break
        rates.append(n / elapsed)
    best = max(range(WINDOWS), key=rates.__getitem__)
    return {
        "best": rates[best],
        "median": statistics.median(rates),
        "speed_best": speeds[best],
        "speed_min": min(speeds),
        "speed_max": max(speeds),
    }


def speed_note(r: dict[str, float], over: str = "windows") -> str:
    """The machine's speed during a measurement, for the printed report."""
    return (
        f"machine speed (fixed reference loop) {r['speed_min']:.0f}-{r['speed_max']:.0f}/s "
        f"over the {over}, {r['speed_best']:.0f}/s before the best one"
    )
