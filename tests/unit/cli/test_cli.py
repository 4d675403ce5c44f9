"""The offline command and the schema export, run as a user runs them."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import IO

from wirewatch.cli import main

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "seeds"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_process_seeds_accounts_for_every_record(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["process", str(SEEDS), "--output", str(out)]) == 0
    records = _lines(out)
    by_topic: dict[str, list[dict]] = {}
    for record in records:
        assert set(record) == {"topic", "key", "value"}
        by_topic.setdefault(record["topic"], []).append(record["value"])
    inputs = 1 + len((SEEDS / "articles.jsonl").read_text().splitlines())
    malformed = len((SEEDS / "malformed.jsonl").read_bytes().splitlines())
    assert len(by_topic["articles.enriched"]) == inputs
    assert len(by_topic["articles.deadletter"]) == malformed
    sample = next(
        v for v in by_topic["articles.enriched"] if v["article_id"] == "000_183260085f83e7c3"
    )
    assert sample["lang"] == "ar"
    assert "مناقشة حول هذا" not in sample["text"]  # the page's trailing boilerplate
    assert sample["pipeline_version"].startswith("wirewatch/")
    herald = next(v for v in by_topic["articles.enriched"] if v["source"] == "libyaherald.example")
    assert herald["url"] == "https://libyaherald.example/2026/11/haftar-kalin-benghazi/"
    assert herald["extra"] == {"section": "politics"}
    assert "Share this article" not in herald["text"]


def test_process_accepts_a_single_html_file_and_a_state_dir(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><nav>menu</nav><article><p>Libya's House of Representatives met in "
        "Benghazi on Monday.</p></article></body></html>",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    state = tmp_path / "state"
    assert main(["process", str(page), "--output", str(out), "--state", str(state)]) == 0
    (record,) = _lines(out)
    assert record["topic"] == "articles.enriched"
    assert record["value"]["text"] == "Libya's House of Representatives met in Benghazi on Monday."
    assert any(state.iterdir())

    # A second run with the same state remembers the first article: a copy of it
    # under another name is a duplicate now.
    copy = tmp_path / "copy.html"
    copy.write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["process", str(copy), "--output", str(out), "--state", str(state)]) == 0
    (again,) = _lines(out)
    assert again["value"]["dedup"]["status"] == "duplicate"
    assert again["value"]["dedup"]["duplicate_of"] == "story"


def test_schemas_are_written_for_consumers(tmp_path: Path) -> None:
    assert main(["schemas", "--out", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "ContactAlert.schema.json",
        "ContactEvent.schema.json",
        "DeadLetter.schema.json",
        "EnrichedArticle.schema.json",
        "RawArticle.schema.json",
        "defs.schema.json",
    ]
    raw = json.loads((tmp_path / "RawArticle.schema.json").read_text())
    assert set(raw["required"]) == {"source", "body"}


def test_console_script_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.startswith("wirewatch ")


#: Enough articles that their output outgrows a write buffer while the input
#: directory is still being read, as in the run that filled the disk.
ARTICLES = 40


def _article_dir(tmp_path: Path) -> Path:
    inputs = tmp_path / "in"
    inputs.mkdir()
    rows = [
        {"id": f"a{n}", "source": "x.example", "title": f"Story {n}", "body": f"Story {n}. " * 40}
        for n in range(ARTICLES)
    ]
    (inputs / "articles.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    return inputs


def _bounded_process(args: list[str], stdout: int | IO[bytes]) -> subprocess.CompletedProcess:
    """``wirewatch process`` in a child that may write at most 256 MiB (py3langid unpacks its model to a temporary file first): should the
    guard below regress, the child dies of SIGXFSZ instead of filling the disk."""

    def limit_file_size() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (256 << 20, 256 << 20))

    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", "process", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        timeout=300,
        check=False,
        preexec_fn=limit_file_size,
    )


def test_process_never_reads_its_own_output_file_inside_an_input_directory(
    tmp_path: Path,
) -> None:
    # Without the guard the output, being a .jsonl in the input directory, was read
    # back line by line while it grew: a run once wrote 74 GB until the disk was full.
    inputs = _article_dir(tmp_path)
    out = inputs / "out.jsonl"
    done = _bounded_process([str(inputs), "--output", str(out)], subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr.decode()
    topics = [r["topic"] for r in _lines(out)]
    assert topics.count("articles.enriched") == ARTICLES
    assert "articles.deadletter" not in topics


def test_process_with_stdout_redirected_into_an_input_directory_skips_that_file(
    tmp_path: Path,
) -> None:
    inputs = _article_dir(tmp_path)
    out = inputs / "redirected.jsonl"
    with out.open("wb") as handle:
        done = _bounded_process([str(inputs)], handle)
    assert done.returncode == 0, done.stderr.decode()
    topics = [r["topic"] for r in _lines(out)]
    assert topics.count("articles.enriched") == ARTICLES


def test_process_refuses_an_output_that_is_also_a_named_input(tmp_path: Path) -> None:
    inputs = _article_dir(tmp_path)
    source = inputs / "articles.jsonl"
    before = source.read_bytes()
    assert main(["process", str(source), "--output", str(source)]) == 2
    assert source.read_bytes() == before  # not emptied by opening it for writing
