"""Instructions per article of contact detection, counted by callgrind: a figure the
machine's load does not move (CPU-time rates on a shared machine do).

Like ``entity_instructions.py``: only the counted passes are instrumented (switched on
with ``callgrind_control`` after the pipeline, the inputs and one warm-up pass):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/contact_instructions.py

then divide valgrind's "Collected" count by the articles this prints. The inputs are
``bench_contacts``' (``generate_articles``, prepared by the real pipeline), so two
commits compare by running this on each (``PYTHONPATH`` at a checkout of the other).
``--part prepare`` counts the whole of stage 1 instead (``Pipeline.prepare_outputs`` on
the same articles' bytes: validation, normalisation, entities, signature, contacts and
the record's encoding). Without valgrind it runs the passes and counts nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

from bench.bench_contacts import build_inputs  # noqa: E402
from bench.entity_instructions import _instrument  # noqa: E402
from bench.entity_outputs import RECEIVED  # noqa: E402
from wirewatch.core.pipeline import Pipeline  # noqa: E402
from wirewatch.core.validate import Origin  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="corpus articles")
    parser.add_argument("--passes", type=int, default=2, help="counted passes over them")
    parser.add_argument("--part", choices=("contacts", "prepare"), default="contacts")
    args = parser.parse_args()
    pipeline, inputs, _ = build_inputs(args.count)
    if args.part == "prepare":
        counted = _count_prepare(pipeline, args.count, args.passes)
    else:
        detector = pipeline.contacts
        for a in inputs:  # warm-up: lazily built lexicon indexes settle
            detector.detect(**a)
        _instrument(True)
        for _ in range(args.passes):
            for a in inputs:
                detector.detect(**a)
        _instrument(False)
        counted = args.passes * len(inputs)
    print(f"{counted} articles counted")


def _count_prepare(pipeline: Pipeline, count: int, passes: int) -> int:
    """Stage 1 on ``count`` corpus articles' bytes, ``passes`` times, counted."""
    payloads = [encode(raw) for raw in generate_articles(count)]
    origin = Origin(topic="raw", partition=0, offset=0, key=None, received_at=RECEIVED)
    for payload in payloads:  # warm-up
        pipeline.prepare_outputs(payload, origin)
    _instrument(True)
    for _ in range(passes):
        for payload in payloads:
            pipeline.prepare_outputs(payload, origin)
    _instrument(False)
    return passes * len(payloads)


if __name__ == "__main__":
    main()
