"""Instructions per article of each part of stage 1, counted by callgrind apart.

``contact_instructions.py --part prepare`` counts stage 1 as a whole; its profile is
flat, and Python functions do not show in callgrind's (only the interpreter's C
functions do). This counts one part at a time on the same articles (its 100 corpus
articles, twice), each part's inputs made beforehand by the parts before it:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/stage_phases.py contacts

then divide valgrind's "Collected" count by the articles this prints. Parts:
``validate`` (parse_raw_article), ``normalise`` (normalise_raw), ``entities`` (the
detector), ``link`` (the role linker), ``sign`` (the dedup signature), ``contacts``
(the detector, on ``bench_contacts``' inputs), ``spans`` (sentence_spans alone),
``groups`` (ActorFinder.prepare and by_sentence alone), ``encode`` (the prepared
batch built and encoded, ``Pipeline.sendable``), ``enrich`` (``Pipeline._enrich``:
all but validation and the encoding) and ``all`` (``prepare_outputs``).
Without valgrind it runs the part and counts nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

from bench.bench_contacts import build_inputs  # noqa: E402
from bench.entity_instructions import _instrument  # noqa: E402
from bench.entity_outputs import RECEIVED  # noqa: E402
from schemas import RawArticle  # noqa: E402
from schemas.internal import PreparedArticle, PreparedBatch  # noqa: E402
from wirewatch.core.contacts.sentences import sentence_spans  # noqa: E402
from wirewatch.core.normalise import normalise_raw  # noqa: E402
from wirewatch.core.pipeline import Output  # noqa: E402
from wirewatch.core.validate import Origin, parse_raw_article  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402

T = TypeVar("T")

PARTS = (
    "validate",
    "normalise",
    "entities",
    "link",
    "sign",
    "contacts",
    "spans",
    "groups",
    "encode",
    "enrich",
    "all",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("part", choices=PARTS)
    parser.add_argument("--count", type=int, default=100, help="corpus articles")
    parser.add_argument("--passes", type=int, default=2, help="counted passes over them")
    args = parser.parse_args()
    run, articles = _part(args.part, args.count)
    # (each pass keeps no result: results kept alive cost the collector, 0.9 M
    # instructions an article more for ``entities``, and would count what stage 1 does not)
    run()  # warm-up: lazily built indexes settle
    _instrument(True)
    for _ in range(args.passes):
        run()
    _instrument(False)
    print(f"{args.passes * articles} articles counted")


def _each(call: Callable[[T], object], items: Sequence[T]) -> tuple[Callable[[], None], int]:
    """A pass calling ``call`` on every item, keeping no result, and the item count."""

    def run() -> None:
        for item in items:
            call(item)

    return run, len(items)


def _part(part: str, count: int) -> tuple[Callable[[], None], int]:
    """The pass over the articles that ``part`` names, and how many articles it takes."""
    pipeline, inputs, _ = build_inputs(count)
    settings = pipeline.settings
    limits = pipeline.input_limits
    origin = Origin(topic="raw", partition=0, offset=0, key=None, received_at=RECEIVED)
    payloads = [encode(raw) for raw in generate_articles(count)]
    parsed = [parse_raw_article(p, settings.max_body_bytes, limits) for p in payloads]
    raws = [r for r in parsed if isinstance(r, RawArticle)]
    norms = [normalise_raw(r) for r in raws]
    if part == "validate":
        return _each(lambda p: parse_raw_article(p, settings.max_body_bytes, limits), payloads)
    if part == "normalise":
        return _each(normalise_raw, raws)
    if part == "entities":
        return _each(lambda n: pipeline.entities.detect(n.folded, n.language.lang), norms)
    if part == "link":
        linker = pipeline.role_linker
        found = [(n, pipeline.entities.detect(n.folded, n.language.lang)) for n in norms]
        return _each(
            lambda nf: (
                linker.link(nf[0].folded, nf[0].language.lang, nf[1], nf[0].published_at)
                if nf[0].published_at is not None
                else linker.link_undated(nf[0].folded, nf[0].language.lang, nf[1])
            ),
            found,
        )
    if part == "sign":
        return _each(lambda n: pipeline.signer.sign(n.folded.folded) if n.text else None, norms)
    if part == "contacts":
        return _each(lambda a: pipeline.contacts.detect(**a), inputs)
    if part == "spans":
        return _each(lambda a: sentence_spans(a["text"]), inputs)
    if part == "groups":
        finder = pipeline.contacts._finder
        spanned = [(a, sentence_spans(a["text"])) for a in inputs]

        def groups(item: tuple[dict[str, Any], list[tuple[int, int]]]) -> object:
            a, spans = item
            sources, _, _ = finder.prepare(a["entities"])
            return finder.by_sentence(sources, a["text"], spans, {})

        return _each(groups, spanned)
    if part == "encode":
        prepared = [(pipeline.prepare(p, origin), p) for p in payloads]
        pairs = [(r, p) for r, p in prepared if isinstance(r, PreparedArticle)]

        def encoded(pair: tuple[PreparedArticle, bytes]) -> object:
            r, p = pair
            batch = PreparedBatch(articles=[r])
            return pipeline.sendable(
                [Output(settings.topic_prepared, r.article.article_id, batch)], p, origin
            )

        return _each(encoded, pairs)
    if part == "enrich":
        return _each(lambda r: pipeline._enrich(r, origin), raws)
    return _each(lambda p: pipeline.prepare_outputs(p, origin), payloads)


if __name__ == "__main__":
    main()
