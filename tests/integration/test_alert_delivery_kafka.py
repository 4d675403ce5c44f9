"""Durable webhook delivery on the real broker: erroring and hanging endpoints, SIGKILL.

Alerts are put straight on an alerts topic; ``wirewatch deliver`` (the same
``AlertDelivery`` the worker runs) POSTs them to a loopback endpoint that answers
2xx, errors (500) or hangs, depending on the alert. Every alert must end delivered
or dead-lettered (``webhook_failed``); without a crash each 2xx alert is delivered
exactly once, and a SIGKILL costs at most the batch in flight as repeats.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from schemas import ContactAlert, EntityType, Evidence, PairHistory, Participant
from wirewatch.testing.kafka import (
    REPO,
    Broker,
    Worker,
    consume_until,
    create_topics,
    publish,
    unique_names,
    worker_env,
)

pytestmark = pytest.mark.kafka

CONCURRENCY = 4
#: The client's timeout. A healthy answer takes 0.05 s, but a CI run at load 25 once
#: took more than 0.5 s twice for one POST, so two healthy alerts were dead-lettered
#: as if their endpoint hung. 5 s keeps "hang" (answers after HANG_S) apart from
#: "slow under load" without making the hanging alerts cost much (2 attempts each).
CLIENT_TIMEOUT_S = 5.0
HANG_S = 30.0  # far beyond the client's timeout; bounded, and cut short at teardown


def _alert(n: int) -> bytes:
    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    sentence = "Khalifa Haftar met Ibrahim Kalin in Benghazi."
    return (
        ContactAlert(
            alert_id=f"alert-{n:03d}",
            reason="new",
            watch="turkey-libya",
            kind="meeting",
            participants=[
                Participant(id="a", name="Khalifa Haftar", type=EntityType.PERSON, country="LY"),
                Participant(id="b", name="Ibrahim Kalin", type=EntityType.PERSON, country="TR"),
            ],
            countries=["LY", "TR"],
            pair_key=f"pair-{n}",
            occurred_at=when,
            evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
            event_id=f"event-{n}",
            article_id=f"article-{n}",
            source="libyaherald.example",
            history=PairHistory(first_seen=when, last_seen=when, count=1),
            raised_at=when,
        )
        .model_dump_json()
        .encode()
    )


def _behaviour(alert_id: str) -> str:
    n = int(alert_id.rsplit("-", 1)[1])
    return {3: "error", 7: "hang"}.get(n % 10, "ok")


class Endpoint:
    """Loopback webhook: records 2xx deliveries; errors or hangs (bounded) by alert."""

    def __init__(self) -> None:
        self.delivered: Counter[str] = Counter()
        self.attempts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
                alert_id = body["alert_id"]
                behaviour = _behaviour(alert_id)
                with endpoint.lock:
                    endpoint.attempts[alert_id] += 1
                if behaviour == "hang":
                    endpoint.stopping.wait(HANG_S)
                    return
                time.sleep(0.05)  # a receiver that takes a moment: kills land mid-batch
                status = 500 if behaviour == "error" else 200
                try:
                    self.send_response(status)
                    self.end_headers()
                except OSError:
                    return
                if status == 200:
                    with endpoint.lock:
                        endpoint.delivered[alert_id] += 1

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)  # bound here: no port race
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def delivered_ids(self) -> set[str]:
        with self.lock:
            return set(self.delivered)


@pytest.fixture
def endpoint() -> Iterator[Endpoint]:
    hook = Endpoint()
    hook.thread.start()
    try:
        yield hook
    finally:
        hook.stopping.set()
        hook.server.shutdown()
        hook.server.server_close()


def _deliverer(env: dict[str, str], log_path: Path) -> Worker:
    worker = Worker(env, log_path, int(env["WIREWATCH_WEB_PORT"]))
    worker._log = log_path.open("ab")
    worker.process = subprocess.Popen(
        [sys.executable, "-m", "wirewatch.cli", "deliver"],
        env=env,
        cwd=REPO,
        stdout=worker._log,
        stderr=subprocess.STDOUT,
    )
    return worker


def _dead_lettered(kafka: Broker, names: dict[str, str], want: int) -> dict[str, str]:
    records = asyncio.run(
        consume_until(
            kafka.bootstrap,
            [names["WIREWATCH_TOPIC_DEADLETTER"]],
            lambda got: len(got) >= want,
            timeout_s=5,
        )
    )
    out = {}
    for record in records:
        letter = json.loads(record.value)
        assert letter["reason"] == "webhook_failed"
        out[json.loads(letter["payload_text"])["alert_id"]] = letter["error"]
    return out


def _setup(kafka: Broker, tmp_path: Path, endpoint: Endpoint, count: int) -> tuple:
    names = unique_names("deliver")
    env = worker_env(
        kafka.bootstrap,
        names,
        tmp_path / "data",
        WIREWATCH_ALERT_WEBHOOK_URL=endpoint.url,
        WIREWATCH_ALERT_WEBHOOK_TIMEOUT_S=str(CLIENT_TIMEOUT_S),
        WIREWATCH_ALERT_WEBHOOK_MAX_ATTEMPTS="2",
        WIREWATCH_ALERT_WEBHOOK_BACKOFF_MAX_S="0.1",
        WIREWATCH_ALERT_WEBHOOK_CONCURRENCY=str(CONCURRENCY),
    )
    create_topics(env)
    ids = [f"alert-{n:03d}" for n in range(count)]
    asyncio.run(
        publish(kafka.bootstrap, names["WIREWATCH_TOPIC_ALERTS"], map(_alert, range(count)))
    )
    return names, env, ids


def _wait_settled(
    kafka: Broker, names: dict[str, str], endpoint: Endpoint, ids: list[str], timeout_s: float
) -> dict[str, str]:
    must_fail = {i for i in ids if _behaviour(i) != "ok"}
    deadline = time.monotonic() + timeout_s
    while True:
        dead = _dead_lettered(kafka, names, len(must_fail))
        if endpoint.delivered_ids() | set(dead) >= set(ids):
            return dead
        assert time.monotonic() < deadline, (
            f"unsettled: {sorted(set(ids) - endpoint.delivered_ids() - set(dead))}"
        )


def test_every_alert_delivered_once_or_dead_lettered(
    kafka: Broker, tmp_path: Path, endpoint: Endpoint
) -> None:
    names, env, ids = _setup(kafka, tmp_path, endpoint, 30)
    deliverer = _deliverer(env, tmp_path / "deliver.log")
    try:
        dead = _wait_settled(kafka, names, endpoint, ids, timeout_s=120)
    finally:
        deliverer.stop()
    ok = {i for i in ids if _behaviour(i) == "ok"}
    assert set(endpoint.delivered) == ok
    assert all(n == 1 for n in endpoint.delivered.values()), endpoint.delivered
    assert set(dead) == set(ids) - ok
    assert all("after 2 attempts" in error for error in dead.values()), dead
    # The erroring and hanging alerts were tried exactly max_attempts times each.
    assert {endpoint.attempts[i] for i in set(ids) - ok} == {2}


def test_sigkill_mid_delivery_loses_no_alert(
    kafka: Broker, tmp_path: Path, endpoint: Endpoint
) -> None:
    names, env, ids = _setup(kafka, tmp_path, endpoint, 60)
    first = _deliverer(env, tmp_path / "deliver-1.log")
    try:
        deadline = time.monotonic() + 120
        while len(endpoint.delivered_ids()) < 15:
            assert time.monotonic() < deadline, first.log_tail()
            assert first.process is not None and first.process.poll() is None, first.log_tail()
            time.sleep(0.05)
    finally:
        first.kill()  # SIGKILL: no shutdown, batch in flight unsettled
    assert len(endpoint.delivered_ids()) < len(ids), "killed too late to test anything"
    second = _deliverer(env, tmp_path / "deliver-2.log")
    try:
        dead = _wait_settled(kafka, names, endpoint, ids, timeout_s=180)
    finally:
        second.stop()
    ok = {i for i in ids if _behaviour(i) == "ok"}
    assert set(endpoint.delivered) == ok
    assert set(dead) >= set(ids) - ok
    # Only the batch in flight at the kill can be delivered twice.
    repeats = [i for i, n in endpoint.delivered.items() if n > 1]
    assert len(repeats) <= CONCURRENCY, repeats
