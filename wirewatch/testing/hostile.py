"""Hand-made hostile records: each one raw record of at most 1 MiB built to hit a
known or suspected super-linear path of the pipeline (deep HTML nesting, tags with
tens of thousands of attributes, long runs of combining marks, a megabyte of "X met
Y.", huge titles, deep JSON, lines without spaces, ...).

Used by ``bench/bench_worst_case.py`` (the CPU each costs) and the adversarial tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

MIB = 1024 * 1024
#: Bodies are built to stay under the default body limit with room for the JSON.
BODY_BUDGET = MIB - 1024


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    build: Callable[[], bytes]


def record(body: str, **fields: object) -> bytes:
    document = {"source": "hostile.example", "body": body, **fields}
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


def _repeat_to(unit: str, budget: int = BODY_BUDGET) -> str:
    """``unit`` repeated to just under ``budget`` bytes of UTF-8."""
    return unit * max(1, budget // len(unit.encode("utf-8")))


def _nested(depth: int) -> Callable[[], bytes]:
    return lambda: record("<div>" * depth + "Erdoğan met Haftar in Ankara.")


def _attributes(count: int, closed: bool = True) -> Callable[[], bytes]:
    def build() -> bytes:
        attrs = " ".join(f'data-a{i}="x"' for i in range(count))
        return record(f"<p {attrs}" + (">Erdoğan met Haftar.</p>" if closed else ""))

    return build


def _marks(total_bytes: int) -> Callable[[], bytes]:
    # Arabic harakat are two bytes each in UTF-8: one letter carrying all of them.
    marks = "".join(chr(0x064B + i % 8) for i in range(total_bytes // 2))
    return lambda: record("ب" + marks)


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
        Shape("nested <span> x200k", lambda: record("<span>" * 170_000 + "x")),
        Shape("tag with 50k attributes", _attributes(50_000)),
        Shape("unclosed tag, 60k attributes", _attributes(60_000, closed=False)),
        Shape("misnested <b><i></b></i> x65k", lambda: record("<b><i></b></i>x" * 65_000)),
        Shape("<p> x240k", lambda: record("<p>x" * 240_000)),
        Shape("unclosed <script> x120k", lambda: record("<script>" * 120_000)),
        Shape("unclosed comments x250k", lambda: record("<!--" * 250_000)),
        Shape("&amp; x200k", lambda: record("&amp;" * 200_000)),
        Shape("combining marks 320 KB", _marks(320 * 1024)),
        Shape("combining marks 1 MiB", _marks(BODY_BUDGET)),
        Shape("Tibetan U+0F73 x300k", lambda: record("ཀ" + "\u0f73" * 300_000)),
        Shape('"X met Y." 1 MiB (en)', lambda: record(_repeat_to("Erdoğan met Haftar. "))),
        Shape('"X met Y." 1 MiB (ar)', lambda: record(_repeat_to("التقى أردوغان حفتر. "))),
        Shape('"X met Y." 1 MiB (tr)', lambda: record(_repeat_to("Erdoğan, Hafter ile görüştü. "))),
        Shape(
            '"X met Y." as <p>, 1 MiB',
            lambda: record(_repeat_to("<p>Fidan met Dbeibah in Tripoli.</p>")),
        ),
        # A whole page goes to trafilatura (core/page.py) up to MAX_PAGE_TAGS tags.
        Shape("whole page, <p> x240k", lambda: record("<html><body>" + "<p>x" * 240_000)),
        Shape(
            "whole page, <li> 1 MiB",
            lambda: record("<!DOCTYPE html><body><ul>" + _repeat_to("<li>Haftar met Fidan")),
        ),
        Shape(
            "whole page at the tag bound",
            lambda: record(
                "<html><body>"
                + "<div>Fidan met Dbeibah in Tripoli on Monday for talks.</div>" * 4_990
            ),
        ),
        Shape(
            "whole page at the tag bound, 1 MiB",
            lambda: record(
                "<html><body>" + ("<p>" + "Haftar met Erdoğan in Ankara. " * 6 + "</p>") * 4_990
            ),
        ),
        Shape(
            "entity soup 1 MiB",
            lambda: record(_repeat_to("Erdoğan Haftar Dbeibah Fidan Tripoli Ankara Benghazi ")),
        ),
        Shape(
            "pattern people 1 MiB",
            lambda: record(
                "".join(
                    f"Turkish ambassador Guven Begec{i} met Libyan minister Ali Sal{i}. "
                    for i in range(12_000)
                )
            ),
        ),
        Shape(
            "pattern people, one surname",
            lambda: record(_repeat_to("Turkish envoy Ali Bey. ", 920_000)),
        ),
        Shape(
            "pattern people, dense",
            lambda: record("".join(f"Turkish envoy Ali Bey{i}. " for i in range(36_000))),
        ),
        Shape(
            "pattern people (tr)",
            lambda: record(
                "".join(f"Türk büyükelçi Ali Bey{i} Hafter ile görüştü. " for i in range(17_000))
            ),
        ),
        Shape(
            "kinship lists 1 MiB",
            lambda: record(_repeat_to("Haftar's son Saddam Haftar and his son Khalid met Fidan. ")),
        ),
        Shape(
            "dated meetings 1 MiB",
            lambda: record(_repeat_to("On Monday 12 December 2023 Fidan met Haftar. ")),
        ),
        Shape(
            "confusable letters 1 MiB",
            lambda: record(_repeat_to("Hаftаr met Erdoğаn in Аnkаrа. ")),
        ),
        Shape("lines 'Erdoğan' x100k", lambda: record("Erdoğan\n" * 100_000)),
        Shape("blank lines 1 MiB", lambda: record("x" + "\n" * BODY_BUDGET)),
        Shape("CR LF lines 1 MiB", lambda: record(_repeat_to("Fidan\r\n"))),
        Shape("boilerplate lines 1 MiB", lambda: record(_repeat_to("Share\nRead more\n"))),
        Shape("long line, no spaces (latin)", lambda: record("a" * BODY_BUDGET)),
        Shape("long line, no spaces (arabic)", lambda: record("ب" * (BODY_BUDGET // 2))),
        Shape("odd spaces 1 MiB", lambda: record(_repeat_to("a\u3000\u2028\u00a0\u200b "))),
        Shape("title at the limit", lambda: record("Erdoğan met Haftar.", title="T" * 2048)),
        Shape("title of 1 MiB", lambda: record("x", title="<b>" * 300_000)),
        Shape("title of HTML at the limit", lambda: record("x", title="<div>" * 409)),
        Shape("extra nested 33", _deep_extra(33)),
        Shape("extra nested 252", _deep_extra(252)),
        Shape("extra nested 1023", _deep_extra(1023)),
        Shape("extra nested 5000", _deep_extra(5000)),
        Shape(
            "extra of 900 KB",
            lambda: record("Fidan met Haftar.", blob=["x" * 100] * 9000),
        ),
        Shape("body over the limit", lambda: record("x" * (MIB + 10))),
        Shape("bad time, 600 KB body", lambda: record("x" * 600_000, published_at="nope")),
        Shape(
            "year 1 with an offset",
            lambda: record("Fidan met Haftar.", published_at="0001-01-01T00:00:00+05:00"),
        ),
        Shape(
            "year 9999 with an offset",
            lambda: record("Fidan met Haftar.", published_at="9999-12-31T23:59:59-05:00"),
        ),
        Shape("url with a bad port", lambda: record("x", url="https://a.example:99999/x")),
        Shape("javascript: url", lambda: record("Fidan met Haftar.", url="javascript:alert(1)")),
        Shape("BOM before the JSON", lambda: b"\xef\xbb\xbf" + record("Fidan met Haftar.")),
        Shape("NUL in the source", lambda: record("Fidan met Haftar.", source="a\x00b")),
        Shape("source of 1 KB", lambda: record("Fidan met Haftar.", source="s" * 1024)),
        Shape("control characters 1 MiB", lambda: record("\x01\x02 " * 80_000)),
        Shape("not UTF-8", lambda: b'{"source": "x", "body": "\xff\xfe"}'),
        Shape("JSON nested 1 MiB", lambda: b"[" * 500_000 + b"]" * 500_000),
        Shape("JSON array of 1 MiB", lambda: b"[" + b"1," * 400_000 + b"1]"),
    ]
