"""Whether the three stages still publish exactly the same records, byte for byte.

``entity_outputs.py`` checks stage 1; this checks what a worker sends for every
article through all three stages, in order, with the state they keep: stage 1's
prepared record, stage 2's enriched article and contact events (dedup verdicts and
learned names included), stage 3's alerts, and every write to the three tables
(what their changelogs carry), on the real excerpts and the ``bench_pipeline``
corpus (3,000 articles, seed 2026), at a fixed receiving and registry time.

Snapshot the code before a change, compare after:

    mkdir /tmp/base && git archive <commit> | tar -x -C /tmp/base
    PYTHONPATH=/tmp/base .venv/bin/python bench/stage_outputs.py --write base.jsonl
    .venv/bin/python bench/stage_outputs.py --compare base.jsonl

``--compare`` prints the number of differing records (0 is the target) and the first
ones, and exits 1 on any difference.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.*; PYTHONPATH may still override the code

from bench.entity_outputs import RECEIVED, _payloads  # noqa: E402
from schemas import ContactEvent  # noqa: E402
from wirewatch.core.pipeline import Output, Pipeline  # noqa: E402
from wirewatch.core.validate import Origin  # noqa: E402
from wirewatch.settings import Settings  # noqa: E402


class RecordedStore(dict[str, Any]):
    """A table's memory store that notes every write as its changelog would carry it."""

    def __init__(self, name: str, writes: list[bytes]) -> None:
        super().__init__()
        self.name = name
        self.writes = writes

    def __setitem__(self, key: str, value: Any) -> None:
        self.writes.append(self.name.encode() + b"\t" + key.encode() + b"\t" + orjson.dumps(value))
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self.writes.append(self.name.encode() + b"\t" + key.encode() + b"\tdeleted")
        super().__delitem__(key)


def _line(output: Output) -> bytes:
    key, value = output.encoded()
    return output.topic.encode() + b"\t" + (key or b"") + b"\t" + value


def records() -> Iterator[dict[str, Any]]:
    pipeline = Pipeline(Settings())
    settings = pipeline.settings
    writes: list[bytes] = []
    index = pipeline.new_dedup_index(RecordedStore("dedup", writes))
    registry = pipeline.new_registry(RecordedStore("registry", writes))
    learned = pipeline.new_learned_names(RecordedStore("learned", writes))
    learned.rebuild()
    for offset, (name, payload) in enumerate(_payloads()):
        origin = Origin(settings.topic_raw, 0, offset, None, RECEIVED)
        lines: list[bytes] = []
        for prepared in pipeline.prepare_outputs(payload, origin):
            lines.append(_line(prepared))
            if prepared.topic != settings.topic_prepared:
                continue
            for decided in pipeline.decide_outputs(prepared.encoded()[1], origin, index, learned):
                lines.append(_line(decided))
                if decided.topic != settings.topic_contacts:
                    continue
                event = ContactEvent.model_validate_json(decided.encoded()[1])
                alert = pipeline.register(event, registry, now=RECEIVED)
                if alert is not None:
                    for sent in pipeline.sendable(
                        [pipeline.output_for_alert(alert)], payload, origin
                    ):
                        lines.append(_line(sent))
        lines += writes
        writes.clear()
        yield {
            "name": name,
            "records": len(lines),
            "sha256": hashlib.sha256(b"\n".join(lines)).hexdigest(),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the snapshot here")
    mode.add_argument("--compare", type=Path, help="compare against this snapshot")
    parser.add_argument("--show", type=int, default=5, help="differences printed")
    args = parser.parse_args()
    if args.write:
        count = 0
        with args.write.open("wb") as out:
            for record in records():
                out.write(orjson.dumps(record) + b"\n")
                count += 1
        print(f"{count:,} articles written to {args.write}")
        return
    before = {}
    for line in args.compare.read_bytes().splitlines():
        record = orjson.loads(line)
        before[record["name"]] = record
    differing: list[str] = []
    seen = 0
    for record in records():
        seen += 1
        old = before.pop(record["name"], None)
        if old != record:
            differing.append(record["name"])
            if len(differing) <= args.show:
                print(f"DIFFERENT {record['name']}: before {old}, after {record}")
    missing = sorted(before)
    print(
        f"{seen:,} articles compared: {len(differing)} different, "
        f"{len(missing)} in the snapshot only"
    )
    if differing or missing:
        sys.exit(1)


if __name__ == "__main__":
    main()
