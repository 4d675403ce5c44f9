"""What a crash costs in replayed records, against throughput, per commit interval.

A worker is SIGKILLed halfway through a backlog and restarted; everything processed
since its last offset commit is processed again, so the enriched topic holds that
many repeats (same ids and verdicts: at-least-once). A shorter commit interval
replays less but commits more often. For each interval this prints the rate of the
first worker up to the kill, the repeats one SIGKILL cost, and the repeats as a
share of what had been processed at the kill.

With ``--guarantee exactly_once`` the workers run Faust's transactions instead, and
the enriched topic is read as a transactional consumer reads it (read_committed):
it also prints how many articles never came out while their raw offsets were
committed (why they do: ``processing_guarantee`` in ``wirewatch/settings.py``).

    python bench/bench_crash_replay.py [--count 3000] [--intervals 0.5,1,2.8,5]
    python bench/bench_crash_replay.py --guarantee exactly_once --intervals 1

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

from aiokafka.admin import AIOKafkaAdminClient  # noqa: E402

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


def _committed_raw(bootstrap: str, group: str, topic: str) -> int:
    """Offsets the worker group has committed on ``topic``, summed over partitions."""

    async def read() -> int:
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
        await admin.start()
        try:
            offsets = await admin.list_consumer_group_offsets(group)
        finally:
            await admin.close()
        return sum(max(0, meta.offset) for tp, meta in offsets.items() if tp.topic == topic)

    return asyncio.run(read())


def one_interval(
    bootstrap: str, interval_s: float, count: int, workdir: Path, guarantee: str, quiet_s: float
) -> dict[str, float]:
    workdir.mkdir(parents=True, exist_ok=True)
    names = unique_names("replay")
    env = worker_env(
        bootstrap,
        names,
        workdir / "data",
        WIREWATCH_COMMIT_INTERVAL_S=str(interval_s),
        WIREWATCH_PROCESSING_GUARANTEE=guarantee,
        WIREWATCH_ALLOW_EXACTLY_ONCE=str(guarantee == "exactly_once").lower(),
    )
    create_topics(env)
    articles = generate_articles(count, seed=7)
    raw_topic = names["WIREWATCH_TOPIC_RAW"]
    asyncio.run(publish(bootstrap, raw_topic, map(encode, articles)))
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
    group = env.get("WIREWATCH_APP_ID", "")
    ids = {a["id"] for a in articles}
    # What a downstream consumer sees: read_committed, so a transaction's records
    # count only once committed (at-least-once writes none, so this changes nothing).
    seen: list = []
    try:
        last_change, last_count = time.monotonic(), -1
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            seen = asyncio.run(read_to_end(bootstrap, [enriched_topic], "read_committed"))[
                enriched_topic
            ]
            if {json.loads(r.value)["article_id"] for r in seen} >= ids:
                break
            if len(seen) != last_count:
                last_change, last_count = time.monotonic(), len(seen)
            # Stuck: every raw offset committed and nothing new downstream for a while.
            elif (
                time.monotonic() - last_change > quiet_s
                and _committed_raw(bootstrap, group, raw_topic) >= count
            ):
                break
            time.sleep(1.0)
        else:
            raise TimeoutError("backlog neither finished nor settled after the restart")
    finally:
        second.stop()
    enriched_ids = {json.loads(r.value)["article_id"] for r in seen}
    repeats = len(seen) - len(enriched_ids)
    return {
        "interval_s": interval_s,
        "rate": rate,
        "processed_at_kill": at_kill,
        "repeats": repeats,
        "repeat_share": repeats / at_kill if at_kill else 0.0,
        "lost": len(ids - enriched_ids),
        "raw_committed": _committed_raw(bootstrap, group, raw_topic),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--intervals", default="0.5,1,2.8,5")
    parser.add_argument(
        "--guarantee",
        choices=["at_least_once", "exactly_once"],
        default="at_least_once",
        help="Faust's processing guarantee for the workers (exactly_once is refused by "
        "the worker's settings except for this measurement)",
    )
    parser.add_argument(
        "--quiet-s",
        type=float,
        default=45.0,
        help="after the restart, a run whose raw offsets are all committed and whose "
        "enriched topic has not grown for this long is over: what is missing is lost",
    )
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "bench-crash-replay")
    args = parser.parse_args()
    broker = ensure_broker()
    rows = []
    try:
        for n, interval in enumerate(float(i) for i in args.intervals.split(",")):
            row = one_interval(
                broker.bootstrap,
                interval,
                args.count,
                args.workdir / str(n),
                args.guarantee,
                args.quiet_s,
            )
            rows.append(row)
            print(
                f"{args.guarantee}, commit every {row['interval_s']:>4.1f} s: "
                f"{row['rate']:6.1f} articles/s before the kill; {row['repeats']:5.0f} "
                f"enriched records repeated after one SIGKILL ({row['repeat_share']:.1%} of "
                f"the {row['processed_at_kill']:.0f} processed); {row['lost']:.0f} of "
                f"{args.count} articles never enriched (read_committed), "
                f"{row['raw_committed']:.0f} raw offsets committed",
                flush=True,
            )
    finally:
        broker.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
