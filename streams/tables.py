"""State tables. Each is changelog-backed; the in-memory indexes over them are derived."""

from __future__ import annotations

from streams.app import app, settings
from streams.topics import PREPARED_PARTITIONS

#: article id -> retained signature entry (see ``wirewatch.core.dedup``). One
#: partition, co-partitioned with the single-partition prepared topic.
dedup_signatures = app.Table(
    "dedup-signatures",
    key_type=str,
    value_type=dict,
    key_serializer="json",
    value_serializer="json",
    partitions=PREPARED_PARTITIONS,
)

#: participant pair key -> contact history, co-partitioned with ``events.contacts``.
contact_registry = app.Table(
    "contact-registry",
    key_type=str,
    value_type=dict,
    key_serializer="json",
    value_serializer="json",
    partitions=settings.contacts_partitions,
)
