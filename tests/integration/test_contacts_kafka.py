"""Contact alerts end to end on the real broker: topic, webhook and SSE delivery (the
live feed out embedded in the worker, WIREWATCH_WORKER_EMBED_SERVE=1)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from wirewatch.testing.kafka import (
    Broker,
    Worker,
    consume_until,
    publish,
    read_to_end,
    run,
    unique_names,
    values,
    wait_committed_to_end,
    worker_env,
)
from wirewatch.testing.loopback_http import LoopbackEndpoint, loopback_endpoint
from wirewatch.testing.wait import wait_until

pytestmark = pytest.mark.kafka

FIRST_MEETING = (
    "ANKARA, Nov 18 - Turkish Defence Minister Yasar Guler met Libyan Prime Minister Abdul "
    "Hamid Dbeibah in Ankara on Tuesday to discuss military training and cooperation.\n"
    "The two officials reviewed the memorandum on security cooperation signed between the two "
    "countries and discussed the training of Libyan officers at Turkish military academies.\n"
    "Dbeibah, whose Government of National Unity is based in Tripoli, has been a close partner "
    "of Ankara since Turkish support helped repel the 2019 offensive on the capital."
)
RERUN = (
    "<p>By our correspondent</p><p>"
    + FIRST_MEETING.replace("\n", "</p><p>").replace("Tuesday", "Tuesday,")
    + "</p>"
)
REPEAT = (
    "TRIPOLI, Nov 27 - Libyan Prime Minister Abdul Hamid Dbeibah received Turkish Defence "
    "Minister Yasar Guler in Tripoli on Thursday, nine days after their talks in Ankara.\n"
    "The meeting focused on the maintenance of drones and naval vessels and on joint exercises "
    "planned for next spring, the government's media office said.\n"
    "Guler also visited a training centre run by Turkish instructors west of the capital."
)
NEGATIVE = (
    "CAIRO, Nov 28 - Egypt's foreign minister said on Friday that all foreign forces should "
    "leave Libya, in remarks at a press conference in Cairo.\n"
    "He did not name any country, but Cairo has long objected to the Turkish military presence "
    "in western Libya. Egyptian officials have held talks with the House of Representatives.\n"
    "The United Nations mission called on Libyan parties to agree a roadmap to elections."
)
STREAM = [
    ("first", "reuters.example", FIRST_MEETING, "2026-11-18T12:00:00Z"),
    ("rerun", "libyaherald.example", RERUN, "2026-11-18T13:00:00Z"),
    ("repeat", "aa.example", REPEAT, "2026-11-27T12:00:00Z"),
    ("negative", "ahram.example", NEGATIVE, "2026-11-28T12:00:00Z"),
]


@pytest.fixture
def webhook() -> Iterator[LoopbackEndpoint]:
    with loopback_endpoint() as endpoint:
        yield endpoint


async def _first_sse_alert(
    url: str, ready: asyncio.Event, timeout_s: float
) -> tuple[str | None, dict]:
    async with (
        httpx.AsyncClient(timeout=httpx.Timeout(timeout_s)) as client,
        client.stream("GET", url + "/api/stream?kinds=alert") as response,
    ):
        assert response.headers["content-type"].startswith("text/event-stream")
        event = event_id = None
        async for line in response.aiter_lines():
            if line.startswith(": connected"):
                ready.set()
            elif line.startswith("id: "):
                event_id = line.removeprefix("id: ")
            elif line.startswith("event: "):
                event = line.removeprefix("event: ")
            elif line.startswith("data: ") and event == "alert":
                return event_id, json.loads(line.removeprefix("data: "))
    raise AssertionError("stream ended without an alert")


def test_one_new_alert_for_meeting_rerun_repeat_and_negative(
    kafka: Broker, tmp_path: Path, webhook: LoopbackEndpoint
) -> None:
    hook_url = webhook.url("/hook")
    names = unique_names("contacts")
    env = worker_env(
        kafka.bootstrap,
        names,
        tmp_path / "data",
        WIREWATCH_ALERT_WEBHOOK_URL=hook_url,
        WIREWATCH_WORKER_EMBED_SERVE="1",
    )
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()
        # The embedded live feed starts with the worker's tasks and listens on its own
        # port once its view is running: waited for there, not on the worker's /health.
        wait_until(
            lambda: httpx.get(worker.serve_url + "/health", timeout=5).json()["live_view"],
            "the embedded live feed serving",
            retry_on=(httpx.TransportError,),
        )

        async def scenario() -> tuple[tuple[str | None, dict], list]:
            ready = asyncio.Event()
            sse = asyncio.create_task(_first_sse_alert(worker.serve_url, ready, timeout_s=120))
            await asyncio.wait_for(ready.wait(), 120)
            payloads = [
                json.dumps(
                    {"id": i, "source": s, "body": b, "published_at": t}, ensure_ascii=False
                ).encode()
                for i, s, b, t in STREAM
            ]
            await publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payloads, key=b"one")
            enriched = await consume_until(
                kafka.bootstrap,
                [names["WIREWATCH_TOPIC_ENRICHED"]],
                lambda got: len(got) >= len(STREAM),
                timeout_s=120,
            )
            return await asyncio.wait_for(sse, 120), enriched

        (sse_id, sse_alert), enriched_records = run(scenario())
        enriched = {
            e["article_id"]: e for e in values(enriched_records, names["WIREWATCH_TOPIC_ENRICHED"])
        }
        assert enriched["rerun"]["dedup"]["duplicate_of"] == "first"
        assert enriched["first"]["contacts"], "the first meeting is a contact event"
        assert enriched["negative"]["contacts"] == []

        # Both contact events (first, repeat) on the events topic, and the registry
        # done with them: its group commits an event only once the alerts it raised are
        # on the broker, so once committed to the end the alerts topic is complete and
        # "no second alert" is read, not waited out for a guessed time.
        contacts_topic, alerts_topic = (
            names["WIREWATCH_TOPIC_CONTACTS"],
            names["WIREWATCH_TOPIC_ALERTS"],
        )
        events_out = run(
            consume_until(
                kafka.bootstrap,
                [contacts_topic],
                lambda got: {json.loads(r.value)["article_id"] for r in got} >= {"first", "repeat"},
                timeout_s=120,
            )
        )
        assert {e["article_id"] for e in values(events_out, contacts_topic)} == {"first", "repeat"}
        run(wait_committed_to_end(kafka.bootstrap, names["WIREWATCH_APP_ID"], [contacts_topic]))
        alerts = values(
            run(read_to_end(kafka.bootstrap, [alerts_topic]))[alerts_topic], alerts_topic
        )
        assert [(a["reason"], a["article_id"]) for a in alerts] == [("new", "first")]
        alert = alerts[0]
        assert {p["country"] for p in alert["participants"]} == {"TR", "LY"}
        assert {p["name"] for p in alert["participants"]} == {"Yaşar Güler", "Abdul Hamid Dbeibah"}
        assert "Ankara" in alert["evidence"]["sentence"]
        assert sse_alert["alert_id"] == alert["alert_id"]
        # Its id is its place on the alerts topic: the one partition, the first record.
        assert sse_id == f"{names['WIREWATCH_TOPIC_ALERTS']}:0:0"

        # The webhook got the same alert, once: its delivery commits an alert only once
        # it is settled, so once committed to the end every POST it will make is made.
        run(
            wait_committed_to_end(
                kafka.bootstrap, f"{names['WIREWATCH_APP_ID']}-webhook", [alerts_topic]
            )
        )
        assert [json.loads(a)["alert_id"] for a in webhook.posted] == [alert["alert_id"]]

        # The live view folds each topic in at its own pace (one consumer, a fetch per
        # partition): the SSE alert says nothing of the contacts or the articles, so
        # each is waited for on its own.
        api = httpx.get(worker.serve_url + "/api/alerts?reason=new", timeout=5).json()
        assert [a["alert_id"] for a in api["alerts"]] == [alert["alert_id"]]

        def both_events_folded_in() -> dict | None:
            body = httpx.get(worker.serve_url + "/api/contacts", timeout=5).json()
            return body if sum(c["count"] for c in body["contacts"]) == 2 else None

        contacts = wait_until(both_events_folded_in, "both contact events in the live view")
        assert contacts["count"] == 1

        def first_article() -> dict | None:
            response = httpx.get(worker.serve_url + "/api/articles/first", timeout=5)
            return response.json() if response.status_code == 200 else None

        article = wait_until(first_article, "the first article in the live view")
        assert article["article_id"] == "first"
        assert httpx.get(worker.serve_url + "/api/articles/nope", timeout=5).status_code == 404
    finally:
        worker.stop()
