"""Learned names on the real broker: learned from articles on two raw partitions read
by two workers, linked in a later article on a third, after both were SIGKILLed and
a fresh worker recovered the learned-names table from its changelog."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirewatch.testing.kafka import Broker, Worker, consume_until, run, unique_names, worker_env

pytestmark = pytest.mark.kafka

PERSON = "person:pattern:nasser-belkheir-obeidi"
ARTICLES = [
    ("k1", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi met officials in Tripoli."),
    ("k2", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi will travel to Ankara."),
    ("k3", "Nasser Belkheir Obeidi met Turkish Foreign Minister Hakan Fidan in Ankara on Tuesday."),
]


def _payload(number: int) -> bytes:
    article_id, body = ARTICLES[number]
    return json.dumps(
        {
            "id": article_id,
            "source": f"outlet-{number}.example",
            "lang": "en",
            "body": body,
            "published_at": f"2026-03-0{number + 1}T09:00:00Z",
        }
    ).encode()


async def _send(bootstrap: str, topic: str, payload: bytes, partition: int) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, payload, key=b"k", partition=partition)
    finally:
        await producer.stop()


def _enriched(kafka: Broker, names: dict[str, str], article_id: str) -> dict:
    topic = names["WIREWATCH_TOPIC_ENRICHED"]

    def has(got) -> bool:
        return any(json.loads(r.value)["article_id"] == article_id for r in got)

    got = run(consume_until(kafka.bootstrap, [topic], has, timeout_s=120))
    found = [json.loads(r.value) for r in got if json.loads(r.value)["article_id"] == article_id]
    assert found, f"{article_id} was never enriched"
    return found[-1]


def _start(kafka: Broker, names: dict[str, str], tmp: Path, label: str) -> Worker:
    env = worker_env(kafka.bootstrap, names, tmp / f"data-{label}")
    return Worker(env, tmp / f"worker-{label}.log", int(env["WIREWATCH_WEB_PORT"])).start()


def test_a_name_learned_on_two_partitions_links_after_a_restart(
    kafka: Broker, tmp_path: Path
) -> None:
    names = unique_names("learned")
    raw = names["WIREWATCH_TOPIC_RAW"]
    workers = [_start(kafka, names, tmp_path, label) for label in ("a", "b")]
    try:
        for worker in workers:
            worker.wait_healthy()
        for number in (0, 1):  # two raw partitions: with two workers, most likely two readers
            run(_send(kafka.bootstrap, raw, _payload(number), partition=number))
            learned_from = _enriched(kafka, names, ARTICLES[number][0])
            found_by = [e["found_by"] for e in learned_from["entities"] if e["id"] == PERSON]
            assert found_by == ["pattern"], workers[0].log_tail()
    finally:
        for worker in workers:
            worker.kill()  # SIGKILL: the table must come back from its changelog

    fresh = _start(kafka, names, tmp_path, "c")  # a new data dir: nothing local survives
    try:
        fresh.wait_healthy()
        started = time.monotonic()
        run(_send(kafka.bootstrap, raw, _payload(2), partition=2))
        later = _enriched(kafka, names, "k3")
        print(f"\nk3 enriched {time.monotonic() - started:.2f} s after it was sent")
    finally:
        fresh.stop()
    (person,) = [e for e in later["entities"] if e["id"] == PERSON]
    assert person["found_by"] == "learned", fresh.log_tail()
    assert person["country"] == "LY"
    assert later["contacts"], "the learned person's meeting with Fidan is a contact event"

    # `wirewatch kb learned` reads the live table from its changelog topic
    listing = subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "kb", "learned", "--json"],
        env=worker_env(kafka.bootstrap, names, tmp_path / "cli"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert listing.returncode == 0, listing.stderr
    entries = [json.loads(line) for line in listing.stdout.splitlines()]
    assert len(entries) == 1, listing.stderr
    (entry,) = entries
    assert (entry["slug"], entry["n"], entry["first_article"]) == (
        "nasser-belkheir-obeidi",
        2,
        "k1",
    )
