"""Faust's aiokafka transport, with one fix: every partition is re-positioned after a rebalance.

After a rebalance Faust clears the records its streams had already fetched
(``clear_on_resume=True`` queues) and then asks the consumer to seek every assigned
partition to its committed offset, so the cleared records are fetched again. But
aiokafka's ``seek_to_committed`` only seeks a partition whose committed offset is
above 0 (``if offset and offset > 0``): a partition the group never committed keeps
its fetch position *after* the cleared records, and they are never processed. That
is how a second worker joining over a backlog made the first one skip
``articles.prepared`` and ``events.contacts`` records (issue #11: 3 prepared
articles, then 501 contact events in another run, with their offsets committed
later and never retried).

Here a partition with no committed offset is sent back to where a consumer with no
position starts (``auto_offset_reset``: the beginning for this app), and one committed
at 0 to offset 0, so the committed offset is the one source of truth for where
processing resumes, whatever was fetched before the rebalance.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Set

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

log = logging.getLogger(__name__)


async def seek_every_partition_to_committed(
    consumer: AIOKafkaConsumer, auto_offset_reset: str, changelog_topics: Set[str]
) -> Mapping[TopicPartition, int | None]:
    """aiokafka's ``seek_to_committed``, also for never-committed and 0 offsets.

    Changelog partitions are left alone: table recovery positions them itself, and
    the group never commits them.
    """
    committed: dict[TopicPartition, int | None] = dict(await consumer.seek_to_committed())
    streams = {tp: o for tp, o in committed.items() if tp.topic not in changelog_topics}
    at_zero = [tp for tp, offset in streams.items() if offset == 0]
    for tp in at_zero:
        consumer.seek(tp, 0)
    uncommitted = [tp for tp, offset in streams.items() if offset is None]
    log.info(
        "stream partitions: %d at their committed offsets, %d never committed (%s)",
        len(streams) - len(uncommitted),
        len(uncommitted),
        auto_offset_reset,
    )
    if uncommitted:
        if auto_offset_reset == "earliest":
            await consumer.seek_to_beginning(*uncommitted)
        elif auto_offset_reset == "latest":
            await consumer.seek_to_end(*uncommitted)
    return committed


class RepositioningConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    async def seek_to_committed(self) -> Mapping[TP, int]:
        consumer = self._ensure_consumer()
        reset = str(self.app.conf.consumer_auto_offset_reset)
        changelogs = set(self.app.tables.changelog_topics)
        committed: Mapping[TP, int] = await self.call_thread(
            seek_every_partition_to_committed, consumer, reset, changelogs
        )
        return committed


class RepositioningConsumer(faust_aiokafka.Consumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return RepositioningConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`RepositioningConsumer`."""

    Consumer = RepositioningConsumer
