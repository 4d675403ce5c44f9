"""The CPU one hostile record costs: the slowest shapes of input, through every stage.

Each shape is one raw record of at most 1 MiB built to hit a known or suspected
super-linear path (deep HTML nesting, tags with tens of thousands of attributes,
long runs of combining marks, a megabyte of "X met Y.", huge titles, deep JSON,
lines without spaces, …). Each one goes through the whole offline pipeline
(``OfflineRunner.process_one``: validate, normalise, entities, signature, contacts,
dedup, registry, output encoding) and its CPU time is measured (``process_time``,
one core). The slowest ten are printed, worst first, with what became of them.
The bound the pipeline promises is 1 s of CPU per record.

    .venv/bin/python bench/bench_worst_case.py [--all] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # for bench.timing; PYTHONPATH may still override the code

from bench.timing import machine_speed, pin_to_one_core  # noqa: E402

MIB = 1024 * 1024
#: Bodies are built to stay under the default body limit with room for the JSON.
BODY_BUDGET = MIB - 1024


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    build: Callable[[], bytes]


def _record(body: str, **fields: object) -> bytes:
    document = {"source": "hostile.example", "body": body, **fields}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _repeat_to(unit: str, budget: int = BODY_BUDGET) -> str:
    """``unit`` repeated to just under ``budget`` bytes of UTF-8."""
    return unit * max(1, budget // len(unit.encode("utf-8")))


def _nested(depth: int) -> Callable[[], bytes]:
    return lambda: _record("<div>" * depth + "Erdoğan met Haftar in Ankara.")


def _attributes(count: int, closed: bool = True) -> Callable[[], bytes]:
    def build() -> bytes:
        attrs = " ".join(f'data-a{i}="x"' for i in range(count))
        return _record(f"<p {attrs}" + (">Erdoğan met Haftar.</p>" if closed else ""))

    return build


def _marks(total_bytes: int) -> Callable[[], bytes]:
    # Arabic harakat are two bytes each in UTF-8: one letter carrying all of them.
    marks = "".join(chr(0x064B + i % 8) for i in range(total_bytes // 2))
    return lambda: _record("ب" + marks)


def _deep_extra(depth: int) -> Callable[[], bytes]:
    return lambda: (
        b'{"source": "hostile.example", "body": "Erdo\\u011fan met Haftar.", "x": '
        + b"[" * depth
        + b"]" * depth
        + b"}"
    )


def shapes() -> list[Shape]:
    """Every hand-made hostile shape (the bench's and the adversarial tests')."""
    return [
        Shape("nested <div> x100k", _nested(100_000)),
        Shape("nested <div> x190k", _nested(190_000)),
        Shape("nested <span> x200k", lambda: _record("<span>" * 170_000 + "x")),
        Shape("tag with 50k attributes", _attributes(50_000)),
        Shape("unclosed tag, 60k attributes", _attributes(60_000, closed=False)),
        Shape("misnested <b><i></b></i> x65k", lambda: _record("<b><i></b></i>x" * 65_000)),
        Shape("<p> x240k", lambda: _record("<p>x" * 240_000)),
        Shape("unclosed <script> x120k", lambda: _record("<script>" * 120_000)),
        Shape("unclosed comments x250k", lambda: _record("<!--" * 250_000)),
        Shape("&amp; x200k", lambda: _record("&amp;" * 200_000)),
        Shape("combining marks 320 KB", _marks(320 * 1024)),
        Shape("combining marks 1 MiB", _marks(BODY_BUDGET)),
        Shape("Tibetan U+0F73 x300k", lambda: _record("ཀ" + "\u0f73" * 300_000)),
        Shape('"X met Y." 1 MiB (en)', lambda: _record(_repeat_to("Erdoğan met Haftar. "))),
        Shape('"X met Y." 1 MiB (ar)', lambda: _record(_repeat_to("التقى أردوغان حفتر. "))),
        Shape(
            '"X met Y." 1 MiB (tr)', lambda: _record(_repeat_to("Erdoğan, Hafter ile görüştü. "))
        ),
        Shape(
            '"X met Y." as <p>, 1 MiB',
            lambda: _record(_repeat_to("<p>Fidan met Dbeibah in Tripoli.</p>")),
        ),
        Shape(
            "entity soup 1 MiB",
            lambda: _record(_repeat_to("Erdoğan Haftar Dbeibah Fidan Tripoli Ankara Benghazi ")),
        ),
        Shape(
            "pattern people 1 MiB",
            lambda: _record(
                "".join(
                    f"Turkish ambassador Guven Begec{i} met Libyan minister Ali Sal{i}. "
                    for i in range(12_000)
                )
            ),
        ),
        Shape(
            "pattern people, one surname",
            lambda: _record(_repeat_to("Turkish envoy Ali Bey. ", 920_000)),
        ),
        Shape(
            "pattern people, dense",
            lambda: _record("".join(f"Turkish envoy Ali Bey{i}. " for i in range(36_000))),
        ),
        Shape(
            "pattern people (tr)",
            lambda: _record(
                "".join(f"Türk büyükelçi Ali Bey{i} Hafter ile görüştü. " for i in range(17_000))
            ),
        ),
        Shape(
            "kinship lists 1 MiB",
            lambda: _record(
                _repeat_to("Haftar's son Saddam Haftar and his son Khalid met Fidan. ")
            ),
        ),
        Shape(
            "dated meetings 1 MiB",
            lambda: _record(_repeat_to("On Monday 12 December 2023 Fidan met Haftar. ")),
        ),
        Shape(
            "confusable letters 1 MiB",
            lambda: _record(_repeat_to("Hаftаr met Erdoğаn in Аnkаrа. ")),
        ),
        Shape("lines 'Erdoğan' x100k", lambda: _record("Erdoğan\n" * 100_000)),
        Shape("blank lines 1 MiB", lambda: _record("x" + "\n" * BODY_BUDGET)),
        Shape("CR LF lines 1 MiB", lambda: _record(_repeat_to("Fidan\r\n"))),
        Shape("boilerplate lines 1 MiB", lambda: _record(_repeat_to("Share\nRead more\n"))),
        Shape("long line, no spaces (latin)", lambda: _record("a" * BODY_BUDGET)),
        Shape("long line, no spaces (arabic)", lambda: _record("ب" * (BODY_BUDGET // 2))),
        Shape("odd spaces 1 MiB", lambda: _record(_repeat_to("a\u3000\u2028\u00a0\u200b "))),
        Shape("title at the limit", lambda: _record("Erdoğan met Haftar.", title="T" * 2048)),
        Shape("title of 1 MiB", lambda: _record("x", title="<b>" * 300_000)),
        Shape("title of HTML at the limit", lambda: _record("x", title="<div>" * 409)),
        Shape("extra nested 33", _deep_extra(33)),
        Shape("extra nested 252", _deep_extra(252)),
        Shape("extra nested 1023", _deep_extra(1023)),
        Shape("extra nested 5000", _deep_extra(5000)),
        Shape(
            "extra of 900 KB",
            lambda: _record("Fidan met Haftar.", blob=["x" * 100] * 9000),
        ),
        Shape("body over the limit", lambda: _record("x" * (MIB + 10))),
        Shape("bad time, 600 KB body", lambda: _record("x" * 600_000, published_at="nope")),
        Shape(
            "year 1 with an offset",
            lambda: _record("Fidan met Haftar.", published_at="0001-01-01T00:00:00+05:00"),
        ),
        Shape(
            "year 9999 with an offset",
            lambda: _record("Fidan met Haftar.", published_at="9999-12-31T23:59:59-05:00"),
        ),
        Shape("url with a bad port", lambda: _record("x", url="https://a.example:99999/x")),
        Shape("javascript: url", lambda: _record("Fidan met Haftar.", url="javascript:alert(1)")),
        Shape("BOM before the JSON", lambda: b"\xef\xbb\xbf" + _record("Fidan met Haftar.")),
        Shape("NUL in the source", lambda: _record("Fidan met Haftar.", source="a\x00b")),
        Shape("source of 1 KB", lambda: _record("Fidan met Haftar.", source="s" * 1024)),
        Shape("control characters 1 MiB", lambda: _record("\x01\x02 " * 80_000)),
        Shape("not UTF-8", lambda: b'{"source": "x", "body": "\xff\xfe"}'),
        Shape("JSON nested 1 MiB", lambda: b"[" * 500_000 + b"]" * 500_000),
        Shape("JSON array of 1 MiB", lambda: b"[" + b"1," * 400_000 + b"1]"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="print every shape, not ten")
    parser.add_argument("--repeat", type=int, default=1, help="runs per shape (the best kept)")
    args = parser.parse_args()

    from wirewatch.core.offline import OfflineRunner
    from wirewatch.core.pipeline import Pipeline
    from wirewatch.core.validate import Origin
    from wirewatch.settings import Settings

    # Hostile records log a warning or a traceback each: not what is measured here.
    logging.disable(logging.CRITICAL)
    pin_to_one_core()
    runner = OfflineRunner(Pipeline(Settings()))
    runner.pipeline.warm_up()
    list(runner.process_one(_record("Fidan met Haftar in Ankara."), _origin(Origin, 0)))
    rows: list[tuple[float, str, int, str]] = []
    for number, shape in enumerate(shapes(), start=1):
        payload = shape.build()
        best = float("inf")
        outcome = ""
        for _ in range(args.repeat):
            started = time.process_time()
            outputs = list(runner.process_one(payload, _origin(Origin, number)))
            best = min(best, time.process_time() - started)
            outcome = ", ".join(
                str(getattr(o.value, "reason", None) or o.topic.rsplit(".", 1)[-1])
                for o in outputs[:3]
            ) + (f" +{len(outputs) - 3}" if len(outputs) > 3 else "")
        rows.append((best, shape.name, len(payload), outcome))
    rows.sort(reverse=True)
    shown = rows if args.all else rows[:10]
    print(f"{len(rows)} hostile shapes through every stage; CPU per record, worst first")
    for cpu, name, size, outcome in shown:
        print(f"{cpu * 1000:9.1f} ms  {size / 1024:7.0f} KB  {name:32s} -> {outcome}")
    print(f"worst: {rows[0][1]} at {rows[0][0] * 1000:.0f} ms CPU (bound: 1000 ms)")
    print(f"machine speed (fixed reference loop) now: {machine_speed():.0f}/s")


def _origin(origin_type: type, offset: int) -> object:
    return origin_type("articles.raw", 0, offset, None, datetime.now(UTC))


if __name__ == "__main__":
    main()
