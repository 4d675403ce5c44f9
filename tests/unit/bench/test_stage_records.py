"""bench/stage_records.py: the records a worker reads and sends per article (issue #14,
target 1) must add up the way the topology hands them on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CONTACTS = "events.contacts"


def test_records_per_article_add_up_along_the_topology(tmp_path: Path) -> None:
    out = tmp_path / "records.json"
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "stage_records.py"), "--count", "40", "--json", out],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    figures = json.loads(out.read_text())
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
    # Counted per table written; none of these writes repeats the value it replaces.
    assert figures["unchanged"] == {"contact-registry": 0.0, "dedup-signatures": 0.0}
    assert set(figures["same_key_again"]) == set(changelog)
    assert figures["in"] == pytest.approx(sum(reads.values()))
    assert figures["out"] == pytest.approx(sum(sends.values()) + sum(changelog.values()))
