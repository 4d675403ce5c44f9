"""What learned names cost stage 2 (the one-partition decide stage, whose rate bounds
the topology): decide per article without learned names, and with N names learned.

    python bench/bench_learned.py --names 0,100,1000,10000

Articles are the real-text dev set's excerpts (wirewatch/data/eval/real), prepared
once by stage 1; each run decides all of them against a fresh dedup index.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import orjson

from schemas.internal import PreparedBatch
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings

REAL = Path(__file__).resolve().parents[1] / "wirewatch" / "data" / "eval" / "real"
SYLLABLES = ["ka", "lo", "mi", "ra", "tu", "ne", "so", "vi", "da", "ze", "bo", "fi"]


def _batches(pipeline: Pipeline) -> list[bytes]:
    out = []
    for path in sorted(REAL.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            raw = {
                "id": row["id"],
                "source": row["outlet"],
                "body": row["text"],
                "lang": row["lang"],
            }
            if row.get("published_at"):
                raw["published_at"] = row["published_at"]
            origin = Origin("articles.raw", 0, n, None, datetime.now(UTC))
            prepared = pipeline.prepare(orjson.dumps(raw), origin)
            out.append(PreparedBatch(articles=[prepared]).model_dump_json().encode())  # type: ignore[list-item]
    return out


def _name(i: int) -> tuple[str, str]:
    first = "".join(SYLLABLES[(i >> k) % len(SYLLABLES)] for k in (0, 4, 8)).capitalize()
    last = "".join(SYLLABLES[(i >> k) % len(SYLLABLES)] for k in (2, 6, 10, 12)).capitalize()
    return f"{first} {last}", f"{first.lower()}-{last.lower()}"


def _learned(pipeline: Pipeline, count: int):
    store: dict = {}
    for i in range(count):
        name, slug = _name(i)
        store[slug] = {
            "v": 1, "name": name, "tokens": name.lower().split(), "country": "LY",
            "role": "deputy prime minister", "lang": "en", "n": 2, "first_article": "x",
            "first_seen": "2024-01-01T00:00:00+00:00", "last_seen": "2024-01-01T00:00:00+00:00",
            "recent": ["x", "y"],
        }  # fmt: skip
    return pipeline.new_learned_names(store)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", default="0,100,1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    batches = _batches(pipeline)
    origin = Origin("articles.prepared", 0, 0, None, datetime.now(UTC))
    runs: list[tuple[str, int | None]] = [("without learned names", None)]
    runs += [(f"{n} names learned", n) for n in map(int, args.names.split(","))]
    for label, count in runs:
        best = float("inf")
        for _ in range(args.rounds):
            learned = None if count is None else _learned(pipeline, count)
            index = pipeline.new_dedup_index({})
            started = time.process_time()
            for batch in batches:
                pipeline.decide_outputs(batch, origin, index, learned)
            best = min(best, time.process_time() - started)
        print(f"{label:>24}: decide {1000 * best / len(batches):.3f} ms CPU per article "
              f"({len(batches)} articles, best of {args.rounds})")  # fmt: skip


if __name__ == "__main__":
    main()
