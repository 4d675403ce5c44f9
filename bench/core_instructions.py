"""Instructions per article of ``bench_core.py``'s three stages, counted by callgrind
(a figure the machine's load does not move), on ``bench_core``'s own corpus.

The stages run stage by stage rather than article by article: every article's
``prepare``, then every ``decide``, then every ``register``. The work is the same as
``bench_core``'s in-order pass (stage 1 keeps no state; stage 2's dedup index and
learned names and stage 3's registry only depend on their own stage's earlier
inputs), and one callgrind dump per stage (``callgrind_control --dump``) splits the
count. A warm-up pass over the first 100 articles runs uncounted first.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python bench/core_instructions.py

writes ``/tmp/cg.out.1`` (prepare), ``.2`` (decide) and ``.3`` (register): divide
the ``summary:`` line of each by the articles this prints. ``--native`` counts the
compiled core (``make native``); two commits compare by running this with
``PYTHONPATH`` at a checkout of the other. Without valgrind it runs and counts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime


def _callgrind(*args: str) -> None:
    """Switch or dump callgrind's counting for this process (nothing outside valgrind)."""
    control = shutil.which("callgrind_control")
    if control is not None:
        subprocess.run([control, *args, str(os.getpid())], check=False, capture_output=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=300, help="articles counted")
    parser.add_argument("--seed", type=int, default=2026, help="bench_core.py's default")
    parser.add_argument("--native", action="store_true", help="the compiled core (make native)")
    args = parser.parse_args()
    if args.native:
        from wirewatch import native

        if not native.activate():
            sys.exit("core_instructions: --native needs a current build (make native)")
    # Imported after the core is chosen: the compiled one must be found first.
    from wirewatch import gcpolicy
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.core.validate import Origin
    from wirewatch.settings import Settings
    from wirewatch.testing.corpus import encode, generate_articles

    payloads = [encode(a) for a in generate_articles(args.count, seed=args.seed)]
    pipeline = Pipeline(Settings())
    pipeline.warm_up()
    gcpolicy.freeze_startup_heap()  # as bench_core and the worker
    settings = pipeline.settings
    received = datetime(2026, 12, 1, tzinfo=UTC)

    def run(batch: list[bytes], counted: bool) -> None:
        index = pipeline.new_dedup_index({})
        learned = pipeline.new_learned_names({})
        learned.rebuild()
        registry = pipeline.new_registry({})
        if counted:
            _callgrind("--instr=on")
        prepared: list[tuple[Origin, list[tuple[bytes | None, bytes]]]] = []
        for offset, payload in enumerate(batch):
            origin = Origin(settings.topic_raw, 0, offset, None, received)
            outputs = pipeline.prepare_outputs(payload, origin)
            prepared.append(
                (origin, [o.encoded() for o in outputs if o.topic == settings.topic_prepared])
            )
        if counted:
            _callgrind("--dump=prepare")
        events: list[tuple[Origin, bytes]] = []
        for origin, records in prepared:
            for _key, value in records:
                for decided in pipeline.decide_outputs(value, origin, index, learned):
                    _, encoded = decided.encoded()
                    if decided.topic == settings.topic_contacts:
                        events.append((origin, encoded))
        if counted:
            _callgrind("--dump=decide")
        for origin, event in events:
            for alert in pipeline.register_outputs(event, origin, registry):
                alert.encoded()
        if counted:
            _callgrind("--dump=register")
            _callgrind("--instr=off")

    run(payloads[:100], counted=False)
    run(payloads, counted=True)
    print(f"{len(payloads)} articles counted")


if __name__ == "__main__":
    main()
