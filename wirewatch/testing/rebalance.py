"""Two workers starting apart over a backlog: is every record processed? (issue #11)

The everyday case of a first deployment or a scale-out: a backlog waits on
``articles.raw``, one worker starts on it, and a second joins while the first is
mid-stream, so the group rebalances while records of every stage are in flight.
Everything is counted on the topics themselves, after the app's consumer group has
committed every input partition to its end:

* every raw article is enriched or dead-lettered;
* every contact event on ``events.contacts`` reached the registry: each event the
  pure core's :class:`ContactRegistry` records when the topic is replayed through it
  is in one of the records the live registry wrote to its changelog (each write
  holds the event just registered), and each pair's last record agrees with the
  replay's;
* every alert that replay raises is on ``alerts.contacts``;
* the group never stalls: while work is pending, some input partition's committed
  offset moves at least once per session timeout (polled every second) — a stage
  that stops receiving records, as a batched stage 1 on Faust's ``take_events`` did
  for 7-15 s after a rebalance, fails the run. Each partition's own longest wait is
  reported beside it (not failed on): over a backlog Faust hands a worker's stages
  their records in fetch order, so a contact-event or prepared partition waits
  behind the raw records stage 1 is reading (up to 7 s with one record at a time on
  the loaded 2-core machine), and the wait for a partition's first commit is
  reported apart;
* stage 2 gives one worker's verdicts: replaying ``articles.prepared`` (the one total
  order every article is decided in) through the core in one process gives every
  article the verdict (status, original, cluster) it got live, and a re-decided
  article (a redelivery after the rebalance) keeps its first verdict.

``inject_skip`` proves the check sees one skipped record of each counted kind: once
the group has drained, one raw article and one contact event of a pair never seen
are appended and the group's offsets committed past them, as a worker that skipped
them would have done; the run must then report exactly those two records (and the
alert the event was due) and fail.

Verdicts are compared over the order stage 2 read, not the raw topic's: with two
workers the order in which stage 1 publishes (and so which report is "first")
legitimately differs from one worker's.

``batch_max_records``/``batch_max_wait_ms`` (``--batch-max-records``,
``--batch-max-wait-ms``) set the workers' stage batches (``streams/batching.py``).

``python -m wirewatch.testing.rebalance --runs 20`` (``scripts/rebalance-loop``) repeats
the scenario and prints one line a run; ``tests/integration/test_rebalance_kafka.py``
runs a few of them in ``make test``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from aiokafka.structs import TopicPartition

from schemas import ContactEvent
from wirewatch.core.contacts import ContactRegistry
from wirewatch.core.contacts.registry import KEEP_EVENTS
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings
from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.kafka import (
    REPO,
    Broker,
    Worker,
    committed_offsets,
    consume_until,
    create_topics,
    end_offsets,
    metric_value,
    publish,
    read_to_end,
    start_broker,
    unique_names,
    worker_env,
)

#: Input topics of the app's consumer group, by the env variable naming them.
INPUT_TOPICS = ("WIREWATCH_TOPIC_RAW", "WIREWATCH_TOPIC_PREPARED", "WIREWATCH_TOPIC_CONTACTS")

#: What the workers' logs say about table recovery, counted per run: a stall that
#: Faust noticed, the re-reads and restarts of ``streams/transport.py``, the watchdog's exit.
RECOVERY_SIGNS = {
    "stalled": "No event received for active tp",
    "cleared": "changelog records unread by table recovery",
    "stall restart": "table recovery applied no changelog record",
    "watchdog exit": "table recovery has run for over",
}


def recovery_signs(log_paths: list[Path]) -> dict[str, int]:
    """How many lines of each of ``RECOVERY_SIGNS`` the logs hold."""
    counts = dict.fromkeys(RECOVERY_SIGNS, 0)
    for path in log_paths:
        try:
            text = path.read_text(errors="replace")
        except OSError:
            continue
        for sign, phrase in RECOVERY_SIGNS.items():
            counts[sign] += text.count(phrase)
    return counts


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
    events_unregistered: list[str] = field(default_factory=list)
    alerts_due: int = 0
    alerts_missing: list[str] = field(default_factory=list)
    verdicts: int = 0
    verdicts_differing: list[str] = field(default_factory=list)
    group_stall_s: float = 0.0
    longest_stall_s: float = 0.0
    longest_stall_at: str = ""
    first_commit_wait_s: float = 0.0
    first_commit_wait_at: str = ""
    stall_limit_s: float = 0.0
    drained: bool = False
    seconds: float = 0.0
    recovery: dict[str, int] = field(default_factory=dict)
    logs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.drained
            and not self.recovery.get("watchdog exit")
            and not self.lost_articles
            and not self.pairs_wrong
            and not self.events_unregistered
            and not self.alerts_missing
            and not self.verdicts_differing
            and self.group_stall_s <= self.stall_limit_s
        )

    def line(self) -> str:
        return (
            f"articles {self.articles} (2nd worker after {self.second_worker_after}), "
            f"lost {len(self.lost_articles)}; contact events {self.contact_events}, "
            f"unregistered {len(self.events_unregistered)}, on "
            f"{self.pairs} pairs, pairs wrong {len(self.pairs_wrong)} (over-counted by "
            f"replays {len(self.pairs_overcounted)}); alerts due "
            f"{self.alerts_due}, missing {len(self.alerts_missing)}; verdicts {self.verdicts}, "
            f"differing from one worker's {len(self.verdicts_differing)}; group stalled "
            f"{self.group_stall_s:.0f} s (limit {self.stall_limit_s:.0f}); a partition's longest "
            f"wait {self.longest_stall_s:.0f} s ({self.longest_stall_at or '-'}; first commit "
            f"after {self.first_commit_wait_s:.0f} s, "
            f"{self.first_commit_wait_at or '-'}); drained {self.drained}; "
            f"recovery {' '.join(f'{k} {v}' for k, v in self.recovery.items() if v) or 'clean'}; "
            f"{self.seconds:.0f} s -> {'OK' if self.ok else 'FAIL'}"
        )


async def _progress(
    bootstrap: str, group: str, topics: list[str]
) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
    """End offsets of every partition of ``topics``, and what ``group`` committed."""
    ends = await end_offsets(bootstrap, topics)
    return ends, await committed_offsets(bootstrap, group)


def _drained(ends: dict[TopicPartition, int], committed: dict[TopicPartition, int]) -> bool:
    """Every partition committed up to its end offset.

    Stage outputs are produced before their input is committed, so once the raw
    topic is committed to its end and then each later stage, nothing is in flight.
    """
    return bool(ends) and all(committed.get(tp, 0) >= end for tp, end in ends.items())


@dataclass
class StallWatch:
    """How long each partition with work pending went without its commit moving."""

    since: dict[TopicPartition, tuple[int, float]] = field(default_factory=dict)
    longest_s: float = 0.0
    longest_at: str = ""
    #: Longest time with work pending and no partition's commit moving at all.
    group_longest_s: float = 0.0
    group_last_move: float | None = None
    #: The same, for partitions the group has never committed (its first commit).
    first_commit_s: float = 0.0
    first_commit_at: str = ""

    def observe(
        self, ends: dict[TopicPartition, int], committed: dict[TopicPartition, int], now: float
    ) -> None:
        pending = any(committed.get(tp, 0) < end for tp, end in ends.items())
        moved = any(
            tp not in self.since or committed.get(tp, 0) != self.since[tp][0] for tp in ends
        )
        if moved or not pending or self.group_last_move is None:
            self.group_last_move = now
        else:
            self.group_longest_s = max(self.group_longest_s, now - self.group_last_move)
        for tp, end in ends.items():
            offset = committed.get(tp, 0)
            last = self.since.get(tp)
            if last is None or offset != last[0] or offset >= end:
                self.since[tp] = (offset, now)  # moving, or nothing to do
                continue
            stalled = now - last[1]
            where = f"{tp.topic}[{tp.partition}]@{offset}/{end}"
            if tp not in committed:
                if stalled > self.first_commit_s:
                    self.first_commit_s, self.first_commit_at = stalled, where
            elif stalled > self.longest_s:
                self.longest_s, self.longest_at = stalled, where


def _verdict(document: dict[str, Any]) -> tuple[str, str | None, str | None]:
    dedup = document["dedup"]
    return dedup["status"], dedup.get("duplicate_of"), dedup.get("cluster_id")


def check_verdicts(
    prepared: list[Any], enriched: list[Any], result: RunResult, pipeline: Pipeline | None = None
) -> None:
    """Stage 2's live verdicts against the core's over the same total order.

    ``prepared`` are the records of the one-partition ``articles.prepared``; the core
    decides them in offset order in one process, as a lone worker (and ``wirewatch
    process``) would. Each enriched record must carry its article's verdict from that
    replay; a repeat (a redelivery) too.
    """
    pipeline = pipeline or Pipeline(Settings())
    settings = pipeline.settings
    index, learned = pipeline.new_dedup_index({}), pipeline.new_learned_names({})
    expected: dict[str, tuple[str, str | None, str | None]] = {}
    now = datetime.now(UTC)
    for record in sorted(prepared, key=lambda r: (r.partition, r.offset)):
        origin = Origin(record.topic, record.partition, record.offset, None, now)
        for output in pipeline.decide_outputs(record.value, origin, index, learned):
            if output.topic == settings.topic_enriched:
                document = json.loads(output.encoded()[1])
                expected.setdefault(document["article_id"], _verdict(document))
    result.verdicts = len(expected)
    differing: set[str] = set()
    for record in sorted(enriched, key=lambda r: (r.partition, r.offset)):
        document = json.loads(record.value)
        article_id = document["article_id"]
        if expected.get(article_id) != _verdict(document):
            differing.add(article_id)
    result.verdicts_differing = sorted(differing)


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


def _registered_event_ids(records: list[Any]) -> set[str]:
    """Every event id the live registry wrote: each registration rewrites its pair's
    record with that event's id among ``event_ids``, so the union over the changelog's
    history holds every event registered (compaction, which could remove history, only
    touches rolled segments: none in a run)."""
    ids: set[str] = set()
    for record in records:
        if record.value is not None:
            ids.update(json.loads(_as_text(record.value)).get("event_ids", ()))
    return ids


async def _inject_skip(
    bootstrap: str, names: dict[str, str], corpus_article: dict[str, Any], event: bytes
) -> None:
    """Append one raw article and one contact event of a new pair, then commit the
    group past them: what a worker that skipped them would leave behind."""
    article = {**corpus_article, "id": f"injected-skip-{uuid.uuid4().hex[:8]}"}
    contact = json.loads(event)
    contact["pair_key"] = f"{contact['pair_key']}|injected-skip"
    contact["event_id"] = f"injected-skip-{uuid.uuid4().hex[:8]}"
    raw_topic, contacts_topic = names["WIREWATCH_TOPIC_RAW"], names["WIREWATCH_TOPIC_CONTACTS"]
    await publish(bootstrap, raw_topic, [encode(article)])
    await publish(
        bootstrap, contacts_topic, [json.dumps(contact).encode()], key=contact["pair_key"].encode()
    )
    ends = await end_offsets(bootstrap, [raw_topic, contacts_topic])
    committer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=names["WIREWATCH_APP_ID"], enable_auto_commit=False
    )
    await committer.start()
    try:
        committer.assign(list(ends))
        deadline = time.monotonic() + 60
        while True:  # the stopped workers' members may take a moment to leave the group
            try:
                await committer.commit(dict(ends))
                return
            except KafkaError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.5)
    finally:
        await committer.stop()


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
    registered: set[str] = set()  # the events the replay records (not undated past ones)
    now = datetime.now(UTC)
    for partition_events in by_partition.values():
        for event in partition_events:
            alert = registry.observe(event, duplicate=False, now=now)
            if alert is not None:
                due_alerts.add(alert.alert_id)
            if event.event_id in expected_store.get(event.pair_key, {}).get("event_ids", ()):
                registered.add(event.event_id)
    result.events_unregistered = sorted(
        registered - _registered_event_ids(topics[names["changelog"]])
    )
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
    inject_skip: bool = False,
    seek_pause_s: float = 0.0,
    changelog_fault: str = "",
    batch_max_records: int | None = None,
    batch_max_wait_ms: float | None = None,
) -> RunResult:
    """Publish a backlog, start one worker, start a second once the first has read
    ``second_worker_after`` articles, wait until the group drained every input."""
    started = time.monotonic()
    result = RunResult(articles=articles, second_worker_after=second_worker_after)
    names = unique_names("rebal")
    workdir.mkdir(parents=True, exist_ok=True)
    envs = [worker_env(broker.bootstrap, names, workdir / f"data-{n}") for n in range(2)]
    for env in envs:  # fault injection: see streams.transport.SEEK_PAUSE_S
        env["WIREWATCH_FAULT_SEEK_PAUSE_S"] = str(seek_pause_s)
        # see streams.transport.FAULT_CHANGELOG_RESUME
        env["WIREWATCH_FAULT_CHANGELOG_RESUME"] = changelog_fault
        if batch_max_records is not None:
            env["WIREWATCH_BATCH_MAX_RECORDS"] = str(batch_max_records)
        if batch_max_wait_ms is not None:
            env["WIREWATCH_BATCH_MAX_WAIT_MS"] = str(batch_max_wait_ms)
    result.stall_limit_s = float(envs[0]["WIREWATCH_SESSION_TIMEOUT_S"])
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
            first = workers[0].process
            if time.monotonic() > deadline or first is None or first.poll() is not None:
                raise RuntimeError(f"first worker never got going:\n{workers[0].log_tail()}")
            time.sleep(0.1)
        second = Worker(envs[1], workdir / "worker-1.log", int(envs[1]["WIREWATCH_WEB_PORT"]))
        workers.append(second.start())
        group = names["WIREWATCH_APP_ID"]
        inputs = [names[t] for t in INPUT_TOPICS]
        stalls = StallWatch()
        while time.monotonic() < deadline:
            ends, committed = asyncio.run(_progress(broker.bootstrap, group, inputs))
            stalls.observe(ends, committed, time.monotonic())
            if _drained(ends, committed):
                result.drained = True
                break
            time.sleep(1.0)
        result.group_stall_s = stalls.group_longest_s
        result.longest_stall_s, result.longest_stall_at = stalls.longest_s, stalls.longest_at
        result.first_commit_wait_s = stalls.first_commit_s
        result.first_commit_wait_at = stalls.first_commit_at
        if inject_skip and result.drained:
            for worker in workers:
                worker.stop()  # nothing may process what is injected
            first_event = asyncio.run(
                consume_until(
                    broker.bootstrap,
                    [names["WIREWATCH_TOPIC_CONTACTS"]],
                    lambda records: any(not json.loads(r.value)["historical"] for r in records),
                )
            )
            event = next(r.value for r in first_event if not json.loads(r.value)["historical"])
            asyncio.run(_inject_skip(broker.bootstrap, names, corpus[0], event))
        names = {**names, "changelog": f"{group}-contact-registry-changelog"}
        topics = asyncio.run(
            read_to_end(
                broker.bootstrap,
                [
                    names["WIREWATCH_TOPIC_RAW"],
                    names["WIREWATCH_TOPIC_PREPARED"],
                    names["WIREWATCH_TOPIC_ENRICHED"],
                    names["WIREWATCH_TOPIC_DEADLETTER"],
                    names["WIREWATCH_TOPIC_CONTACTS"],
                    names["WIREWATCH_TOPIC_ALERTS"],
                    names["changelog"],
                ],
            )
        )
        check_topics(names, topics, result)
        check_verdicts(
            topics[names["WIREWATCH_TOPIC_PREPARED"]],
            topics[names["WIREWATCH_TOPIC_ENRICHED"]],
            result,
        )
    finally:
        for worker in workers:
            worker.stop()
        result.logs = [str(w.log_path) for w in workers]
        result.recovery = recovery_signs([w.log_path for w in workers])
    result.seconds = time.monotonic() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=1200)
    parser.add_argument("--workdir", type=Path, default=REPO / "var" / "rebalance-loop")
    parser.add_argument(
        "--inject-skip",
        action="store_true",
        help="append one article and one contact event and commit past them unprocessed: "
        "every run must then FAIL with those records reported",
    )
    parser.add_argument(
        "--seek-pause",
        type=float,
        default=0.0,
        metavar="S",
        help="fault injection: workers pause S seconds between re-positioning their "
        "streams after a rebalance and Faust resuming them",
    )
    parser.add_argument(
        "--changelog-fault",
        default="",
        metavar="TABLE",
        help="fault injection: once per worker, flow resumes (clearing Faust's recovery "
        "queue) right after the last record of an active changelog partition of TABLE "
        "(e.g. dedup-signatures) was queued, before table recovery read it",
    )
    parser.add_argument(
        "--trace", action="store_true", help="write each worker's offset trace beside its log"
    )
    parser.add_argument(
        "--batch-max-records",
        type=int,
        default=None,
        metavar="N",
        help="the workers' stage 1 and 2 batch bound in records (default: the setting's; "
        "1: one record at a time)",
    )
    parser.add_argument(
        "--batch-max-wait-ms",
        type=float,
        default=None,
        metavar="MS",
        help="the workers' batch bound in time (default: the setting's)",
    )
    args = parser.parse_args()
    broker = start_broker()
    failures = 0
    totals = {
        "articles": 0,
        "lost": 0,
        "events": 0,
        "unregistered": 0,
        "pairs_wrong": 0,
        "alerts_missing": 0,
        "verdicts_differing": 0,
    }
    recovery = dict.fromkeys(RECOVERY_SIGNS, 0)
    longest_stall = first_commit_wait = group_stall = 0.0
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
                inject_skip=args.inject_skip,
                seek_pause_s=args.seek_pause,
                changelog_fault=args.changelog_fault,
                batch_max_records=args.batch_max_records,
                batch_max_wait_ms=args.batch_max_wait_ms,
            )
            if not result.ok:
                print(
                    f"  lost {result.lost_articles[:5]} unregistered "
                    f"{result.events_unregistered[:5]} pairs wrong {result.pairs_wrong[:5]} "
                    f"verdicts differing {result.verdicts_differing[:5]} "
                    f"logs {result.logs}",
                    flush=True,
                )
            print(f"run {n + 1}/{args.runs}: {result.line()}", flush=True)
            failures += not result.ok
            totals["articles"] += result.articles
            totals["lost"] += len(result.lost_articles)
            totals["events"] += result.contact_events
            totals["unregistered"] += len(result.events_unregistered)
            totals["pairs_wrong"] += len(result.pairs_wrong)
            totals["alerts_missing"] += len(result.alerts_missing)
            for sign, count in result.recovery.items():
                recovery[sign] += count
            totals["verdicts_differing"] += len(result.verdicts_differing)
            longest_stall = max(longest_stall, result.longest_stall_s)
            group_stall = max(group_stall, result.group_stall_s)
            first_commit_wait = max(first_commit_wait, result.first_commit_wait_s)
    finally:
        broker.stop()
    print(
        f"{args.runs} runs, {failures} failed; articles {totals['articles']}, lost "
        f"{totals['lost']}; contact events {totals['events']}, unregistered "
        f"{totals['unregistered']}, pairs wrong "
        f"{totals['pairs_wrong']}; alerts missing {totals['alerts_missing']}; verdicts "
        f"differing from one worker's {totals['verdicts_differing']}; longest group stall "
        f"{group_stall:.0f} s; a partition's longest wait {longest_stall:.0f} s (for a first "
        f"commit {first_commit_wait:.0f} s); recovery log "
        f"lines: {', '.join(f'{k} {v}' for k, v in recovery.items())}"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
