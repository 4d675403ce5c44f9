"""The rebalance scenario's other checks (wirewatch/testing/rebalance.py): a partition
whose commit stays put with work pending is a stall, and stage 2's live verdicts must
be the core's over the order it read."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest
from aiokafka.structs import TopicPartition

from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings
from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.rebalance import RunResult, StallWatch, check_verdicts

RAW0, RAW1 = TopicPartition("raw", 0), TopicPartition("raw", 1)


def test_a_commit_that_stays_put_with_work_pending_is_a_stall() -> None:
    watch = StallWatch()
    watch.observe({RAW0: 10, RAW1: 5}, {RAW0: 2, RAW1: 5}, now=0.0)
    watch.observe({RAW0: 10, RAW1: 9}, {RAW0: 2, RAW1: 5}, now=4.0)
    watch.observe({RAW0: 10, RAW1: 9}, {RAW0: 2, RAW1: 9}, now=7.0)
    assert (watch.longest_s, watch.longest_at) == (7.0, "raw[0]@2/10")
    watch.observe({RAW0: 10, RAW1: 9}, {RAW0: 10, RAW1: 9}, now=20.0)  # drained
    assert watch.longest_s == 7.0


def test_the_wait_for_a_partitions_first_commit_is_reported_apart() -> None:
    watch = StallWatch()
    watch.observe({RAW0: 10}, {}, now=0.0)
    watch.observe({RAW0: 10}, {}, now=12.0)
    watch.observe({RAW0: 10}, {RAW0: 3}, now=13.0)
    assert (watch.first_commit_s, watch.first_commit_at) == (12.0, "raw[0]@0/10")
    assert watch.longest_s == 0.0
    watch.observe({RAW0: 10}, {RAW0: 3}, now=20.0)
    assert (watch.longest_s, watch.longest_at) == (7.0, "raw[0]@3/10")


def test_the_group_stalls_only_while_no_partition_with_work_moves() -> None:
    watch = StallWatch()
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 2, RAW1: 2}, now=0.0)
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 2, RAW1: 5}, now=5.0)  # RAW1 moved
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 2, RAW1: 8}, now=9.0)
    assert watch.group_longest_s == 0.0 and watch.longest_s == 9.0  # RAW0 waited 9 s
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 2, RAW1: 8}, now=12.0)
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 2, RAW1: 8}, now=16.0)  # nothing moved
    assert watch.group_longest_s == 7.0
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 10, RAW1: 10}, now=30.0)  # drained
    watch.observe({RAW0: 10, RAW1: 10}, {RAW0: 10, RAW1: 10}, now=60.0)  # idle
    assert watch.group_longest_s == 7.0


def test_an_idle_partition_is_not_stalled() -> None:
    watch = StallWatch()
    for now in (0.0, 30.0, 60.0):
        watch.observe({RAW0: 4}, {RAW0: 4}, now=now)
    assert watch.longest_s == 0.0


def _record(topic: str, offset: int, value: bytes) -> SimpleNamespace:
    return SimpleNamespace(topic=topic, partition=0, offset=offset, value=value)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


def _live_run(pipeline: Pipeline) -> tuple[list[SimpleNamespace], list[SimpleNamespace]]:
    """articles.prepared and articles.enriched of a run that decided in topic order."""
    settings = pipeline.settings
    now = datetime.now(UTC)
    prepared: list[SimpleNamespace] = []
    for offset, article in enumerate(generate_articles(60, seed=47)):
        origin = Origin(settings.topic_raw, 0, offset, None, now)
        for output in pipeline.prepare_outputs(encode(article), origin):
            if output.topic == settings.topic_prepared:
                prepared.append(_record(output.topic, len(prepared), output.encoded()[1]))
    index, learned = pipeline.new_dedup_index({}), pipeline.new_learned_names({})
    enriched: list[SimpleNamespace] = []
    for record in prepared:
        origin = Origin(record.topic, 0, record.offset, None, now)
        for output in pipeline.decide_outputs(record.value, origin, index, learned):
            if output.topic == settings.topic_enriched:
                enriched.append(_record(output.topic, len(enriched), output.encoded()[1]))
    return prepared, enriched


def test_stage_2_verdicts_must_be_the_cores_over_the_order_it_read(pipeline: Pipeline) -> None:
    prepared, enriched = _live_run(pipeline)
    result = RunResult(articles=len(prepared), second_worker_after=1)
    check_verdicts(prepared, enriched, result, pipeline)
    assert result.verdicts == len(enriched) and result.verdicts_differing == []

    # A re-run called an original (as a stage 2 that lost its index would) is caught,
    # and so is a redelivery whose verdict is not the first one.
    documents = [json.loads(r.value) for r in enriched]
    rerun = next(d for d in documents if d["dedup"]["status"] == "duplicate")
    wrong = {**rerun, "dedup": {**rerun["dedup"], "status": "original", "duplicate_of": None}}
    replayed = [*enriched, _record("enriched", len(enriched), json.dumps(wrong).encode())]
    result = RunResult(articles=len(prepared), second_worker_after=1)
    check_verdicts(prepared, replayed, result, pipeline)
    assert result.verdicts_differing == [rerun["article_id"]]
