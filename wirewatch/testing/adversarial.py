"""Hostile raw records: hand-made shapes and ``hypothesis``-generated ones.

Shared by the offline test (``tests/unit/core/test_adversarial.py``) and the live one
(``tests/integration/test_adversarial_kafka.py``). Generation is derandomised, so
every run tries the same records and a failure can be replayed.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from wirewatch.testing.hostile import Shape, shapes

#: Text that exercises the pipeline: HTML, scripts of the three languages, marks,
#: look-alike letters, contact sentences, control and invisible characters.
_FRAGMENTS = [
    "Erdoğan met Haftar in Ankara.", "التقى أردوغان حفتر في أنقرة.", "Fidan, Dbeibah ile görüştü.",
    "Hаftar", "НАFTАR", "Χάφταρ", "<div>", "</div>", "<p class=x>", "<script>alert(1)</script>",
    "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "\u0301\u0301\u0301", "\u064b\u064c\u064d",
    "\u200b", "\u202e", "\ufeff", "\x00", "\x1b[31m", "\r\n", "\t", "\U0001f600", "İı", "ـــ",
    "Turkish ambassador Guven Begec met Libyan PM Dbeibah on Monday.", "in December 2023",
    "<a href='javascript:alert(1)'>x</a>", "<img src=x onerror=alert(1)>", "<svg><g>", "]]>",
]  # fmt: skip
_URLS = [
    "https://alwasat.ly/news/1?utm_source=x", "javascript:alert(1)", "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox",
    "file:///etc/passwd", "https://a.example:99999/x", "http://[::1", "http://a.example:-1/",
    "//evil.example/x", "/relative/path", "", " ", "https://xn--80ak6aa92e.com/", "ftp://x/y",
]  # fmt: skip
_TIMES = [
    "2026-11-24T14:05:00+02:00", "2026-11-24T14:05:00", "2026-11-24", "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+00:00",
    "2026-02-30T00:00:00Z", "2026-11-24T25:00:00Z", "yesterday", "", "2026-11-24T14:05:00+24:00",
    "2026-11-24T14:05:00.123456789Z", "１９９９-01-01",
]  # fmt: skip


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.none() | st.booleans() | st.integers(-(2**63), 2**63 - 1) | st.text(max_size=40)
    return st.recursive(
        scalars | st.floats(allow_nan=False, allow_infinity=False),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
        max_leaves=20,
    )


def _texts() -> st.SearchStrategy[str]:
    pieces = st.sampled_from(_FRAGMENTS) | st.text(max_size=30)
    return st.lists(pieces, min_size=1, max_size=12).map(" ".join)


def _field(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """A field's value: nearly always the right kind, sometimes any JSON at all."""
    # (one_of would not weight by repeating a strategy: it merges the repeats.)
    return st.integers(0, 9).flatmap(lambda n: strategy if n else _json_values())


def _articles() -> st.SearchStrategy[bytes]:
    document = st.fixed_dictionaries(
        {
            "source": _field(st.sampled_from(_SOURCES) | st.text(min_size=1, max_size=20)),
            "body": _field(_texts()),
        },
        optional={
            "title": _field(_texts()),
            "url": _field(st.sampled_from(_URLS) | st.text(max_size=30)),
            "published_at": _field(st.sampled_from(_TIMES) | st.text(max_size=30)),
            "lang": _field(st.sampled_from(["ar", "en", "tr", "xx", ""]) | st.text(max_size=5)),
            "id": _field(st.text(max_size=20)),
            "extra": _json_values(),
            # Mostly none (a negative count); else unknown fields nested up to 400 deep.
            "deep": st.integers(-2000, 400).map(lambda n: "[" * n),
        },
    )

    def encode(doc: dict[str, object]) -> bytes:
        deep = doc.pop("deep", None)
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
        if isinstance(deep, str) and raw.endswith(b"}"):
            # Unknown fields nested far deeper than any producer would send.
            opened = deep.encode()
            raw = raw[:-1] + (b', "nested": ' if len(raw) > 2 else b'"nested": ')
            raw += opened + b"]" * len(opened) + b"}"
        return raw

    return document.map(encode)


def _mutations() -> st.SearchStrategy[bytes]:
    """Valid records broken: cut short, prefixed, with bytes flipped or spliced in."""
    valid = _articles()

    def mutate(raw: bytes, cut: int, splice: bytes, prefix: bytes) -> bytes:
        position = cut % (len(raw) + 1)
        return prefix + raw[:position] + splice + raw[position:]

    return st.builds(
        mutate,
        valid,
        st.integers(0, 10_000),
        st.binary(max_size=4),
        st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b" ", b"\x00"]),
    )


def payload_strategy() -> st.SearchStrategy[bytes]:
    return st.one_of(
        _articles(),
        _articles(),
        _articles(),
        _mutations(),
        st.binary(min_size=1, max_size=200),
        _json_values().map(lambda v: json.dumps(v).encode()),
    )


def generated(count: int) -> list[bytes]:
    """``count`` derandomised payloads drawn from ``payload_strategy``."""
    found: list[bytes] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(payload_strategy())
    def collect(payload: bytes) -> None:
        found.append(payload)

    collect()
    # Hypothesis may stop early once a strategy seems exhausted; top up by cycling
    # with a marker so that the count is exact and every record stays distinct.
    base = list(found)
    while len(found) < count and base:
        found.append(base[len(found) % len(base)] + b" " * (1 + len(found) // len(base)))
    return found[:count]


def _record(**fields: object) -> bytes:
    return json.dumps({"source": "hostile.example", **fields}, ensure_ascii=False).encode()


def _deep_extra(depth: int) -> bytes:
    return b'{"source": "s", "body": "b", "x": ' + b"[" * depth + b"]" * depth + b"}"


def hand_made_small() -> list[bytes]:
    """Small hand-made shapes (each under 128 KB): one per dead-letter reason the raw
    topic can produce, the issue's findings and their neighbours."""
    body = "Erdoğan met Haftar in Ankara on Monday."
    records: list[bytes] = [
        b"", b"   ", b"\xff\xfe", b"\xef\xbb\xbf", b"{", b"null", b"[]", b'"x"', b"1e999",
        b'{"source": "x", "body": "\xed\xa0\x80"}', b'{"source": "x", "body": "\\ud800"}',
        b'{"source": "x", "body": NaN}', b'{"source": "x", "body": 1e400}',
        b'{"source": "x", "source": "y", "body": "dup keys"}',
        b'{"source": "x", "body": "b", "n": 123456789012345678901234567890}',
        _record(), _record(body=""), _record(body=" \n\t"), _record(body=42), _record(body=None),
        _record(body=["a"]), _record(body={"a": 1}), _record(body=body, title=7),
        _record(body=body, source=None), json.dumps({"body": body}).encode(),
        _record(body=body, published_at=1700000000), _record(body=body, lang=["en"]),
        _record(body=body, id=""), _record(body=body, id=" "), _record(body=body, url=5),
        _record(body="x" * 70_000, title="t"), _record(body=body, title="T" * 2049),
        _record(body=body, url="https://a.example/" + "x" * 9000), _record(body=body, lang="x" * 65),
        _record(body=body, id="i" * 513), _record(body=body, published_at="2" * 200),
        _record(body=body, source="s" * 257), _record(body=body, blob="x" * 70_000),
        _record(body=body, blob=[[["x"] * 10] * 10] * 200),
        b"\xef\xbb\xbf" + _record(body=body), b"\xef\xbb\xbf\xef\xbb\xbf" + _record(body=body),
    ]  # fmt: skip
    records += [_deep_extra(depth) for depth in (31, 32, 33, 64, 200, 252, 254, 255, 256, 257)]
    records += [_deep_extra(depth) for depth in (300, 500, 800, 1000, 1022, 1023, 1024, 1025)]
    records += [_record(body=body, x={"a": _nest(depth)}) for depth in (30, 31, 40, 100)]
    records += [_record(body=body, url=url) for url in _URLS]
    records += [_record(body=body, published_at=time) for time in _TIMES]
    records += [_record(body=body, source=source) for source in _SOURCES]
    records += [_record(body=fragment) for fragment in _FRAGMENTS]
    records += [_record(body=body, title=fragment) for fragment in _FRAGMENTS]
    records += [_record(body=f"{name} met Erdoğan in Tripoli.") for name in _LOOKALIKES]
    records += [_record(body=body * n) for n in (1, 10, 100, 1000)]
    records += [_record(body=markup) for markup in _markup_shapes()]
    return records


_SOURCES = [
    "alwasat.ly", "a\x00b", "\x00", "<script>", "x" * 64, "x" * 65, "https://evil.example/p?q",
    "TRT Haber", "وكالة الأنباء الليبية", "\u202eevil", "a\nb", "{}", "\ufeffbom.ly",
]  # fmt: skip
_LOOKALIKES = ["Hаftar", "Hafter", "НАFTАR", "Haftаr", "Нaftar", "Ηaftar", "Dbеibah", "Fіdan"]


def _nest(depth: int) -> object:
    value: object = "leaf"
    for _ in range(depth):
        value = [value]
    return value


def _markup_shapes() -> list[str]:
    return [
        "<div>" * 600 + "deep", "<div>" * 5000 + body_sentence(), "<span>" * 5000,
        "<p " + " ".join(f"a{i}" for i in range(3000)) + ">x</p>",
        "<p " + "a" * 5000, "<b><i></b></i>" * 2000, "<table>" * 3000, "<select><option>" * 2000,
        "<svg>" * 2000 + "x", "<math>" * 2000, "<template>" * 2000, "<frameset>" * 100,
        "<a>" * 4000, "<li>" * 5000, "<!--" * 5000, "<![CDATA[" * 2000, "<?xml?>" * 2000,
        "&" * 20000, "&#" * 10000, "&#x" + "f" * 10000 + ";", "<" * 20000, ">" * 20000,
        "<p>" + "\u0301" * 20000 + "</p>", "ب" + "\u064b" * 20000, "ཀ" + "\u0f73" * 20000,
    ]  # fmt: skip


def body_sentence() -> str:
    return "Fidan met Dbeibah in Tripoli."


#: Large hand-made shapes live in the worst-case bench; these are the ones a broker
#: with its default record limit (about 1 MB) accepts, for the live test.
LIVE_LARGE = (
    "nested <div> x100k", "nested <div> x190k", "tag with 50k attributes",
    "combining marks 320 KB", "extra nested 1023", "title of 1 MiB", "bad time, 600 KB body",
    "<p> x240k", "misnested <b><i></b></i> x65k",
)  # fmt: skip


def large_shapes(names: tuple[str, ...] | None = None) -> list[Shape]:
    every = shapes()
    return every if names is None else [shape for shape in every if shape.name in names]


def built(items: list[Shape]) -> list[tuple[str, bytes]]:
    return [(shape.name, shape.build()) for shape in items]
