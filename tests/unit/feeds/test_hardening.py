"""The feeds poller refuses internal destinations (after DNS resolution, on every
redirect hop), bounds each poll, and skips a bad item without losing the others.

Traffic goes to a loopback test server only. Names are resolved by a fake resolver,
and every connection the real transport makes is recorded, so a refusal is shown
to have happened before anything was connected.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from wirewatch.feeds import FeedPoller, FeedsConfig, InMemoryPublisher
from wirewatch.feeds.netguard import AddressPolicy, non_public_reason

PAGE_TEXT = (
    "Libyan commander Khalifa Haftar met Turkish intelligence chief Ibrahim Kalin in "
    "Benghazi on Tuesday, officials said. The two discussed security cooperation and the "
    "political process in a meeting that lasted several hours."
)
PAGE = (
    "<!doctype html><html><head><title>Story</title></head><body>"
    f"<article><h1>Story</h1><p>{PAGE_TEXT}</p><p>{PAGE_TEXT}</p></article></body></html>"
)

#: Names the fake resolver knows; anything else is "not found".
DNS = {
    "feeds.test": ["127.0.0.1"],
    "metadata.test": ["169.254.169.254"],
    # One public and one private answer: every address must pass.
    "mixed.test": ["93.184.216.34", "10.0.0.5"],
    "intranet.test": ["10.1.2.3"],
}


async def fake_resolver(host: str, port: int) -> list[str]:
    with contextlib.suppress(ValueError):
        return [str(ipaddress.ip_address(host))]
    if host not in DNS:
        raise OSError(f"unknown host {host}")
    return DNS[host]


@dataclass
class Site:
    port: int = 0
    items: list[tuple[str, str]] = field(default_factory=list)  # (link, title)
    hits: list[tuple[str, str]] = field(default_factory=list)  # (path, Host header)
    release: asyncio.Event = field(default_factory=asyncio.Event)

    def rss(self) -> bytes:
        entries = "".join(
            f"<item><title>{title}</title><link>{link}</link>"
            f"<description>Teaser of {title}.</description></item>"
            for link, title in reversed(self.items)
        )
        return (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://feeds.test/</link>{entries}</channel></rss>"
        ).encode()


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    site = Site()

    @web.middleware
    async def record(request: web.Request, handler):  # type: ignore[no-untyped-def]
        site.hits.append((request.path, request.headers.get("Host", "")))
        return await handler(request)

    async def rss(request: web.Request) -> web.Response:
        return web.Response(body=site.rss(), content_type="application/rss+xml")

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=PAGE, content_type="text/html")

    async def admin(request: web.Request) -> web.Response:
        return web.Response(
            text="<html><body><p>SECRET ADMIN PAGE</p></body></html>", content_type="text/html"
        )

    async def redirect(request: web.Request) -> web.Response:
        raise web.HTTPFound(request.query["to"])

    async def hang(request: web.Request) -> web.Response:
        # Bounded even if the test forgets; released at teardown. Longer than the
        # fetch timeout, so a poll without its time limit would take 10 s a page.
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(site.release.wait(), 60)
        return web.Response(text=PAGE, content_type="text/html")

    app = web.Application(middlewares=[record])
    app.router.add_get("/rss.xml", rss)
    app.router.add_get("/news/{name}", page)
    app.router.add_get("/admin", admin)
    app.router.add_get("/redirect", redirect)
    app.router.add_get("/hang/{name}", hang)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=1)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0)
    await tcp.start()
    site.port = runner.addresses[0][1]
    try:
        yield site
    finally:
        site.release.set()
        await runner.cleanup()


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every URL the real HTTP transport was asked to connect to."""
    seen: list[str] = []
    original = httpx.AsyncHTTPTransport.handle_async_request

    async def recording(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return await original(self, request)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", recording)
    return seen


def _config(tmp_path: Path, site: Site, allow: list[str], **extra: object) -> FeedsConfig:
    feed = {"name": "guarded", "url": f"http://feeds.test:{site.port}/rss.xml"}
    feed.update(extra.pop("feed", {}))  # type: ignore[arg-type]
    return FeedsConfig.model_validate(
        {"state_dir": str(tmp_path / "state"), "allow_private": allow, "feeds": [feed], **extra}
    )


def _bodies(publisher: InMemoryPublisher) -> dict[str, str]:
    import orjson

    return {orjson.loads(v)["title"]: orjson.loads(v)["body"] for _, v in publisher.records}


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.0.0.5", "private"),
        ("192.168.1.1", "private"),
        ("fc00::1", "private"),
        ("169.254.169.254", "cloud metadata"),
        ("fd00:ec2::254", "cloud metadata"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("100.64.0.1", "non-global"),
        ("::ffff:127.0.0.1", "loopback"),  # IPv4-mapped
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_non_public_addresses_are_named(address: str, reason: str | None) -> None:
    assert non_public_reason(ipaddress.ip_address(address)) == reason


def test_allow_list_takes_hosts_and_networks() -> None:
    policy = AddressPolicy.from_allow_list(["10.0.0.0/8", "Intranet.Test."])
    assert policy.refusal("anything", ipaddress.ip_address("10.9.9.9")) is None
    assert policy.refusal("intranet.test", ipaddress.ip_address("192.168.0.1")) is None
    refusal = policy.refusal("other.test", ipaddress.ip_address("192.168.0.1"))
    assert refusal == "other.test resolves to 192.168.0.1, a private address"
    assert policy.refusal("public.test", ipaddress.ip_address("93.184.216.34")) is None


async def test_internal_links_are_refused_before_connecting(
    tmp_path: Path, site: Site, connections: list[str]
) -> None:
    p = site.port
    site.items = [
        (f"http://127.0.0.1:{p}/admin", "loopback literal"),
        (f"http://localhost.:{p}/admin?x=1", "unknown name"),
        ("http://metadata.test/latest/meta-data/", "metadata by name"),
        ("http://169.254.169.254/latest/meta-data/", "metadata literal"),
        (f"http://mixed.test:{p}/admin", "one private answer"),
        (f"http://[::ffff:127.0.0.1]:{p}/admin", "mapped loopback"),
        (f"http://feeds.test:{p}/redirect?to=http://metadata.test/latest", "redirect to metadata"),
        (f"http://feeds.test:{p}/redirect?to=http://127.0.0.1:{p}/admin", "redirect to loopback"),
        (f"http://feeds.test:{p}/redirect?to=file:///etc/passwd", "redirect to a file"),
        (f"http://feeds.test:{p}/news/fine.html", "allowed host"),
    ]
    # Only the feed's own host is allowed (by name): its address 127.0.0.1 is not.
    config = _config(tmp_path, site, ["feeds.test"], feed={"fetch_full_text": True})
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher, resolver=fake_resolver) as poller:
        [result] = await poller.poll_all()
    assert (result.outcome, result.published) == ("ok", len(site.items))
    bodies = _bodies(publisher)
    # Every refused fetch fell back to the feed's own text; nothing internal was published.
    for _, title in site.items[:-1]:
        assert bodies[title] == f"Teaser of {title}.", title
    assert PAGE_TEXT in bodies["allowed host"]
    assert not any("SECRET" in body for body in bodies.values())
    assert "/admin" not in [path for path, _ in site.hits]
    # What was connected: the feed, the allowed page and the three redirecting pages,
    # each pinned to the checked address while the Host header kept the name.
    assert all(url.startswith(f"http://127.0.0.1:{p}/") for url in connections), connections
    assert len(connections) == 1 + 1 + 3
    assert {host for path, host in site.hits} == {f"feeds.test:{p}"}


async def test_allow_list_by_network_lets_loopback_through(
    tmp_path: Path, site: Site, connections: list[str]
) -> None:
    site.items = [(f"http://127.0.0.1:{site.port}/admin", "admin")]
    config = _config(tmp_path, site, ["127.0.0.0/8"], feed={"fetch_full_text": True})
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher, resolver=fake_resolver) as poller:
        await poller.poll_all()
    assert "SECRET ADMIN PAGE" in _bodies(publisher)["admin"]


async def test_a_feed_on_a_refused_address_is_an_error_not_a_fetch(
    tmp_path: Path, site: Site, connections: list[str]
) -> None:
    config = _config(tmp_path, site, [])
    async with FeedPoller(config, InMemoryPublisher(), resolver=fake_resolver) as poller:
        [result] = await poller.poll_all()
    assert result.outcome == "error"
    assert "loopback" in (result.error or "")
    assert connections == [] and site.hits == []


async def test_a_bad_item_is_skipped_and_the_others_published(tmp_path: Path, site: Site) -> None:
    p = site.port
    site.items = [
        (f"http://feeds.test:{p}/news/1.html", "first"),
        ("http://example.test:99999/bad-port", "invalid port"),
        ("http://[not-an-address/", "bad url"),
        (f"http://feeds.test:{p}/news/3.html", "third"),
    ]
    config = _config(tmp_path, site, ["feeds.test"])
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher, resolver=fake_resolver) as poller:
        [result] = await poller.poll_all()
    assert (result.outcome, result.published, result.skipped) == ("ok", 3, 1)
    # The invalid port cannot even be identified; the odd but parseable URL goes on
    # (the pipeline judges it) and neither holds up the items after it.
    assert sorted(_bodies(publisher)) == ["bad url", "first", "third"]


async def test_items_and_fetches_per_poll_are_capped(tmp_path: Path, site: Site) -> None:
    p = site.port
    site.items = [(f"http://feeds.test:{p}/news/{n}.html", f"story {n}") for n in range(30)]
    config = _config(
        tmp_path,
        site,
        ["feeds.test"],
        max_items_per_poll=10,
        max_fetches_per_poll=2,
        feed={"fetch_full_text": True},
    )
    publisher = InMemoryPublisher()
    async with FeedPoller(config, publisher, resolver=fake_resolver) as poller:
        [result] = await poller.poll_all()
    bodies = _bodies(publisher)
    # The newest ten (the feed lists story 29 first), two of them with their full text.
    assert sorted(bodies) == sorted(f"story {n}" for n in range(20, 30))
    assert sum(PAGE_TEXT in body for body in bodies.values()) == 2
    assert len([path for path, _ in site.hits if path.startswith("/news/")]) == 2
    assert result.capped == "30 entries, read the newest 10"


async def test_a_poll_stops_at_its_time_limit(tmp_path: Path, site: Site) -> None:
    p = site.port
    site.items = [(f"http://feeds.test:{p}/hang/{n}", f"slow {n}") for n in range(5)]
    config = _config(
        tmp_path,
        site,
        ["feeds.test"],
        max_poll_s=0.5,
        feed={"fetch_full_text": True, "timeout_s": 10},
    )
    publisher = InMemoryPublisher()
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with FeedPoller(config, publisher, resolver=fake_resolver) as poller:
        [result] = await poller.poll_all()
    # 0.5 s idle, not 5 pages x 10 s (nor one page's 10 s): room for a busy machine.
    assert loop.time() - started < 8.0
    assert result.capped == "poll time limit of 0.5s reached"
    assert len(publisher.records) < len(site.items)  # the rest waits for the next poll
