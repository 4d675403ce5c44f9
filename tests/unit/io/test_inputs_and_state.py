"""``wirewatch.io``: the files ``wirewatch process`` reads, and its state directory."""

from __future__ import annotations

import json
from pathlib import Path

from schemas import EnrichedArticle
from wirewatch.core.pipeline import Pipeline
from wirewatch.io.inputs import InputRecord, iter_records, read_jsonl
from wirewatch.io.state import StateDir
from wirewatch.settings import Settings

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_inputs_in_order_documents_as_raw_json_and_blank_lines_skipped(tmp_path: Path) -> None:
    (tmp_path / "b.jsonl").write_bytes(b'{"source": "x", "body": "one"}\n\n{not json\r\n')
    (tmp_path / "a.txt").write_text("Haftar\r\nmet Fidan.", encoding="utf-8")
    (tmp_path / "c.html").write_bytes(b"\xff\xfe not utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    records = list(iter_records([tmp_path]))
    assert [(Path(r.origin_name).name, r.line) for r in records] == [
        ("a.txt", None),
        ("b.jsonl", 1),
        ("b.jsonl", 3),
        ("c.html", None),
    ]
    assert json.loads(records[0].payload) == {
        "id": "a",
        "source": "file:a.txt",
        "body": "Haftar\nmet Fidan.",
    }
    assert records[2].payload == b"{not json"  # kept as it is: a dead letter downstream
    assert records[3].payload == b"\xff\xfe not utf-8"


def test_read_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"a": 1}\n\n[2]\n', encoding="utf-8")
    assert read_jsonl(path) == [{"a": 1}, [2]]


def _rerun_of_a_seed() -> tuple[bytes, bytes]:
    original = json.loads((SEEDS / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    rerun = {**original, "id": "rerun-of-first", "source": "another.example"}
    return json.dumps(original).encode(), json.dumps(rerun).encode()


def test_state_dir_carries_the_dedup_index_from_one_run_to_the_next(tmp_path: Path) -> None:
    original, rerun = _rerun_of_a_seed()
    pipeline = Pipeline(Settings())
    first_state = StateDir(tmp_path / "state")
    first = first_state.open_runner(pipeline)
    list(first.run([InputRecord(original, "x", 1)]))
    first_state.close_runner(first)
    assert sorted(p.name for p in (tmp_path / "state").iterdir()) == [
        "contact-registry.json",
        "dedup-signatures.json",
        "learned-names.json",
    ]

    second_state = StateDir(tmp_path / "state")
    second = second_state.open_runner(pipeline)
    outputs = list(second.run([InputRecord(rerun, "x", 1)]))
    enriched = [
        EnrichedArticle.model_validate_json(o.encoded()[1])
        for o in outputs
        if o.topic == pipeline.settings.topic_enriched
    ]
    assert [e.dedup.status for e in enriched] == ["duplicate"]

    # Without a directory nothing is written and nothing carries over.
    memory = StateDir(None)
    third = memory.open_runner(pipeline)
    outputs = list(third.run([InputRecord(rerun, "x", 1)]))
    memory.close_runner(third)
    statuses = [
        EnrichedArticle.model_validate_json(o.encoded()[1]).dedup.status
        for o in outputs
        if o.topic == pipeline.settings.topic_enriched
    ]
    assert statuses == ["original"]
