"""Instructions per article of contact detection, counted by callgrind: a figure the
machine's load does not move (CPU-time rates on a shared machine do).

Like ``entity_instructions.py``: only the counted passes are instrumented (switched on
with ``callgrind_control`` after the pipeline, the inputs and one warm-up pass):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/contact_instructions.py

then divide valgrind's "Collected" count by the articles this prints. The inputs are
``bench_contacts``' (``generate_articles``, prepared by the real pipeline), so two
commits compare by running this on each (``PYTHONPATH`` at a checkout of the other).
Without valgrind it runs the passes and counts nothing.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100, help="corpus articles")
    parser.add_argument("--passes", type=int, default=2, help="counted passes over them")
    args = parser.parse_args()
    pipeline, inputs, _ = build_inputs(args.count)
    detector = pipeline.contacts
    for a in inputs:  # warm-up: lazily built lexicon indexes settle
        detector.detect(**a)
    _instrument(True)
    for _ in range(args.passes):
        for a in inputs:
            detector.detect(**a)
    _instrument(False)
    print(f"{args.passes * len(inputs)} articles counted")


if __name__ == "__main__":
    main()
