"""``wirewatch process``: the pipeline offline, one JSON line per record it would publish."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "process",
        help="run the pipeline offline over JSONL/.txt/.html files or directories",
    )
    parser.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    parser.add_argument("--output", "-o", type=Path, help="JSONL output (default: stdout)")
    parser.add_argument("--state", type=Path, help="directory keeping dedup/registry state")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.io.inputs import iter_records, named_inputs_among, stream_identity
    from wirewatch.io.state import StateDir
    from wirewatch.settings import get_settings

    if args.output is not None and (clash := named_inputs_among(args.inputs, args.output)):
        print(
            f"wirewatch process: {clash[0]} is both an input and the --output file",
            file=sys.stderr,
        )
        return 2
    state = StateDir(args.state)
    runner = state.open_runner(Pipeline(get_settings()))
    counts: dict[str, int] = {}
    out = args.output.open("wb") if args.output else sys.stdout.buffer
    # The output file (named, or stdout redirected into an input directory) is never
    # read back as input.
    written = stream_identity(out)
    try:
        records = iter_records(args.inputs, () if written is None else (written,))
        for output in runner.run(records):
            out.write(orjson.dumps(output.to_json_line()) + b"\n")
            counts[output.topic] = counts.get(output.topic, 0) + 1
    finally:
        state.close_runner(runner)
        if args.output:
            out.close()
    summary = ", ".join(f"{topic}: {n}" for topic, n in sorted(counts.items())) or "nothing"
    print(f"wirewatch process: {summary}", file=sys.stderr)
    return 0
