"""Where feed items go: a ``Publisher`` (Kafka in production, a list in tests)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from aiokafka import AIOKafkaProducer


@runtime_checkable
class Publisher(Protocol):
    async def publish(self, key: bytes, value: bytes) -> None:
        """Return only once the record is durably accepted; raise if it was not."""
        ...


class InMemoryPublisher:
    """Collects records; ``fail_after`` makes the n+1-th publish raise (crash tests)."""

    def __init__(self, fail_after: int | None = None) -> None:
        self.records: list[tuple[bytes, bytes]] = []
        self.fail_after = fail_after

    async def publish(self, key: bytes, value: bytes) -> None:
        if self.fail_after is not None and len(self.records) >= self.fail_after:
            raise ConnectionError("publisher unavailable (test)")
        self.records.append((key, value))


class AiokafkaPublisher:
    """Publishes to one topic and waits for the broker's ack of every record.

    ``acks=all`` + idempotence: an acknowledged record survives a broker failover and a
    producer retry does not duplicate it. Waiting per record keeps "acknowledged"
    meaning what the seen-set relies on; feed volumes make the latency irrelevant.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str,
        *,
        request_timeout_s: float = 30.0,
        security: dict[str, Any] | None = None,
    ):
        """``security``: ``wirewatch.kafkaauth.client_options`` (TLS/SASL), if any."""
        self.topic = topic
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            **(security or {}),
            acks="all",
            enable_idempotence=True,
            request_timeout_ms=int(request_timeout_s * 1000),
            # Full-text bodies can be large; the pipeline itself accepts up to 1 MiB bodies.
            max_request_size=8 * 1024 * 1024,
        )

    async def start(self) -> None:
        await self._producer.start()

    async def stop(self) -> None:
        await self._producer.stop()

    async def __aenter__(self) -> AiokafkaPublisher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def publish(self, key: bytes, value: bytes) -> None:
        await self._producer.send_and_wait(self.topic, value=value, key=key)
