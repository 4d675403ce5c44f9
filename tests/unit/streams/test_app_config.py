"""The Faust app takes its group and table settings from ``WIREWATCH_*`` settings.

Checked in a fresh interpreter: ``streams.app`` builds its app (and registers its
Prometheus collectors) once per process, at import.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from streams.app import broker_url

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json
from streams.app import app
c = app.conf
print(json.dumps({
    "id": c.id,
    "standby": c.table_standby_replicas,
    "session": c.broker_session_timeout,
    "heartbeat": c.broker_heartbeat_interval,
    "rebalance": c.broker_rebalance_timeout,
    "broker": [str(url) for url in c.broker],
    "web_bind": c.web_bind,
    "credentials": repr(c.broker_credentials),
}))
"""


def _conf(**env: str) -> dict:
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("WIREWATCH_") and k != "KAFKA_BOOTSTRAP_SERVERS"
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**inherited, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_app_settings_come_from_the_environment() -> None:
    conf = _conf(
        WIREWATCH_APP_ID="config-test",
        WIREWATCH_KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:1,127.0.0.1:2",
        WIREWATCH_STANDBY_REPLICAS="2",
        WIREWATCH_SESSION_TIMEOUT_S="6",
        WIREWATCH_HEARTBEAT_INTERVAL_S="1",
        WIREWATCH_REBALANCE_TIMEOUT_S="10",
    )
    assert conf == {
        "id": "config-test",
        "standby": 2,
        "session": 6.0,
        "heartbeat": 1.0,
        "rebalance": 10.0,
        "broker": ["kafka://127.0.0.1:1", "kafka://127.0.0.1:2"],
        "web_bind": "127.0.0.1",
        "credentials": "None",
    }


def test_standby_replicas_default_to_none() -> None:
    # A standby makes each added worker apply every other worker's table updates
    # (settings.py gives the measured cost); failover replays the changelog instead.
    assert _conf(WIREWATCH_APP_ID="config-default")["standby"] == 0
    assert broker_url("a:1, b:2") == "kafka://a:1;kafka://b:2"


def test_broker_credentials_and_web_bind_come_from_the_environment() -> None:
    conf = _conf(
        WIREWATCH_APP_ID="config-sasl",
        WIREWATCH_WEB_HOST="0.0.0.0",
        WIREWATCH_KAFKA_SECURITY_PROTOCOL="SASL_SSL",
        WIREWATCH_KAFKA_SASL_MECHANISM="SCRAM-SHA-256",
        WIREWATCH_KAFKA_SASL_USERNAME="svc-wirewatch",
        WIREWATCH_KAFKA_SASL_PASSWORD="never-printed",
    )
    assert conf["web_bind"] == "0.0.0.0"
    # Faust's repr names the user only; the transport gets the rest (tests/unit/
    # test_security_settings.py checks the options, the kafka_sasl tests a real broker).
    assert conf["credentials"] == "<SASLCredentials: username=svc-wirewatch>"


FETCH_PROBE = """
import asyncio
from streams.app import app

async def built() -> None:
    consumer = app.consumer._thread._create_worker_consumer(app.transport)
    try:
        print(consumer._fetch_max_wait_ms)
    finally:
        await consumer.stop()

asyncio.run(built())
"""


def _fetch_max_wait_ms(**env: str) -> int:
    inherited = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("WIREWATCH_") and k != "KAFKA_BOOTSTRAP_SERVERS"
    }
    result = subprocess.run(
        [sys.executable, "-c", FETCH_PROBE],
        env={**inherited, "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1", **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return int(result.stdout.strip().splitlines()[-1])


def test_worker_consumer_fetch_wait_is_the_setting_not_fausts_1500_ms() -> None:
    # Faust builds its consumer with fetch_max_wait_ms=1500 whatever its settings; a
    # fetch request holding only idle partitions then blinds the consumer for 1.5 s
    # (streams/app.py gives the measurement).
    assert _fetch_max_wait_ms(WIREWATCH_APP_ID="config-fetch") == 50
    assert (
        _fetch_max_wait_ms(
            WIREWATCH_APP_ID="config-fetch", WIREWATCH_CONSUMER_FETCH_MAX_WAIT_MS="120"
        )
        == 120
    )
