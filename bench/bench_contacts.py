"""Contact detection throughput on realistic 4 KB articles (mixed Arabic, English, Turkish).

Measures ``ContactDetector.detect`` alone on one core. Inputs are ``wirewatch/testing/corpus.py``
articles (``generate_articles(N)``, ~4 KB, officials meeting, dates, places), run
through the pipeline's ``prepare`` beforehand (validation, normalisation, the real
entity detector), so the detector gets exactly what it gets in the pipeline: the
display text, its folded form, the language, publication time and entities.
Included: sentence splitting, triggers, blocking cues, actors and places, dates,
building the ``schemas.ContactEvent`` objects. Excluded: everything before.

CPU time of this process is measured over several windows (``wirewatch/testing/timing.py``): the
best window is reported, with the median and the machine's own speed beside it, since
load on the shared machine slows even CPU time down.

    .venv/bin/python bench/bench_contacts.py [--count 400] [--seconds 5] [--profile]

``--profile`` prints one cProfile pass instead (``SORT=tottime`` to order by own time).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
from datetime import UTC, datetime
from typing import Any

from schemas.internal import PreparedArticle
from wirewatch.core.pipeline import Pipeline
from wirewatch.core.textfold import fold
from wirewatch.core.validate import Origin
from wirewatch.settings import Settings
from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.timing import best_and_median_rate, pin_to_one_core, speed_note


def build_inputs(count: int) -> tuple[Pipeline, list[dict[str, Any]], int]:
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    origin = Origin(
        topic="raw", partition=None, offset=None, key=None, received_at=datetime.now(UTC)
    )
    inputs = []
    size = 0
    for raw in generate_articles(count):
        prepared = pipeline.prepare(encode(raw), origin)
        if not isinstance(prepared, PreparedArticle):
            continue
        art = prepared.article
        size += len(art.text.encode("utf-8"))
        inputs.append(
            {
                "article_id": art.article_id,
                "source": art.source,
                "url": art.url,
                "title": art.title,
                "text": art.text,
                "folded": fold(art.text),
                "lang": art.lang,
                "published_at": art.published_at,
                "entities": art.entities,
                "pipeline_version": "bench",
            }
        )
    return pipeline, inputs, size // max(len(inputs), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=400, help="corpus articles")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum CPU time to run")
    parser.add_argument("--profile", action="store_true", help="cProfile one pass instead")
    args = parser.parse_args()
    pin_to_one_core()
    pipeline, inputs, size = build_inputs(args.count)
    detector = pipeline.contacts
    events = sum(len(detector.detect(**a)) for a in inputs)  # warm-up
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for a in inputs:
            detector.detect(**a)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(30)
        return

    def one_pass() -> int:
        for a in inputs:
            detector.detect(**a)
        return len(inputs)

    r = best_and_median_rate(one_pass, args.seconds)
    print(
        f"contact detection: {r['best']:,.0f} articles/s on one core "
        f"(median {r['median']:,.0f}; {1e3 / r['best']:.3f} ms CPU per article; "
        f"{len(inputs)} corpus articles, {size:,} bytes of text and "
        f"{events / len(inputs):.1f} events per article on average)\n"
        f"    {speed_note(r)}"
    )


if __name__ == "__main__":
    main()
