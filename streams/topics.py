"""Topic declarations. Values travel as UTF-8 JSON bytes made and read by ``schemas``."""

from __future__ import annotations

from faust.types import TopicT

from streams.app import app
from wirewatch.settings import get_settings

settings = get_settings()


def _bytes_topic(name: str, partitions: int) -> TopicT:
    # Keys and values stay bytes: the pydantic models are the contract, and raw
    # input must reach validation byte for byte (a codec could fail before it).
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=partitions,
    )


raw_articles = _bytes_topic(settings.topic_raw, settings.raw_partitions)
#: One partition on purpose: every dedup decision is made in this one total order.
PREPARED_PARTITIONS = 1
prepared_articles = _bytes_topic(settings.topic_prepared, PREPARED_PARTITIONS)
enriched_articles = _bytes_topic(settings.topic_enriched, settings.enriched_partitions)
contact_events = _bytes_topic(settings.topic_contacts, settings.contacts_partitions)
contact_alerts = _bytes_topic(settings.topic_alerts, settings.alerts_partitions)
dead_letters = _bytes_topic(settings.topic_deadletter, settings.deadletter_partitions)
