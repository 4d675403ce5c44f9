"""Two workers starting apart over a backlog: is every record processed? (issue #11)

The everyday case of a first deployment or a scale-out: a backlog waits on
``articles.raw``, one worker starts on it, and a second joins while the first is
mid-stream, so the group rebalances while records of every stage are in flight.
Everything is counted on the topics themselves, after the app's consumer group has
committed every input partition to its end:

* every raw article is enriched or dead-lettered;
* every contact event on ``events.contacts`` reached the registry: replaying the
  topic's events through a fresh :class:`ContactRegistry` (the pure core) gives each
  pair the record the live registry's changelog holds;
* every alert that replay raises is on ``alerts.contacts``.

Dedup verdicts are not compared with a one-worker run: with two workers the order in
which stage 1 publishes (and so which report is "first") legitimately differs.

``python -m tests.rebalance_scenario --runs 20`` (``scripts/rebalance-loop``) repeats
the scenario and prints one line a run; ``tests/integration/test_rebalance_kafka.py``
runs a few of them in ``make test``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from bench.corpus import encode, generate_articles
from schemas import ContactEvent
from tests.kafka_harness import (
    REPO,
    Broker,
    Worker,
    create_topics,
    end_offsets,
    metric_value,
    publish,
    read_to_end,
    start_broker,
    unique_names,
    worker_env,
)
from wirewatch.core.contacts import ContactRegistry
from wirewatch.core.contacts.registry import KEEP_EVENTS

#: Input topics of the app's consumer group, by the env variable naming them.
INPUT_TOPICS = ("WIREWATCH_TOPIC_RAW", "WIREWATCH_TOPIC_PREPARED", "WIREWATCH_TOPIC_CONTACTS")


@dataclass
class RunResult:
    articles: int
    second_worker_after: int
    enriched_or_dead: int = 0
    lost_articles: list[str] = field(default_factory=list)
    contact_events: int = 0
    pairs: int = 0
    pairs_wrong: list[str] = field(default_factory=list)
    pairs_overcounted: list[str] = field(default_factory=list)
    alerts_due: int = 0
    alerts_missing: list[str] = field(default_factory=list)
    drained: bool = False
    seconds: float = 0.0
    logs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.drained
            and not self.lost_articles
            and not self.pairs_wrong
            and not self.alerts_missing
        )

    def line(self) -> str:
        return (
            f"articles {self.articles} (2nd worker after {self.second_worker_after}), "
            f"lost {len(self.lost_articles)}; contact events {self.contact_events} on "
            f"{self.pairs} pairs, pairs wrong {len(self.pairs_wrong)} (over-counted by "
            f"replays {len(self.pairs_overcounted)}); alerts due "
            f"{self.alerts_due}, missing {len(self.alerts_missing)}; drained {self.drained}; "
            f"{self.seconds:.0f} s -> {'OK' if self.ok else 'FAIL'}"
        )


async def _committed(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
        return {tp: meta.offset for tp, meta in offsets.items()}
    finally:
        await admin.close()


async def _drained(bootstrap: str, group: str, topics: list[str]) -> bool:
    """Every partition of ``topics`` committed by ``group`` up to its end offset.

    Stage outputs are produced before their input is committed, so once the raw
    topic is committed to its end and then each later stage, nothing is in flight.
    """
    ends = await end_offsets(bootstrap, topics)
    if not ends:
        return False
    committed = await _committed(bootstrap, group)
    return all(committed.get(tp, 0) >= end for tp, end in ends.items())


def _as_text(data: bytes) -> str:
    """A ``str`` table key or value as Faust wrote it: raw UTF-8 or a JSON string."""
    text = data.decode("utf-8")
    try:
        decoded = json.loads(text)
    except ValueError:
        return text
    return decoded if isinstance(decoded, str) else text


def _changelog_records(records: list[Any]) -> dict[str, dict[str, Any]]:
    """Last value per key of a Faust table changelog (str keys, JSON-text str values)."""
    table: dict[str, dict[str, Any]] = {}
    for record in records:
        key = _as_text(record.key)
        if record.value is None:
            table.pop(key, None)
        else:
            table[key] = json.loads(_as_text(record.value))
    return table


def check_topics(names: dict[str, str], topics: dict[str, list[Any]], result: RunResult) -> None:
    raw_ids = {json.loads(r.value)["id"] for r in topics[names["WIREWATCH_TOPIC_RAW"]]}
    out_ids = {json.loads(r.value)["article_id"] for r in topics[names["WIREWATCH_TOPIC_ENRICHED"]]}
    for record in topics[names["WIREWATCH_TOPIC_DEADLETTER"]]:
        letter = json.loads(record.value)
        payload = letter.get("payload_text") or "{}"
        out_ids.add(json.loads(payload).get("id"))
    result.enriched_or_dead = len(raw_ids & out_ids)
    result.lost_articles = sorted(raw_ids - out_ids)

    # The registry the core would keep for exactly the events on the topic.
    # Each distinct event once, in its partition's order (a redelivery repeats ids).
    by_partition: dict[int, list[ContactEvent]] = defaultdict(list)
    seen: set[str] = set()
    for record in topics[names["WIREWATCH_TOPIC_CONTACTS"]]:
        event = ContactEvent.model_validate_json(record.value)
        if event.event_id not in seen:
            seen.add(event.event_id)
            by_partition[record.partition].append(event)
    result.contact_events = len(seen)
    expected_store: dict[str, Any] = {}
    registry = ContactRegistry(expected_store)
    due_alerts: set[str] = set()
    now = datetime.now(UTC)
    for partition_events in by_partition.values():
        for event in partition_events:
            alert = registry.observe(event, duplicate=False, now=now)
            if alert is not None:
                due_alerts.add(alert.alert_id)
    live = _changelog_records(topics[names["changelog"]])
    result.pairs = len(expected_store)
    for pair, record in expected_store.items():
        got = live.get(pair)
        if got is None or got["count"] < record["count"]:
            result.pairs_wrong.append(pair)  # events never registered
        elif len(record["event_ids"]) < KEEP_EVENTS and set(got["event_ids"]) != set(
            record["event_ids"]
        ):
            result.pairs_wrong.append(pair)
        elif got["count"] > record["count"]:
            # A replay longer than the record's event-id memory counts some events
            # twice: not a loss, reported apart.
            result.pairs_overcounted.append(pair)
    raised = {json.loads(r.value)["alert_id"] for r in topics[names["WIREWATCH_TOPIC_ALERTS"]]}
    result.alerts_due = len(due_alerts)
    result.alerts_missing = sorted(due_alerts - raised)


def run_once(
    broker: Broker,
    workdir: Path,
    *,
    articles: int = 1200,
    second_worker_after: int = 100,
    seed: int = 11,
    timeout_s: float = 240.0,
    trace: bool = False,
) -> RunResult:
    """Publish a backlog, start one worker, start a second once the first has read
    ``second_worker_after`` articles, wait until the group drained every input."""
    started = time.monotonic()
    result = RunResult(articles=articles, second_worker_after=second_worker_after)
    names = unique_names("rebal")
    workdir.mkdir(parents=True, exist_ok=True)
    envs = [worker_env(broker.bootstrap, names, workdir / f"data-{n}") for n in range(2)]
    if trace:  # every record's offsets, per worker (streams/offset_trace.py)
        for n, env in enumerate(envs):
            env["WIREWATCH_TRACE_OFFSETS"] = str(workdir / f"trace-{n}.log")
    create_topics(envs[0])
    corpus = generate_articles(articles, seed=seed)
    asyncio.run(publish(broker.bootstrap, names["WIREWATCH_TOPIC_RAW"], map(encode, corpus)))
    workers = [Worker(envs[0], workdir / "worker-0.log", int(envs[0]["WIREWATCH_WEB_PORT"]))]
    try:
        workers[0].start()
        deadline = time.monotonic() + timeout_s
        while metric_value(workers[0], "wirewatch_articles_received_total") < second_worker_after:
            if time.monotonic() > deadline or workers[0].process.poll() is not None:  # type: ignore[union-attr]
                raise RuntimeError(f"first worker never got going:\n{workers[0].log_tail()}")
            time.sleep(0.1)
        second = Worker(envs[1], workdir / "worker-1.log", int(envs[1]["WIREWATCH_WEB_PORT"]))
        workers.append(second.start())
        group = names["WIREWATCH_APP_ID"]
        inputs = [names[t] for t in INPUT_TOPICS]
        while time.monotonic() < deadline:
            if asyncio.run(_drained(broker.bootstrap, group, inputs)):
                result.drained = True
                break
            time.sleep(1.0)
        names = {**names, "changelog": f"{group}-contact-registry-changelog"}
        topics = asyncio.run(
            read_to_end(
                broker.bootstrap,
                [
                    names["WIREWATCH_TOPIC_RAW"],
                    names["WIREWATCH_TOPIC_ENRICHED"],
                    names["WIREWATCH_TOPIC_DEADLETTER"],
                    names["WIREWATCH_TOPIC_CONTACTS"],
                    names["WIREWATCH_TOPIC_ALERTS"],
                    names["changelog"],
                ],
            )
        )
        check_topics(names, topics, result)
    finally:
        for worker in workers:
            worker.stop()
        result.logs = [str(w.log_path) for w in workers]
    result.seconds = time.monotonic() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "rebalance-loop")
    parser.add_argument(
        "--trace", action="store_true", help="write each worker's offset trace beside its log"
    )
    args = parser.parse_args()
    broker = start_broker()
    failures = 0
    totals = {"articles": 0, "lost": 0, "events": 0, "pairs_wrong": 0, "alerts_missing": 0}
    try:
        for n in range(args.runs):
            # The second worker joins at a different point of the backlog each run.
            after = (50, 150, 300, 600)[n % 4]
            result = run_once(
                broker,
                args.workdir / f"run-{n}",
                articles=args.articles,
                second_worker_after=after,
                seed=100 + n,
                trace=args.trace,
            )
            print(f"run {n + 1}/{args.runs}: {result.line()}", flush=True)
            failures += not result.ok
            totals["articles"] += result.articles
            totals["lost"] += len(result.lost_articles)
            totals["events"] += result.contact_events
            totals["pairs_wrong"] += len(result.pairs_wrong)
            totals["alerts_missing"] += len(result.alerts_missing)
    finally:
        broker.stop()
    print(
        f"{args.runs} runs, {failures} failed; articles {totals['articles']}, lost "
        f"{totals['lost']}; contact events {totals['events']}, pairs wrong "
        f"{totals['pairs_wrong']}; alerts missing {totals['alerts_missing']}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
