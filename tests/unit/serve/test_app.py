"""serve's web application, fed records directly: tokens, REST, the page's files,
and SSE ids, ``retry:``, resuming with ``Last-Event-ID`` and ``event: gap``.
(Reading from Kafka is tests/integration/test_serve_kafka.py's.)"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

import orjson
import pytest
from aiohttp import ClientResponse
from aiohttp.test_utils import TestClient, TestServer

from wirewatch.cli import build_parser
from wirewatch.core.pipeline import Pipeline
from wirewatch.liveview import LiveView
from wirewatch.serve.app import build_app
from wirewatch.serve.events import EventPosition
from wirewatch.serve.health import WorkerProbe
from wirewatch.serve.server import LiveFeedServer
from wirewatch.settings import Settings

Served = tuple[LiveView, TestClient]
TOKEN = "serve-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
async def served() -> AsyncIterator[Served]:
    view = LiveView(Pipeline(Settings()), replay_events=3)
    client = TestClient(TestServer(build_app(view, api_token=TOKEN)))
    await client.start_server()
    try:
        yield view, client
    finally:
        await client.close()


def _alert(view: LiveView, offset: int) -> str:
    topic = view.settings.topic_alerts
    value = orjson.dumps({"alert_id": f"a{offset}", "watch": "turkey-libya", "reason": "new"})
    view._apply(topic, b"pair", value, EventPosition(topic, 0, offset))
    return f"{topic}:0:{offset}"


async def _next_event(response: ClientResponse, timeout_s: float = 60.0) -> dict[str, str]:
    """The next dispatched SSE block as its fields (comments and bare retry skipped)."""
    fields: dict[str, str] = {}
    while True:
        line = (await asyncio.wait_for(response.content.readline(), timeout_s)).decode()
        line = line.rstrip("\r\n")
        if line == "":
            if "data" in fields:
                return fields
            fields = {}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(": ")
        fields[name] = value


async def _preamble(response: ClientResponse) -> list[str]:
    lines = []
    while not lines or lines[-1] != ": connected":
        raw = await asyncio.wait_for(response.content.readline(), 60.0)
        if raw.strip():
            lines.append(raw.decode().strip())
    return lines


async def test_the_page_and_health_are_open_the_api_needs_the_token(served: Served) -> None:
    _, client = served
    page = await client.get("/")
    assert page.status == 200 and '<ol id="alerts">' in await page.text()
    script = await client.get("/static/app.js")
    assert script.status == 200 and "Last-Event-ID" in await script.text()
    assert (await client.get("/health")).status == 200
    for path in ("/api/alerts", "/api/contacts", "/api/articles/x", "/api/stream", "/api/health"):
        refused = await client.get(path)
        assert refused.status == 401, path
        assert refused.headers["WWW-Authenticate"].startswith("Bearer")
        wrong = await client.get(path, headers={"Authorization": "Bearer nope"})
        assert wrong.status == 401, path


async def test_the_page_fetches_nothing_from_elsewhere(served: Served) -> None:
    _, client = served
    page = await (await client.get("/")).text()
    assert "http://" not in page and "https://" not in page
    script = await (await client.get("/static/app.js")).text()
    assert "http://" not in script and "https://" not in script


async def test_rest_views(served: Served) -> None:
    view, client = served
    _alert(view, 1)
    _alert(view, 2)
    body = await (await client.get("/api/alerts?limit=1", headers=AUTH)).json()
    assert [a["alert_id"] for a in body["alerts"]] == ["a2"]
    topic = view.settings.topic_enriched
    view._apply(topic, b"x1", orjson.dumps({"article_id": "x1", "title": "t"}))
    assert (await (await client.get("/api/articles/x1", headers=AUTH)).json())["title"] == "t"
    assert (await client.get("/api/articles/nope", headers=AUTH)).status == 404
    health = await (await client.get("/api/health", headers=AUTH)).json()
    assert health["topics"][view.settings.topic_alerts]["records"] == 2
    assert health["workers"] == [] and health["live_view"] is False


async def test_events_carry_their_kafka_position_and_the_stream_a_retry(served: Served) -> None:
    view, client = served
    async with client.get("/api/stream?kinds=alert", headers=AUTH) as response:
        assert response.headers["Content-Type"].startswith("text/event-stream")
        preamble = await _preamble(response)
        assert preamble[0].startswith("retry: ") and int(preamble[0][7:]) > 0
        event_id = _alert(view, 41)
        # An article is not sent to an alerts-only client.
        topic = view.settings.topic_enriched
        view._apply(topic, b"x", orjson.dumps({"article_id": "x"}), EventPosition(topic, 0, 1))
        _alert(view, 42)
        first, second = await _next_event(response), await _next_event(response)
    assert first["id"] == event_id and first["event"] == "alert"
    assert json.loads(first["data"])["alert_id"] == "a41"
    assert second["id"].endswith(":0:42")


async def test_a_client_reconnecting_gets_what_it_missed_then_live_events(served: Served) -> None:
    view, client = served
    seen = _alert(view, 1)
    _alert(view, 2)
    _alert(view, 3)  # both missed while disconnected
    headers = {**AUTH, "Last-Event-ID": seen}
    async with client.get("/api/stream?kinds=alert", headers=headers) as response:
        await _preamble(response)
        replayed = [await _next_event(response), await _next_event(response)]
        _alert(view, 4)
        live = await _next_event(response)
    assert [e["id"].rsplit(":", 1)[1] for e in replayed] == ["2", "3"]
    assert live["id"].endswith(":0:4")


async def test_a_client_too_far_behind_gets_a_gap_then_live_events(served: Served) -> None:
    view, client = served
    stale = _alert(view, 1)
    for offset in range(2, 6):  # the window keeps 3: offsets 1 and 2 are evicted
        _alert(view, offset)
    async with client.get(
        "/api/stream?kinds=alert", headers={**AUTH, "Last-Event-ID": stale}
    ) as response:
        await _preamble(response)
        gap = await _next_event(response)
        _alert(view, 6)
        live = await _next_event(response)
    assert gap["event"] == "gap" and "id" not in gap
    assert json.loads(gap["data"])["last_event_id"] == stale
    assert live["id"].endswith(":0:6")


async def test_the_health_panel_probes_the_workers(served: Served) -> None:
    _, client = served
    # This test server's own /health stands in for a worker's; a closed port for a dead one.
    alive = str(client.make_url("")).rstrip("/")
    probe = WorkerProbe([alive, "http://127.0.0.1:9"])
    statuses = await probe.status()
    assert statuses[0] == {"url": alive, "ok": True, "status": 200}
    assert statuses[1]["ok"] is False and statuses[1]["error"]


def test_serve_is_a_command_with_its_own_host_and_port() -> None:
    args = build_parser().parse_args(["serve", "--host", "0.0.0.0", "--port", "0"])
    assert (args.command, args.host, args.port) == ("serve", "0.0.0.0", 0)


def test_serve_binds_the_web_host_on_a_port_of_its_own() -> None:
    server = LiveFeedServer(Settings(web_host="127.0.0.2"))
    assert (server.host, server.port) == ("127.0.0.2", 6067)
    server = LiveFeedServer(Settings(serve_port=7000), host="::1", port=7001)
    assert (server.host, server.port) == ("::1", 7001)
