"""Records a worker reads and sends per article, by topic and by table changelog.

Runs ``bench_pipeline.py``'s corpus (``--count`` articles, seed 2026) through the
three stages exactly as the agents hand records between them, with the three tables
as memory stores that note every write (a Faust table sends one changelog record per
assignment), and prints per article: the records read (raw, prepared, contact
events), the records sent (prepared, enriched, contact events, alerts, dead letters)
and the changelog records per table. It also counts the writes that carry no new
state, which a worker could skip without changing what recovery rebuilds:

* a value written equal to the one it replaces;
* a key written again for the same article (two contact events of one pair in one
  article: two registry records where the last alone would do, were nothing read
  in between).

    .venv/bin/python bench/stage_records.py [--count 3000] [--json OUT]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # PYTHONPATH may still override the code

from wirewatch.core.pipeline import Pipeline  # noqa: E402
from wirewatch.core.validate import Origin  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402


class NotedStore(dict[str, Any]):
    """A table's memory store noting each write: (table, key, unchanged)."""

    def __init__(self, name: str, log: list[tuple[str, str, bool]]) -> None:
        super().__init__()
        self.name, self.log = name, log

    def __setitem__(self, key: str, value: Any) -> None:
        old = super().get(key)
        unchanged = old is not None and orjson.dumps(old) == orjson.dumps(value)
        self.log.append((self.name, key, unchanged))
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.log.append((self.name, key, False))
        super().__delitem__(key)


def count(articles: int, seed: int = 2026) -> dict[str, Any]:
    """Per-article figures over ``articles`` of the bench corpus (see the module doc)."""
    pipeline = Pipeline(Settings())
    topics = pipeline.settings
    log: list[tuple[str, str, bool]] = []
    index = pipeline.new_dedup_index(NotedStore("dedup-signatures", log))
    index.rebuild()
    registry = pipeline.new_registry(NotedStore("contact-registry", log))
    learned = pipeline.new_learned_names(NotedStore("learned-names", log))
    learned.rebuild()
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    reads: Counter[str] = Counter()
    sends: Counter[str] = Counter()
    writes: Counter[str] = Counter()
    unchanged: Counter[str] = Counter()
    rewritten: Counter[str] = Counter()
    corpus = generate_articles(articles, seed=seed, start=day)
    for offset, article in enumerate(corpus):
        origin = Origin(topics.topic_raw, 0, offset, None, day)
        reads[topics.topic_raw] += 1
        start = len(log)
        for prepared in pipeline.prepare_outputs(encode(article), origin):
            sends[prepared.topic] += 1
            if prepared.topic != topics.topic_prepared:
                continue
            reads[prepared.topic] += 1
            for decided in pipeline.decide_outputs(prepared.encoded()[1], origin, index, learned):
                sends[decided.topic] += 1
                if decided.topic != topics.topic_contacts:
                    continue
                reads[decided.topic] += 1
                for out in pipeline.register_outputs(decided.encoded()[1], origin, registry):
                    sends[out.topic] += 1
        keys: Counter[tuple[str, str]] = Counter()
        for table, key, same in log[start:]:
            writes[table] += 1
            unchanged[table] += same
            keys[(table, key)] += 1
        for (table, _), times in keys.items():
            rewritten[table] += times - 1
    n = len(corpus)

    def per(counter: Counter[str]) -> dict[str, float]:
        return {name: value / n for name, value in sorted(counter.items())}

    return {
        "articles": n,
        "reads": per(reads),
        "sends": per(sends),
        "changelog": per(writes),
        "unchanged": per(unchanged),
        "same_key_again": per(rewritten),
        "in": sum(reads.values()) / n,
        "out": (sum(sends.values()) + sum(writes.values())) / n,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000, help="articles of the bench corpus")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the figures here")
    args = parser.parse_args()
    figures = count(args.count, args.seed)
    if args.json is not None:
        args.json.write_bytes(orjson.dumps(figures))
    print(f"{figures['articles']:,} articles of bench_pipeline's corpus (seed {args.seed})")
    for title, key in [
        ("read", "reads"),
        ("sent", "sends"),
        ("changelog records", "changelog"),
        ("  of them equal to the value replaced", "unchanged"),
        ("  of them a key already written for the same article", "same_key_again"),
    ]:
        cells = ", ".join(f"{name} {value:.3f}" for name, value in figures[key].items())
        print(f"{title} per article: {cells or 'none'}")
    print(f"records per article: in {figures['in']:.3f}, out {figures['out']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
