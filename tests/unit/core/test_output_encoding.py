"""``Output.encoded`` gives the bytes ``model_dump_json().encode()`` gave, record for record.

The pipeline encodes every record once through pydantic's serializer straight to bytes;
this pins that to the str round trip it replaced on every kind of record the three
stages publish (prepared batches, enriched articles, contact events, alerts, dead
letters), on articles with Arabic, Turkish and astral characters and on hostile ones.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pydantic import BaseModel

from schemas import ContactEvent
from wirewatch.core.pipeline import Output, Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings
from wirewatch.testing.adversarial import hand_made_small
from wirewatch.testing.corpus import encode, generate_articles

RECEIVED = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.fixture(autouse=True)
def _quiet() -> Iterator[None]:
    logging.disable(logging.ERROR)  # hostile records log a warning each
    try:
        yield
    finally:
        logging.disable(logging.NOTSET)


def _all_outputs(pipeline: Pipeline, payloads: list[bytes]) -> Iterator[Output]:
    settings = pipeline.settings
    index = pipeline.new_dedup_index({})
    registry = pipeline.new_registry({})
    for offset, payload in enumerate(payloads):
        origin = Origin(settings.topic_raw, 0, offset, None, RECEIVED)
        for prepared in pipeline.prepare_outputs(payload, origin):
            yield prepared
            if prepared.topic != settings.topic_prepared:
                continue
            for decided in pipeline.decide_outputs(prepared.encoded()[1], origin, index):
                yield decided
                if decided.topic == settings.topic_contacts:
                    event = ContactEvent.model_validate_json(decided.encoded()[1])
                    alert = pipeline.register(event, registry, now=RECEIVED)
                    if alert is not None:
                        yield pipeline.output_for_alert(alert)


def test_encoded_is_the_model_dump_json_bytes(pipeline: Pipeline) -> None:
    payloads = [encode(a) for a in generate_articles(60, seed=7)]
    payloads += hand_made_small()
    payloads.append(
        b'{"source": "s", "title": "\\ud83d\\ude00 \xd8\xa7\xd9\x84", '
        b'"body": "Erdo\xc4\x9fan met Haftar in Ankara \\u0001\\u2028 \xf0\x9f\x98\x80 today."}'
    )
    kinds: set[str] = set()
    models = 0
    for output in _all_outputs(pipeline, payloads):
        value = output.value
        if not isinstance(value, BaseModel):
            continue
        models += 1
        kinds.add(type(value).__name__)
        expected = value.model_dump_json().encode("utf-8")
        # Freshly built (no bytes kept from ``sendable``): the encoding itself is compared.
        fresh = Output(output.topic, output.key, value)
        assert fresh.encoded()[1] == expected
        assert output.encoded()[1] == expected
    assert models > 60
    assert {"PreparedBatch", "ContactEvent", "DeadLetter"} <= kinds
