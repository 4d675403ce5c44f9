"""Secrets never reach a log line: every record is redacted as it is created.

A record factory rather than a handler filter: Faust and mode replace the logging
handlers when the worker starts, and a filter on a logger misses records that
propagate from its children. The factory sees every record of every logger; it
redacts the formatted message and any traceback text.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable

REDACTED = "***"

RecordFactory = Callable[..., logging.LogRecord]
#: The factory found before the first install, and the secrets now redacted.
_installed: tuple[RecordFactory, list[str]] | None = None


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, REDACTED)
    return text


def install(secrets: Iterable[str]) -> None:
    """Redact these values (longest first, so a URL goes before its parts) from now on.

    Installing again replaces the list; the original factory is kept underneath.
    """
    global _installed
    ordered = sorted({s for s in secrets if s}, key=len, reverse=True)
    base = _installed[0] if _installed is not None else logging.getLogRecordFactory()
    _installed = (base, ordered)
    if not ordered:
        logging.setLogRecordFactory(base)
        return

    def make_record(*args: object, **kwargs: object) -> logging.LogRecord:
        record = base(*args, **kwargs)
        _redact_record(record, ordered)
        return record

    logging.setLogRecordFactory(make_record)


def _redact_record(record: logging.LogRecord, secrets: list[str]) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to logging's own error report
        return
    cleaned = redact(message, secrets)
    if cleaned != message:
        record.msg, record.args = cleaned, None
    if record.exc_info and record.exc_info[1] is not None:
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        cleaned_text = redact(text, secrets)
        if cleaned_text != text:
            # Formatters print exc_text as it is when it is set.
            record.exc_text = cleaned_text
            record.exc_info = None
    if record.stack_info:
        record.stack_info = redact(record.stack_info, secrets)
