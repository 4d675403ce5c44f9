"""The boundary: raw bytes become a ``RawArticle`` or a dead letter with its reason."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

import orjson
from pydantic import ValidationError

from schemas import DeadLetterReason, RawArticle
from wirewatch.core.urls import canonical_url


@dataclass(frozen=True, slots=True)
class Rejection:
    reason: DeadLetterReason
    error: str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a payload came from: a Kafka record, or a line or file offline."""

    topic: str
    partition: int | None
    offset: int | None
    key: bytes | None
    received_at: datetime


_RAW_ARTICLE = RawArticle.__pydantic_validator__

# Pydantic error types, by the dead-letter reason they stand for.
_MISSING = {"missing"}
_WRONG_TYPE = {
    "string_type", "int_type", "float_type", "bool_type", "dict_type", "list_type",
    "datetime_type", "model_type", "bytes_type",
}  # fmt: skip


def parse_raw_article(payload: bytes, max_body_bytes: int) -> RawArticle | Rejection:
    """Decode, parse and validate one record value; never raises on bad input."""
    # The whole record may hold metadata besides the body; only refuse what could
    # not possibly carry a body under the limit, before spending time parsing it.
    if len(payload) > 4 * max_body_bytes + 65536:
        return Rejection(
            DeadLetterReason.OVERSIZED, f"payload of {len(payload)} bytes exceeds the limit"
        )
    try:
        # orjson checks the UTF-8 itself. Decoding to str first cost a copy, and
        # orjson then encoded that str back to UTF-8 before parsing it.
        document = orjson.loads(payload)
    except orjson.JSONDecodeError:
        # Rare: redo it the long way, which tells bad UTF-8 from bad JSON and
        # words the error as producers have always seen it.
        try:
            text = payload.decode("utf-8")
        except UnicodeDecodeError as exc:
            return Rejection(DeadLetterReason.NOT_UTF8, f"payload is not UTF-8: {exc}")
        try:
            document = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            return Rejection(DeadLetterReason.NOT_JSON, f"payload is not JSON: {exc}")
    if not isinstance(document, dict):
        return Rejection(
            DeadLetterReason.NOT_OBJECT, f"payload is JSON {type(document).__name__}, not an object"
        )
    try:
        # What model_validate calls, minus its argument checks: a few per cent of a
        # parse that is otherwise all orjson and pydantic-core.
        article: RawArticle = _RAW_ARTICLE.validate_python(document)
    except ValidationError as exc:
        return _rejection_for(exc)
    body = article.body
    # UTF-8 spends at most 4 bytes on a character, so a body this short is under
    # the limit without encoding it (orjson never yields lone surrogates, the one
    # thing encoding could have refused).
    if len(body) * 4 <= max_body_bytes:
        return article
    body_bytes = len(body.encode("utf-8"))
    if body_bytes > max_body_bytes:
        return Rejection(
            DeadLetterReason.OVERSIZED,
            f"body of {body_bytes} bytes exceeds the limit of {max_body_bytes} bytes",
        )
    return article


def _rejection_for(exc: ValidationError) -> Rejection:
    errors = exc.errors(include_url=False)
    first = errors[0]
    field = ".".join(str(part) for part in first["loc"]) or "(document)"
    summary = "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or '(document)'}: {e['msg']}" for e in errors
    )
    kind = first["type"]
    if kind in _MISSING:
        reason = DeadLetterReason.MISSING_FIELD
    elif field == "published_at":
        reason = DeadLetterReason.BAD_TIME
    elif field == "body" and "blank" in first["msg"]:
        reason = DeadLetterReason.BLANK_BODY
    elif kind in _WRONG_TYPE:
        reason = DeadLetterReason.WRONG_TYPE
    else:
        reason = DeadLetterReason.INVALID
    return Rejection(reason, summary)


def derived_id(kind: str, text: str) -> str:
    """A short stable id, ``<kind>-<hash of text>``: ``url-`` ids from a canonical URL,
    ``sha-`` from content; producers (the feeds poller) derive ids the same way."""
    return f"{kind}-" + hashlib.blake2b(text.encode(), digest_size=10).hexdigest()


def article_id_for(article: RawArticle, canonical: str | None) -> str:
    """The producer's id, else one derived from the canonical URL, else from the content."""
    if article.id:
        return article.id
    if canonical:
        return derived_id("url", canonical)
    return derived_id("sha", "\x1f".join((article.source, article.title or "", article.body)))


def canonical_or_none(url: str | None) -> str | None:
    return canonical_url(url) if url and url.strip() else None
