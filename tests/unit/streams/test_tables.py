"""Every state table says what it holds: ``wirewatch tables`` lists the help text."""

from __future__ import annotations

import streams.tables  # noqa: F401  (registers the tables on the app)
from streams.app import app


def test_every_table_has_a_description() -> None:
    tables = list(app.tables.values())
    assert {t.name for t in tables} >= {"dedup-signatures", "contact-registry", "learned-names"}
    missing = [t.name for t in tables if not t.help]
    assert missing == []
