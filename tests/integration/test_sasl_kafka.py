"""Every Kafka client of the project over SASL_SSL: a broker made by
``scripts/kafka-local`` with ``KAFKA_LOCAL_SASL_SSL=1`` (its own CA and certificate,
SCRAM and PLAIN users), a worker, ``publish``, ``tail``, ``feeds`` and the live view;
and a wrong password that fails fast with a clear message."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from wirewatch.testing.kafka import (
    REPO,
    SecureBroker,
    Worker,
    consume_until,
    run,
    unique_names,
    values,
    worker_env,
)
from wirewatch.testing.loopback_http import loopback_endpoint
from wirewatch.testing.wait import wait_until

pytestmark = pytest.mark.kafka_sasl

ARTICLE = {
    "id": "sasl-article-1",
    "source": "example.ly",
    "url": "https://example.ly/news/1",
    "title": "Haftar meets Kalin in Benghazi",
    "body": "Libyan commander Khalifa Haftar met Turkish intelligence chief Ibrahim Kalin "
    "in Benghazi on Monday to discuss security cooperation.",
    "published_at": "2026-11-23T10:00:00Z",
    "lang": "en",
}
RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    b"<link>https://feeds.example/</link><item><guid>feed-item-1</guid>"
    b"<title>Dbeibah receives Turkish delegation</title>"
    b"<link>https://feeds.example/news/feed-item-1</link>"
    b"<description>Prime Minister Abdul Hamid Dbeibah received a Turkish delegation in "
    b"Tripoli on Tuesday.</description>"
    b"<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>"
)


@pytest.fixture
def feed_url() -> Iterator[str]:
    with loopback_endpoint(RSS, content_type="application/rss+xml") as endpoint:
        yield endpoint.url("/rss")


def _cli(env: dict[str, str], *args: str, timeout_s: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout_s,
    )


def _get(url: str, headers: dict[str, str] | None = None) -> httpx.Response | None:
    """The answer, or None while nothing listens on the port yet."""
    try:
        return httpx.get(url, headers=headers, timeout=5)
    except httpx.TransportError:
        return None


def test_worker_publish_tail_feeds_and_live_view_over_sasl_ssl(
    kafka_sasl: SecureBroker, tmp_path: Path, feed_url: str
) -> None:
    assert kafka_sasl.settings_env["WIREWATCH_KAFKA_SECURITY_PROTOCOL"] == "SASL_SSL"
    assert kafka_sasl.settings_env["WIREWATCH_KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
    names = unique_names("sasl")
    token = "api-token-for-the-sasl-test"
    env = worker_env(
        kafka_sasl.bootstrap,
        names,
        tmp_path / "data",
        **kafka_sasl.settings_env,
        WIREWATCH_API_TOKEN=token,
        WIREWATCH_WORKER_EMBED_SERVE="1",
    )
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()
        # publish (SCRAM-SHA-512, from the environment) ...
        article_file = tmp_path / "article.jsonl"
        article_file.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
        published = _cli(env, "publish", str(article_file), "--no-progress")
        assert published.returncode == 0, published.stderr
        # ... and the feeds poller with PLAIN, the other mechanism.
        config = tmp_path / "feeds.yaml"
        config.write_text(
            f"state_dir: {tmp_path / 'feeds'}\nallow_private: [127.0.0.1]\n"
            f"feeds:\n  - name: sasl\n    url: {feed_url}\n    lang: en\n",
            encoding="utf-8",
        )
        plain_env = {**env, "WIREWATCH_KAFKA_SASL_MECHANISM": "PLAIN"}
        polled = _cli(plain_env, "feeds", "--config", str(config), "--once", "--metrics-port", "0")
        assert polled.returncode == 0, polled.stderr

        enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
        out = run(
            consume_until(
                kafka_sasl.bootstrap,
                [enriched_topic],
                lambda got: len(got) >= 2,
                timeout_s=90,
                security=kafka_sasl.security(),
            )
        )
        enriched = {e["article_id"]: e for e in values(out, enriched_topic)}
        assert len(enriched) == 2, worker.log_tail()
        assert enriched["sasl-article-1"]["title"] == ARTICLE["title"]
        feed_titles = [e["title"] for e in enriched.values() if e["article_id"] != "sasl-article-1"]
        assert feed_titles == ["Dbeibah receives Turkish delegation"]

        # tail reads them back over the same listener.
        tailed = _cli(
            env, "tail", enriched_topic, "--from-beginning", "--max", "2", "--timeout", "60",
            "--json",
        )  # fmt: skip
        assert tailed.returncode == 0, tailed.stderr
        assert {json.loads(line)["article_id"] for line in tailed.stdout.splitlines()} == set(
            enriched
        )

        # The live view's own consumer serves the article, behind the API token. The
        # embedded live feed listens on its own port, started apart from the worker's
        # web server: waited for, not assumed from the worker's /health.
        auth = {"Authorization": f"Bearer {token}"}
        url = f"{worker.serve_url}/api/articles/sasl-article-1"
        refused = wait_until(
            lambda: _get(url), "the embedded live feed listening", 120, retry_on=()
        )
        assert refused.status_code == 401
        served = wait_until(
            lambda: (r := _get(url, headers=auth)) is not None and r.status_code == 200 and r,
            "the live view serving the article",
            120,
            retry_on=(),
        )
        assert served.json()["title"] == ARTICLE["title"]
        health = httpx.get(f"{worker.url}/health", timeout=5).json()
        assert health["live_view"] is True
    finally:
        worker.stop()


def test_a_wrong_password_fails_fast_with_a_clear_error(
    kafka_sasl: SecureBroker, tmp_path: Path
) -> None:
    names = unique_names("wrongpw")
    env = worker_env(
        kafka_sasl.bootstrap,
        names,
        tmp_path / "data",
        **{**kafka_sasl.settings_env, "WIREWATCH_KAFKA_SASL_PASSWORD": "not-the-password"},
    )
    article_file = tmp_path / "a.jsonl"
    article_file.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    feeds_config = tmp_path / "feeds.yaml"
    feeds_config.write_text(
        f"state_dir: {tmp_path / 'feeds'}\nfeeds:\n  - name: f\n    url: https://feeds.example/rss\n",
        encoding="utf-8",
    )
    commands = {
        "topics": ["topics"],
        # Fails on the broker before fetching anything (the feed URL is never asked).
        "feeds": ["feeds", "--config", str(feeds_config), "--once", "--metrics-port", "0"],
        "publish": ["publish", str(article_file), "--no-progress"],
        "tail": ["tail", names["WIREWATCH_TOPIC_RAW"], "--timeout", "30"],
        "worker": ["worker"],
    }
    for name, args in commands.items():
        started = time.monotonic()
        result = _cli(env, *args, timeout_s=90)
        took = time.monotonic() - started
        assert result.returncode != 0, (name, result.stdout, result.stderr)
        output = result.stdout + result.stderr
        assert "refused authentication for user 'wirewatch-test' (SCRAM-SHA-512)" in output, (
            name,
            output[-2000:],
        )
        assert "not-the-password" not in output
        assert took < 60, (name, took)
