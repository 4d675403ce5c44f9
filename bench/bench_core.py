"""CPU cost of the processing core per article, stage by stage, with no Kafka at all.

Runs the three stages exactly as the worker hands records between them (bytes in,
encoded records out, as ``wirewatch.core.offline.OfflineRunner`` does) on the
``bench_pipeline.py`` corpus (same seed, same count), in one process pinned to one
core, with fresh state for every pass:

* stage 1 ``prepare``: validate, normalise, entities, signature, contacts, and the
  prepared record encoded;
* stage 2 ``decide``: the dedup verdict against the index of every earlier article
  of the pass, the learned names linked and learned (as the worker's stage 2 does),
  the enriched article and contact events encoded;
* stage 3 ``register``: each contact event into the registry, alerts encoded.

The total is what one worker must spend on an article before Faust, aiokafka and the
broker add anything, so ``1000 / total`` is the most articles per second one worker
process could reach on this machine with free messaging. The stages are stateful
(the dedup index and the registry grow over a pass), so a pass is one run over the
corpus in order and the best of ``--passes`` is reported, with the median beside it.

As the worker does (``wirewatch.cli.worker``), the start-up heap is frozen after the
warm-up (``wirewatch.gcpolicy``): without it every full collection rescans the
detectors' ~340,000 objects, which the worker never does (``--no-freeze`` measures
that). ``--native`` runs the compiled core (``make native``; the line printed first
says which core ran), as the ``wirewatch`` command does.

    .venv/bin/python bench/bench_core.py [--count 3000] [--passes 3] [--native]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirewatch.core.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]

#: articles/s on one worker (issue 2): the whole budget per article, Kafka included
TARGET_RATE = 1000
STAGES = ("prepare", "decide", "register")


def one_pass(pipeline: Pipeline, payloads: list[bytes]) -> dict[str, float]:
    """CPU seconds spent in each stage over one in-order pass with empty state."""
    from wirewatch.core.validate import Origin

    settings = pipeline.settings
    index = pipeline.new_dedup_index({})
    # Stage 2 links and learns names as the worker's does (streams.context.LearnedState).
    learned = pipeline.new_learned_names({})
    learned.rebuild()
    registry = pipeline.new_registry({})
    spent = dict.fromkeys(STAGES, 0.0)
    clock = time.process_time
    for offset, payload in enumerate(payloads):
        origin = Origin(settings.topic_raw, 0, offset, None, datetime.now(UTC))
        t0 = clock()
        prepared = [
            o.encoded()
            for o in pipeline.prepare_outputs(payload, origin)
            if o.topic == settings.topic_prepared
        ]
        t1 = clock()
        events: list[bytes] = []
        for _key, batch in prepared:
            for decided in pipeline.decide_outputs(batch, origin, index, learned):
                _, value = decided.encoded()
                if decided.topic == settings.topic_contacts:
                    events.append(value)
        t2 = clock()
        for event in events:
            for alert in pipeline.register_outputs(event, origin, registry):
                alert.encoded()
        t3 = clock()
        spent["prepare"] += t1 - t0
        spent["decide"] += t2 - t1
        spent["register"] += t3 - t2
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="articles per pass")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026, help="bench_pipeline.py's default")
    parser.add_argument("--native", action="store_true", help="the compiled core (make native)")
    parser.add_argument(
        "--no-freeze", action="store_true", help="leave the start-up heap to full collections"
    )
    args = parser.parse_args()
    if args.native:
        activate_native()
    # Imported after the core is chosen: the compiled one must be found first.
    from wirewatch import gcpolicy
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.settings import Settings
    from wirewatch.testing.corpus import encode, generate_articles
    from wirewatch.testing.timing import machine_speed, pin_to_one_core, speed_note

    pin_to_one_core()
    payloads = [encode(a) for a in generate_articles(args.count, seed=args.seed)]
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    if not args.no_freeze:
        gcpolicy.freeze_startup_heap()  # where the worker does it: after warm_up()
    one_pass(pipeline, payloads[:100])  # warm-up: lazily built models and caches

    passes, speeds = [], []
    for _ in range(args.passes):
        speeds.append(machine_speed())
        passes.append(one_pass(pipeline, payloads))
    per_article = [{s: 1000 * p[s] / len(payloads) for s in STAGES} for p in passes]
    totals = [sum(p.values()) for p in per_article]
    best = per_article[totals.index(min(totals))]
    total, median_total = min(totals), statistics.median(totals)

    print(
        f"processing core ({'compiled' if args.native else 'pure Python'}), "
        f"{len(payloads):,} bench_pipeline articles, one core, no Kafka, "
        f"start-up heap {'left to the collector' if args.no_freeze else 'frozen'}"
    )
    for stage in STAGES:
        print(f"  {stage:9s} {best[stage]:6.2f} ms/article")
    print(
        f"  {'total':9s} {total:6.2f} ms/article (median of {len(passes)} passes "
        f"{median_total:.2f})"
    )
    speed = {
        "speed_min": min(speeds),
        "speed_max": max(speeds),
        "speed_best": speeds[totals.index(total)],
    }
    print(f"  {speed_note(speed, over='passes')}")
    ceiling = 1000 / total
    print(f"one worker, free messaging: at most {ceiling:,.0f} articles/s on one core")
    verdict = "within reach" if ceiling >= TARGET_RATE else "out of reach for the core alone"
    print(
        f"target {TARGET_RATE:,} articles/s needs <= {1000 / TARGET_RATE:.2f} ms/article "
        f"with Kafka included: {verdict}"
    )


def activate_native() -> None:
    """The compiled core, or exit: a bench asked for it must not time pure Python."""
    from wirewatch import native

    if not native.activate():
        sys.exit("bench_core: --native needs a current build (make native)")


if __name__ == "__main__":
    main()
