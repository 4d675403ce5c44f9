"""The CPU one hostile record costs: the slowest shapes of input, through every stage.

Each shape is one raw record of at most 1 MiB built to hit a known or suspected
super-linear path (deep HTML nesting, tags with tens of thousands of attributes,
long runs of combining marks, a megabyte of "X met Y.", huge titles, deep JSON,
lines without spaces, …). Each one goes through the whole offline pipeline
(``OfflineRunner.process_one``: validate, normalise, entities, signature, contacts,
dedup, registry, output encoding) and its CPU time is measured (``process_time``,
one core). The slowest ten are printed, worst first, with what became of them.
The bound the pipeline promises is 1 s of CPU per record.

    .venv/bin/python bench/bench_worst_case.py [--all] [--repeat 1]
"""

from __future__ import annotations

import argparse
import logging
import time
from datetime import UTC, datetime

from wirewatch.testing.hostile import record, shapes
from wirewatch.testing.timing import machine_speed, pin_to_one_core


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every shape, not ten")
    parser.add_argument("--repeat", type=int, default=1, help="runs per shape (the best kept)")
    args = parser.parse_args()

    from wirewatch.core.offline import OfflineRunner
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.core.validate import Origin
    from wirewatch.settings import Settings

    # Hostile records log a warning or a traceback each: not what is measured here.
    logging.disable(logging.CRITICAL)
    pin_to_one_core()
    runner = OfflineRunner(Pipeline(Settings()))
    runner.pipeline.warm_up()
    list(runner.process_one(record("Fidan met Haftar in Ankara."), _origin(Origin, 0)))
    rows: list[tuple[float, str, int, str]] = []
    for number, shape in enumerate(shapes(), start=1):
        payload = shape.build()
        best = float("inf")
        outcome = ""
        for _ in range(args.repeat):
            started = time.process_time()
            outputs = list(runner.process_one(payload, _origin(Origin, number)))
            best = min(best, time.process_time() - started)
            outcome = ", ".join(
                str(getattr(o.value, "reason", None) or o.topic.rsplit(".", 1)[-1])
                for o in outputs[:3]
            ) + (f" +{len(outputs) - 3}" if len(outputs) > 3 else "")
        rows.append((best, shape.name, len(payload), outcome))
    rows.sort(reverse=True)
    shown = rows if args.all else rows[:10]
    print(f"{len(rows)} hostile shapes through every stage; CPU per record, worst first")
    for cpu, name, size, outcome in shown:
        print(f"{cpu * 1000:9.1f} ms  {size / 1024:7.0f} KB  {name:32s} -> {outcome}")
    print(f"worst: {rows[0][1]} at {rows[0][0] * 1000:.0f} ms CPU (bound: 1000 ms)")
    print(f"machine speed (fixed reference loop) now: {machine_speed():.0f}/s")


def _origin(origin_type: type, offset: int) -> object:
    return origin_type("articles.raw", 0, offset, None, datetime.now(UTC))


if __name__ == "__main__":
    main()
