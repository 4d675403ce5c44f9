"""The live view's bookkeeping, fed records directly (its Kafka reading is covered by
tests/integration/test_contacts_kafka.py)."""

from __future__ import annotations

import orjson

from wirewatch.core.pipeline import Pipeline
from wirewatch.liveview import LiveRecord, LiveView, Subscriber
from wirewatch.serve.events import EventPosition
from wirewatch.settings import Settings


def _view(max_articles: int = 3) -> LiveView:
    return LiveView(Pipeline(Settings()), max_articles=max_articles)


def _article(article_id: str) -> bytes:
    return orjson.dumps({"article_id": article_id, "title": f"title {article_id}"})


def test_recent_articles_are_kept_by_key_and_bounded() -> None:
    view = _view(max_articles=3)
    topic = view.settings.topic_enriched
    for n in range(5):
        view._apply(topic, f"a{n}".encode(), _article(f"a{n}"))
    assert list(view.articles) == ["a2", "a3", "a4"]
    assert view.article("a4") == {"article_id": "a4", "title": "title a4"}
    assert view.article("a0") is None


def test_a_keyless_article_is_indexed_by_its_id() -> None:
    view = _view()
    view._apply(view.settings.topic_enriched, None, _article("x"))
    assert view.article("x") == {"article_id": "x", "title": "title x"}


def test_subscribers_get_only_the_kinds_they_asked_for() -> None:
    view = _view()
    s = view.settings
    articles_only = Subscriber(frozenset({"article"}))
    alerts_only = Subscriber(frozenset({"alert"}))
    view.subscribers |= {articles_only, alerts_only}
    view._apply(s.topic_enriched, b"a1", _article("a1"), EventPosition(s.topic_enriched, 2, 7))
    alert = orjson.dumps({"alert_id": "z", "watch": "w"})
    view._apply(s.topic_alerts, b"pair", alert, EventPosition(s.topic_alerts, 0, 3))
    got_article = articles_only.queue.get_nowait()
    assert (got_article.kind, got_article.data["article_id"]) == ("article", "a1")
    assert got_article.event_id == f"{s.topic_enriched}:2:7"
    assert articles_only.queue.empty()
    got_alert = alerts_only.queue.get_nowait()
    assert (got_alert.kind, got_alert.data["alert_id"]) == ("alert", "z")
    assert got_alert.event_id == f"{s.topic_alerts}:0:3"
    assert alerts_only.queue.empty()
    assert view.recent_alerts() == [{"alert_id": "z", "watch": "w"}]


def test_recent_articles_are_bounded_in_bytes_oldest_evicted_first() -> None:
    view = LiveView(Pipeline(Settings()), max_articles=100, max_article_bytes=2500)
    topic = view.settings.topic_enriched
    for n in range(5):
        view._apply(topic, f"a{n}".encode(), orjson.dumps({"article_id": f"a{n}", "x": "y" * 1000}))
    # Each record is ~1 KB: two fit within 2,500 bytes.
    assert list(view.articles) == ["a3", "a4"]
    assert view.article_bytes == sum(len(v) for v in view.articles.values()) <= 2500
    # Re-publishing an article replaces it and its size, it does not count twice.
    view._apply(topic, b"a4", orjson.dumps({"article_id": "a4", "x": "z"}))
    assert list(view.articles) == ["a3", "a4"]
    assert view.article_bytes == sum(len(v) for v in view.articles.values())
    # One larger than the whole budget is not kept (and evicts nothing).
    view._apply(topic, b"big", orjson.dumps({"article_id": "big", "x": "y" * 5000}))
    assert view.article("big") is None and list(view.articles) == ["a3", "a4"]


def test_the_byte_bound_comes_from_the_settings() -> None:
    view = LiveView(Pipeline(Settings(live_view_max_bytes=123_456)))
    assert view.max_article_bytes == 123_456


async def test_a_slow_subscriber_is_bounded_in_bytes_and_loses_its_oldest() -> None:
    subscriber = Subscriber(frozenset({"article"}), maxsize=100, max_bytes=3000)
    for n in range(5):
        subscriber.offer(LiveRecord("article", orjson.dumps({"n": n}).ljust(1000)))
    assert subscriber.queued_bytes == 3000 and subscriber.dropped == 2
    got = [(await subscriber.next(1.0)).data["n"] for _ in range(3)]
    assert got == [2, 3, 4]
    assert subscriber.queued_bytes == 0
    # One record larger than the bound is still delivered, alone.
    subscriber.offer(LiveRecord("article", orjson.dumps({"n": "big"}).ljust(10_000)))
    assert (await subscriber.next(1.0)).data == {"n": "big"}


def test_the_view_counts_what_it_read_of_each_topic_for_the_health_panel() -> None:
    view = _view()
    s = view.settings
    view._apply(s.topic_enriched, b"a1", _article("a1"), EventPosition(s.topic_enriched, 0, 0), 0)
    view._apply(s.topic_enriched, b"a2", _article("a2"), None, 1_764_000_000_000)
    health = view.health()
    assert health["live_view"] is False
    assert health["topics"][s.topic_enriched]["records"] == 2
    assert health["topics"][s.topic_enriched]["last_record_at"].startswith("2025-11-24")
    # Only records with a position can be resumed from, so only they are in the window.
    assert health["replay_window"]["events"] == 1
