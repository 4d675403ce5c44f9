"""What learned names cost stage 2 (the one-partition decide stage, whose rate bounds
the topology): decide per article without learned names, with N names learned (ready
to link), and with the table full of N pending names at a cap of N, so that every new
name the articles teach evicts the oldest pending one (issue #12's bounded state).

    python bench/bench_learned.py --names 0,100,1000,10000

Articles are the real-text dev set's excerpts (wirewatch/data/eval/real), prepared
once by stage 1; each run decides all of them against a fresh dedup index.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson

from schemas.internal import PreparedBatch
from wirewatch.core.entities.learned import LearnedNames
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


def _learned(pipeline: Pipeline, count: int, pending_at: datetime | None = None) -> LearnedNames:
    """``count`` names ready to link; or, with ``pending_at``, ``count`` pending names
    (seen once, then) in a table capped at ``count``."""
    store: dict = {}
    when = pending_at or datetime(2024, 1, 1, tzinfo=UTC)
    for i in range(count):
        name, slug = _name(i)
        store[slug] = {
            "v": 1, "name": name, "tokens": name.lower().split(), "country": "LY",
            "role": "deputy prime minister", "lang": "en", "n": 1 if pending_at else 2,
            "first_article": "x", "first_seen": when.isoformat(), "last_seen": when.isoformat(),
            "t": when.timestamp() + i, "recent": ["x"] if pending_at else ["x", "y"],
        }  # fmt: skip
    if pending_at is None:
        return pipeline.new_learned_names(store)
    return LearnedNames(store, pipeline.name_guard, max_names=max(count, 1))


def _newest_date(batches: list[bytes]) -> datetime:
    """The latest publication time of the articles (pending names just before it stay
    inside the pending window: what is evicted is the cap's doing)."""
    stated = [
        article["article"].get("published_at")
        for batch in batches
        for article in orjson.loads(batch)["articles"]
    ]
    return max(datetime.fromisoformat(s) for s in stated if s) - timedelta(days=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--names", default="0,100,1000,10000")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    batches = _batches(pipeline)
    origin = Origin("articles.prepared", 0, 0, None, datetime.now(UTC))
    counts = list(map(int, args.names.split(",")))
    runs: list[tuple[str, int | None, bool]] = [("without learned names", None, False)]
    runs += [(f"{n} names learned", n, False) for n in counts]
    runs += [(f"{n} pending at cap {n}", n, True) for n in counts if n]
    recent = _newest_date(batches)
    for label, count, capped in runs:
        best = float("inf")
        evicted = 0
        for _ in range(args.rounds):
            learned = None
            if count is not None:
                learned = _learned(pipeline, count, recent if capped else None)
            index = pipeline.new_dedup_index({})
            started = time.process_time()
            for batch in batches:
                pipeline.decide_outputs(batch, origin, index, learned)
            best = min(best, time.process_time() - started)
            if learned is not None and capped:
                evicted = count - _bench_names_kept(learned)
        note = f", {evicted} bench names evicted a round" if capped else ""
        print(f"{label:>24}: decide {1000 * best / len(batches):.3f} ms CPU per article "
              f"({len(batches)} articles, best of {args.rounds}{note})")  # fmt: skip


def _bench_names_kept(learned: LearnedNames) -> int:
    """The bench's own names still kept (the others are the articles')."""
    return sum(1 for name in learned.names() if name.first_article == "x")


if __name__ == "__main__":
    main()
