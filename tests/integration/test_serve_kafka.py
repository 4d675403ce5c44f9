"""``wirewatch serve`` on the real broker: beside a worker that no longer replays the
outputs, two serve processes each serve the complete views, and an SSE client resumes
on one with the id it last got from the other."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from tests.integration.test_contacts_kafka import STREAM
from wirewatch.testing.kafka import (
    Broker,
    Worker,
    consume_until,
    free_port,
    publish,
    run,
    unique_names,
    worker_env,
)
from wirewatch.testing.serve import ServeProcess

pytestmark = pytest.mark.kafka


async def _sse_events(
    url: str, count: int, *, headers: dict[str, str], ready: asyncio.Event | None = None
) -> list[dict[str, str]]:
    """The first ``count`` dispatched events of a stream, as their fields."""
    events: list[dict[str, str]] = []
    fields: dict[str, str] = {}
    async with (
        httpx.AsyncClient(timeout=httpx.Timeout(60)) as client,
        client.stream("GET", url, headers=headers) as response,
    ):
        async for line in response.aiter_lines():
            if line.startswith(": connected") and ready is not None:
                ready.set()
            elif line == "":
                if "data" in fields:
                    events.append(fields)
                    if len(events) == count:
                        return events
                fields = {}
            elif not line.startswith(":"):
                name, _, value = line.partition(": ")
                fields[name] = value
    raise AssertionError(f"stream ended after {len(events)} of {count} events")


def _wait_json(url: str, check, timeout_s: float, what: str) -> dict:
    async def poll() -> dict:
        async with asyncio.timeout(timeout_s):
            while True:
                body = httpx.get(url, timeout=5).json()
                if check(body):
                    return body
                await asyncio.sleep(0.2)

    try:
        return run(poll())
    except TimeoutError as exc:
        raise AssertionError(f"{what} not within {timeout_s}s") from exc


def test_two_serve_processes_each_complete_and_sse_resumes_across_them(
    kafka: Broker, tmp_path: Path
) -> None:
    names = unique_names("serve")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    serves = [
        ServeProcess(
            {**env, "WIREWATCH_SERVE_PORT": str(free_port()), "WIREWATCH_SERVE_WORKER_URLS": ""},
            tmp_path / f"serve-{n}.log",
        ).start()
        for n in range(2)
    ]
    try:
        worker.wait_healthy()
        for serve in serves:
            serve.wait_serving()
        # The worker serves no live feed of its own any more.
        assert "live_view" not in httpx.get(worker.url + "/health", timeout=5).json()
        first, second = serves
        contacts_topic = names["WIREWATCH_TOPIC_CONTACTS"]

        async def first_contact_on_first_serve() -> dict[str, str]:
            ready = asyncio.Event()
            reader = asyncio.create_task(
                _sse_events(first.url + "/api/stream?kinds=contact", 1, headers={}, ready=ready)
            )
            await asyncio.wait_for(ready.wait(), 120)
            payloads = [
                json.dumps({"id": i, "source": s, "body": b, "published_at": t}).encode()
                for i, s, b, t in STREAM
            ]
            await publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payloads, key=b"one")
            return (await asyncio.wait_for(reader, 120))[0]

        seen = run(first_contact_on_first_serve())
        assert seen["event"] == "contact" and json.loads(seen["data"])["article_id"] == "first"
        topic, partition, offset = seen["id"].rsplit(":", 2)
        assert topic == contacts_topic and int(offset) == 0

        # Both contact events are out; every serve process shows the same complete views.
        run(consume_until(kafka.bootstrap, [contacts_topic], lambda got: len(got) >= 2, 120))
        views = []
        for serve in serves:
            _wait_json(
                serve.url + "/api/contacts",
                lambda body: body["count"] == 1 and body["contacts"][0]["count"] == 2,
                120,
                f"both contact events folded in on {serve.url}",
            )
            # Alerts come on their own topic, read by its own consumer: folded in at
            # their own pace, so they are waited for, not assumed with the contacts.
            alerts = _wait_json(
                serve.url + "/api/alerts",
                lambda body: len(body["alerts"]) >= 1,
                120,
                f"the alert folded in on {serve.url}",
            )["alerts"]
            views.append([(a["alert_id"], a["reason"], a["article_id"]) for a in alerts])
        assert views[0] == views[1] and [(r, a) for _, r, a in views[0]] == [("new", "first")]

        # The client that last got the first contact event on one process resumes on
        # the other: the repeat's event, with the next offset, and nothing before it.
        resumed = run(
            _sse_events(
                second.url + "/api/stream?kinds=contact",
                1,
                headers={"Last-Event-ID": seen["id"]},
            )
        )[0]
        assert resumed["id"] == f"{contacts_topic}:{partition}:1"
        assert json.loads(resumed["data"])["article_id"] == "repeat"

        # An id no window can resume from: a gap, so the client reloads the views.
        gap = run(
            _sse_events(
                second.url + "/api/stream?kinds=alert",
                1,
                headers={"Last-Event-ID": "not-one-of-ours"},
            )
        )[0]
        assert gap["event"] == "gap"
    finally:
        for serve in serves:
            serve.stop()
        worker.stop()
