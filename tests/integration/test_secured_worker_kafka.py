"""A worker as deployed with secrets: bound to loopback by default, bearer tokens on
the API, SSE and metrics (health open), a truthful /health, and none of its secrets
in any line of its log while it starts, processes, alerts a webhook and stops."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from wirewatch.testing.kafka import (
    Broker,
    Worker,
    publish,
    run,
    unique_names,
    worker_env,
)
from wirewatch.testing.loopback_http import LoopbackEndpoint, loopback_endpoint
from wirewatch.testing.wait import wait_until

pytestmark = pytest.mark.kafka

API_TOKEN = "api-token-4c1f9d2b7e"
METRICS_TOKEN = "metrics-token-8a3e5f0c1d"
SASL_PASSWORD = "sasl-password-6b2d8e4f"
HOOK_PASSWORD = "hook-password-9e7c"
HOOK_PATH = "/services/T0/B0/hook-path-token-5d1a"
ARTICLE = {
    "id": "secured-1",
    "source": "example.ly",
    "url": "https://example.ly/news/secured-1",
    "title": "Haftar meets Kalin in Benghazi",
    "body": "Libyan commander Khalifa Haftar met Turkish intelligence chief Ibrahim Kalin "
    "in Benghazi on Monday to discuss security cooperation.",
    "published_at": "2026-11-23T10:00:00Z",
    "lang": "en",
}


@pytest.fixture
def hook() -> Iterator[LoopbackEndpoint]:
    with loopback_endpoint() as endpoint:
        yield endpoint


def _listening_addresses(port: int) -> set[str]:
    """Local addresses of listening TCP sockets on ``port``, from /proc (no traffic)."""
    found: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].rsplit(":", 1)
            if int(port_hex, 16) == port and fields[3] == "0A":  # 0A: LISTEN
                found.add(address)
    return found


def test_tokens_loopback_health_and_no_secret_in_the_log(
    kafka: Broker, tmp_path: Path, hook: LoopbackEndpoint
) -> None:
    hook_url = hook.url(HOOK_PATH, userinfo=f"alerts:{HOOK_PASSWORD}")
    names = unique_names("secured")
    env = worker_env(
        kafka.bootstrap,
        names,
        tmp_path / "data",
        WIREWATCH_API_TOKEN=API_TOKEN,
        WIREWATCH_METRICS_TOKEN=METRICS_TOKEN,
        WIREWATCH_KAFKA_SASL_PASSWORD=SASL_PASSWORD,  # unused on plaintext, still secret
        WIREWATCH_ALERT_WEBHOOK_URL=hook_url,
        WIREWATCH_WORKER_EMBED_SERVE="1",
    )
    env.pop("WIREWATCH_WEB_HOST")  # the default must be loopback
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()
        assert _listening_addresses(worker.web_port) == {"0100007F"}  # 127.0.0.1 only
        serve_port = int(env["WIREWATCH_SERVE_PORT"])
        wait_until(
            lambda: _listening_addresses(serve_port), "the embedded live feed", 120, retry_on=()
        )
        assert _listening_addresses(serve_port) == {"0100007F"}

        api, metrics = (
            {"Authorization": f"Bearer {API_TOKEN}"},
            {"Authorization": f"Bearer {METRICS_TOKEN}"},
        )
        for path in ("/api/alerts", "/api/contacts", "/api/articles/x", "/api/stream"):
            refused = httpx.get(worker.serve_url + path, timeout=5)
            assert refused.status_code == 401, path
            assert refused.headers["WWW-Authenticate"].startswith("Bearer")
            wrong = httpx.get(worker.serve_url + path, headers=metrics, timeout=5)
            assert wrong.status_code == 401, path
        assert (
            httpx.get(worker.serve_url + "/api/alerts", headers=api, timeout=5).status_code == 200
        )
        assert httpx.get(worker.url + "/metrics", timeout=5).status_code == 401
        assert httpx.get(worker.url + "/metrics", headers=api, timeout=5).status_code == 401
        scraped = httpx.get(worker.url + "/metrics", headers=metrics, timeout=5)
        assert scraped.status_code == 200 and "wirewatch_articles_received_total" in scraped.text
        with httpx.stream(
            "GET", worker.serve_url + "/api/stream?kinds=alert", headers=api, timeout=5
        ) as stream:
            assert stream.status_code == 200
            assert stream.headers["content-type"].startswith("text/event-stream")

        # The health check is open and says the live view serves once it does.
        wait_until(
            lambda: httpx.get(worker.url + "/health", timeout=5).json()["live_view"] is True,
            "live_view true in /health",
            120,
            retry_on=(),
        )

        # An article with a contact: the alert goes to the webhook, whose URL is secret.
        run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], [json.dumps(ARTICLE).encode()]))
        wait_until(lambda: hook.posted, "the webhook delivery", 120, retry_on=())
        alerts = wait_until(
            lambda: httpx.get(worker.serve_url + "/api/alerts", headers=api, timeout=5).json()[
                "alerts"
            ],
            "the alert in the live view",
            120,
            retry_on=(),
        )
        assert alerts[0]["reason"] == "new"
    finally:
        worker.stop()

    log = (tmp_path / "worker.log").read_text(errors="replace")
    for secret in (API_TOKEN, METRICS_TOKEN, SASL_PASSWORD, HOOK_PASSWORD, HOOK_PATH, hook_url):
        assert secret not in log, f"{secret!r} in the worker log"
    # The start-up line that used to print the URL is there, redacted.
    assert "alert webhook delivery to ***" in log
