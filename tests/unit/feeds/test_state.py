"""Feeds config, the durable seen-set and the ``feeds`` command's arguments."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from pydantic import ValidationError

from wirewatch.cli import feeds as feeds_cli
from wirewatch.feeds import FeedsConfig, SeenStore, load_config

REPO = Path(__file__).resolve().parents[3]


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_example_config_loads() -> None:
    config = load_config(REPO / "seeds" / "feeds.example.yaml")
    assert len(config.feeds) >= 2
    assert all(f.url.startswith("https://") for f in config.feeds)


def test_config_rejects_duplicate_names_and_bad_urls() -> None:
    with pytest.raises(ValidationError, match="unique"):
        FeedsConfig.model_validate(
            {"feeds": [{"name": "a", "url": "http://x/1"}, {"name": "a", "url": "http://x/2"}]}
        )
    with pytest.raises(ValidationError, match="http"):
        FeedsConfig.model_validate({"feeds": [{"name": "a", "url": "ftp://x/feed"}]})
    with pytest.raises(ValidationError):
        FeedsConfig.model_validate({"feeds": [{"name": "a", "url": "http://x/", "intervl": 3}]})


def test_config_defaults() -> None:
    config = FeedsConfig.model_validate(
        {"feeds": [{"name": "a", "url": "https://www.Example.org/feed", "lang": "en-GB"}]}
    )
    feed = config.feeds[0]
    assert feed.source_name == "example.org"
    assert feed.lang == "en"
    assert not feed.fetch_full_text


def test_seen_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "seen.sqlite3"
    store = SeenStore(path)
    store.mark("a", "feed")
    store.save_validators("feed", "http://x/feed", '"v1"', "Wed, 25 Nov 2026 10:00:00 GMT")
    store.close()
    store = SeenStore(path)
    assert store.is_seen("a") and not store.is_seen("b")
    assert store.validators("feed", "http://x/feed") == ('"v1"', "Wed, 25 Nov 2026 10:00:00 GMT")
    # A feed whose URL changed in the config starts without validators.
    assert store.validators("feed", "http://x/other") == (None, None)
    store.close()


def test_seen_bounded_by_age_and_count_keeps_listed_items(tmp_path: Path) -> None:
    clock = Clock()
    store = SeenStore(tmp_path / "seen.sqlite3", max_age_s=100, max_items=3, clock=clock)
    for name in ("old", "listed", "quiet"):
        store.mark(name, "f")
    clock.now += 60
    store.touch(["listed"])  # still in the feed
    clock.now += 60
    assert store.prune() == 2  # "old" and "quiet" not listed for 120 s > 100 s
    assert store.is_seen("listed") and len(store) == 1

    for i in range(5):
        clock.now += 1
        store.mark(f"n{i}", "g")
    assert store.prune() == 3  # beyond 3 ids, least recently listed go first
    assert {i for i in ("listed", "n0", "n1", "n2", "n3", "n4") if store.is_seen(i)} == {
        "n2",
        "n3",
        "n4",
    }

    clock.now += 500
    store.touch_feed("g")  # a 304 keeps the feed's items alive
    assert store.prune() == 0 and len(store) == 3
    store.close()


def test_cli_registers_feeds_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from wirewatch.settings import get_settings

    monkeypatch.delenv("WIREWATCH_FEEDS_METRICS_PORT", raising=False)
    parser = argparse.ArgumentParser()
    feeds_cli.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["feeds", "--config", "f.yaml", "--once"])
    assert args.func is feeds_cli.run
    assert (args.config, args.once, args.topic, args.metrics_port) == (
        Path("f.yaml"),
        True,
        "articles.raw",
        6067,
    )
    # Settings read WIREWATCH_KAFKA_BOOTSTRAP_SERVERS or KAFKA_BOOTSTRAP_SERVERS.
    assert args.bootstrap_servers == get_settings().kafka_bootstrap_servers
