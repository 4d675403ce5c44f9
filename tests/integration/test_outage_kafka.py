"""A broker outage on the real broker: bounded logs, a metric that says so, recovery.

The worker runs against a broker of its own (the session's port + 300) so the session's broker is
not disturbed; the broker is SIGKILLed (a crash, connections refused) and later
restarted on its kept data.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest

from wirewatch.testing.kafka import (
    KAFKA_SCRIPT,
    REPO,
    Worker,
    consume_until,
    publish,
    run,
    unique_names,
    worker_env,
)
from wirewatch.testing.wait import wait_until

pytestmark = pytest.mark.kafka

#: The session's broker port + 300 (19392 by default), so that a second suite run on
#: other ports (``KAFKA_LOCAL_PORT``) never stops this one's outage broker.
PORT = str(int(os.environ.get("KAFKA_LOCAL_PORT", "19092")) + 300)
#: Lines the worker may write in the observed outage window. Before the limiter a
#: measured outage wrote ~145 lines a second.
OUTAGE_WINDOW_S = 20.0
MAX_LINES_IN_WINDOW = 120


def _broker(command: str, **extra: str) -> None:
    env = {**os.environ, "KAFKA_LOCAL_PORT": PORT, **extra}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    subprocess.run([str(KAFKA_SCRIPT), command], env=env, check=True, timeout=180)


def _broker_up(worker: Worker) -> float | None:
    try:
        text = worker.metrics()
    except Exception:
        return None
    match = re.search(r"^wirewatch_broker_up\s+(\S+)$", text, re.M)
    return float(match.group(1)) if match else None


def _article(n: int) -> bytes:
    return json.dumps(
        {"id": f"outage-{n}", "source": "x.example", "body": f"Article number {n} about Tripoli."}
    ).encode()


def test_broker_outage_is_quiet_visible_and_survived(tmp_path: Path) -> None:
    bootstrap = f"127.0.0.1:{PORT}"
    _broker("start")
    worker = None
    try:
        names = unique_names("outage")
        env = worker_env(bootstrap, names, tmp_path / "data")
        worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
        worker.wait_healthy()
        enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]

        def enriched(article_id: str, timeout_s: float) -> bool:
            out = run(
                consume_until(
                    bootstrap,
                    [enriched_topic],
                    lambda got: any(json.loads(r.value)["article_id"] == article_id for r in got),
                    timeout_s=timeout_s,
                )
            )
            return any(json.loads(r.value)["article_id"] == article_id for r in out)

        run(publish(bootstrap, names["WIREWATCH_TOPIC_RAW"], [_article(1)]))
        assert enriched("outage-1", 120), "first article never enriched\n" + worker.log_tail()
        # The gauge comes from a probe on a timer of its own (every 5 s): waited for.
        wait_until(
            lambda: _broker_up(worker) == 1.0,
            "broker never reported up",
            120,
            interval_s=0.5,
            retry_on=(),
        )

        pid = int((REPO / ".cache" / "kafka" / f"run-{PORT}" / "broker.pid").read_text())
        os.kill(pid, signal.SIGKILL)
        wait_until(
            lambda: _broker_up(worker) == 0.0,
            "outage never reported",
            120,
            interval_s=0.5,
            retry_on=(),
        )
        before = worker.log_path.stat().st_size
        # Not a wait for something: the window over which the log rate is measured.
        time.sleep(OUTAGE_WINDOW_S)
        with worker.log_path.open("rb") as handle:
            handle.seek(before)
            lines = handle.read().decode("utf-8", "replace").splitlines()
        assert len(lines) <= MAX_LINES_IN_WINDOW, "\n".join(lines[-40:])
        assert worker.process is not None and worker.process.poll() is None

        _broker("start", KAFKA_LOCAL_KEEP_DATA="1")
        wait_until(
            lambda: _broker_up(worker) == 1.0,
            "recovery never reported",
            120,
            interval_s=0.5,
            retry_on=(),
        )
        run(publish(bootstrap, names["WIREWATCH_TOPIC_RAW"], [_article(2)]))
        assert enriched("outage-2", 120), worker.log_tail()
    finally:
        if worker is not None:
            worker.stop()
        _broker("stop")
