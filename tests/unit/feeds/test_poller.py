"""The feeds poller against a local HTTP server: RSS, Atom, conditional GET, restarts,
a broken feed, a slow feed and full-text fetching. Kafka is replaced by a list."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from aiohttp import web
from prometheus_client import REGISTRY

from schemas import RawArticle
from wirewatch.feeds import FeedPoller, FeedsConfig, InMemoryPublisher
from wirewatch.testing.wait import until

PAGE_TEXT = (
    "Libyan commander Khalifa Haftar met Turkish intelligence chief Ibrahim Kalin in "
    "Benghazi on Tuesday, officials said. The two discussed security cooperation and the "
    "political process in a meeting that lasted several hours."
)
PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>Haftar meets Kalin</title></head>
<body><nav>Home | World | Contact</nav>
<article><h1>Haftar meets Kalin in Benghazi</h1><p>{PAGE_TEXT}</p>
<p>It was the first such meeting in months, according to a statement released after the talks.</p>
</article><footer>Copyright 2026 Example Herald</footer></body></html>"""


@dataclass
class Item:
    guid: str | None
    path: str
    title: str
    summary: str
    date: str = "Tue, 24 Nov 2026 10:00:00 GMT"


@dataclass
class Site:
    """Feeds served from memory; records every request's conditional headers."""

    base: str = ""
    rss_items: list[Item] = field(default_factory=list)
    atom_entries: list[Item] = field(default_factory=list)
    requests: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    def rss(self) -> bytes:
        items = "".join(
            "<item>"
            + (f'<guid isPermaLink="false">{i.guid}</guid>' if i.guid else "")
            + f"<title>{i.title}</title><link>{escape(self.base + i.path)}</link>"
            f"<description>&lt;p&gt;{i.summary}&lt;/p&gt;</description>"
            f"<pubDate>{i.date}</pubDate></item>"
            for i in reversed(self.rss_items)  # newest first, as feeds do
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Example Herald</title><link>{self.base}/</link><language>en-us</language>"
            f"{items}</channel></rss>"
        ).encode()

    def atom(self) -> bytes:
        entries = "".join(
            f"<entry><id>{i.guid}</id><title>{i.title}</title>"
            f'<link rel="alternate" href="{escape(self.base + i.path)}"/>'
            f"<updated>2026-11-25T08:30:00+02:00</updated>"
            f'<content type="html">&lt;p&gt;{i.summary}&lt;/p&gt;</content></entry>'
            for i in reversed(self.atom_entries)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>'
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="tr">'
            f"<title>Ajans</title><id>urn:ajans</id><updated>2026-11-25T08:30:00Z</updated>"
            f"{entries}</feed>"
        ).encode()


def _conditional(request: web.Request, body: bytes, *, etag: bool) -> web.Response:
    digest = hashlib.sha256(body).hexdigest()[:16]
    tag = f'"{digest}"'
    # One Last-Modified per body version (a collision is a 1 in 2**32 chance).
    stamp = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=int(digest[:8], 16))
    modified = format_datetime(stamp, usegmt=True)
    headers = {"Last-Modified": modified, "Content-Type": "application/xml; charset=utf-8"}
    if etag:
        headers["ETag"] = tag
        if request.headers.get("If-None-Match") == tag:
            return web.Response(status=304, headers=headers)
    elif request.headers.get("If-Modified-Since") == modified:
        return web.Response(status=304, headers=headers)
    return web.Response(body=body, headers=headers)


def _app(site: Site) -> web.Application:
    async def record(request: web.Request, handler):  # type: ignore[no-untyped-def]
        site.requests.append(
            (
                request.path,
                request.headers.get("If-None-Match"),
                request.headers.get("If-Modified-Since"),
            )
        )
        return await handler(request)

    async def rss(request: web.Request) -> web.Response:
        return _conditional(request, site.rss(), etag=True)

    async def atom(request: web.Request) -> web.Response:
        return _conditional(request, site.atom(), etag=False)

    async def plain(request: web.Request) -> web.Response:  # ignores conditional headers
        return web.Response(body=site.rss(), content_type="application/rss+xml")

    async def broken(request: web.Request) -> web.Response:
        return web.Response(body=b"<rss><<< not xml at all", content_type="application/xml")

    async def sloppy(request: web.Request) -> web.Response:  # a raw '&': not well-formed
        body = site.rss().replace(b"</title>", b" &amp more</title>", 1)
        return web.Response(body=body, content_type="application/rss+xml")

    async def error(request: web.Request) -> web.Response:
        return web.Response(status=500, text="boom")

    async def slow(request: web.Request) -> web.Response:
        # Bounded even if the test forgets; released at teardown. Far longer than the
        # elapsed-time bound below, so a poll that waited for it would show.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(site.release.wait(), 60)
        return web.Response(body=site.rss(), content_type="application/rss+xml")

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    app = web.Application(middlewares=[web.middleware(record)])
    app.router.add_get("/rss.xml", rss)
    app.router.add_get("/atom.xml", atom)
    app.router.add_get("/plain.xml", plain)
    app.router.add_get("/broken.xml", broken)
    app.router.add_get("/sloppy.xml", sloppy)
    app.router.add_get("/500.xml", error)
    app.router.add_get("/slow.xml", slow)
    app.router.add_get("/news/haftar-kalin.html", page)
    return app


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    site = Site()
    runner = web.AppRunner(_app(site), access_log=None, shutdown_timeout=2)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    host, port = runner.addresses[0][:2]
    site.base = f"http://{host}:{port}"
    site.rss_items = [
        Item("herald-1", "/news/1.html?utm_source=rss&utm_medium=feed", "One", "First story."),
        Item(None, "/news/2.html#top", "Two", "Second story."),
    ]
    site.atom_entries = [
        Item("urn:ajans:1", "/haber/1", "Bir", "Birinci haber."),
        Item("urn:ajans:2", "/haber/2", "İki", "İkinci haber."),
    ]
    try:
        yield site
    finally:
        site.release.set()
        await runner.cleanup()


def _config(tmp_path: Path, site: Site, *feeds: dict) -> FeedsConfig:
    return FeedsConfig.model_validate(
        {
            "state_dir": str(tmp_path / "state"),
            # The test site is on loopback, which the poller refuses unless allowed.
            "allow_private": ["127.0.0.1"],
            "feeds": [{**f, "url": site.base + f["url"]} for f in feeds],
        }
    )


def _metric(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _articles(publisher: InMemoryPublisher) -> list[dict]:
    out = []
    for key, value in publisher.records:
        record = json.loads(value.decode("utf-8"))
        RawArticle.model_validate(record)  # what the pipeline will accept
        assert key == record["id"].encode()
        out.append(record)
    return out


async def test_rss_and_atom_items_published_once_then_conditional_get(
    tmp_path: Path, site: Site
) -> None:
    config = _config(
        tmp_path,
        site,
        {"name": "t1-rss", "url": "/rss.xml", "source": "herald.example"},
        {"name": "t1-atom", "url": "/atom.xml"},
    )
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher) as poller:
        first = await poller.poll_all()
        assert [(r.outcome, r.published) for r in first] == [("ok", 2), ("ok", 2)]
        articles = _articles(publisher)
        by_title = {a["title"]: a for a in articles}
        assert len({a["id"] for a in articles}) == 4

        one = by_title["One"]
        assert one["source"] == "herald.example"
        assert one["url"] == site.base + "/news/1.html"  # tracking params dropped
        assert one["published_at"] == "2026-11-24T10:00:00Z"
        assert one["lang"] == "en"  # from <language>en-us</language>
        assert "First story." in one["body"]
        assert by_title["Two"]["url"] == site.base + "/news/2.html"  # fragment dropped
        assert by_title["Two"]["id"].startswith("url-")  # no guid: keyed by canonical URL

        bir = by_title["Bir"]
        assert bir["source"] == "127.0.0.1"  # default: the feed's host
        assert bir["published_at"] == "2026-11-25T06:30:00Z"  # normalised to UTC
        assert bir["lang"] == "tr"
        assert "Birinci haber." in bir["body"]
        # Oldest first on the topic (feeds list newest first).
        assert [a["title"] for a in articles if a["source"] == "herald.example"] == ["One", "Two"]

        site.requests.clear()
        second = await poller.poll_all()
        assert [r.outcome for r in second] == ["not_modified", "not_modified"]
        assert len(publisher.records) == 4
        sent = {path: (inm, ims) for path, inm, ims in site.requests}
        assert sent["/rss.xml"][0] and sent["/rss.xml"][0].startswith('"')  # If-None-Match
        assert sent["/atom.xml"][0] is None and sent["/atom.xml"][1]  # If-Modified-Since
    assert _metric("wirewatch_feed_polls_total", feed="t1-rss", outcome="not_modified") == 1
    assert _metric("wirewatch_feed_items_published_total", feed="t1-atom") == 2


async def test_restart_publishes_nothing_again_and_new_items_once(
    tmp_path: Path, site: Site
) -> None:
    feeds = (
        {"name": "t2-rss", "url": "/rss.xml"},
        {"name": "t2-atom", "url": "/atom.xml"},
        # Ignores conditional headers: only the seen-set stops a re-publish.
        {"name": "t2-plain", "url": "/plain.xml", "source": "plain.example"},
    )
    publisher = InMemoryPublisher()
    async with FeedPoller(_config(tmp_path, site, *feeds), publisher) as poller:
        await poller.poll_all()
    # "Two" has no guid and the same link in /rss.xml and /plain.xml: one article.
    assert len(publisher.records) == 2 + 2 + 1

    # Restart: a new poller on the same state_dir, unchanged feeds.
    publisher = InMemoryPublisher()
    async with FeedPoller(_config(tmp_path, site, *feeds), publisher) as poller:
        results = await poller.poll_all()
    assert publisher.records == []
    assert [r.outcome for r in results] == ["not_modified", "not_modified", "ok"]
    assert results[2].already_seen == 2

    # Restart again after the feeds gained an item each.
    site.rss_items.append(Item("herald-3", "/news/3.html", "Three", "Third story."))
    site.atom_entries.append(Item("urn:ajans:3", "/haber/3", "Üç", "Üçüncü haber."))
    publisher = InMemoryPublisher()
    async with FeedPoller(_config(tmp_path, site, *feeds), publisher) as poller:
        results = await poller.poll_all()
        assert [(r.outcome, r.published) for r in results] == [("ok", 1), ("ok", 1), ("ok", 1)]
        # herald-3 twice: a guid is scoped by source, and the two feeds' sources differ.
        assert sorted(a["title"] for a in _articles(publisher)) == ["Three", "Three", "Üç"]
        await poller.poll_all()
    assert len(publisher.records) == 3


async def test_publish_failure_leaves_rest_for_next_poll_without_loss(
    tmp_path: Path, site: Site
) -> None:
    config = _config(tmp_path, site, {"name": "t3-rss", "url": "/rss.xml"})
    failing = InMemoryPublisher(fail_after=1)
    async with FeedPoller(config, failing) as poller:
        [result] = await poller.poll_all()
    assert (result.outcome, result.published) == ("error", 1)

    # The validators were not saved, so the next run fetches the full feed (no 304)
    # and publishes exactly the item that failed.
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher) as poller:
        [result] = await poller.poll_all()
    assert (result.outcome, result.published, result.already_seen) == ("ok", 1, 1)
    assert [a["title"] for a in _articles(failing)] == ["One"]
    assert [a["title"] for a in _articles(publisher)] == ["Two"]


async def test_broken_and_slow_feeds_counted_while_good_ones_publish(
    tmp_path: Path, site: Site
) -> None:
    config = _config(
        tmp_path,
        site,
        {"name": "t4-good", "url": "/rss.xml"},
        {"name": "t4-broken", "url": "/broken.xml"},
        {"name": "t4-500", "url": "/500.xml"},
        {"name": "t4-slow", "url": "/slow.xml", "timeout_s": 0.3},
        {"name": "t4-atom", "url": "/atom.xml"},
        {"name": "t4-sloppy", "url": "/sloppy.xml", "source": "sloppy.example"},
    )
    publisher = InMemoryPublisher()
    started = time.monotonic()
    async with FeedPoller(config, publisher) as poller:
        results = {r.feed: r for r in await poller.poll_all()}
    # The slow feed did not hold anyone up: ~0.3 s idle, not its 60 s; room for load.
    assert time.monotonic() - started < 20.0
    assert {name: r.outcome for name, r in results.items()} == {
        "t4-good": "ok",
        "t4-broken": "error",
        "t4-500": "error",
        "t4-slow": "timeout",
        "t4-atom": "ok",
        "t4-sloppy": "ok",  # malformed XML, recovered by feedparser's lenient parser
    }
    assert "HTTP 500" in (results["t4-500"].error or "")
    assert results["t4-atom"].published == 2
    # "Two" has the same link in t4-good and t4-sloppy: whichever polls first publishes it.
    assert results["t4-good"].published + results["t4-sloppy"].published == 3
    assert _metric("wirewatch_feed_polls_total", feed="t4-broken", outcome="error") == 1
    assert _metric("wirewatch_feed_polls_total", feed="t4-500", outcome="error") == 1
    assert _metric("wirewatch_feed_polls_total", feed="t4-slow", outcome="timeout") == 1
    assert _metric("wirewatch_feed_polls_total", feed="t4-good", outcome="ok") == 1
    assert _metric("wirewatch_feed_items_published_total", feed="t4-slow") == 0


async def test_full_text_fetched_with_trafilatura_and_fallback(tmp_path: Path, site: Site) -> None:
    site.rss_items = [
        Item("ft-1", "/news/haftar-kalin.html", "Haftar meets Kalin", "Short teaser."),
        Item("ft-2", "/news/missing.html", "Gone", "Only the teaser survives."),
    ]
    config = _config(
        tmp_path, site, {"name": "t5-full", "url": "/rss.xml", "fetch_full_text": True}
    )
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher) as poller:
        await poller.poll_all()
    by_title = {a["title"]: a for a in _articles(publisher)}
    full = by_title["Haftar meets Kalin"]["body"]
    assert PAGE_TEXT in full
    assert "Copyright" not in full and "Short teaser." not in full
    assert "Only the teaser survives." in by_title["Gone"]["body"]  # 404: feed content kept
    assert _metric("wirewatch_feed_full_text_fetches_total", feed="t5-full", outcome="ok") == 1
    assert (
        _metric("wirewatch_feed_full_text_fetches_total", feed="t5-full", outcome="fallback") == 1
    )


async def test_run_loop_polls_on_interval_until_stopped(tmp_path: Path, site: Site) -> None:
    config = _config(tmp_path, site, {"name": "t6-loop", "url": "/rss.xml", "interval_s": 0.05})
    publisher = InMemoryPublisher()
    stop = asyncio.Event()
    async with FeedPoller(config, publisher) as poller:
        task = asyncio.create_task(poller.run(stop))

        async def polled_unchanged_twice() -> bool:
            return (
                _metric("wirewatch_feed_polls_total", feed="t6-loop", outcome="not_modified") >= 2
            )

        async def third_published() -> bool:
            return len(publisher.records) == 3

        # Bounds are failure detectors for a busy machine; each wait takes ~0.1 s idle.
        await until(polled_unchanged_twice, "two unchanged polls", 60, 0.01)
        site.rss_items.append(Item("loop-3", "/news/3.html", "Three", "Third story."))
        await until(third_published, "the new item published", 60, 0.01)
        stop.set()
        await asyncio.wait_for(task, 60)
    assert [a["title"] for a in _articles(publisher)] == ["One", "Two", "Three"]


def test_full_text_leaves_the_readers_comments_out() -> None:
    # trafilatura's default keeps a page's comment section, where a reader's
    # "Erdogan should meet Haftar" would become entities (and a contact) of the article.
    from wirewatch.feeds.poller import _extract_text

    story = " ".join(
        f"Libya's unity government reported progress on the port works, sentence {n}."
        for n in range(12)
    )
    page = (
        "<html><head><title>Port works</title></head><body><article><h1>Port works</h1>"
        f"<p>{story}</p><p>{story}</p></article>"
        '<div id="comments" class="comments"><h3>Comments</h3>'
        '<div class="comment"><p>Reader: Erdogan should finally meet Haftar in Benghazi '
        "and settle this once and for all, I have said so for years now.</p></div>"
        "</div></body></html>"
    ).encode()
    text = _extract_text(page, "utf-8", "https://news.example/port")
    assert text is not None and "port works" in text
    assert "Haftar" not in text
