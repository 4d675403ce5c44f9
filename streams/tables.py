"""State tables. Each is changelog-backed; the in-memory indexes over them are derived.

Keys are ``str`` and values JSON text (``str``): with these explicit types Faust
serialises both sides as JSON in the changelog and hands back exactly the same
types after recovery (a ``dict`` value type would make Faust look for a model).
``JsonValues`` gives the core the plain mapping of JSON-able dicts it works on.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, MutableMapping
from typing import Any

import orjson
from faust.types import TableT

from streams.app import app
from streams.topics import PREPARED_PARTITIONS
from wirewatch.settings import get_settings

settings = get_settings()


class JsonValues(MutableMapping[str, Any]):
    """A table seen as ``str -> dict``; values are stored as JSON text.

    The core always assigns whole values (never mutates one in place), which is
    what makes every change reach the changelog.
    """

    def __init__(self, table: TableT[str, str]) -> None:
        self.table = table

    def __getitem__(self, key: str) -> Any:
        return orjson.loads(self.table[key])

    def __setitem__(self, key: str, value: Any) -> None:
        self.table[key] = orjson.dumps(value).decode("utf-8")

    def __delitem__(self, key: str) -> None:
        del self.table[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.table.keys())

    def __len__(self) -> int:
        return len(self.table)

    def __contains__(self, key: object) -> bool:
        return key in self.table

    def items(self) -> ItemsView[str, Any]:
        return _DecodedItems(self)


class _DecodedItems(ItemsView[str, Any]):
    """Items in one pass over the table's store (a RocksDB iterator), not the
    mixin's key-then-get: a restart rebuilds the dedup index from every entry, and a
    million ``get`` calls were most of its cost beyond the rebuild itself."""

    _mapping: JsonValues

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        for key, text in self._mapping.table.items():
            yield key, orjson.loads(text)


#: article id -> retained signature entry (see ``wirewatch.core.dedup``). One
#: partition, co-partitioned with the single-partition prepared topic.
dedup_signatures: TableT[str, str] = app.Table(
    "dedup-signatures",
    key_type=str,
    value_type=str,
    partitions=PREPARED_PARTITIONS,
    help="Retained near-duplicate signatures (7-day window), by article id.",
)

#: participant pair key -> contact history, co-partitioned with ``events.contacts``.
contact_registry: TableT[str, str] = app.Table(
    "contact-registry",
    key_type=str,
    value_type=str,
    partitions=settings.contacts_partitions,
    help="Turkey-Libya contact history per participant pair (first seen, renewals).",
)

#: learned-name slug -> evidence (see ``wirewatch.core.entities.learned``). One
#: partition, co-partitioned with the prepared topic: every article, whatever raw
#: partition it came from, passes the one decide agent that owns it, so a name
#: learned from any article is visible to every later one, on any worker.
learned_names = app.Table(
    "learned-names",
    key_type=str,
    value_type=str,
    partitions=PREPARED_PARTITIONS,
    help="Officials learned from role patterns the KB lacks, with their evidence.",
)

dedup_store = JsonValues(dedup_signatures)
registry_store = JsonValues(contact_registry)
learned_store = JsonValues(learned_names)
