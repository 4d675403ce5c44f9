"""Validation at the boundary: every bad payload gets a reason, never an exception."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from schemas import DeadLetterReason, RawArticle
from wirewatch.core.validate import Rejection, article_id_for, parse_raw_article

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
