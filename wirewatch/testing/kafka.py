"""Test harness: the real local Kafka broker and real worker processes.

The broker comes from ``scripts/kafka-local`` (real Apache Kafka, KRaft); workers run
as ``wirewatch worker`` subprocesses so they can be killed like in production.
Workers in tests use a short group session timeout (6 s instead of Faust's 60 s)
so joins, leaves and restarts take seconds; nothing here sleeps for a fixed time
to wait for the broker: every wait polls for a condition under a deadline.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Coroutine, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import ConsumerRecord, TopicPartition

from wirewatch.testing.wait import until

REPO = Path(__file__).resolve().parents[2]
KAFKA_SCRIPT = REPO / "scripts" / "kafka-local"
T = TypeVar("T")


def free_port() -> int:
    """A loopback port for a server this test starts later (a worker's web port, a
    serve process, Prometheus), reserved meanwhile.

    A port merely bound and released is free for anyone until the server binds it:
    another suite on the machine asking the kernel for a port (``bind`` to port 0)
    could be handed the same one. So the port is left in ``TIME_WAIT`` (a connection
    accepted on it and closed from the server side): for a minute the kernel hands it
    to no ``bind(0)``, while a server that sets ``SO_REUSEADDR`` (aiohttp, Faust's
    web server, ``http.server``, Prometheus: all of ours) binds it at once. In-process
    servers should bind port 0 themselves instead.
    """
    with socket.socket() as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        address = server.getsockname()
        with socket.socket() as client:
            client.connect(address)
            accepted, _ = server.accept()
            accepted.close()  # the server side closes first: its end is in TIME_WAIT
        return int(address[1])


@dataclass
class Broker:
    bootstrap: str
    started_here: bool
    env: dict[str, str]

    def stop(self) -> None:
        if self.started_here:
            subprocess.run([str(KAFKA_SCRIPT), "stop"], env=self.env, check=False, timeout=120)


def start_broker() -> Broker:
    env = dict(os.environ)
    if env.get("KAFKA_BOOTSTRAP_SERVERS"):
        return Broker(env["KAFKA_BOOTSTRAP_SERVERS"], started_here=False, env=env)
    # Below the ephemeral range (32768-60999): a client's outgoing port can never
    # take it while a restarting broker is down.
    env.setdefault("KAFKA_LOCAL_PORT", "19092")
    subprocess.run([str(KAFKA_SCRIPT), "start"], env=env, check=True, timeout=600)
    return Broker(f"127.0.0.1:{env['KAFKA_LOCAL_PORT']}", started_here=True, env=env)


@dataclass
class SecureBroker(Broker):
    """A local broker with a SASL_SSL listener; ``settings_env`` reaches it as a client."""

    settings_env: dict[str, str] = field(default_factory=dict)

    def settings(self, **overrides: Any) -> Any:
        from wirewatch.settings import Settings

        fields = {k.removeprefix("WIREWATCH_").lower(): v for k, v in self.settings_env.items()}
        return Settings(**{**fields, **overrides})

    def security(self) -> dict[str, Any]:
        """aiokafka keyword arguments for this listener (through the project's helper)."""
        from wirewatch.kafkaauth import client_options

        return client_options(self.settings())


def start_sasl_broker() -> SecureBroker:
    """A second local broker (client port ``KAFKA_LOCAL_PORT`` + 200, SASL_SSL on + 202)
    with a CA, a broker certificate and SCRAM/PLAIN users made by ``scripts/kafka-local``.

    Always started here, even when ``KAFKA_BOOTSTRAP_SERVERS`` names another cluster:
    the test needs a listener whose credentials it knows.
    """
    env = dict(os.environ)
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    port = int(env.get("KAFKA_LOCAL_PORT", "19092")) + 200
    password = f"pw-{uuid.uuid4().hex}"
    env.update(
        {
            "KAFKA_LOCAL_PORT": str(port),
            "KAFKA_LOCAL_SASL_SSL": "1",
            "KAFKA_LOCAL_SASL_PORT": str(port + 2),
            "KAFKA_LOCAL_SASL_USER": "wirewatch-test",
            "KAFKA_LOCAL_SASL_PASSWORD": password,
        }
    )
    subprocess.run([str(KAFKA_SCRIPT), "start"], env=env, check=True, timeout=600)
    printed = subprocess.run(
        [str(KAFKA_SCRIPT), "env"], env=env, check=True, timeout=60, capture_output=True, text=True
    ).stdout
    settings_env = dict(line.split("=", 1) for line in printed.splitlines() if "=" in line)
    return SecureBroker(
        settings_env["WIREWATCH_KAFKA_BOOTSTRAP_SERVERS"],
        started_here=True,
        env=env,
        settings_env=settings_env,
    )


def unique_names(prefix: str = "t") -> dict[str, str]:
    """Topic names and app id private to one test, so tests cannot see each other."""
    tag = f"{prefix}-{uuid.uuid4().hex[:8]}"
    return {
        "WIREWATCH_APP_ID": f"wirewatch-{tag}",
        "WIREWATCH_TOPIC_RAW": f"{tag}.articles.raw",
        "WIREWATCH_TOPIC_PREPARED": f"{tag}.articles.prepared",
        "WIREWATCH_TOPIC_ENRICHED": f"{tag}.articles.enriched",
        "WIREWATCH_TOPIC_CONTACTS": f"{tag}.events.contacts",
        "WIREWATCH_TOPIC_ALERTS": f"{tag}.alerts.contacts",
        "WIREWATCH_TOPIC_DEADLETTER": f"{tag}.articles.deadletter",
    }


@dataclass
class Worker:
    """One ``wirewatch worker`` process."""

    env: dict[str, str]
    log_path: Path
    web_port: int
    process: subprocess.Popen[bytes] | None = None
    _log: IO[bytes] | None = field(default=None, repr=False)
    #: Faust worker options after ``wirewatch worker`` (e.g. ``--web-port``).
    options: tuple[str, ...] = ()

    def start(self) -> Worker:
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "wirewatch.cli", "worker", *self.options],
            env=self.env,
            cwd=REPO,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    @property
    def serve_url(self) -> str:
        """The live feed out, served by this worker with WIREWATCH_WORKER_EMBED_SERVE=1."""
        return f"http://127.0.0.1:{self.env['WIREWATCH_SERVE_PORT']}"

    def wait_healthy(self, timeout_s: float = 90.0) -> None:
        import httpx

        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"worker exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            try:
                if httpx.get(self.url + "/health", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"worker not healthy within {timeout_s}s:\n{self.log_tail()}")

    def metrics(self) -> str:
        import httpx

        return httpx.get(self.url + "/metrics", timeout=5.0).text

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def stop(self) -> None:
        self.kill(signal.SIGTERM)
        if self._log is not None:
            self._log.close()

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


def metric_value(worker: Worker, name: str) -> float:
    """A label-less sample of the worker's ``/metrics`` (0 when absent or not serving)."""
    import re

    try:
        text = worker.metrics()
    except Exception:  # not serving yet
        return 0.0
    match = re.search(rf"^{re.escape(name)}\s+(\S+)$", text, re.M)
    return float(match.group(1)) if match else 0.0


def create_topics(env: dict[str, str]) -> None:
    """The pipeline's topics for the names in ``env``, made by ``wirewatch topics``."""
    subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "topics"],
        env=env,
        cwd=REPO,
        check=True,
        timeout=120,
        capture_output=True,
    )


def worker_env(
    bootstrap: str, names: dict[str, str], data_dir: Path, **extra: str
) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    env.update(names)
    env.update(
        {
            "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS": bootstrap,
            "WIREWATCH_WEB_HOST": "127.0.0.1",
            "WIREWATCH_WEB_PORT": str(free_port()),
            # The live feed out's port, when a worker embeds it or serve runs beside it.
            "WIREWATCH_SERVE_PORT": str(free_port()),
            "WIREWATCH_DATA_DIR": str(data_dir),
            # Short group timeouts for tests (Faust's default session is 60 s).
            "WIREWATCH_SESSION_TIMEOUT_S": "6",
            "WIREWATCH_HEARTBEAT_INTERVAL_S": "1",
            "WIREWATCH_REBALANCE_TIMEOUT_S": "10",
            "WIREWATCH_LOG_LEVEL": "info",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(extra)
    return env


async def publish(
    bootstrap: str,
    topic: str,
    payloads: Iterable[bytes],
    key: bytes | None = None,
    security: dict[str, Any] | None = None,
) -> int:
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, **(security or {})
    )
    await producer.start()
    count = 0
    try:
        for payload in payloads:
            await producer.send_and_wait(topic, payload, key=key)
            count += 1
    finally:
        await producer.stop()
    return count


async def consume_until(
    bootstrap: str,
    topics: Sequence[str],
    done: Callable[[list[ConsumerRecord]], bool],
    timeout_s: float = 90.0,
    security: dict[str, Any] | None = None,
) -> list[ConsumerRecord]:
    """Read topics from the beginning until ``done(records)`` or the deadline."""
    consumer = AIOKafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
        metadata_max_age_ms=1000,
        **(security or {}),
    )
    await consumer.start()
    records: list[ConsumerRecord] = []
    deadline = time.monotonic() + timeout_s
    try:
        while not done(records):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            batch = await consumer.getmany(timeout_ms=int(min(1.0, remaining) * 1000))
            for part in batch.values():
                records.extend(part)
    finally:
        await consumer.stop()
    return records


async def end_offsets(
    bootstrap: str, topics: list[str], isolation_level: str = "read_uncommitted"
) -> dict[TopicPartition, int]:
    # Subscribing (without a group) is what makes the client fetch these topics' metadata.
    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, isolation_level=isolation_level
    )
    await consumer.start()
    try:
        tps = [TopicPartition(t, p) for t in topics for p in consumer.partitions_for_topic(t) or ()]
        return dict(await consumer.end_offsets(tps)) if tps else {}
    finally:
        await consumer.stop()


async def read_to_end(
    bootstrap: str, topics: list[str], isolation_level: str = "read_uncommitted"
) -> dict[str, list[ConsumerRecord]]:
    """Every record of ``topics`` up to their current end offsets (for
    ``read_committed``: the last stable offset, leaving out the records of open and
    aborted transactions, as a transactional consumer would)."""
    ends = await end_offsets(bootstrap, topics, isolation_level)
    out: dict[str, list[ConsumerRecord]] = {t: [] for t in topics}
    wanted = {tp: end for tp, end in ends.items() if end > 0}
    if not wanted:
        return out
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        group_id=None,
        enable_auto_commit=False,
        isolation_level=isolation_level,
    )
    await consumer.start()
    try:
        consumer.assign(list(wanted))
        await consumer.seek_to_beginning(*wanted)
        deadline = time.monotonic() + 120
        while wanted and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=1000, max_records=5000)
            for tp, records in batch.items():
                out[tp.topic].extend(records)
            # By position, not the last record's offset: transaction markers and
            # aborted records take offsets that no record is returned for.
            for tp in list(wanted):
                if await consumer.position(tp) >= wanted[tp]:
                    wanted.pop(tp)
        if wanted:
            raise TimeoutError(f"could not read {sorted(map(str, wanted))} to their end")
    finally:
        await consumer.stop()
    return out


async def committed_offsets(bootstrap: str, group: str) -> dict[TopicPartition, int]:
    """What consumer group ``group`` committed, by partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
        return {tp: meta.offset for tp, meta in offsets.items()}
    finally:
        await admin.close()


async def wait_committed_to_end(
    bootstrap: str, group: str, topics: list[str], timeout_s: float = 120.0
) -> None:
    """Until ``group`` has committed every partition of ``topics`` to its current end.

    The project's consumers commit an input only once everything it produced is on
    the broker (``streams/acks.py``, ``wirewatch/delivery``): once committed to the
    end, what the group makes of its input is all there to read, which a test can
    then check, absences included, without waiting out a guessed delay.
    """
    ends = await end_offsets(bootstrap, topics)
    if {tp.topic for tp in ends} != set(topics):  # else "all caught up" would be vacuous
        raise ValueError(
            f"no partitions known for {sorted(set(topics) - {tp.topic for tp in ends})}"
        )

    async def caught_up() -> bool:
        committed = await committed_offsets(bootstrap, group)
        return all(committed.get(tp, 0) >= end for tp, end in ends.items())

    await until(caught_up, f"group {group} committed {topics} to their end", timeout_s, 0.5)


def values(records: Iterable[ConsumerRecord], topic: str) -> list[dict]:
    return [json.loads(r.value) for r in records if r.topic == topic]


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)
