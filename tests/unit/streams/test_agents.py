"""The Faust agents in Faust's test context: each calls its stage and routes the result.

Kafka is not involved here (the integration tests use the real broker); outputs are
captured at ``streams.agents.send``, the one place agents hand records to topics.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest

from schemas import ContactAlert, DeadLetter, EnrichedArticle
from schemas.internal import PreparedArticle, PreparedBatch
from tests.unit.streams.agent_puts import put_all
from wirewatch.core.pipeline import Output

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def topology():
    from streams import agents, tables
    from streams.app import app
    from wirewatch.settings import get_settings

    app.finalize()
    if app.conf.store.scheme != "memory":  # once used, the store must not be set again
        app.conf.store = "memory://"
    app.flow_control.resume()
    return agents, tables, get_settings()


@pytest.fixture
def sent() -> Iterator[list[Output]]:
    captured: list[Output] = []

    async def capture(output: Output) -> asyncio.Future[None]:
        # Prepared batches are unpacked so tests see the prepared articles.
        if isinstance(output.value, PreparedBatch):
            for prepared in output.value.articles:
                captured.append(Output(output.topic, prepared.article.article_id, prepared))
        else:
            captured.append(output)
        delivered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        delivered.set_result(None)  # as the producer's future once the broker took it
        return delivered

    with patch("streams.agents.send", capture):
        yield captured


def _seed_articles() -> list[dict]:
    lines = (SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


async def _prepared(topology, sent: list[Output], payloads: list[bytes]) -> list[Output]:
    agents, _, _ = topology
    async with agents.prepare_articles.test_context() as agent:
        await put_all(agent, payloads)
    return list(sent)


async def test_prepare_agent_routes_articles_on_and_bad_input_to_dead_letters(
    topology, sent: list[Output]
) -> None:
    _agents, _, settings = topology
    good = json.dumps(_seed_articles()[1], ensure_ascii=False).encode()
    outputs = await _prepared(topology, sent, [good, b"{not json", b'{"source": "x"}'])
    # Dead letters go out at once; prepared articles leave in a batch after them.
    assert sorted(o.topic for o in outputs) == sorted(
        [settings.topic_prepared, settings.topic_deadletter, settings.topic_deadletter]
    )
    prepared = next(o.value for o in outputs if o.topic == settings.topic_prepared)
    assert isinstance(prepared, PreparedArticle)
    assert prepared.article.lang == "en"
    assert prepared.signature
    letters = [o.value for o in outputs if o.topic == settings.topic_deadletter]
    assert all(isinstance(letter, DeadLetter) for letter in letters)
    assert [letter.reason.value for letter in letters] == ["not_json", "missing_field"]
    assert letters[0].payload == b"{not json"
    assert letters[0].source_offset is not None


async def test_decide_agent_flags_a_rerun_and_keeps_state_in_the_table(
    topology, sent: list[Output]
) -> None:
    agents, tables, settings = topology
    seeds = _seed_articles()
    original, rerun = seeds[0], seeds[3]  # the same report, re-run by another outlet
    payloads = [json.dumps(a, ensure_ascii=False).encode() for a in (original, rerun)]
    prepared = [o.value for o in await _prepared(topology, sent, payloads)]
    sent.clear()
    async with agents.decide_articles.test_context() as agent:
        # One batch record holding both: the wire format allows batches of any size.
        batch = PreparedBatch(articles=prepared)
        await put_all(agent, [batch.model_dump_json().encode()])
    # What goes on the wire must be a valid EnrichedArticle.
    enriched = [
        EnrichedArticle.model_validate_json(o.encoded()[1])
        for o in sent
        if o.topic == settings.topic_enriched
    ]
    assert len(enriched) == 2
    first, second = enriched
    assert first.dedup.status == "original"
    assert second.dedup.status == "duplicate"
    assert second.dedup.duplicate_of == first.article_id
    assert second.contacts == []
    assert first.article_id in tables.dedup_signatures
    # Only the original's contact events go on to the registry topic.
    events = [o for o in sent if o.topic == settings.topic_contacts]
    assert {o.value.article_id for o in events} <= {first.article_id}


async def test_register_agent_alerts_once_per_new_pair(topology, sent: list[Output]) -> None:
    agents, _, settings = topology
    payload = json.dumps(_seed_articles()[1], ensure_ascii=False).encode()
    prepared = next(
        o.value
        for o in await _prepared(topology, sent, [payload])
        if o.topic == "articles.prepared"
    )
    assert prepared.contact_events, "the English seed reports a Turkey–Libya meeting"
    event = prepared.contact_events[0]
    sent.clear()
    async with agents.register_contacts.test_context() as agent:
        # The same event twice: a redelivery.
        await put_all(agent, [event.model_dump_json().encode()] * 2)
    alerts = [o.value for o in sent if o.topic == settings.topic_alerts]
    # At-least-once: the redelivery re-sends the very same alert (same id), so a
    # crash can never lose it and consumers keying on alert_id see one alert.
    assert len({a.alert_id for a in alerts}) == 1
    assert alerts[0] == alerts[-1]
    assert isinstance(alerts[0], ContactAlert)
    assert alerts[0].reason == "new"
    assert alerts[0].event_id == event.event_id
