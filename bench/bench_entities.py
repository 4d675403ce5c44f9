"""Entity detection throughput on 4 KB articles (mixed Arabic, English, Turkish).

Measures ``EntityDetector.detect(folded, lang)`` alone on one core: the input is
already folded (``textfold.fold`` is done before timing, as the pipeline does it once
for every stage), language is given. Included: Aho-Corasick scan, boundary/clitic/
suffix/case rules, longest-match selection, surname resolution, nationality,
generic-actor and role patterns, building the ``schemas.Entity`` objects with
display offsets. Excluded: folding, language identification, JSON.

Two inputs are timed (CPU time of this process, so other load on the machine
does not count):

* ``dense``: the labelled evaluation texts (ar/en/tr) cycled and cut at a word
  boundary near 4096 UTF-8 bytes: about 120 mentions per article, several times
  the density of real news;
* ``seed``: the sample article ``seeds/000_*.txt`` (Arabic, 4.3 KB, ~48 mentions),
  a realistic density.

    .venv/bin/python bench/bench_entities.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from wirewatch.core.entities import EntityDetector
from wirewatch.core.textfold import fold
from wirewatch.eval.entities import load_set

TARGET_BYTES = 4096


def build_articles() -> list[tuple[str, str]]:
    by_lang: dict[str, list[str]] = {}
    for art in load_set():
        by_lang.setdefault(art.lang, []).append(art.text)
    out: list[tuple[str, str]] = []
    for lang, texts in sorted(by_lang.items()):
        for shift in range(len(texts)):
            parts: list[str] = []
            size = 0
            k = shift
            while size < TARGET_BYTES:
                text = texts[k % len(texts)]
                parts.append(text)
                size += len(text.encode()) + 2
                k += 1
            body = "\n\n".join(parts)
            raw = body.encode()[:TARGET_BYTES].decode(errors="ignore")
            out.append((lang, raw[: raw.rfind(" ")]))
    return out


def _rate(detector: EntityDetector, articles: list, seconds: float) -> tuple[float, float]:
    for folded, lang in articles:  # warm-up
        detector.detect(folded, lang)
    n = mentions = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for folded, lang in articles:
            mentions += sum(len(e.mentions) for e in detector.detect(folded, lang))
            n += 1
    return n / (time.process_time() - start), mentions / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    detector = EntityDetector.default()
    dense = [(fold(text), lang) for lang, text in build_articles()]
    size = sum(len(f.display.encode()) for f, _ in dense) / len(dense)
    rate, per = _rate(detector, dense, args.seconds)
    print(
        f"entity detection, dense: {rate:,.0f} articles/s on one core "
        f"({len(dense)} articles ar/en/tr, mean {size:,.0f} bytes, {per:.0f} mentions/article)"
    )
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    if seeds:
        text = seeds[0].read_text(encoding="utf-8")
        rate, per = _rate(detector, [(fold(text), None)], args.seconds)
        print(
            f"entity detection, seed:  {rate:,.0f} articles/s on one core "
            f"({seeds[0].name}, {len(text.encode()):,} bytes, {per:.0f} mentions/article)"
        )


if __name__ == "__main__":
    main()
