"""Plain aiokafka plumbing for the user tools (topic creation, publish, tail)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from wirewatch.settings import Settings

log = logging.getLogger(__name__)


def topic_plan(settings: Settings) -> dict[str, int]:
    """Every topic the pipeline reads or writes, with its partition count."""
    return {
        settings.topic_raw: settings.raw_partitions,
        settings.topic_prepared: 1,
        settings.topic_enriched: settings.enriched_partitions,
        settings.topic_contacts: settings.contacts_partitions,
        settings.topic_alerts: settings.alerts_partitions,
        settings.topic_deadletter: settings.deadletter_partitions,
    }


async def ensure_topics(settings: Settings, timeout_s: float = 60.0) -> list[str]:
    """Create the pipeline's topics that do not exist yet; return the ones created."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap_servers, request_timeout_ms=int(timeout_s * 1000)
    )
    await asyncio.wait_for(admin.start(), timeout_s)
    try:
        existing = set(await admin.list_topics())
        missing = [
            NewTopic(name, partitions, settings.replication_factor)
            for name, partitions in topic_plan(settings).items()
            if name not in existing
        ]
        if missing:
            # Another worker may create them in the meantime: that is the goal too.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing, timeout_ms=int(timeout_s * 1000))
            log.info("created topics: %s", ", ".join(t.name for t in missing))
        return [t.name for t in missing]
    finally:
        await admin.close()
