"""Durable alert delivery: the alerts topic to the webhook, with a committed position.

A consumer group of its own (``<app_id>-webhook`` unless set) reads
``alerts.contacts``; each alert is POSTed (bounded retries, per-request timeouts,
``concurrency`` alerts in flight) or, once given up, dead-lettered — and only when
every alert of a batch is settled one way or the other are the batch's offsets
committed. A crash (SIGKILL included) therefore resumes at the first unsettled
alert: nothing is lost, and what was in flight is delivered again (at most one
batch, ``concurrency`` alerts), which receivers drop by ``alert_id``.

The worker runs one when ``WIREWATCH_ALERT_WEBHOOK_URL`` is set; ``wirewatch deliver``
runs it alone. Before this, alerts waited in an in-memory queue: a SIGKILL with a
hanging endpoint lost 123 of 133 (issue #11).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.errors import CommitFailedError, KafkaError
from aiokafka.structs import ConsumerRecord, TopicPartition
from pydantic import ValidationError

from schemas import ContactAlert, DeadLetter, DeadLetterReason
from wirewatch.delivery.webhook import ALERTS, WebhookClient, WebhookSettings
from wirewatch.kafkaauth import client_options
from wirewatch.settings import Settings

log = logging.getLogger(__name__)

#: Pause after a failed round (broker unreachable, dead letter not written) before
#: the batch is tried again from its committed position.
RETRY_ROUND_S = 2.0


def webhook_settings(settings: Settings) -> WebhookSettings:
    if not settings.alert_webhook_url:
        raise ValueError("WIREWATCH_ALERT_WEBHOOK_URL is not set")
    return WebhookSettings(
        url=settings.alert_webhook_url,
        format=settings.alert_webhook_format,
        timeout_s=settings.alert_webhook_timeout_s,
        max_attempts=settings.alert_webhook_max_attempts,
        backoff_max_s=settings.alert_webhook_backoff_max_s,
        concurrency=settings.alert_webhook_concurrency,
    )


def delivery_group(settings: Settings) -> str:
    return settings.alert_webhook_group or f"{settings.app_id}-webhook"


class AlertDelivery:
    """Delivers every alert on the alerts topic once settled (delivered or dead-lettered)."""

    def __init__(
        self,
        settings: Settings,
        webhook: WebhookSettings | None = None,
        *,
        client: WebhookClient | None = None,
    ) -> None:
        self.settings = settings
        self.webhook = webhook or webhook_settings(settings)
        self.client = client or WebhookClient(self.webhook)
        self._stopping = asyncio.Event()
        self.delivered = 0
        self.dead_lettered = 0

    def stop(self) -> None:
        """Finish the batch in flight (bounded by its retries), commit it, return."""
        self._stopping.set()

    async def run(self) -> None:
        settings = self.settings
        security = client_options(settings)
        consumer = AIOKafkaConsumer(
            settings.topic_alerts,
            bootstrap_servers=settings.kafka_bootstrap_servers,
            **security,
            group_id=delivery_group(settings),
            enable_auto_commit=False,
            auto_offset_reset=settings.alert_webhook_start,
            session_timeout_ms=int(settings.session_timeout_s * 1000),
            heartbeat_interval_ms=int(settings.heartbeat_interval_s * 1000),
            # A batch may take max_attempts x timeout to settle; polling resumes after.
            max_poll_interval_ms=int(
                max(300.0, 2 * self.webhook.max_attempts * (self.webhook.timeout_s + 30)) * 1000
            ),
        )
        producer = AIOKafkaProducer(
            bootstrap_servers=settings.kafka_bootstrap_servers,
            acks="all",
            enable_idempotence=True,
            **security,
        )
        await consumer.start()
        await producer.start()
        # The URL may hold a token: the log record factory redacts it (wirewatch.logredact).
        log.info(
            "alert webhook delivery to %s from %s (group %s, %d in flight)",
            self.webhook.url,
            settings.topic_alerts,
            delivery_group(settings),
            self.webhook.concurrency,
        )
        try:
            while not self._stopping.is_set():
                batch = await consumer.getmany(timeout_ms=500, max_records=self.webhook.concurrency)
                records = [r for part in batch.values() for r in part]
                if not records:
                    continue
                try:
                    await self._settle(producer, records)
                except KafkaError as exc:
                    # A dead letter could not be written: nothing of this batch is
                    # committed, so it is read again from the committed position.
                    log.warning("alert delivery: round failed (%s); retrying the batch", exc)
                    for tp in batch:
                        await self._rewind(consumer, tp)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stopping.wait(), RETRY_ROUND_S)
                    continue
                offsets = {tp: part[-1].offset + 1 for tp, part in batch.items() if part}
                try:
                    await consumer.commit(offsets)
                except (CommitFailedError, KafkaError) as exc:
                    # Partitions moved to another member: it re-delivers from the last
                    # commit (a repeat, never a loss).
                    log.warning("alert delivery: commit failed (%s)", exc)
        finally:
            await consumer.stop()
            await producer.stop()
            await self.client.aclose()

    async def _rewind(self, consumer: AIOKafkaConsumer, tp: TopicPartition) -> None:
        with contextlib.suppress(KafkaError, AssertionError):
            committed = await consumer.committed(tp)
            if committed is None:
                await consumer.seek_to_beginning(tp)
            else:
                consumer.seek(tp, committed)

    async def _settle(self, producer: AIOKafkaProducer, records: Sequence[ConsumerRecord]) -> None:
        results = await asyncio.gather(*(self._deliver(r) for r in records))
        for record, error in zip(records, results, strict=True):
            if error is None:
                self.delivered += 1
                ALERTS.labels("delivered").inc()
                continue
            await self._dead_letter(producer, record, error)
            self.dead_lettered += 1
            ALERTS.labels("dead_lettered").inc()

    async def _deliver(self, record: ConsumerRecord) -> str | None:
        try:
            alert = ContactAlert.model_validate_json(record.value)
        except ValidationError as exc:
            return f"not a contact alert: {exc.errors()[0]['msg']}"
        try:
            return await self.client.deliver(alert)
        except Exception as exc:  # one alert's failure must not stop the others
            log.exception("alert delivery: %s failed", alert.alert_id)
            return f"internal error: {type(exc).__name__}: {exc}"

    async def _dead_letter(
        self, producer: AIOKafkaProducer, record: ConsumerRecord, error: str
    ) -> None:
        payload: bytes = record.value or b""
        try:
            text: str | None = payload.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        letter = DeadLetter(
            reason=DeadLetterReason.WEBHOOK_FAILED,
            error=error,
            payload_b64=base64.b64encode(payload).decode("ascii"),
            payload_text=text,
            key_b64=DeadLetter.encode(record.key),
            source_topic=record.topic,
            source_partition=record.partition,
            source_offset=record.offset,
            received_at=datetime.now(UTC),
        )
        log.warning("alert delivery: %s@%d dead-lettered: %s", record.topic, record.offset, error)
        # Awaited: the batch is committed only once its dead letters are on the topic.
        await producer.send_and_wait(
            self.settings.topic_deadletter,
            letter.model_dump_json().encode("utf-8"),
            key=record.key,
        )
