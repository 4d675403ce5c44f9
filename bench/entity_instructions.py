"""Instructions per article of entity detection, counted by callgrind: a figure the
machine's load does not move (wall-clock and CPU-time rates on a shared machine do).

Run under valgrind; only the timed passes are counted (instrumentation is switched on
with ``callgrind_control`` after the detector, the corpus and two warm-up passes, and
off after the passes):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/entity_instructions.py

then divide valgrind's "Collected" count by the articles this prints. The input is
``bench_entities``' realistic corpus (``--articles``, seed 2026): the same code on
the same input counts the same to a fraction of a percent, so two commits compare by
running this on each (``PYTHONPATH`` at a checkout of the other, as in
``entity_outputs.py``). ``--input dense`` counts the stress set instead (the eval
texts cut at 4 KB, ``bench_entities``' dense), ``--input seed`` the seed articles.
Without valgrind it runs the passes and counts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

from bench.bench_entities import Articles, build_dense, build_realistic  # noqa: E402
from wirewatch.core.entities import EntityDetector  # noqa: E402
from wirewatch.core.textfold import fold  # noqa: E402


def _instrument(on: bool) -> None:
    """Switch callgrind's counting for this process (nothing outside valgrind)."""
    control = shutil.which("callgrind_control")
    if control is not None:
        flag = "on" if on else "off"
        subprocess.run([control, "-i", flag, str(os.getpid())], check=False, capture_output=True)


def _articles(kind: str, count: int) -> Articles:
    out: Articles
    if kind == "dense":
        out = [(fold(text), lang) for lang, text in build_dense()]
    elif kind == "seed":
        seeds = sorted((ROOT / "seeds").glob("*.txt"))
        out = [(fold(path.read_text(encoding="utf-8")), None) for path in seeds]
    else:
        out = build_realistic(count)[0]
    return out[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="realistic articles")
    parser.add_argument("--passes", type=int, default=2, help="counted passes over them")
    parser.add_argument("--input", choices=("realistic", "dense", "seed"), default="realistic")
    args = parser.parse_args()
    articles = _articles(args.input, args.articles)
    detector = EntityDetector.default()
    for _warm_up in range(2):  # the per-word caches settle as in a long-running worker
        for folded, lang in articles:
            detector.detect(folded, lang)
    _instrument(True)
    for _ in range(args.passes):
        for folded, lang in articles:
            detector.detect(folded, lang)
    _instrument(False)
    print(f"{args.passes * len(articles)} articles counted")


if __name__ == "__main__":
    main()
