"""bench/bench_scale.py must keep running (it is the evidence for issue #14's state targets),
and its corpus must be what it claims: re-runs that dedup finds, unrelated stories it keeps."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

from schemas.articles import DedupStatus
from wirewatch.core.dedup import DedupIndex, DedupSettings, Signer
from wirewatch.core.normalise import clean_text
from wirewatch.core.textfold import fold_char_string
from wirewatch.testing.corpus import encode, generate_articles, generate_scale_stream

ROOT = Path(__file__).resolve().parents[3]


def test_bench_scale_prints_every_figure_per_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "bench_scale.py"),
            "--sizes",
            "300,700",
            "--decisions",
            "60",
            "--keep-db",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    lines = result.stdout.splitlines()
    # The table is printed after every size; the last one holds them all.
    header = max(n for n, line in enumerate(lines) if line.split()[:1] == ["signatures"])
    rows = [line.split() for line in lines[header + 1 : header + 3]]
    # One row per size, with the index grown to (at least) that many signatures.
    assert [int(row[0].replace(",", "")) for row in rows] == [300, 700]
    for row in rows:
        entries = int(row[1].replace(",", ""))
        assert entries > int(row[0].replace(",", ""))  # duplicates are entries, not signatures
        figures = [float(cell.replace(",", "")) for cell in row[2:]]
        assert len(figures) == 26 and all(f >= 0 for f in figures)
        decide_median, decide_p99 = figures[0], figures[1]
        assert 0 < decide_median <= decide_p99
        # Checked candidates are those sharing a band less the oversized buckets'.
        assert figures[7] <= figures[4] and figures[8] <= figures[5] and figures[9] <= figures[6]
        changelog, rocks_bytes = figures[15], figures[25]
        # Eviction: the stream's first minute made due (120 articles at one per
        # 0.5 s, the re-runs among them as entries), none while nothing is due.
        due_entries = figures[18]
        assert 0 < due_entries <= 120 and due_entries < entries
        # An original's entry carries its 128-value signature (~350 bytes of base64).
        assert changelog > 300 and rocks_bytes > 300
    assert re.search(r"re-runs found (9\d|100)\.\d%", result.stdout)
    # Signed in producer processes: the same stream, so the same state and candidates.
    flags = ["--sizes", "300", "--decisions", "60", "--no-rocksdb", "--producers", "2"]
    parallel = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_scale.py"), *flags],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        check=True,
    )
    row = parallel.stdout.splitlines()[-1].split()
    assert row[:2] == rows[0][:2] and row[6:12] == rows[0][6:12]
    assert (tmp_path / "dedup-signatures-0.db").is_dir()
    restarted = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_scale.py"), "--restart-only", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=True,
    )
    assert re.search(
        r"restart to the first verdict: [\d.]+ s \([\d.]+ s CPU\) \(original\)", restarted.stdout
    )


def test_scale_stream_is_deterministic_with_a_fifth_reruns_that_dedup_finds() -> None:
    articles = list(generate_scale_stream(1500, seed=3))
    again = list(generate_scale_stream(1500, seed=3))
    assert articles == again
    assert len({a.article_id for a in articles}) == len(articles)
    reruns = [a for a in articles if a.rerun_of is not None]
    assert 0.15 < len(reruns) / len(articles) < 0.25
    assert all(b.published_at > a.published_at for a, b in pairwise(articles))

    settings = DedupSettings()
    signer = Signer(settings)
    index = DedupIndex(settings, {})
    found = false_duplicates = 0
    for article in articles:
        sig = signer.sign(fold_char_string(clean_text(article.body)))
        verdict = index.decide(article.article_id, article.source, sig, article.published_at)
        duplicate = verdict.status is DedupStatus.DUPLICATE
        if article.rerun_of is None:
            false_duplicates += duplicate
        else:
            found += verdict.duplicate_of == article.rerun_of
    assert found >= 0.95 * len(reruns)
    assert false_duplicates <= 0.01 * (len(articles) - len(reruns))


def test_existing_corpus_is_unchanged_by_the_scale_stream() -> None:
    # Digest of generate_articles(200) before the scale stream was added: the other
    # benchmarks and their tests depend on these exact bytes.
    digest = hashlib.sha256(b"".join(encode(a) for a in generate_articles(200))).hexdigest()
    assert digest == "29a33adc3927724c89fec207c6e38de4e60ec083b24971c2001d8a56b30cb899"
