"""The feeds poller against the real broker: each new item published once, across restarts."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from wirewatch.testing.kafka import REPO, Broker, read_to_end, run, unique_names
from wirewatch.testing.loopback_http import LoopbackEndpoint, loopback_endpoint

pytestmark = pytest.mark.kafka


def _rss(items: list[tuple[str, str]]) -> bytes:
    now = datetime.now(UTC)
    entries = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title>"
        f"<link>https://news.example/{guid}?utm_source=rss</link>"
        f"<description>&lt;p&gt;{title}. Libyan and Turkish officials met in Tripoli on "
        f"Monday to discuss cooperation.&lt;/p&gt;</description>"
        f"<pubDate>{format_datetime(now - timedelta(hours=n))}</pubDate></item>"
        for n, (guid, title) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>News</title><link>https://news.example/</link>{entries}</channel></rss>"
    ).encode()


@pytest.fixture
def feed_server() -> Iterator[LoopbackEndpoint]:
    with loopback_endpoint(content_type="application/rss+xml") as endpoint:
        yield endpoint


def _poll_once(config: Path, bootstrap: str, topic: str, *, check: bool = True) -> int:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "feeds", "--config", str(config), "--once",
         "--bootstrap-servers", bootstrap, "--topic", topic, "--metrics-port", "0"],
        cwd=REPO, check=check, timeout=120,
    ).returncode  # fmt: skip


def test_new_items_are_published_once_across_restarts(
    kafka: Broker, tmp_path: Path, feed_server: LoopbackEndpoint
) -> None:
    url, feed = feed_server.url("/rss"), feed_server
    topic = unique_names("feeds")["WIREWATCH_TOPIC_RAW"]
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    async def create() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=kafka.bootstrap)
        await admin.start()
        try:
            await admin.create_topics([NewTopic(topic, 1, 1)])
        finally:
            await admin.close()

    run(create())
    config = tmp_path / "feeds.yaml"
    config.write_text(
        f"state_dir: {tmp_path / 'state'}\n"
        "allow_private: [127.0.0.1]\n"  # the test feed is on loopback
        f"feeds:\n  - name: news\n    url: {url}\n    source: news.example\n"
        f"    interval_s: 60\n    timeout_s: 10\n    lang: en\n",
        encoding="utf-8",
    )
    feed.body = _rss([("a-1", "First story"), ("a-2", "Second story")])
    _poll_once(config, kafka.bootstrap, topic)
    _poll_once(config, kafka.bootstrap, topic)  # a restart: a new process, same state
    feed.body = _rss([("a-3", "Third story"), ("a-1", "First story"), ("a-2", "Second story")])
    _poll_once(config, kafka.bootstrap, topic)

    # Each poller has exited, its records on the broker: the topic read to its end is
    # everything they published (no fourth record waited out for a guessed time).
    records = run(read_to_end(kafka.bootstrap, [topic]))[topic]
    articles = [json.loads(r.value) for r in records]
    titles = sorted(a["title"] for a in articles)
    assert titles == ["First story", "Second story", "Third story"]
    assert all(a["source"] == "news.example" for a in articles)
    assert all("utm_source" not in a["url"] for a in articles)
    assert len({a["id"] for a in articles}) == 3
    assert all(r.key.decode() == json.loads(r.value)["id"] for r in records)


def test_a_feed_on_loopback_is_refused_without_the_allow_list(
    kafka: Broker, tmp_path: Path, feed_server: LoopbackEndpoint
) -> None:
    url, feed = feed_server.url("/rss"), feed_server
    feed.body = _rss([("b-1", "Never fetched")])
    config = tmp_path / "feeds.yaml"
    config.write_text(
        f"state_dir: {tmp_path / 'state'}\nfeeds:\n  - name: local\n    url: {url}\n",
        encoding="utf-8",
    )
    topic = unique_names("refused")["WIREWATCH_TOPIC_RAW"]
    assert _poll_once(config, kafka.bootstrap, topic, check=False) == 1  # the feed failed
    assert feed.gets == 0  # refused before connecting
