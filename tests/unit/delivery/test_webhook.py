"""The alert webhook client against a local HTTP server: retries, backoff, timeouts,
``Retry-After`` and the Slack body. Delivery from the topic is tested on the broker
(``tests/integration/test_alert_delivery_kafka.py``)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from aiohttp import web
from prometheus_client import REGISTRY

from schemas import ContactAlert, EntityType, Evidence, PairHistory, Participant
from wirewatch.delivery.webhook import WebhookClient, WebhookSettings, retry_after_s, slack_text

URL = "https://libyaherald.example/2026/11/haftar-kalin-benghazi/"
SENTENCE = "Khalifa Haftar met Ibrahim Kalin in Benghazi on Tuesday."


def _alert(n: int = 1, **changes: object) -> ContactAlert:
    when = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
    fields: dict[str, object] = {
        "alert_id": f"alert-{n}",
        "reason": "new",
        "watch": "turkey-libya",
        "kind": "meeting",
        "participants": [
            Participant(id="Q-haftar", name="Khalifa Haftar", type=EntityType.PERSON, country="LY"),
            Participant(id="Q-kalin", name="Ibrahim Kalin", type=EntityType.PERSON, country="TR"),
        ],
        "countries": ["LY", "TR"],
        "pair_key": "Q-haftar|Q-kalin",
        "location": Participant(id="Q-bgz", name="Benghazi", type=EntityType.GPE, country="LY"),
        "occurred_at": when,
        "evidence": Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
        "event_id": f"event-{n}",
        "article_id": f"article-{n}",
        "source": "libyaherald.example",
        "url": URL,
        "title": "Haftar meets Kalin",
        "history": PairHistory(first_seen=when, last_seen=when, count=1),
        "raised_at": datetime(2026, 11, 24, 12, 0, tzinfo=UTC),
    }
    return ContactAlert.model_validate({**fields, **changes})


#: How long the hook hangs when told to (unless released first).
HANG_S = 60.0


@dataclass
class Hook:
    """Answers with the scripted statuses in turn, then 200; can hang until released."""

    url: str = ""
    statuses: list[int] = field(default_factory=list)
    bodies: list[dict] = field(default_factory=list)
    hang: bool = False
    release: asyncio.Event = field(default_factory=asyncio.Event)


@pytest.fixture
async def hook() -> AsyncIterator[Hook]:
    hook = Hook()

    async def receive(request: web.Request) -> web.Response:
        hook.bodies.append(await request.json())
        if hook.hang:
            # Bounded even if a test forgets; released at teardown. Far longer than the
            # bound on the elapsed time below, so a client that waited it out shows.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(hook.release.wait(), HANG_S)
        status = hook.statuses.pop(0) if hook.statuses else 200
        headers = {"Retry-After": "0"} if status == 429 else {}
        return web.Response(status=status, text="x", headers=headers)

    app = web.Application()
    app.router.add_post("/hook", receive)
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=2)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    host, port = runner.addresses[0][:2]
    hook.url = f"http://{host}:{port}/hook"
    try:
        yield hook
    finally:
        hook.release.set()
        await runner.cleanup()


def _settings(url: str, **changes: object) -> WebhookSettings:
    base = {"url": url, "timeout_s": 2.0, "backoff_initial_s": 0.01, "backoff_max_s": 0.05}
    return WebhookSettings.model_validate({**base, **changes})


def _count(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


async def _deliver(settings: WebhookSettings, alert: ContactAlert) -> str | None:
    client = WebhookClient(settings)
    try:
        return await client.deliver(alert)
    finally:
        await client.aclose()


async def test_delivers_alert_json(hook: Hook) -> None:
    before = _count("wirewatch_webhook_attempts_total", result="ok")
    alert = _alert()
    assert await _deliver(_settings(hook.url), alert) is None
    assert [b["alert_id"] for b in hook.bodies] == [alert.alert_id]
    assert hook.bodies[0] == alert.model_dump(mode="json")
    assert _count("wirewatch_webhook_attempts_total", result="ok") == before + 1


async def test_500_twice_then_200_is_one_delivery_in_three_attempts(hook: Hook) -> None:
    hook.statuses = [500, 429]
    retryable = _count("wirewatch_webhook_attempts_total", result="retryable")
    assert await _deliver(_settings(hook.url), _alert()) is None
    assert len(hook.bodies) == 3
    assert _count("wirewatch_webhook_attempts_total", result="retryable") == retryable + 2


async def test_4xx_is_not_retried(hook: Hook) -> None:
    hook.statuses = [400]
    error = await _deliver(_settings(hook.url), _alert())
    assert error == "HTTP 400 (not retried)"
    assert len(hook.bodies) == 1


async def test_server_down_gives_up_after_max_attempts() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, never listening: connections are refused
        error = await _deliver(_settings(f"http://127.0.0.1:{port}/hook", max_attempts=3), _alert())
    assert error is not None and error.endswith("after 3 attempts")


async def test_a_hanging_endpoint_is_bounded_by_the_timeout(hook: Hook) -> None:
    hook.hang = True
    started = time.monotonic()
    error = await _deliver(_settings(hook.url, timeout_s=0.2, max_attempts=2), _alert())
    assert error == "timeout after 0.2s after 2 attempts"
    # 2 x 0.2 s plus backoff (~0.5 s idle), not the hang's 60 s: bounded with room
    # for a busy machine.
    assert time.monotonic() - started < 20.0


def test_retry_after_in_seconds_and_as_an_http_date() -> None:
    now = datetime(2026, 12, 5, 12, 0, 0, tzinfo=UTC)
    assert retry_after_s("7", now) == 7.0
    assert retry_after_s("Sat, 05 Dec 2026 12:00:30 GMT", now) == 30.0
    assert retry_after_s("Sat, 05 Dec 2026 11:00:00 GMT", now) == 0.0  # in the past
    assert retry_after_s("soon", now) is None
    assert retry_after_s(None, now) is None


async def test_slack_body(hook: Hook) -> None:
    assert await _deliver(_settings(hook.url, format="slack"), _alert()) is None
    assert hook.bodies == [
        {
            "text": "New Turkey–Libya contact: Khalifa Haftar (LY) — Ibrahim Kalin (TR), "
            f"meeting in Benghazi, 2026-11-24 — <{URL}>"
        }
    ]


def test_slack_text_variants() -> None:
    text = slack_text(
        _alert(reason="renewed", kind="phone_call", location=None, occurred_at=None, url=None)
    )
    assert (
        text == "Renewed Turkey–Libya contact: Khalifa Haftar (LY) — Ibrahim Kalin (TR), phone call"
    )
    odd = _alert(
        participants=[
            Participant(id="a", name="A & <B>", type=EntityType.ORG, country="LY"),
            Participant(id="b", name="C", type=EntityType.PERSON, country="TR"),
        ],
        url="https://x.example/a b|c>",
    )
    assert "A &amp; &lt;B&gt; (LY)" in slack_text(odd)
    assert slack_text(odd).endswith("<https://x.example/a%20b%7Cc%3E>")
