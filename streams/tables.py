"""State tables. Each is changelog-backed; the in-memory indexes over them are derived.

Keys are ``str`` and values JSON-able ``dict``: with these explicit types Faust
serialises both sides as JSON in the changelog, so a recovered key comes back as
the same ``str`` it was written as.
"""

from __future__ import annotations

from streams.app import app, settings
from streams.topics import PREPARED_PARTITIONS

#: article id -> retained signature entry (see ``wirewatch.core.dedup``). One
#: partition, co-partitioned with the single-partition prepared topic.
dedup_signatures = app.Table(
    "dedup-signatures",
    key_type=str,
    value_type=dict,
    partitions=PREPARED_PARTITIONS,
)

#: participant pair key -> contact history, co-partitioned with ``events.contacts``.
contact_registry = app.Table(
    "contact-registry",
    key_type=str,
    value_type=dict,
    partitions=settings.contacts_partitions,
)
