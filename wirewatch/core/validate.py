"""The boundary: raw bytes become a ``RawArticle`` or a dead letter with its reason."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import orjson
from pydantic import ValidationError

from schemas import DeadLetterReason, RawArticle
from wirewatch.core.urls import canonical_url

if TYPE_CHECKING:
    from wirewatch.settings import Settings


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


@dataclass(frozen=True, slots=True)
class InputLimits:
    """Bounds on a raw record besides its body (see ``Settings`` for the reasons)."""

    title_chars: int = 2048
    source_chars: int = 256
    url_chars: int = 8192
    lang_chars: int = 64
    id_chars: int = 512
    extra_depth: int = 32
    extra_bytes: int = 64 * 1024
    #: ISO-8601 times are ~35 characters; a long one would only bloat the error.
    time_chars: int = 128

    @classmethod
    def from_settings(cls, settings: Settings) -> InputLimits:
        return cls(
            title_chars=settings.max_title_chars,
            source_chars=settings.max_source_chars,
            url_chars=settings.max_url_chars,
            lang_chars=settings.max_lang_chars,
            id_chars=settings.max_id_chars,
            extra_depth=settings.max_extra_depth,
            extra_bytes=settings.max_extra_bytes,
        )

    def field_limits(self) -> tuple[tuple[str, int], ...]:
        return (
            ("title", self.title_chars),
            ("source", self.source_chars),
            ("url", self.url_chars),
            ("lang", self.lang_chars),
            ("id", self.id_chars),
            ("published_at", self.time_chars),
        )


DEFAULT_LIMITS = InputLimits()
#: Publication times a news article can have. Outside them a time is a typo or an
#: attack, and date arithmetic near year 1 or 9999 overflows ("Monday" before
#: 0001-01-01): dead-lettered as ``bad_time`` rather than failing later.
EARLIEST_TIME = datetime(1800, 1, 1, tzinfo=UTC)
LATEST_TIME = datetime(2500, 1, 1, tzinfo=UTC)
_UTF8_BOM = b"\xef\xbb\xbf"
_RAW_ARTICLE = RawArticle.__pydantic_validator__
_KNOWN_FIELDS = frozenset(RawArticle.model_fields)

# Pydantic error types, by the dead-letter reason they stand for.
_MISSING = {"missing"}
_WRONG_TYPE = {
    "string_type", "int_type", "float_type", "bool_type", "dict_type", "list_type",
    "datetime_type", "model_type", "bytes_type",
}  # fmt: skip


def parse_raw_article(
    payload: bytes, max_body_bytes: int, limits: InputLimits = DEFAULT_LIMITS
) -> RawArticle | Rejection:
    """Decode, parse and validate one record value; never raises on bad input."""
    # The whole record may hold metadata besides the body; only refuse what could
    # not possibly carry a body under the limit, before spending time parsing it.
    if len(payload) > 4 * max_body_bytes + 65536:
        return Rejection(
            DeadLetterReason.OVERSIZED, f"payload of {len(payload)} bytes exceeds the limit"
        )
    if payload.startswith(_UTF8_BOM):
        # Some Windows tools write one; JSON forbids it but the text is plain UTF-8.
        payload = payload[len(_UTF8_BOM) :]
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
    bounded = _check_sizes(document, limits)
    if bounded is not None:
        return bounded
    try:
        # What model_validate calls, minus its argument checks: a few per cent of a
        # parse that is otherwise all orjson and pydantic-core.
        article: RawArticle = _RAW_ARTICLE.validate_python(document)
    except ValidationError as exc:
        return _rejection_for(exc)
    except OverflowError as exc:
        # A time at the edge of the calendar (year 1 or 9999) with an offset that
        # takes it out of range when converted to UTC.
        return Rejection(DeadLetterReason.BAD_TIME, f"published_at: out of range: {exc}")
    when = article.published_at
    if when is not None and not EARLIEST_TIME <= when < LATEST_TIME:
        return Rejection(
            DeadLetterReason.BAD_TIME,
            f"published_at: {when.isoformat()} is outside "
            f"{EARLIEST_TIME.year}–{LATEST_TIME.year - 1}",
        )
    invalid_url = _url_problem(article.url)
    if invalid_url is not None:
        return Rejection(DeadLetterReason.INVALID, f"url: {invalid_url}")
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


def _check_sizes(document: dict[str, object], limits: InputLimits) -> Rejection | None:
    """Size limits, checked before pydantic copies anything: over-long fields, and
    unknown fields nested too deep or too large to travel on."""
    for name, limit in limits.field_limits():
        value = document.get(name)
        if isinstance(value, str) and len(value) > limit:
            return Rejection(
                DeadLetterReason.FIELD_TOO_LONG,
                f"{name}: {len(value)} characters exceed the limit of {limit}",
            )
    if document.keys() <= _KNOWN_FIELDS:
        return None
    extra = {k: v for k, v in document.items() if k not in _KNOWN_FIELDS}
    # The fields' own values are counted: the record object around them is not.
    depth = nesting_depth(extra, stop_after=limits.extra_depth + 1) - 1
    if depth > limits.extra_depth:
        return Rejection(
            DeadLetterReason.EXTRA_TOO_DEEP,
            f"unknown fields nest deeper than {limits.extra_depth} levels",
        )
    size = len(orjson.dumps(extra))
    if size > limits.extra_bytes:
        return Rejection(
            DeadLetterReason.EXTRA_TOO_LARGE,
            f"unknown fields take {size} bytes, over the limit of {limits.extra_bytes}",
        )
    return None


def nesting_depth(value: object, stop_after: int) -> int:
    """Levels of containers in ``value`` (a scalar is 0, ``{"a": [1]}`` is 2), counted
    without recursion; once past ``stop_after`` it returns at once."""
    deepest = 0
    pending: list[tuple[object, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > stop_after:
                return deepest
        pending.extend((child, depth) for child in children)
    return deepest


def _url_problem(url: str | None) -> str | None:
    """Why a URL cannot be read at all (a port out of range, a broken IPv6 host)."""
    if not url or not url.strip():
        return None
    try:
        # Normalising asks for the canonical URL next: this fills its cache.
        canonical_url(url)
    except ValueError as exc:
        return str(exc)
    return None


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
