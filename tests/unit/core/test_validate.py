"""Validation at the boundary: every bad payload gets a reason, never an exception."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas import DeadLetterReason, RawArticle
from wirewatch.core.validate import (
    DEFAULT_LIMITS,
    InputLimits,
    Rejection,
    article_id_for,
    nesting_depth,
    parse_raw_article,
)

LIMIT = 1024 * 1024


def _payload(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_valid_article_parses_and_keeps_unknown_fields() -> None:
    result = parse_raw_article(
        _payload(source="alwasat.ly", body="<p>نص</p>", section="politics", tags=["a"]), LIMIT
    )
    assert isinstance(result, RawArticle)
    assert result.extra_fields == {"section": "politics", "tags": ["a"]}
    assert result.model_dump()["section"] == "politics"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"\xff\xfe not utf-8", DeadLetterReason.NOT_UTF8),
        (b'{"source": "x", "body": "caf\xe9"}', DeadLetterReason.NOT_UTF8),
        (b"not json", DeadLetterReason.NOT_JSON),
        (b'{"source": "x", "body": "truncated', DeadLetterReason.NOT_JSON),
        (b"[1, 2, 3]", DeadLetterReason.NOT_OBJECT),
        (b'"a string"', DeadLetterReason.NOT_OBJECT),
        (b"null", DeadLetterReason.NOT_OBJECT),
        (_payload(source="x"), DeadLetterReason.MISSING_FIELD),
        (_payload(body="text"), DeadLetterReason.MISSING_FIELD),
        (_payload(source=42, body="text"), DeadLetterReason.WRONG_TYPE),
        (_payload(source="x", body=["not", "a", "string"]), DeadLetterReason.WRONG_TYPE),
        (_payload(source="x", body="text", title=7), DeadLetterReason.WRONG_TYPE),
        (_payload(source="x", body="text", published_at="last Tuesday"), DeadLetterReason.BAD_TIME),
        (_payload(source="x", body="text", published_at=1732450000), DeadLetterReason.BAD_TIME),
        (_payload(source="x", body="  \n\t "), DeadLetterReason.BLANK_BODY),
        (_payload(source="x", body=""), DeadLetterReason.BLANK_BODY),
        (_payload(source="  ", body="text"), DeadLetterReason.INVALID),
    ],
)
def test_bad_payloads_are_rejected_with_their_reason(
    payload: bytes, reason: DeadLetterReason
) -> None:
    result = parse_raw_article(payload, LIMIT)
    assert isinstance(result, Rejection), result
    assert result.reason is reason, result.error
    assert result.error


def test_oversized_body_is_rejected() -> None:
    result = parse_raw_article(_payload(source="x", body="ب" * 600), 1000)
    assert isinstance(result, Rejection)
    assert result.reason is DeadLetterReason.OVERSIZED
    assert "1200 bytes" in result.error


def test_body_at_the_limit_is_accepted() -> None:
    assert isinstance(parse_raw_article(_payload(source="x", body="a" * 1000), 1000), RawArticle)


def test_times_become_utc_and_naive_times_are_flagged() -> None:
    aware = parse_raw_article(
        _payload(source="x", body="t", published_at="2026-11-24T14:05:00+02:00"), LIMIT
    )
    assert isinstance(aware, RawArticle)
    assert aware.published_at == datetime(2026, 11, 24, 12, 5, tzinfo=UTC)
    assert aware.published_at.utcoffset().total_seconds() == 0
    assert aware.published_at_naive is False

    zulu = parse_raw_article(
        _payload(source="x", body="t", published_at="2026-11-24T12:05:00Z"), LIMIT
    )
    assert isinstance(zulu, RawArticle) and zulu.published_at == aware.published_at

    naive = parse_raw_article(
        _payload(source="x", body="t", published_at="2026-11-24T12:05:00"), LIMIT
    )
    assert isinstance(naive, RawArticle)
    assert naive.published_at == datetime(2026, 11, 24, 12, 5, tzinfo=UTC)
    assert naive.published_at_naive is True


def test_article_id_prefers_producer_then_url_then_content() -> None:
    given = RawArticle(id="abc", source="s", body="b")
    assert article_id_for(given, "https://example.com/a") == "abc"
    anonymous = RawArticle(source="s", body="b")
    by_url = article_id_for(anonymous, "https://example.com/a")
    assert by_url == article_id_for(RawArticle(source="t", body="other"), "https://example.com/a")
    assert by_url.startswith("url-")
    by_content = article_id_for(anonymous, None)
    assert by_content.startswith("sha-")
    assert by_content == article_id_for(RawArticle(source="s", body="b"), None)
    assert by_content != article_id_for(RawArticle(source="s", body="c"), None)


# -- hostile input: limits and precise reasons ---------------------------------------


def _reason(payload: bytes, limits: InputLimits = DEFAULT_LIMITS) -> DeadLetterReason | None:
    result = parse_raw_article(payload, LIMIT, limits)
    return result.reason if isinstance(result, Rejection) else None


def test_a_utf8_bom_before_the_json_is_accepted() -> None:
    result = parse_raw_article(b"\xef\xbb\xbf" + _payload(source="s", body="نص"), LIMIT)
    assert isinstance(result, RawArticle) and result.body == "نص"


@pytest.mark.parametrize(
    ("field", "limit"),
    [("title", 2048), ("source", 256), ("url", 8192), ("lang", 64), ("id", 512)],
)
def test_each_field_has_a_size_limit_of_its_own(field: str, limit: int) -> None:
    fields = {"source": "s", "body": "b"}
    assert _reason(_payload(**{**fields, field: "x" * limit})) is None
    over = parse_raw_article(_payload(**{**fields, field: "x" * (limit + 1)}), LIMIT)
    assert isinstance(over, Rejection)
    assert over.reason is DeadLetterReason.FIELD_TOO_LONG
    assert over.error.startswith(f"{field}: ")


def test_a_long_time_string_is_refused_before_it_is_quoted_in_an_error() -> None:
    result = parse_raw_article(_payload(source="s", body="b", published_at="2" * 600_000), LIMIT)
    assert isinstance(result, Rejection) and len(result.error) < 200


def test_unknown_fields_are_bounded_in_depth_and_size() -> None:
    limits = InputLimits(extra_depth=3, extra_bytes=100)
    assert _reason(_payload(source="s", body="b", x=[[["deep"]]]), limits) is None
    assert _reason(_payload(source="s", body="b", x=[[[["deeper"]]]]), limits) is (
        DeadLetterReason.EXTRA_TOO_DEEP
    )
    assert _reason(_payload(source="s", body="b", x={"a": {"b": {"c": {}}}}), limits) is (
        DeadLetterReason.EXTRA_TOO_DEEP
    )
    assert _reason(_payload(source="s", body="b", x="y" * 90), limits) is None
    assert _reason(_payload(source="s", body="b", x="y" * 100), limits) is (
        DeadLetterReason.EXTRA_TOO_LARGE
    )


def test_unknown_fields_nested_past_what_encoders_take_are_dead_lettered() -> None:
    assert _reason(b'{"source": "s", "body": "b", "x": ' + b"[" * 32 + b"]" * 32 + b"}") is None
    for depth in (33, 252, 255, 256, 1023):
        payload = b'{"source": "s", "body": "b", "x": ' + b"[" * depth + b"]" * depth + b"}"
        assert _reason(payload) is DeadLetterReason.EXTRA_TOO_DEEP, depth
    too_deep_to_parse = b'{"source": "s", "body": "b", "x": ' + b"[" * 2000 + b"]" * 2000 + b"}"
    assert _reason(too_deep_to_parse) is DeadLetterReason.NOT_JSON


def test_nesting_depth_counts_containers_and_stops_early() -> None:
    assert nesting_depth("x", 10) == 0
    assert nesting_depth({"a": [1, {"b": []}]}, 10) == 4
    deep: object = []
    for _ in range(100_000):
        deep = [deep]
    assert nesting_depth(deep, 5) == 6


@pytest.mark.parametrize(
    "when",
    [
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59-05:00",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59Z",
        "1799-12-31T23:59:59Z",
        "2500-01-01T00:00:00Z",
    ],
)
def test_times_at_the_edges_of_the_calendar_are_bad_time(when: str) -> None:
    assert _reason(_payload(source="s", body="b", published_at=when)) is DeadLetterReason.BAD_TIME


@pytest.mark.parametrize(
    "url", ["https://a.example:99999/x", "http://a.example:-1/", "http://[::1", "http://x:abc/"]
)
def test_a_url_that_cannot_be_read_is_invalid(url: str) -> None:
    assert _reason(_payload(source="s", body="b", url=url)) is DeadLetterReason.INVALID
