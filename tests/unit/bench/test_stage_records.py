"""bench/stage_records.py: the records a worker reads and sends per article (issue #14,
target 1) must add up the way the topology hands them on."""

from __future__ import annotations

import pytest

from bench.stage_records import NotedStore, count

CONTACTS = "events.contacts"


def test_records_per_article_add_up_along_the_topology() -> None:
    figures = count(40)
    reads, sends, changelog = figures["reads"], figures["sends"], figures["changelog"]
    assert figures["articles"] == 40
    # Every raw record is read once and prepared once; stage 2 reads what stage 1 sent.
    assert reads["articles.raw"] == 1.0
    assert reads["articles.prepared"] == sends["articles.prepared"] == 1.0
    assert sends["articles.enriched"] == 1.0
    # Stage 3 reads every contact event stage 2 sent, and writes its pair's record
    # for each (this corpus has no undated past contact of an unknown pair).
    assert reads[CONTACTS] == sends[CONTACTS] > 0.5
    assert changelog["contact-registry"] == sends[CONTACTS]
    # One dedup entry per article, and the original's again when a re-run adds a source.
    assert 1.0 <= changelog["dedup-signatures"] < 1.2
    assert figures["in"] == pytest.approx(sum(reads.values()))
    assert figures["out"] == pytest.approx(sum(sends.values()) + sum(changelog.values()))


def test_noted_store_tells_unchanged_values_from_new_ones() -> None:
    log: list[tuple[str, str, bool]] = []
    store = NotedStore("t", log)
    store["a"] = {"n": 1}
    store["a"] = {"n": 1}
    store["a"] = {"n": 2}
    del store["a"]
    assert log == [("t", "a", False), ("t", "a", True), ("t", "a", False), ("t", "a", False)]
