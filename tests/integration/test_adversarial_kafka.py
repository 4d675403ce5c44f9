"""Hostile input through a real worker on the real broker: nothing lost, worker alive.

2,000 ``hypothesis``-generated records, the small hand-made shapes and a handful of
large ones (up to ~1 MB, what a broker with its default record limit takes) go to
the raw topic. Counted on the topics themselves: every record read comes out
enriched or dead-lettered with a reason, and the worker still answers afterwards.
The worker's output record limit is set under the broker's default
``message.max.bytes`` (1 MB), so an output the broker would refuse becomes an
``output_too_large`` dead letter instead of a failed send.
"""

from __future__ import annotations

import base64
from collections import Counter
from pathlib import Path

import httpx
import pytest

from schemas import DeadLetterReason
from wirewatch.testing.adversarial import (
    LIVE_LARGE,
    built,
    generated,
    hand_made_small,
    large_shapes,
)
from wirewatch.testing.kafka import (
    Broker,
    Worker,
    consume_until,
    publish,
    run,
    unique_names,
    values,
    worker_env,
)

pytestmark = pytest.mark.kafka

GENERATED = 2000
#: Under the broker's default ``message.max.bytes`` (1,048,588) with room for the
#: record batch around the value.
BROKER_SAFE_RECORD_BYTES = 1_000_000


def test_adversarial_records_are_all_accounted_for_live(kafka: Broker, tmp_path: Path) -> None:
    large = [payload for _, payload in built(large_shapes(LIVE_LARGE))] + [_grows_past_limit()]
    assert all(len(payload) < BROKER_SAFE_RECORD_BYTES for payload in large)
    # An empty record value is still a record on a topic (offline, a blank line is not).
    payloads = generated(GENERATED) + hand_made_small() + large
    names = unique_names("hostile")
    env = worker_env(
        kafka.bootstrap,
        names,
        tmp_path / "data",
        WIREWATCH_MAX_OUTPUT_RECORD_BYTES=str(BROKER_SAFE_RECORD_BYTES),
        WIREWATCH_LOG_LEVEL="warning",
    )
    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
    dead_topic = names["WIREWATCH_TOPIC_DEADLETTER"]
    try:
        worker.wait_healthy()
        sent = run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payloads))
        assert sent == len(payloads)
        out = run(
            consume_until(
                kafka.bootstrap,
                [enriched_topic, dead_topic],
                lambda got: len(got) >= sent,
                timeout_s=240,
            )
        )
        enriched = values(out, enriched_topic)
        dead = values(out, dead_topic)
        assert len(enriched) + len(dead) == sent, worker.log_tail()

        # Nothing more arrives: a record counted twice would show here.
        settled = run(
            consume_until(
                kafka.bootstrap, [enriched_topic, dead_topic], lambda got: False, timeout_s=5
            )
        )
        assert len(settled) == sent

        # Every dead letter has its reason and its original bytes (or their start).
        reasons = Counter(letter["reason"] for letter in dead)
        assert set(reasons) <= {reason.value for reason in DeadLetterReason}
        assert reasons[DeadLetterReason.PROCESSING_ERROR.value] == 0, reasons
        sent_values = set(payloads)
        for letter in dead:
            kept = base64.b64decode(letter["payload_b64"])
            if letter["payload_truncated"]:
                assert any(p.startswith(kept) for p in large), letter["reason"]
            elif letter["source_topic"] == names["WIREWATCH_TOPIC_RAW"]:
                assert kept in sent_values
        for reason in ("not_utf8", "not_json", "bad_time", "extra_too_deep", "field_too_long"):
            assert reasons[reason] > 0, reasons
        # The record that fits the broker but whose outputs would not.
        (too_large,) = [d for d in dead if d["reason"] == DeadLetterReason.OUTPUT_TOO_LARGE.value]
        assert too_large["payload_truncated"]
        assert too_large["payload_bytes"] == len(large[-1])

        # The worker is alive and its metrics agree with the topics.
        assert worker.process is not None and worker.process.poll() is None
        assert httpx.get(worker.url + "/health", timeout=5.0).status_code == 200
        text = worker.metrics()
        received = _metric(text, "wirewatch_articles_received_total")
        assert received == sent, (received, sent)
    finally:
        worker.stop()


def _grows_past_limit() -> bytes:
    """A record just under the limit whose prepared and enriched records are over it
    (they add entities, a signature and ids to the text)."""
    unit = "Erdoğan Haftar Dbeibah Fidan Tripoli Ankara Benghazi "
    head = b'{"source": "hostile.example", "body": "'
    room = BROKER_SAFE_RECORD_BYTES - 2000 - len(head)
    body = unit * (room // len(unit.encode()))
    payload = head + body.encode() + b'"}'
    assert BROKER_SAFE_RECORD_BYTES - 3000 < len(payload) < BROKER_SAFE_RECORD_BYTES
    return payload


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    raise AssertionError(f"{name} not in the metrics")
