"""The decide agent keeps learned names in its changelog-backed table (Faust's test
context; the real broker is in tests/integration/test_learned_names_kafka.py)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from unittest.mock import patch

import pytest

from schemas import EnrichedArticle
from schemas.internal import PreparedBatch
from tests.unit.streams.agent_puts import put_all
from wirewatch.core.pipeline import Output

_ARTICLES = [
    ("l1", "2024-02-01", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi met officials."),
    ("l2", "2024-02-03", "Libyan Deputy Prime Minister Nasser Belkheir Obeidi flew to Ankara."),
    ("l3", "2024-02-05", "Nasser Belkheir Obeidi met Turkish Foreign Minister Hakan Fidan in Ankara."),
]  # fmt: skip


@pytest.fixture(scope="module")
def topology():
    from streams import agents, context, tables
    from streams.app import app

    app.finalize()
    if app.conf.store.scheme != "memory":  # once used, the store must not be set again
        app.conf.store = "memory://"
    app.flow_control.resume()
    return agents, tables, context


@pytest.fixture
def sent() -> Iterator[list[Output]]:
    captured: list[Output] = []

    async def capture(output: Output) -> asyncio.Future[None]:
        captured.append(output)
        delivered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        delivered.set_result(None)
        return delivered

    with patch("streams.agents.send", capture):
        yield captured


def _prepared_batch(topology, number: int) -> bytes:
    _, _, context = topology
    from wirewatch.core.validate import Origin

    article_id, day, body = _ARTICLES[number]
    raw = {"id": article_id, "source": f"s{number}", "lang": "en", "body": body}
    raw["published_at"] = f"{day}T09:00:00Z"
    origin = Origin("articles.raw", 0, number, None, _now())
    prepared = context.worker_context().pipeline.prepare(json.dumps(raw).encode(), origin)
    return PreparedBatch(articles=[prepared]).model_dump_json().encode()


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


async def test_decide_agent_learns_into_its_table_and_links_later_articles(
    topology, sent: list[Output]
) -> None:
    agents, tables, context = topology
    settings = context.worker_context().settings
    batches = [_prepared_batch(topology, n) for n in range(3)]
    async with agents.decide_articles.test_context() as agent:
        await put_all(agent, batches)
    # the table holds the evidence as JSON text (what its changelog carries)
    entry = json.loads(tables.learned_names["nasser-belkheir-obeidi"])
    assert (entry["n"], entry["first_article"], entry["country"]) == (2, "l1", "LY")
    enriched = {
        o.key: EnrichedArticle.model_validate_json(o.encoded()[1])
        for o in sent
        if o.topic == settings.topic_enriched
    }
    pid = "person:pattern:nasser-belkheir-obeidi"
    assert [e.found_by for e in enriched["l3"].entities if e.id == pid] == ["learned"]
    contacts = [o.value for o in sent if o.topic == settings.topic_contacts]
    assert any({p.id for p in c.participants} == {pid, "person:hakan-fidan"} for c in contacts)


async def test_a_recovered_table_is_indexed_again(topology) -> None:
    _, tables, context = topology
    entry = {
        "v": 1,
        "name": "Someone New Here",
        "tokens": ["someone", "new", "here"],
        "country": "TR",
        "role": "ambassador",
        "lang": "en",
        "n": 2,
        "first_article": "x",
        "first_seen": "2024-01-01T00:00:00+00:00",
        "last_seen": "2024-01-01T00:00:00+00:00",
        "recent": ["x", "y"],
    }
    # as a changelog recovery fills it: straight into the store, not through a stream
    tables.learned_names.data["someone-new-here"] = json.dumps(entry)
    await context._rebuild_learned_names()  # what Faust calls after a recovery
    (linked,) = context.worker_context().learned.ready().link("Someone New Here spoke.", [])
    assert linked.id == "person:pattern:someone-new-here"


def _batch_of(topology, number: int, article_id: str, day: str, body: str) -> bytes:
    _, _, context = topology
    from wirewatch.core.validate import Origin

    raw = {"id": article_id, "source": "wire", "lang": "en", "body": body}
    raw["published_at"] = f"{day}T09:00:00Z"
    origin = Origin("articles.raw", 0, number, None, _now())
    prepared = context.worker_context().pipeline.prepare(json.dumps(raw).encode(), origin)
    return PreparedBatch(articles=[prepared]).model_dump_json().encode()


async def test_an_expired_pending_name_leaves_the_table_with_a_tombstone(
    topology, sent: list[Output]
) -> None:
    """Eviction runs in the agent's own stream (stage 2's learning), deleting through
    the table: its changelog gets a tombstone, so a recovered table lacks the name."""
    agents, tables, context = topology
    days = context.worker_context().settings.learned_pending_days
    assert days == 30  # the default: the second article is 61 days after the first
    batches = [
        _batch_of(topology, 10, "m1", "2024-03-01", "Libyan Deputy Prime Minister Salem Ramadan Zwai met officials."),
        _batch_of(topology, 11, "m2", "2024-05-01", "Turkish Ambassador Kemal Yurtsever visited Misrata."),
    ]  # fmt: skip
    table = tables.learned_names
    with patch.object(table, "send_changelog", wraps=table.send_changelog) as changelog:
        async with agents.decide_articles.test_context() as agent:
            await put_all(agent, batches[:1])
            assert "salem-ramadan-zwai" in table
            await put_all(agent, batches[1:])
    assert "salem-ramadan-zwai" not in table and "kemal-yurtsever" in table
    writes = [(call.args[1], call.kwargs.get("value", "set")) for call in changelog.call_args_list]
    assert ("salem-ramadan-zwai", None) in writes


def test_the_changelogs_created_up_front_are_the_apps_tables(topology) -> None:
    from wirewatch.kafkaio import changelog_plan

    _, _, context = topology
    from streams.app import app

    tables = {
        table.changelog_topic.get_topic_name(): table.changelog_topic.partitions
        for table in app.tables.values()
    }
    assert changelog_plan(context.worker_context().settings) == tables
