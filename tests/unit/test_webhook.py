"""Alert webhook delivery against a local HTTP server: retries, backoff, dead letters,
a full queue and the Slack body."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from aiohttp import web
from prometheus_client import REGISTRY

from schemas import ContactAlert, EntityType, Evidence, PairHistory, Participant
from wirewatch.delivery.webhook import WebhookDelivery, WebhookSettings, slack_text

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
            with contextlib.suppress(TimeoutError):  # bounded even if a test forgets
                await asyncio.wait_for(hook.release.wait(), 5)
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


class DeadLetters(list[tuple[str, str]]):
    async def __call__(self, alert: ContactAlert, error: str) -> None:
        self.append((alert.alert_id, error))


def _settings(url: str, **changes: object) -> WebhookSettings:
    base = {"url": url, "timeout_s": 2.0, "backoff_initial_s": 0.01, "backoff_max_s": 0.05}
    return WebhookSettings.model_validate({**base, **changes})


async def _until(predicate: Callable[[], bool], timeout_s: float = 3.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.01)


async def test_delivers_alert_json(hook: Hook) -> None:
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url), dead)
    await delivery.start()
    alert = _alert()
    assert delivery.submit(alert) is True
    await _until(lambda: delivery.stats.delivered == 1)
    await delivery.stop(drain_timeout_s=1)
    assert [ContactAlert.model_validate(b) for b in hook.bodies] == [alert]
    assert dead == []
    assert delivery.stats.failed_attempts == 0


async def test_retries_5xx_and_429_then_delivers_once(hook: Hook) -> None:
    hook.statuses = [500, 429, 200]
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url), dead)
    await delivery.start()
    delivery.submit(_alert())
    await _until(lambda: delivery.stats.delivered == 1)
    await delivery.stop(drain_timeout_s=1)
    assert len(hook.bodies) == 3
    assert (delivery.stats.failed_attempts, delivery.stats.dead_lettered, dead) == (2, 0, [])


def _deliveries(outcome: str) -> float:
    return REGISTRY.get_sample_value("wirewatch_webhook_deliveries_total", {"outcome": outcome})


async def test_500_twice_then_200_is_one_delivery_in_three_attempts(hook: Hook) -> None:
    hook.statuses = [500, 500]
    before = {o: _deliveries(o) for o in ("ok", "failed", "dead_lettered")}
    delivery = WebhookDelivery(_settings(hook.url), DeadLetters())
    await delivery.start()
    delivery.submit(_alert())
    await delivery.stop(drain_timeout_s=2)  # drains: returns once delivered
    assert [b["alert_id"] for b in hook.bodies] == ["alert-1"] * 3
    assert (delivery.stats.delivered, delivery.stats.failed_attempts) == (1, 2)
    after = {o: _deliveries(o) for o in before}
    assert {o: after[o] - before[o] for o in before} == {"ok": 1, "failed": 2, "dead_lettered": 0}


async def test_4xx_is_not_retried_and_dead_lettered(hook: Hook) -> None:
    hook.statuses = [400]
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url), dead)
    await delivery.start()
    delivery.submit(_alert())
    await _until(lambda: len(dead) == 1)
    await delivery.stop(drain_timeout_s=1)
    assert len(hook.bodies) == 1
    assert dead[0][0] == "alert-1" and "HTTP 400" in dead[0][1]
    assert (delivery.stats.delivered, delivery.stats.dead_lettered) == (0, 1)


async def test_server_down_dead_letters_after_max_attempts() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(f"http://127.0.0.1:{port}/hook", max_attempts=3), dead)
    await delivery.start()
    started = time.monotonic()
    delivery.submit(_alert())
    await _until(lambda: len(dead) == 1)
    assert time.monotonic() - started < 2.5
    await delivery.stop(drain_timeout_s=1)
    assert dead[0][0] == "alert-1" and "after 3 attempts" in dead[0][1]
    assert (delivery.stats.failed_attempts, delivery.stats.dead_lettered) == (3, 1)


async def test_timeout_is_retried_then_dead_lettered(hook: Hook) -> None:
    hook.hang = True
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url, timeout_s=0.1, max_attempts=2), dead)
    await delivery.start()
    delivery.submit(_alert())
    await _until(lambda: len(dead) == 1)
    await delivery.stop(drain_timeout_s=1)
    assert len(hook.bodies) == 2
    assert "timeout" in dead[0][1]


async def test_full_queue_never_blocks_and_dead_letters_the_dropped(hook: Hook) -> None:
    hook.hang = True
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url, queue_size=2), dead)
    await delivery.start()
    assert delivery.submit(_alert(1))
    await _until(lambda: len(hook.bodies) == 1)  # the worker holds alert 1, stuck
    started = time.monotonic()
    accepted = [delivery.submit(_alert(n)) for n in (2, 3, 4, 5)]
    assert time.monotonic() - started < 0.5  # no await inside: a hang would be 5 s
    assert accepted == [True, True, False, False]
    await _until(lambda: len(dead) == 2)
    assert sorted(a for a, _ in dead) == ["alert-4", "alert-5"]
    assert all("queue full" in e for _, e in dead)
    assert delivery.stats.dropped == 2

    hook.release.set()
    await delivery.stop(drain_timeout_s=2)
    assert [b["alert_id"] for b in hook.bodies] == ["alert-1", "alert-2", "alert-3"]
    assert delivery.stats.delivered == 3


async def test_stop_is_bounded_and_dead_letters_what_is_left(hook: Hook) -> None:
    hook.hang = True
    dead = DeadLetters()
    delivery = WebhookDelivery(_settings(hook.url, timeout_s=5.0), dead)
    await delivery.start()
    delivery.submit(_alert(1))
    await _until(lambda: len(hook.bodies) == 1)
    delivery.submit(_alert(2))
    started = time.monotonic()
    await delivery.stop(drain_timeout_s=0.2)
    assert time.monotonic() - started < 2.0  # the receiver would hang for 5 s
    assert sorted(a for a, _ in dead) == ["alert-1", "alert-2"]
    assert all("stopped" in e for _, e in dead)
    assert delivery.submit(_alert(3)) is False  # after stop: dropped, not queued


async def test_slack_body(hook: Hook) -> None:
    delivery = WebhookDelivery(_settings(hook.url, format="slack"), DeadLetters())
    await delivery.start()
    delivery.submit(_alert())
    await delivery.stop(drain_timeout_s=2)
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
