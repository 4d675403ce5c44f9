"""Cost of linking office-holders by date (``RoleLinker.link``) per article alone:
CPU time, or instructions counted by callgrind (a figure load does not move).

The inputs are what the pipeline hands ``link`` on ``bench_core``'s corpus
(``bench_pipeline``'s articles, seed 2026) and on the real excerpts
(``--input real``): stage 1 is run once with the linker's ``link`` recorded, then
only ``link`` is run over the recorded inputs (two warm-up passes first, as the
per-word caches settle in a long-running worker). Under valgrind only the timed
passes are counted:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.%p .venv/bin/python bench/holder_instructions.py

then divide valgrind's "Collected" count by the articles this prints. Without
valgrind it prints the CPU time per article (best of the passes). Two commits
compare by running this on each (``PYTHONPATH`` at a checkout of the other).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

from wirewatch.core.pipeline import Pipeline  # noqa: E402
from wirewatch.core.validate import Origin  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402
from wirewatch.testing.corpus import encode, generate_articles  # noqa: E402

Call = tuple[Any, ...]  # link's positional arguments: (text, lang, entities, when)


def _instrument(on: bool) -> None:
    """Switch callgrind's counting for this process (nothing outside valgrind)."""
    control = shutil.which("callgrind_control")
    if control is not None:
        flag = "on" if on else "off"
        subprocess.run([control, "-i", flag, str(os.getpid())], check=False, capture_output=True)


def _payloads(kind: str, count: int) -> list[bytes]:
    if kind == "real":
        from bench.entity_outputs import _payloads as real_payloads

        return [p for name, p in real_payloads() if name.startswith("stage1/real/")][:count]
    return [encode(a) for a in generate_articles(count, seed=2026)]


def recorded_calls(pipeline: Pipeline, payloads: list[bytes]) -> list[Call]:
    """The arguments stage 1 passes ``RoleLinker.link`` for each dated article."""
    linker = pipeline.role_linker
    calls: list[Call] = []
    link = linker.link

    def recording(*args: Any) -> Any:
        calls.append(args)
        return link(*args)

    linker.link = recording  # type: ignore[method-assign]
    try:
        for offset, payload in enumerate(payloads):
            origin = Origin("articles.raw", 0, offset, None, datetime.now(UTC))
            pipeline.prepare(payload, origin)
    finally:
        del linker.link
    return calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=600, help="articles")
    parser.add_argument("--passes", type=int, default=3, help="timed passes over them")
    parser.add_argument("--input", choices=("bench", "real"), default="bench")
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    calls = recorded_calls(pipeline, _payloads(args.input, args.count))
    link = pipeline.role_linker.link
    for _warm_up in range(2):
        for call in calls:
            link(*call)
    best = float("inf")
    _instrument(True)
    for _ in range(args.passes):
        t0 = time.process_time()
        for call in calls:
            link(*call)
        best = min(best, time.process_time() - t0)
    _instrument(False)
    print(f"{args.passes * len(calls)} articles counted")
    print(f"link: {1000 * best / max(len(calls), 1):.3f} ms/article CPU (best pass)")


if __name__ == "__main__":
    main()
