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

Second, records Faust's fetch loop was still handing out when the seek happened
(fetched before it, faust-streaming #221) are dropped for the partitions the seek
re-positioned: one of them, with an offset far past the committed one, used to
reach the stream first and raise Faust's read offset, after which the re-fetched
records below it were discarded as already read and the partition's commit never
moved again — ``articles.prepared`` stalled in 1 of 5 runs of the rebalance loop.
The dropped records are fetched again from the committed offset, so none is lost.
Changelog partitions, which the seek does not move, are never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping, Set

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message

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
        owner = self.consumer
        if isinstance(owner, RepositioningConsumer):
            # Before the seek: anything handed out from here on for these partitions
            # was fetched before it and will be fetched again.
            owner.mark_seek({tp for tp in owner.assignment() if tp.topic not in changelogs})
        committed: Mapping[TP, int] = await self.call_thread(
            seek_every_partition_to_committed, consumer, reset, changelogs
        )
        return committed


class RepositioningConsumer(faust_aiokafka.Consumer):
    _seek_epoch: int = 0
    _repositioned: frozenset[TP] = frozenset()

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return RepositioningConsumerThread(self, loop=self.loop, beacon=self.beacon)

    def mark_seek(self, partitions: Set[TP]) -> None:
        self._repositioned = frozenset(partitions)
        self._seek_epoch += 1

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        epoch: int | None = None
        dropped = 0
        async for tp, message in super().getmany(timeout):
            if epoch is None:
                epoch = self._seek_epoch  # the batch arrived: it is from this epoch
            elif epoch != self._seek_epoch and tp in self._repositioned:
                dropped += 1  # fetched before a seek that re-positioned its partition
                continue
            yield tp, message
        if dropped:
            log.info("dropped %d records fetched before a seek (fetched again)", dropped)


class Transport(faust_aiokafka.Transport):
    """The aiokafka transport with :class:`RepositioningConsumer`."""

    Consumer = RepositioningConsumer
