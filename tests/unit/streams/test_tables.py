"""The state tables: each says what it holds (``wirewatch tables`` lists the help
text), and JsonValues is the dedup and registry stores as the core sees a table."""

from __future__ import annotations

from typing import Any

import orjson

import streams.tables  # noqa: F401  (registers the tables on the app)
from streams.app import app
from streams.tables import JsonValues


def test_every_table_has_a_description() -> None:
    tables = list(app.tables.values())
    assert {t.name for t in tables} >= {"dedup-signatures", "contact-registry", "learned-names"}
    missing = [t.name for t in tables if not t.help]
    assert missing == []


class CountingTable(dict[str, str]):
    """A table's mapping surface (Faust's ``Table`` delegates ``items`` to its store,
    one pass of the RocksDB iterator); counts the per-key lookups."""

    lookups = 0

    def __getitem__(self, key: str) -> str:
        self.lookups += 1
        return super().__getitem__(key)


def test_items_are_one_pass_over_the_table_decoded_without_per_key_lookups() -> None:
    table = CountingTable()
    store = JsonValues(table)  # type: ignore[arg-type]
    entries: dict[str, Any] = {f"a{n}": {"v": 1, "p": float(n), "ss": ["x"]} for n in range(50)}
    for key, value in entries.items():
        store[key] = value
    assert table["a3"] == orjson.dumps(entries["a3"]).decode()  # stored as JSON text
    table.lookups = 0
    assert dict(store.items()) == entries
    assert table.lookups == 0
    assert ("a7", entries["a7"]) in store.items()  # the view's other methods still work
    assert store["a9"] == entries["a9"] and len(store) == 50 and "a1" in store
