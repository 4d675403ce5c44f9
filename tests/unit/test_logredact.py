"""Secrets are redacted from every log record: messages, arguments and tracebacks."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from wirewatch import logredact

SECRET_URL = "https://hooks.example.com/services/T0/B0/SECRETPATHTOKEN"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    original_factory = logging.getLogRecordFactory()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("redaction-test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    logredact.install([SECRET_URL, "/services/T0/B0/SECRETPATHTOKEN", "pw-123456"])
    try:
        yield stream
    finally:
        logger.removeHandler(handler)
        logredact.install([])
        assert logging.getLogRecordFactory() is original_factory


def test_messages_and_arguments_are_redacted(captured: io.StringIO) -> None:
    log = logging.getLogger("redaction-test")
    log.info("alert webhook delivery to %s", SECRET_URL)
    log.info("password is pw-123456 and path /services/T0/B0/SECRETPATHTOKEN")
    log.info("nothing secret here: %d alerts", 3)
    lines = captured.getvalue().splitlines()
    assert lines == [
        "alert webhook delivery to ***",
        "password is *** and path ***",
        "nothing secret here: 3 alerts",
    ]


def test_tracebacks_are_redacted(captured: io.StringIO) -> None:
    log = logging.getLogger("redaction-test")
    try:
        raise ConnectionError(f"cannot POST {SECRET_URL} with pw-123456")
    except ConnectionError:
        log.exception("delivery failed")
    text = captured.getvalue()
    assert "ConnectionError: cannot POST *** with ***" in text
    assert "SECRETPATHTOKEN" not in text and "pw-123456" not in text


def test_children_of_any_logger_are_covered(captured: io.StringIO) -> None:
    child = logging.getLogger("redaction-test.child.grandchild")
    child.warning("token pw-123456")
    assert captured.getvalue().strip() == "token ***"
