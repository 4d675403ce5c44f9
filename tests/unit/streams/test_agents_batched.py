"""The batched agents in Faust's test context: batch boundaries, acks only once a
batch's outputs are delivered, and stage 2 verdicts equal to the core's one by one."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from unittest.mock import patch

import pytest

from streams.acks import DeliveredAcks
from tests.unit.streams.agent_puts import put_all, until_acked
from wirewatch.core.pipeline import Output, Pipeline
from wirewatch.core.validate import Origin
from wirewatch.testing.corpus import encode, generate_articles


@pytest.fixture(scope="module")
def topology():
    from streams import agents
    from streams.app import app
    from streams.context import worker_context

    app.finalize()
    if app.conf.store.scheme != "memory":  # once used, the store must not be set again
        app.conf.store = "memory://"
    app.flow_control.resume()
    return agents, worker_context()


@pytest.fixture
def batch_sizes() -> Iterator[list[int]]:
    """The size of every batch an agent hands to its DeliveredAcks."""
    sizes: list[int] = []
    original = DeliveredAcks.put_batch

    async def recording(self: DeliveredAcks, events, futures) -> None:  # type: ignore[no-untyped-def]
        sizes.append(len(events))
        await original(self, events, futures)

    with patch.object(DeliveredAcks, "put_batch", recording):
        yield sizes


def _batching(context, max_records: int, max_wait_ms: float = 10.0):  # type: ignore[no-untyped-def]
    settings = context.settings
    return (
        patch.object(settings, "batch_max_records", max_records),
        patch.object(settings, "batch_max_wait_ms", max_wait_ms),
    )


async def test_stage_1_takes_queued_records_in_batches_of_at_most_max_records(
    topology, batch_sizes: list[int]
) -> None:
    agents, context = topology
    sends: list[tuple[Output, asyncio.Future[None]]] = []

    async def held(output: Output) -> asyncio.Future[None]:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        sends.append((output, future))
        return future  # delivered only when the test says so

    payloads = [encode(article) for article in generate_articles(10, seed=41)]
    count, wait = _batching(context, 4)
    with count, wait, patch("streams.agents.send", held):
        async with agents.prepare_articles.test_context() as agent:
            events = [await agent.put(p, key=b"k", partition=0, wait=False) for p in payloads]
            async with asyncio.timeout(10):
                while len(sends) < len(payloads):
                    await asyncio.sleep(0.005)
            # Every record is prepared and sent, none acked: nothing is delivered yet.
            assert not any(event.message.acked for event in events)
            for _, future in sends:
                future.set_result(None)
            await until_acked(events)
    assert sum(batch_sizes) == 10
    assert max(batch_sizes) == 4, batch_sizes  # queued together, cut at max_records
    ids = [json.loads(p)["id"] for p in payloads]
    sent_ids = [o.value.articles[0].article.article_id for o, _ in sends]
    assert sent_ids == ids  # one prepared record per article, in input order


async def test_stage_2_batches_give_the_cores_verdicts_one_by_one(
    topology, batch_sizes: list[int]
) -> None:
    agents, context = topology
    settings = context.settings
    articles = generate_articles(120, seed=43)
    pipeline = Pipeline(settings)
    now = datetime.now(UTC)
    prepared: list[bytes] = []
    for offset, article in enumerate(articles):
        origin = Origin(settings.topic_raw, 0, offset, None, now)
        for output in pipeline.prepare_outputs(encode(article), origin):
            if output.topic == settings.topic_prepared:
                prepared.append(output.encoded()[1])
    index, learned = pipeline.new_dedup_index({}), pipeline.new_learned_names({})
    expected: list[tuple[str, str, str | None]] = []
    for offset, record in enumerate(prepared):
        origin = Origin(settings.topic_prepared, 0, offset, None, now)
        expected += _verdicts(pipeline.decide_outputs(record, origin, index, learned), settings)
    assert any(status == "duplicate" for _, status, _ in expected), "the corpus has re-runs"

    sent: list[Output] = []

    async def delivered(output: Output) -> asyncio.Future[None]:
        sent.append(output)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        future.set_result(None)
        return future

    count, wait = _batching(context, 16)
    with count, wait, patch("streams.agents.send", delivered):
        async with agents.decide_articles.test_context() as agent:
            await put_all(agent, prepared)
    assert max(batch_sizes) > 1 and max(batch_sizes) <= 16, batch_sizes
    assert _verdicts(sent, settings) == expected


def _verdicts(outputs: list[Output], settings) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    verdicts = []
    for output in outputs:
        if output.topic == settings.topic_enriched:
            dedup = json.loads(output.encoded()[1])["dedup"]
            verdicts.append((output.key, dedup["status"], dedup.get("duplicate_of")))
    return verdicts
