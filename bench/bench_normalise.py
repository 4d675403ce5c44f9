"""Validation and normalisation throughput on realistic 4 KB articles (ar/en/tr).

Measures, on one core, the two steps the pipeline runs on every raw record before
entity detection:

* ``parse_raw_article``: record bytes to a validated ``RawArticle`` (UTF-8, JSON,
  pydantic, body size limit);
* ``normalise``: HTML and boilerplate stripping, NFKC, whitespace, the folded
  matching form, language identification, canonical URL, UTC time.

Inputs are ``wirewatch/testing/corpus.py`` articles (``generate_articles(N, seed=7)``): about
4 KB JSON records in Arabic, English and Turkish, a third of them HTML, most with a
``lang`` hint. ``normalise`` gets each record's fields as the pipeline passes them.
The canonical-URL cache is emptied before every pass, since a live stream seldom
repeats a URL.

Timing (``wirewatch/testing/timing.py``): CPU time on one core over several windows, the best
window and the median reported, with the machine's own speed beside them.

    .venv/bin/python bench/bench_normalise.py [--seconds 3] [--articles 500]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from schemas import RawArticle
from wirewatch.core import urls
from wirewatch.core.normalise import normalise_raw
from wirewatch.core.validate import parse_raw_article
from wirewatch.testing.corpus import encode, generate_articles
from wirewatch.testing.timing import best_and_median_rate, pin_to_one_core, speed_note

ROOT = Path(__file__).resolve().parents[1]

MAX_BODY_BYTES = 1024 * 1024  # the Settings default


def measure(one_pass: Callable[[], int], seconds: float) -> dict[str, float]:
    """Best and median rate (articles/s) over windows of whole passes."""
    one_pass()  # warm-up: caches, lazily built models and tables
    return best_and_median_rate(one_pass, seconds)


def report(name: str, r: dict[str, float]) -> None:
    print(
        f"{name:18s} {r['best']:8,.0f} articles/s  {1000 / r['best']:6.3f} ms/article "
        f"(median {r['median']:,.0f}/s, {1000 / r['median']:.3f} ms)\n    {speed_note(r)}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="per measured step")
    parser.add_argument("--articles", type=int, default=500, help="corpus articles")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed")
    args = parser.parse_args()
    pin_to_one_core()

    payloads = [encode(article) for article in generate_articles(args.articles, seed=args.seed)]
    raws = [parse_raw_article(p, MAX_BODY_BYTES) for p in payloads]
    articles = [raw for raw in raws if isinstance(raw, RawArticle)]
    if len(articles) != len(payloads):
        sys.exit(f"{len(payloads) - len(articles)} corpus records were rejected")
    clear_url_cache = getattr(urls.canonical_url, "cache_clear", lambda: None)

    def parse_pass() -> int:
        for payload in payloads:
            parse_raw_article(payload, MAX_BODY_BYTES)
        return len(payloads)

    def normalise_pass() -> int:
        clear_url_cache()
        for raw in articles:
            normalise_raw(raw)
        return len(articles)

    hints = Counter(raw.lang or "none" for raw in articles)
    html = sum(raw.body.lstrip().startswith("<") for raw in articles)
    record = sum(map(len, payloads)) / len(payloads)
    print(
        f"{len(articles)} corpus articles (seed {args.seed}), records {record:,.0f} "
        f"bytes, {html} HTML, lang hints "
        + "/".join(f"{lang} {n}" for lang, n in sorted(hints.items()))
    )
    report("parse_raw_article", measure(parse_pass, args.seconds))
    report("normalise", measure(normalise_pass, args.seconds))


if __name__ == "__main__":
    main()
