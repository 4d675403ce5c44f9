"""What a crash costs in replayed records, against throughput, per commit interval.

A worker is SIGKILLed halfway through a backlog and restarted; everything processed
since its last offset commit is processed again, so the enriched topic holds that
many repeats (same ids and verdicts: at-least-once). A shorter commit interval
replays less but commits more often. For each interval this prints the rate of the
first worker up to the kill, the repeats one SIGKILL cost, and the repeats as a
share of what had been processed at the kill.

    python bench/bench_crash_replay.py [--count 3000] [--intervals 0.5,1,2.8,5]

Bounded: one backlog per interval, every wait under a deadline.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script as well as with -m
    sys.path.insert(0, str(REPO))

from bench.bench_pipeline import ensure_broker  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402
from wirewatch.testing.kafka import (  # noqa: E402
    Worker,
    create_topics,
    metric_value,
    publish,
    read_to_end,
    unique_names,
    worker_env,
)


def _wait(predicate, timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        time.sleep(0.1)


def one_interval(bootstrap: str, interval_s: float, count: int, workdir: Path) -> dict[str, float]:
    workdir.mkdir(parents=True, exist_ok=True)
    names = unique_names("replay")
    env = worker_env(
        bootstrap, names, workdir / "data", WIREWATCH_COMMIT_INTERVAL_S=str(interval_s)
    )
    create_topics(env)
    articles = generate_articles(count, seed=7)
    asyncio.run(publish(bootstrap, names["WIREWATCH_TOPIC_RAW"], map(encode, articles)))
    first = Worker(env, workdir / "worker-1.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        _wait(
            lambda: metric_value(first, "wirewatch_articles_received_total") > 0,
            120,
            "first worker never started",
        )
        started = time.monotonic()
        _wait(
            lambda: metric_value(first, "wirewatch_articles_received_total") >= count / 2,
            600,
            "first worker too slow",
        )
        at_kill = metric_value(first, "wirewatch_articles_received_total")
        rate = at_kill / (time.monotonic() - started)
    finally:
        first.kill()
    second = Worker(env, workdir / "worker-2.log", int(env["WIREWATCH_WEB_PORT"])).start()
    enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
    try:
        ids = {a["id"] for a in articles}

        def done() -> bool:
            records = asyncio.run(read_to_end(bootstrap, [enriched_topic]))[enriched_topic]
            return {json.loads(r.value)["article_id"] for r in records} >= ids

        _wait(done, 600, "backlog never finished after the restart")
        records = asyncio.run(read_to_end(bootstrap, [enriched_topic]))[enriched_topic]
    finally:
        second.stop()
    repeats = len(records) - len(ids)
    return {
        "interval_s": interval_s,
        "rate": rate,
        "processed_at_kill": at_kill,
        "repeats": repeats,
        "repeat_share": repeats / at_kill if at_kill else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--intervals", default="0.5,1,2.8,5")
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "bench-crash-replay")
    args = parser.parse_args()
    broker = ensure_broker()
    rows = []
    try:
        for n, interval in enumerate(float(i) for i in args.intervals.split(",")):
            row = one_interval(broker.bootstrap, interval, args.count, args.workdir / str(n))
            rows.append(row)
            print(
                f"commit every {row['interval_s']:>4.1f} s: {row['rate']:6.1f} articles/s before "
                f"the kill; {row['repeats']:5.0f} enriched records repeated after one SIGKILL "
                f"({row['repeat_share']:.1%} of the {row['processed_at_kill']:.0f} processed)",
                flush=True,
            )
    finally:
        broker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
