"""End-to-end throughput and latency of the wirewatch pipeline beside two baselines.

Three systems run one after another on the same broker, in the same run, on the
same messages, each on its own fresh topics:

1. ``aiokafka``: a raw aiokafka consume -> produce passthrough (``passthrough_aiokafka``);
2. ``faust``: a do-nothing Faust agent passthrough (``passthrough_faust``);
3. ``pipeline``: the wirewatch worker, started as the ``wirewatch`` command starts it
   (``wirewatch.native:cli``: the compiled core when its build is current, as in
   production; ``--core pure`` runs ``python -m wirewatch.cli worker``, pure Python).
   The worker's log says which core runs; the bench prints it and keeps it in the
   figures (``core``).

For each: pre-load N articles, start the process, and time the outputs (throughput);
then, on the still-running process, publish M more at a paced rate and take each
article's output CreateTime minus its input CreateTime (latency); finally read the
process's peak RSS (VmHWM). See ``bench/README.md``.

``--workers N`` runs the pipeline as N worker processes on the same topics and
consumer group (each with its own web port and data dir): a scale-out measurement;
``--workers 1,2`` runs it once per count, and the summary compares their summed CPU
per article. Two opt-in systems: ``faust2hop`` (the pipeline's two-hop topology in
Faust with no work) and ``baseline`` (the worker of another checkout,
``--baseline-src DIR``, so a change and its baseline are measured in one run). The
summary ends with issue 14's targets for every pipeline run.

    .venv/bin/python bench/bench_pipeline.py --count 2000 --json /tmp/bench.json
    .venv/bin/python bench/bench_pipeline.py --systems faust,pipeline --workers 2
    git archive main | tar -x -C /tmp/main-src
    .venv/bin/python bench/bench_pipeline.py --systems faust2hop,baseline,pipeline \
        --baseline-src /tmp/main-src --workers 1,2
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.kafka import Broker, start_broker, unique_names, worker_env
from wirewatch.testing.latency_trace import Position, parse_trace, record_marks, segments, summarise

REPO = Path(__file__).resolve().parents[1]

#: Not the tests' default (19092): stopping "our" broker must never stop a test session's.
BENCH_KAFKA_PORT = "19192"
IN_PARTITIONS = 4  # as the pipeline's raw topic (settings.raw_partitions)
TARGET_RATE = 1000.0  # articles/s, issue 2
TARGET_FAUST_SHARE = 0.5

Payload = tuple[bytes, bytes]  # key (article id), value (raw JSON)


# -- broker and topics -------------------------------------------------------------


def ensure_broker() -> Broker:
    """The broker from KAFKA_BOOTSTRAP_SERVERS, else a local one we start (and stop)."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        return start_broker()
    port = os.environ.setdefault("KAFKA_LOCAL_PORT", BENCH_KAFKA_PORT)
    # Someone else's broker already on that port: use it, but it is not ours to stop.
    with socket.socket() as sock:
        sock.settimeout(1.0)
        if sock.connect_ex(("127.0.0.1", int(port))) == 0:
            return Broker(f"127.0.0.1:{port}", started_here=False, env=dict(os.environ))
    return start_broker()


async def create_topics(bootstrap: str, plan: dict[str, int], timeout_s: float = 60.0) -> None:
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_s * 1000)
    )
    await asyncio.wait_for(admin.start(), timeout_s)
    try:
        with contextlib.suppress(TopicAlreadyExistsError):
            await admin.create_topics(
                [NewTopic(name, parts, 1) for name, parts in plan.items()],
                timeout_ms=int(timeout_s * 1000),
            )
        # Wait until every partition has a leader: producing earlier only earns
        # NotLeaderForPartition retries and noise in the preload timing.
        deadline = time.monotonic() + timeout_s
        while True:
            described = await admin.describe_topics(list(plan))
            ready = {
                t["topic"]
                for t in described
                if t["error_code"] == 0
                and len(t["partitions"]) == plan[t["topic"]]
                and all(p["leader"] >= 0 for p in t["partitions"])
            }
            if ready >= set(plan):
                return
            if time.monotonic() >= deadline:
                raise TimeoutError(f"topics without leaders: {sorted(set(plan) - ready)}")
            await asyncio.sleep(0.1)
    finally:
        await admin.close()


async def delete_topics_containing(bootstrap: str, tag: str, timeout_s: float = 30.0) -> None:
    """Drop a system's topics (Faust's changelogs included) so a reused broker stays lean."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=int(timeout_s * 1000)
    )
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
        names = [t for t in await admin.list_topics() if tag in t]
        if names:
            await admin.delete_topics(names, timeout_ms=int(timeout_s * 1000))
    except Exception as exc:  # cleanup is best effort: the figures are already taken
        print(f"  (could not delete topics with {tag!r}: {exc})", file=sys.stderr)
    finally:
        await admin.close()


async def preload(bootstrap: str, topic: str, payloads: Sequence[Payload]) -> float:
    """Publish everything as fast as possible; returns the seconds it took."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=10, max_batch_size=1 << 20
    )
    await producer.start()
    started = time.monotonic()
    try:
        futures = [await producer.send(topic, value=v, key=k) for k, v in payloads]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return time.monotonic() - started


async def warm_up_broker(bootstrap: str, tag: str, payloads: Sequence[Payload]) -> float:
    """Push the corpus through the broker once, so the first system measured does not
    pay for a cold JVM (JIT, page cache) that the later ones would not."""
    topic = f"{tag}-warmup"
    started = time.monotonic()
    await create_topics(bootstrap, {topic: IN_PARTITIONS})
    await preload(bootstrap, topic, payloads)
    collector = Collector(bootstrap, [topic])
    await collector.start()
    try:
        deadline = time.monotonic() + 60.0
        while collector.records < len(payloads) and time.monotonic() < deadline:
            await asyncio.sleep(0.05)
    finally:
        await collector.stop()
        await delete_topics_containing(bootstrap, topic)
    return time.monotonic() - started


# -- the output side ---------------------------------------------------------------


@dataclass
class Seen:
    topic: str
    timestamp_ms: int
    partition: int = -1
    offset: int = -1


class Collector:
    """Reads the output topics from the beginning; keeps the first record per key."""

    def __init__(self, bootstrap: str, topics: Sequence[str]) -> None:
        self.consumer = AIOKafkaConsumer(
            *topics,
            bootstrap_servers=bootstrap,
            group_id=None,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            metadata_max_age_ms=1000,
            fetch_max_bytes=16 << 20,
        )
        self.first: dict[bytes, Seen] = {}
        self.records = 0
        self.by_topic: dict[str, int] = {}
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.consumer.start()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            batch = await self.consumer.getmany(timeout_ms=100)
            for records in batch.values():
                for record in records:
                    self.records += 1
                    self.by_topic[record.topic] = self.by_topic.get(record.topic, 0) + 1
                    if record.key is not None and record.key not in self.first:
                        self.first[record.key] = Seen(
                            record.topic, record.timestamp, record.partition, record.offset
                        )

    def count(self, keys: set[bytes]) -> int:
        return sum(1 for k in keys if k in self.first)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.consumer.stop()


# -- processes ---------------------------------------------------------------------


@dataclass
class Proc:
    name: str
    argv: list[str]
    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    started_wall_ms: float = 0.0
    cwd: Path = REPO

    def start(self) -> None:
        with self.log_path.open("ab") as log:
            self.started_wall_ms = time.time() * 1000.0
            self.process = subprocess.Popen(
                self.argv, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT
            )

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, grace_s: float = 30.0) -> None:
        """SIGTERM, then SIGKILL after ``grace_s``: a hung worker cannot hang the bench."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def log_tail(self, lines: int = 25) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def peak_rss_mib(self) -> float | None:
        return _proc_status_kib(self.process, "VmHWM")

    def cpu_s(self) -> float | None:
        times = self.cpu_times_s()
        return None if times is None else sum(times)

    def cpu_times_s(self) -> tuple[float, float] | None:
        """User and system CPU time: the system part is mostly the sockets (the
        broker is on loopback, so a send also runs its receive path in this process)."""
        if self.process is None:
            return None
        try:
            fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        # utime and stime are fields 14 and 15 of stat(5); fields[0] here is field 3.
        tick = os.sysconf("SC_CLK_TCK")
        return int(fields[11]) / tick, int(fields[12]) / tick


@dataclass
class ProcGroup:
    """The process(es) of one system: one, or N wirewatch workers sharing a group.

    ``alive`` means all alive (one dead worker fails the run); CPU is the sum over the
    processes; peak RSS is given both as the max and as the sum.
    """

    name: str
    procs: list[Proc]

    @property
    def started_wall_ms(self) -> float:
        return min(p.started_wall_ms for p in self.procs)  # the first spawn

    @property
    def log_paths(self) -> list[Path]:
        return [p.log_path for p in self.procs]

    def start(self) -> None:
        for proc in self.procs:
            proc.start()

    def alive(self) -> bool:
        return all(p.alive() for p in self.procs)

    def dead(self) -> list[Proc]:
        return [p for p in self.procs if not p.alive()]

    def stop(self, grace_s: float = 30.0) -> None:
        """SIGTERM to all, then SIGKILL whatever is left after ``grace_s`` (shared bound)."""
        running = [p.process for p in self.procs if p.process is not None and p.alive()]
        for process in running:
            process.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + grace_s
        for process in running:
            try:
                process.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)

    def describe_death(self) -> str:
        return ", ".join(
            f"{p.name} exited with {p.process.returncode if p.process else None}"
            for p in self.dead()
        )

    def log_tails(self, lines: int = 25) -> str:
        """Tails of the dead processes' logs (of all of them if none died), labelled."""
        procs = self.dead() or self.procs
        if len(self.procs) == 1:
            return f"log tail ({procs[0].log_path}):\n    " + procs[0].log_tail(lines).replace(
                "\n", "\n    "
            )
        return "\n  ".join(
            f"log tail of {p.name} ({p.log_path}):\n    "
            + p.log_tail(lines).replace("\n", "\n    ")
            for p in procs
        )

    def peak_rss_mib(self) -> list[float | None]:
        return [p.peak_rss_mib() for p in self.procs]

    def sys_cpu_s(self) -> float | None:
        """Summed system CPU time; None unless every process could be read."""
        times = [p.cpu_times_s() for p in self.procs]
        return None if any(t is None for t in times) else sum(t[1] for t in times if t)

    def cpu_s(self) -> float | None:
        """Summed CPU time; None unless every process could be read."""
        times = [p.cpu_s() for p in self.procs]
        return None if any(t is None for t in times) else sum(t for t in times if t is not None)


def _proc_status_kib(process: subprocess.Popen[bytes] | None, key: str) -> float | None:
    if process is None:
        return None
    try:
        for line in Path(f"/proc/{process.pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        return None
    return None


# -- one system --------------------------------------------------------------------


@dataclass
class System:
    name: str
    tag: str  # in every topic name of this system, for cleanup
    in_topic: str
    out_topics: list[str]
    deadletter_topic: str | None
    topics: dict[str, int]  # everything to create up front, with partition counts
    proc: ProcGroup
    workers: int = 1  # processes in ``proc``: >1 only for ``--workers N`` on the pipeline
    group: str = ""  # the consumer group its processes form
    #: ``--trace``: the workers' offset traces, and the middle topic whose CreateTimes
    #: split a record's latency into its two hops.
    trace_paths: list[Path] = field(default_factory=list)
    prepared_topic: str | None = None
    says_core: bool = False  # a wirewatch worker: its log says which core it runs


@dataclass
class Result:
    system: str
    workers: int = 1
    ok: bool = False
    error: str | None = None
    articles: int = 0
    rate_first_to_last: float | None = None  # articles/s from first to Nth output
    first_to_last_s: float | None = None
    rate_from_start: float | None = None  # articles/s from process start to Nth output
    start_to_last_s: float | None = None
    start_to_first_s: float | None = None
    deadlettered: int = 0
    outputs_by_topic: dict[str, int] = field(default_factory=dict)
    latency_n: int = 0
    latency_expected: int = 0
    latency_rate: float | None = None
    p50_ms: float | None = None
    p99_ms: float | None = None
    max_ms: float | None = None
    #: Process CPU time over the paced phase, per paced article: the per-record cost
    #: when records come one at a time (nothing to batch).
    paced_cpu_ms_per_article: float | None = None
    peak_rss_mib: float | None = None  # max over the processes (N workers: the largest)
    peak_rss_sum_mib: float | None = None  # sum over the processes
    cpu_s: float | None = None  # process CPU time (summed over workers), start-up included
    #: Process CPU time between the first and the Nth output, per article: what the
    #: system costs regardless of what else the (shared) machine is doing. With N
    #: workers, the sum of their CPU over that span.
    cpu_ms_per_article: float | None = None
    sys_cpu_ms_per_article: float | None = None  # of which system (kernel) time
    log: str = ""  # log path(s), comma-separated
    #: The core the worker said it runs (its "wirewatch: ..." line), for pipeline runs.
    core: str | None = None
    #: Per process (name, peak_rss_mib, cpu_s, log), read just before the stop.
    processes: list[dict[str, Any]] = field(default_factory=list)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (no interpolation: p99 of 300 is the 297th value)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


async def wait_for(
    condition: Callable[[], bool], proc: ProcGroup, deadline: float, what: str
) -> str | None:
    """Poll ``condition`` until true; an error message if a process dies or time runs out."""
    while not condition():
        if not proc.alive():
            return f"{proc.describe_death()} while waiting for {what}"
        if time.monotonic() >= deadline:
            return f"timed out waiting for {what}"
        await asyncio.sleep(0.05)
    return None


async def paced_publish(
    bootstrap: str,
    topic: str,
    payloads: Sequence[Payload],
    rate: float,
    positions: dict[bytes, Position] | None = None,
) -> tuple[dict[bytes, int], float]:
    """Send at ``rate``/s on a fixed schedule; input CreateTime per key, and achieved rate.
    ``positions``, if given, receives each record's partition, offset and CreateTime."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    await producer.start()
    sent: dict[bytes, int] = {}
    try:
        futures = []
        t0 = time.monotonic()
        for i, (key, value) in enumerate(payloads):
            delay = t0 + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            futures.append((key, await producer.send(topic, value=value, key=key)))
        for key, future in futures:
            metadata = await future
            sent[key] = metadata.timestamp  # CreateTime set by this producer
            if positions is not None:
                positions[key] = Position(
                    topic, metadata.partition, metadata.offset, metadata.timestamp
                )
        elapsed = time.monotonic() - t0
    finally:
        await producer.stop()
    return sent, len(payloads) / elapsed if elapsed > 0 else float("nan")


async def group_state(bootstrap: str, group: str) -> tuple[str, int]:
    """A consumer group's state (``Stable``, ``PreparingRebalance``, ...) and members."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group])
        _error, _group, state, _protocol_type, _protocol, members, *_ = response.groups[0]
        return str(state), len(members)
    finally:
        await admin.close()


async def wait_group_stable(
    bootstrap: str, group: str, proc: ProcGroup, deadline: float
) -> str | None:
    """Until the group is ``Stable`` with one member per process (an error if not)."""
    while True:
        try:
            state, members = await group_state(bootstrap, group)
        except KafkaError as exc:  # no coordinator yet: the group does not exist yet
            state, members = type(exc).__name__, 0
        if state == "Stable" and members == len(proc.procs):
            return None
        if not proc.alive():
            return f"{proc.describe_death()} while waiting for the group to form"
        if time.monotonic() >= deadline:
            return f"group {group} not stable with {len(proc.procs)} members ({state}, {members})"
        await asyncio.sleep(0.5)


async def group_lag(bootstrap: str, group: str) -> int:
    """Records of the partitions ``group`` has committed that it has not committed past."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        committed = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    if not committed:
        return 0
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        ends = await consumer.end_offsets(list(committed))
    finally:
        await consumer.stop()
    return sum(max(0, ends[tp] - meta.offset) for tp, meta in committed.items())


async def wait_caught_up(
    bootstrap: str, group: str, proc: ProcGroup, deadline: float
) -> tuple[float, str | None]:
    """Until ``group`` has committed every record of its inputs: the backlog's later
    stages (stage 3's contact events) still run after its last enriched output, and a
    paced phase started then measures that backlog, not the paced latency (the first
    ~20 paced records of a --count 3000 run waited 530-570 ms for their first fetch).
    Returns the seconds it took, and an error if it did not happen."""
    started = time.monotonic()
    while True:
        try:
            lag = await group_lag(bootstrap, group)
        except KafkaError as exc:
            lag, why = -1, type(exc).__name__
        else:
            why = f"{lag} records behind"
        if lag == 0:
            return time.monotonic() - started, None
        if not proc.alive():
            return time.monotonic() - started, f"{proc.describe_death()} while catching up"
        if time.monotonic() >= deadline:
            return time.monotonic() - started, f"group {group} not caught up ({why})"
        await asyncio.sleep(0.25)


async def run_system(
    system: System,
    bootstrap: str,
    bulk: Sequence[Payload],
    paced: Sequence[Payload],
    rate: float,
    deadline: float,
    start_first: bool = False,
) -> Result:
    """Throughput over a backlog, then latency at a paced rate.

    ``start_first``: the processes start, and their consumer group forms (every member
    joined, ``Stable``), before the backlog is published, so no worker's start-up or
    joining rebalance falls inside the measured span: with N workers, what the CPU per
    article then measures is the pipeline's own cost, not when each process came up.
    """
    result = Result(
        system.name,
        workers=system.workers,
        articles=len(bulk),
        log=", ".join(str(p) for p in system.proc.log_paths),
    )
    print(f"\n== {system.name}: topics {system.in_topic} -> {', '.join(system.out_topics)}")
    await create_topics(bootstrap, system.topics)
    if not start_first:
        took = await preload(bootstrap, system.in_topic, bulk)
        print(f"  pre-loaded {len(bulk)} articles in {took:.1f} s")

    outputs = [*system.out_topics, *([system.deadletter_topic] if system.deadletter_topic else [])]
    collector = Collector(bootstrap, outputs)
    await collector.start()
    # --trace: the middle topic's records too, for the CreateTime between the hops.
    middle = Collector(bootstrap, [system.prepared_topic]) if system.trace_paths else None
    if middle is not None and system.prepared_topic:
        await middle.start()
    bulk_keys = {k for k, _ in bulk}
    try:
        system.proc.start()
        if start_first:
            formed = await wait_group_stable(bootstrap, system.group, system.proc, deadline)
            if formed:
                result.error = formed
                print(f"  FAILED: {formed}\n  {system.proc.log_tails()}")
                return result
            took = await preload(bootstrap, system.in_topic, bulk)
            print(f"  group formed; then published {len(bulk)} articles in {took:.1f} s")
        error = await wait_for(
            lambda: collector.count(bulk_keys) > 0, system.proc, deadline, "a first output"
        )
        if system.says_core:
            result.core = worker_core(system.proc)
            print(f"  core: {result.core}")
        cpu_at_first = system.proc.cpu_s()
        sys_at_first = system.proc.sys_cpu_s()
        error = error or await wait_for(
            lambda: collector.count(bulk_keys) >= len(bulk_keys),
            system.proc,
            deadline,
            f"{len(bulk_keys)} outputs",
        )
        cpu_at_last = system.proc.cpu_s()
        sys_at_last = system.proc.sys_cpu_s()
        if cpu_at_first is not None and cpu_at_last is not None and not error:
            result.cpu_ms_per_article = (cpu_at_last - cpu_at_first) * 1000.0 / len(bulk_keys)
        if sys_at_first is not None and sys_at_last is not None and not error:
            result.sys_cpu_ms_per_article = (sys_at_last - sys_at_first) * 1000.0 / len(bulk_keys)
        done = [collector.first[k] for k in bulk_keys if k in collector.first]
        result.outputs_by_topic = dict(collector.by_topic)
        if system.deadletter_topic:
            result.deadlettered = sum(1 for s in done if s.topic == system.deadletter_topic)
        if error:
            result.error = f"{error} ({len(done)}/{len(bulk_keys)} seen)"
            for dead in system.proc.dead():
                last = [line for line in dead.log_tail(5).splitlines() if line.strip()]
                if last:
                    result.error += f": {last[-1].strip()}"
            print(f"  FAILED: {result.error}\n  {system.proc.log_tails()}")
            return result
        first = min(s.timestamp_ms for s in done)
        last = max(s.timestamp_ms for s in done)
        result.first_to_last_s = (last - first) / 1000.0
        result.start_to_last_s = (last - system.proc.started_wall_ms) / 1000.0
        result.start_to_first_s = (first - system.proc.started_wall_ms) / 1000.0
        if result.first_to_last_s > 0:
            result.rate_first_to_last = len(bulk) / result.first_to_last_s
        result.rate_from_start = len(bulk) / result.start_to_last_s
        print(
            f"  throughput: {len(bulk)} in {result.first_to_last_s:.2f} s from first output "
            f"({result.rate_first_to_last or float('nan'):.0f}/s); "
            f"{result.start_to_last_s:.2f} s from process start "
            f"({result.rate_from_start:.0f}/s); dead-lettered {result.deadlettered}; "
            f"CPU {_fmt(result.cpu_ms_per_article, '.2f')} ms/article "
            f"(system {_fmt(result.sys_cpu_ms_per_article, '.2f')})"
        )

        # Latency, on the warm process: paced input, output CreateTime - input CreateTime.
        if system.group:
            took, error = await wait_caught_up(
                bootstrap, system.group, system.proc, min(deadline, time.monotonic() + 120.0)
            )
            print(f"  caught up with the backlog {took:.1f} s after its last output")
            if error:
                result.error = error
                print(f"  FAILED: {error}\n  {system.proc.log_tails()}")
                return result
        cpu_before_paced = system.proc.cpu_s()
        positions: dict[bytes, Position] = {}
        sent, achieved = await paced_publish(bootstrap, system.in_topic, paced, rate, positions)
        result.latency_rate = achieved
        paced_keys = set(sent)
        error = await wait_for(
            lambda: collector.count(paced_keys) >= len(paced_keys),
            system.proc,
            min(deadline, time.monotonic() + 60.0),
            f"{len(paced_keys)} latency outputs",
        )
        latencies = [
            float(collector.first[k].timestamp_ms - ts)
            for k, ts in sent.items()
            if k in collector.first
        ]
        cpu_after_paced = system.proc.cpu_s()
        if cpu_before_paced is not None and cpu_after_paced is not None and paced_keys:
            result.paced_cpu_ms_per_article = (
                (cpu_after_paced - cpu_before_paced) * 1000.0 / len(paced_keys)
            )
        result.latency_expected = len(paced_keys)
        result.latency_n = len(latencies)
        if latencies:
            result.p50_ms = percentile(latencies, 0.50)
            result.p99_ms = percentile(latencies, 0.99)
            result.max_ms = max(latencies)
        if system.deadletter_topic:
            result.deadlettered += sum(
                1
                for k in paced_keys
                if k in collector.first and collector.first[k].topic == system.deadletter_topic
            )
        result.outputs_by_topic = dict(collector.by_topic)
        result.ok = error is None
        result.error = error
        if error:
            print(f"  FAILED: {error}\n  {system.proc.log_tails()}")
        print(
            f"  latency at {achieved:.0f}/s: n={result.latency_n}/{len(paced_keys)} "
            f"p50 {result.p50_ms} ms, p99 {result.p99_ms} ms, max {result.max_ms} ms; "
            f"CPU {_fmt(result.paced_cpu_ms_per_article, '.2f')} ms/article"
        )
        if middle is not None:
            print_latency_trace(system, positions, collector, middle)
        return result
    finally:
        rss = system.proc.peak_rss_mib()
        known = [r for r in rss if r is not None]
        result.peak_rss_mib = max(known) if known else None
        result.peak_rss_sum_mib = sum(known) if known and len(known) == len(rss) else None
        result.cpu_s = system.proc.cpu_s()
        result.processes = [
            {"name": p.name, "peak_rss_mib": r, "cpu_s": p.cpu_s(), "log": str(p.log_path)}
            for p, r in zip(system.proc.procs, rss, strict=True)
        ]
        system.proc.stop()
        await collector.stop()
        if middle is not None:
            await middle.stop()
        await delete_topics_containing(bootstrap, system.tag)


def print_latency_trace(
    system: System,
    positions: dict[bytes, Position],
    outputs: Collector,
    middle: Collector,
) -> None:
    """``--trace``: the paced records' latency split into the segments of their path
    (``wirewatch.testing.latency_trace``), from the workers' offset traces."""
    trace: dict[Any, float] = {}
    for path in system.trace_paths:
        with contextlib.suppress(OSError), path.open(errors="replace") as lines:
            for key, when in parse_trace(lines).items():
                trace.setdefault(key, when)
    per_record = []
    for order, (key, published) in enumerate(positions.items()):
        prepared = middle.first.get(key)
        out = outputs.first.get(key)
        marks = record_marks(
            published,
            Position(prepared.topic, prepared.partition, prepared.offset, prepared.timestamp_ms)
            if prepared is not None
            else None,
            out.timestamp_ms if out is not None and out.topic in system.out_topics else None,
            trace,
        )
        per_record.append({**segments(marks), "order": float(order)})
    print(f"  latency by segment ({len(per_record)} paced records; traces {system.trace_paths}):")
    print("\n".join(summarise(per_record)))


# -- the three systems -------------------------------------------------------------


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def aiokafka_system(bootstrap: str, run_tag: str, logs: Path) -> System:
    tag = f"{run_tag}-aiokafka"
    source, target = f"{tag}.in", f"{tag}.out"
    argv = [sys.executable, "-m", "bench.passthrough_aiokafka", "--bootstrap", bootstrap]
    argv += ["--source", source, "--target", target, "--group", f"{tag}-group"]
    return System(
        "aiokafka passthrough",
        tag,
        source,
        [target],
        None,
        {source: IN_PARTITIONS, target: IN_PARTITIONS},
        ProcGroup(
            "aiokafka passthrough",
            [Proc("aiokafka passthrough", argv, child_env(), logs / "aiokafka.log")],
        ),
        group=f"{tag}-group",
    )


def faust_system(
    bootstrap: str, run_tag: str, logs: Path, data: Path, two_hops: bool = False
) -> System:
    name = "faust 2-hop passthrough" if two_hops else "faust passthrough"
    tag = f"{run_tag}-{'faust2hop' if two_hops else 'faust'}"
    source, target = f"{tag}.in", f"{tag}.out"
    topics = {source: IN_PARTITIONS, target: IN_PARTITIONS}
    argv = [sys.executable, "-m", "bench.passthrough_faust", "--bootstrap", bootstrap]
    argv += ["--source", source, "--target", target, "--app-id", f"{tag}-app"]
    argv += ["--datadir", str(data / tag), "--partitions", str(IN_PARTITIONS)]
    if two_hops:
        topics[f"{tag}.via"] = 1
        argv += ["--via", f"{tag}.via"]
    return System(
        name,
        tag,
        source,
        [target],
        None,
        topics,
        ProcGroup(
            name, [Proc(name, argv, child_env(), logs / f"{tag.removeprefix(run_tag + '-')}.log")]
        ),
        group=f"{tag}-app",
    )


#: How the ``wirewatch`` console script (``[project.scripts]``) starts: through
#: ``wirewatch.native:cli``, which puts the compiled core first when its build is current.
NATIVE_ENTRY = (
    "import sys; from wirewatch.native import cli; sys.argv[0] = 'wirewatch'; sys.exit(cli())"
)
CORES = ("native", "pure")


def worker_argv(core: str) -> list[str]:
    """The worker's command line: as production runs it (``native``), or pure Python."""
    if core == "native":
        return [sys.executable, "-c", NATIVE_ENTRY, "worker"]
    return [sys.executable, "-m", "wirewatch.cli", "worker"]  # what wirewatch.testing.kafka runs


def worker_core(group: ProcGroup) -> str:
    """The core each worker said it runs (``wirewatch.native.activate``'s stderr line):
    "compiled", "pure" or, for ``-m wirewatch.cli``, which never activates it, "pure"."""
    said: list[str] = []
    for proc in group.procs:
        try:
            lines = proc.log_path.read_text(errors="replace").splitlines()
        except OSError:
            lines = []
        line = next((x for x in lines if x.startswith("wirewatch: ") and "core" in x), "")
        said.append("compiled" if line.startswith("wirewatch: native core: compiled") else "pure")
        if line and said[-1] == "pure":
            said[-1] = f"pure ({line.removeprefix('wirewatch: ')})"
    return said[0] if len(set(said)) == 1 else ", ".join(said)


def pipeline_name(workers: int, baseline: bool = False) -> str:
    name = "wirewatch baseline" if baseline else "wirewatch pipeline"
    return name if workers == 1 else f"{name} ×{workers}"


def pipeline_system(
    bootstrap: str,
    run_tag: str,
    logs: Path,
    data: Path,
    workers: int = 1,
    source: Path | None = None,
    trace: bool = False,
    core: str = "native",
) -> System:
    """``workers`` wirewatch worker processes on the same topics and consumer group
    (one ``unique_names()``), each with its own web port and data dir, as in
    ``tests/integration/test_dedup_kafka.py``.

    ``source``: run the worker of another checkout (``--baseline-src``, e.g. the main
    branch exported with ``git archive``) with this interpreter and its packages, so a
    change and its baseline are measured in one run, on one broker, one after the other.
    """
    baseline = source is not None
    tag_prefix = f"{run_tag}-{'base' if baseline else 'ww'}{workers}"
    names = unique_names(prefix=tag_prefix)
    tag = names["WIREWATCH_TOPIC_RAW"].split(".")[0]  # "<prefix>-<hex>"
    envs: list[dict[str, str]] = []
    for n in range(workers):
        data_dir = data / ("wirewatch" if workers == 1 else f"wirewatch-{n + 1}")
        env = worker_env(bootstrap, names, data_dir)
        # free_port() picks a port that is free now; make sure no two workers drew the same.
        while env["WIREWATCH_WEB_PORT"] in {e["WIREWATCH_WEB_PORT"] for e in envs}:
            env = worker_env(bootstrap, names, data_dir)
        envs.append(env)
    # The topic plan comes from the project (created up front so the collector can
    # subscribe before the worker exists); importing it does not import the pipeline.
    from wirewatch.kafkaio import topic_plan
    from wirewatch.settings import Settings

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        **{k.removeprefix("WIREWATCH_").lower(): v for k, v in names.items()},
    )
    argv = worker_argv(core)
    name = pipeline_name(workers, baseline)
    cwd = REPO
    if source is not None:
        cwd = source.resolve()
        for env in envs:  # its modules before this checkout's (installed editable)
            env["PYTHONPATH"] = os.pathsep.join([str(cwd), *filter(None, [env.get("PYTHONPATH")])])
    stem = f"{'baseline' if baseline else 'wirewatch'}-w{workers}"
    trace_paths = [logs / f"{stem}-{n + 1}.trace" for n in range(workers)] if trace else []
    for env, path in zip(envs, trace_paths, strict=False):
        env["WIREWATCH_TRACE_OFFSETS"] = str(path)
    procs = [
        Proc(
            name if workers == 1 else f"{name} worker {n + 1}/{workers}",
            argv,
            env,
            logs / (f"{stem}.log" if workers == 1 else f"{stem}-{n + 1}.log"),
            cwd=cwd,
        )
        for n, env in enumerate(envs)
    ]
    return System(
        name,
        tag,
        names["WIREWATCH_TOPIC_RAW"],
        [names["WIREWATCH_TOPIC_ENRICHED"]],
        names["WIREWATCH_TOPIC_DEADLETTER"],
        topic_plan(settings),
        ProcGroup(name, procs),
        workers,
        group=names["WIREWATCH_APP_ID"],
        trace_paths=trace_paths,
        prepared_topic=names["WIREWATCH_TOPIC_PREPARED"],
        says_core=True,
    )


# -- report ------------------------------------------------------------------------


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def report(results: list[Result]) -> dict[str, Any]:
    by_name = {r.system: r for r in results}
    width = max([24, *(len(r.system) + 2 for r in results)])
    header = (
        f"{'system':<{width}}{'articles/s':>11}{'(from start)':>14}{'p50 ms':>9}{'p99 ms':>9}"
        f"{'max ms':>9}{'peak RSS MiB':>14}{'(sum)':>7}{'CPU ms/art':>12}{'CPU s':>8}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for r in results:
        print(
            f"{r.system:<{width}}{_fmt(r.rate_first_to_last, '.0f'):>11}"
            f"{_fmt(r.rate_from_start, '.0f'):>14}{_fmt(r.p50_ms, '.0f'):>9}"
            f"{_fmt(r.p99_ms, '.0f'):>9}{_fmt(r.max_ms, '.0f'):>9}"
            f"{_fmt(r.peak_rss_mib, '.0f'):>14}{_fmt(r.peak_rss_sum_mib, '.0f'):>7}"
            f"{_fmt(r.cpu_ms_per_article, '.2f'):>12}{_fmt(r.cpu_s, '.1f'):>8}"
        )
        if r.core:
            print(f"{'':<{width}}core: {r.core}")
        if r.error:
            print(f"{'':<{width}}!! {r.error.splitlines()[0][:200]}")
    if any(r.workers > 1 for r in results):
        print(
            "(N workers: peak RSS is the largest worker's, (sum) all of them; CPU is the sum "
            "over the workers)"
        )

    pipe = next((r for r in results if r.system.startswith("wirewatch pipeline")), None)
    faust_r = by_name.get("faust passthrough")
    raw = by_name.get("aiokafka passthrough")
    workers = pipe.workers if pipe is not None else 1
    # What the printed lines call the pipeline: with N workers, say so every time.
    pipe_label = "pipeline" if workers == 1 else f"pipeline ×{workers}"
    note = "" if workers == 1 else f"  ({workers} worker processes vs one process)"

    def ratio(a: Result | None, b: Result | None) -> float | None:
        if a and b and a.ok and b.ok and a.rate_first_to_last and b.rate_first_to_last:
            return a.rate_first_to_last / b.rate_first_to_last
        return None

    # JSON keys stay "pipeline/..." whatever N; "pipeline_workers" says how many.
    ratios = {
        "pipeline/faust": ratio(pipe, faust_r),
        "pipeline/aiokafka": ratio(pipe, raw),
        "faust/aiokafka": ratio(faust_r, raw),
    }
    print()
    for name, value in ratios.items():
        label = name.replace("pipeline", pipe_label)
        print(f"ratio {label:<20} {_fmt(value, '.2f')}{note if 'pipeline' in name else ''}")

    piped = pipe is not None and pipe.ok and pipe.rate_first_to_last is not None
    # (JSON key, printed label, verdict or None, why None)
    rows: list[tuple[str, str, bool | None, str]] = [
        (
            f"pipeline >= {TARGET_RATE:.0f} articles/s",
            f"pipeline (one worker) >= {TARGET_RATE:.0f} articles/s",
            # The target is per worker: N workers neither meet nor miss it.
            pipe.rate_first_to_last >= TARGET_RATE
            if piped and pipe and pipe.rate_first_to_last is not None and workers == 1
            else None,
            "pipeline did not run" if not piped else f"{workers} workers",
        ),
        (
            f"pipeline >= {TARGET_FAUST_SHARE:.0%} of faust passthrough",
            f"{pipe_label} >= {TARGET_FAUST_SHARE:.0%} of faust passthrough",
            ratios["pipeline/faust"] >= TARGET_FAUST_SHARE
            if ratios["pipeline/faust"] is not None
            else None,
            "pipeline or faust did not run",
        ),
    ]
    targets: dict[str, bool | None] = {}
    for key, label, ok, why in rows:
        targets[key] = ok
        verdict = f"n/a ({why})" if ok is None else ("MET" if ok else "NOT MET")
        if ok is not None and workers > 1:
            verdict += f" ({workers} workers)"
        print(f"target {label:<44} {verdict}")
    if pipe is not None and pipe.ok:
        print(f"{pipe_label} dead-lettered: {pipe.deadlettered}")
    return {"ratios": ratios, "targets": targets, "pipeline_workers": workers}


#: Issue 14's targets: share of the Faust 2-hop passthrough (the pipeline's topology
#: with no work), paced p99, and two workers' summed CPU per article against one's.
TARGET_TWO_HOP_SHARE = 0.6
TARGET_PACED_P99_MS = 250.0
TARGET_CPU_SCALE_OUT = 1.25


def issue14_targets(results: list[Result]) -> dict[str, Any]:
    """Issue 14's targets for every pipeline run (and baseline run) of this one run."""
    two_hop = next((r for r in results if r.system == "faust 2-hop passthrough"), None)
    pipelines = [
        r for r in results if r.system.startswith(("wirewatch pipeline", "wirewatch baseline"))
    ]
    figures: dict[str, Any] = {}
    if not pipelines:
        return figures
    print("\nissue 14 targets (this run):")
    for r in pipelines:
        row: dict[str, Any] = {}
        if r.ok and two_hop and two_hop.ok and r.rate_first_to_last and two_hop.rate_first_to_last:
            share = r.rate_first_to_last / two_hop.rate_first_to_last
            row["share_of_faust_2hop"] = share
            verdict = "MET" if share >= TARGET_TWO_HOP_SHARE else "NOT MET"
            print(
                f"  {r.system:<28} {share:6.0%} of the faust 2-hop passthrough "
                f"({r.rate_first_to_last:.0f}/{two_hop.rate_first_to_last:.0f} articles/s; "
                f"target >= {TARGET_TWO_HOP_SHARE:.0%}) {verdict}"
            )
        if r.p99_ms is not None and r.latency_rate:
            row["paced_p99_ms"] = r.p99_ms
            verdict = "MET" if r.p99_ms <= TARGET_PACED_P99_MS else "NOT MET"
            print(
                f"  {r.system:<28} p99 {r.p99_ms:.0f} ms at a paced {r.latency_rate:.0f}/s "
                f"(target <= {TARGET_PACED_P99_MS:.0f} ms) {verdict}"
            )
        one = next(
            (
                o
                for o in pipelines
                if o.workers == 1 and o.system.split(" ")[1] == r.system.split(" ")[1]
            ),
            None,
        )
        if r.workers > 1 and one and one.cpu_ms_per_article and r.cpu_ms_per_article:
            scale = r.cpu_ms_per_article / one.cpu_ms_per_article
            row["cpu_per_article_vs_one_worker"] = scale
            verdict = "MET" if scale <= TARGET_CPU_SCALE_OUT else "NOT MET"
            print(
                f"  {r.system:<28} summed CPU {r.cpu_ms_per_article:.2f} ms/article = "
                f"{scale:.2f}x one worker's {one.cpu_ms_per_article:.2f} "
                f"(target <= {TARGET_CPU_SCALE_OUT}x) {verdict}"
            )
        figures[r.system] = row
    return figures


def corpus_figures(articles: list[dict[str, Any]], payloads: Sequence[Payload]) -> dict[str, Any]:
    sizes = sorted(len(v) for _, v in payloads)
    langs: dict[str, int] = {}
    for a in articles:
        lang = a.get("lang", "(unset)")
        langs[lang] = langs.get(lang, 0) + 1
    return {
        "articles": len(articles),
        "bytes_mean": round(sum(sizes) / len(sizes)),
        "bytes_min": sizes[0],
        "bytes_max": sizes[-1],
        "lang_field": langs,
        "html_bodies": sum(a["body"].lstrip().startswith("<") for a in articles),
    }


# -- main --------------------------------------------------------------------------

SYSTEMS = ("aiokafka", "faust", "pipeline")
#: Opt-in: the pipeline's two-hop topology in Faust without the pipeline's work.
EXTRA_SYSTEMS = ("faust2hop", "baseline")


async def bench(args: argparse.Namespace) -> int:
    deadline = time.monotonic() + args.timeout
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    articles = generate_articles(args.count + args.latency_count, seed=args.seed, start=day)
    payloads = [(a["id"].encode(), encode(a)) for a in articles]
    bulk, paced = payloads[: args.count], payloads[args.count :]
    corpus = corpus_figures(articles, payloads)
    print(
        f"corpus: {corpus['articles']} articles, mean {corpus['bytes_mean']} B "
        f"({corpus['bytes_min']}-{corpus['bytes_max']}), lang field {corpus['lang_field']}, "
        f"{corpus['html_bodies']} HTML bodies; seed {args.seed}"
    )
    print(f"load average before: {os.getloadavg()}, cores: {os.cpu_count()}")

    broker = ensure_broker()
    print(f"broker: {broker.bootstrap} ({'started here' if broker.started_here else 'reused'})")
    run_tag = f"bench-{uuid.uuid4().hex[:6]}"
    work = Path(tempfile.mkdtemp(prefix="wirewatch-bench-"))
    logs = Path(args.log_dir) if args.log_dir else work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    print(f"logs: {logs}")
    results: list[Result] = []
    try:
        took = await warm_up_broker(broker.bootstrap, run_tag, bulk)
        print(f"broker warmed up with the corpus in {took:.1f} s")
        makers: dict[str, Callable[[int], System]] = {
            "aiokafka": lambda _: aiokafka_system(broker.bootstrap, run_tag, logs),
            "faust": lambda _: faust_system(broker.bootstrap, run_tag, logs, work),
            "faust2hop": lambda _: faust_system(broker.bootstrap, run_tag, logs, work, True),
            "pipeline": lambda n: pipeline_system(
                broker.bootstrap, run_tag, logs, work, n, trace=args.trace, core=args.core
            ),
            "baseline": lambda n: pipeline_system(
                broker.bootstrap,
                run_tag,
                logs,
                work,
                n,
                source=args.baseline_src,
                trace=args.trace,
                core=args.core,
            ),
        }
        # The pipeline (and its baseline) once per worker count, in the order given.
        runs = [
            (name, workers)
            for name in args.systems
            for workers in (args.workers if name in ("pipeline", "baseline") else [1])
        ]
        for name, workers in runs:
            label = (
                pipeline_name(workers, name == "baseline")
                if name in ("pipeline", "baseline")
                else name
            )
            if time.monotonic() >= deadline:
                results.append(Result(label, workers, error="overall timeout before start"))
                continue
            try:
                system = makers[name](workers)
            except Exception as exc:  # e.g. the pipeline's modules not landed yet
                results.append(Result(label, workers, error=f"{type(exc).__name__}: {exc}"))
                continue
            results.append(
                await run_system(
                    system, broker.bootstrap, bulk, paced, args.rate, deadline, args.start_first
                )
            )
        summary = report(results)
        summary["issue14"] = issue14_targets(results)
    finally:
        broker.stop()
        for child in work.iterdir():  # worker data dirs; the logs stay
            if child.is_dir() and child != logs:
                shutil.rmtree(child, ignore_errors=True)

    if args.json:
        out = {
            "command": " ".join(sys.argv),
            "when": datetime.now(UTC).isoformat(),
            "config": {
                "count": args.count,
                "latency_count": args.latency_count,
                "rate": args.rate,
                "seed": args.seed,
                "workers": args.workers,
                "start_first": args.start_first,
                "core": args.core,
                "baseline_src": str(args.baseline_src) if args.baseline_src else None,
                "bootstrap": broker.bootstrap,
                "cores": os.cpu_count(),
            },
            "corpus": corpus,
            "systems": [asdict(r) for r in results],
            **summary,
        }
        Path(args.json).write_text(json.dumps(out, indent=2, default=str) + "\n")
        print(f"\nfigures written to {args.json}")
    return 0 if all(r.ok for r in results) else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=3000, help="articles, throughput phase")
    parser.add_argument("--latency-count", type=int, default=300, help="articles, latency phase")
    parser.add_argument("--rate", type=float, default=100.0, help="latency phase, articles/s")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--timeout", type=float, default=600.0, help="overall bound, seconds")
    parser.add_argument(
        "--systems",
        type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
        default=list(SYSTEMS),
        help="comma-separated, run in this order; of: " + ",".join(SYSTEMS + EXTRA_SYSTEMS),
    )
    parser.add_argument(
        "--workers",
        type=lambda s: [int(x) for x in s.split(",") if x.strip()],
        default=[1],
        metavar="N[,M...]",
        help="wirewatch worker processes for the pipeline (same topics and group); "
        "a list (1,2) runs it once per count, for the CPU-per-article comparison",
    )
    parser.add_argument(
        "--start-first",
        action="store_true",
        help="start each system and let its consumer group form before publishing the "
        "backlog (no start-up or joining rebalance inside the measured span)",
    )
    parser.add_argument(
        "--baseline-src",
        type=Path,
        metavar="DIR",
        help="for system 'baseline': a checkout whose worker runs as the baseline "
        "(e.g. `git archive main | tar -x -C DIR`)",
    )
    parser.add_argument(
        "--trace",
        action="store_true",
        help="run the wirewatch workers with WIREWATCH_TRACE_OFFSETS and print the paced "
        "records' latency by segment (fetch, hand-over, stage, hop)",
    )
    parser.add_argument(
        "--core",
        choices=CORES,
        default="native",
        help="native (default): start the workers as the `wirewatch` command does, the "
        "compiled core when its build (`make native`; a baseline's in its own tree) is "
        "current; pure: `python -m wirewatch.cli worker`, pure Python",
    )
    parser.add_argument("--json", metavar="OUT", help="also write the figures here")
    parser.add_argument("--log-dir", help="keep the processes' logs here (default: a temp dir)")
    args = parser.parse_args(argv)
    unknown = set(args.systems) - set(SYSTEMS + EXTRA_SYSTEMS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    if not args.workers or min(args.workers) < 1:
        parser.error("--workers must be at least 1")
    if "baseline" in args.systems and not (args.baseline_src and args.baseline_src.is_dir()):
        parser.error("system 'baseline' needs --baseline-src DIR (a checkout)")
    return asyncio.run(bench(args))


if __name__ == "__main__":
    sys.exit(main())
