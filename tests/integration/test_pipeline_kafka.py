"""The seeds through a real worker on the real broker: everything accounted for."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from wirewatch.core.offline import OfflineRunner
from wirewatch.core.pipeline import Pipeline
from wirewatch.io.inputs import iter_records
from wirewatch.settings import Settings
from wirewatch.testing.kafka import (
    REPO,
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

SEEDS = REPO / "seeds"
#: Fields that differ between two runs by nature (wall-clock arrival time).
VOLATILE = {"received_at"}


def _comparable(enriched: dict) -> dict:
    return {k: v for k, v in enriched.items() if k not in VOLATILE}


def _metric(text: str, name: str, **labels: str) -> float:
    total = 0.0
    for line in text.splitlines():
        if not line.startswith(name):
            continue
        match = re.match(r"^([a-zA-Z_:]+)(\{[^}]*\})?\s+([0-9.eE+-]+)$", line)
        if not match or match.group(1) != name:
            continue
        if all(f'{k}="{v}"' in (match.group(2) or "") for k, v in labels.items()):
            total += float(match.group(3))
    return total


def test_seeds_and_malformed_lines_are_all_accounted_for(kafka: Broker, tmp_path: Path) -> None:
    names = unique_names("seeds")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    records = list(iter_records([SEEDS]))
    payloads = [r.payload for r in records]
    malformed = sum(1 for _ in iter_records([SEEDS / "malformed.jsonl"]))
    assert malformed >= 7 and len(payloads) > malformed

    worker = Worker(env, tmp_path / "worker.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        worker.wait_healthy()
        # One key: one partition, so the live order is the input order (as offline).
        run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], payloads, key=b"seeds"))
        enriched_topic = names["WIREWATCH_TOPIC_ENRICHED"]
        dead_topic = names["WIREWATCH_TOPIC_DEADLETTER"]
        out = run(
            consume_until(
                kafka.bootstrap,
                [enriched_topic, dead_topic],
                lambda got: len(got) >= len(payloads),
                timeout_s=120,
            )
        )
        enriched = values(out, enriched_topic)
        dead = values(out, dead_topic)
        assert len(enriched) + len(dead) == len(payloads), worker.log_tail()
        assert len(dead) == malformed
        assert {d["reason"] for d in dead} == {
            "not_json", "not_object", "missing_field", "blank_body", "bad_time", "wrong_type",
            "not_utf8",
        }  # fmt: skip
        # Dead letters carry the original bytes and where they came from.
        originals = {r.payload for r in iter_records([SEEDS / "malformed.jsonl"])}
        assert {base64.b64decode(d["payload_b64"]) for d in dead} == originals
        assert all(d["source_topic"] == names["WIREWATCH_TOPIC_RAW"] for d in dead)
        assert all(d["source_offset"] is not None for d in dead)

        text = worker.metrics()
        assert _metric(text, "wirewatch_articles_received_total") == len(payloads)
        assert _metric(text, "wirewatch_articles_enriched_total") == len(enriched)
        assert _metric(text, "wirewatch_articles_deadlettered_total") == len(dead)
        assert _metric(text, "wirewatch_articles_deadlettered_total", reason="not_json") == 1
        assert _metric(text, "wirewatch_stage_duration_seconds_count", stage="normalise") == len(
            enriched
        )
        assert "wirewatch_faust_messages_received" in text

        # The offline command gives the same enriched records for the same input.
        settings = Settings()
        runner = OfflineRunner(Pipeline(settings))
        offline = [
            o.to_json_line()["value"]
            for o in runner.run(iter_records([SEEDS]))
            if o.topic == settings.topic_enriched
        ]
        # Keyed by article id: the enriched topic has several partitions.
        assert len(offline) == len(enriched)
        assert {e["article_id"]: _comparable(e) for e in enriched} == {
            e["article_id"]: _comparable(e) for e in offline
        }
    finally:
        worker.stop()
