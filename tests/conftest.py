from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.kafka_harness import Broker, start_broker


@pytest.fixture(scope="session")
def kafka() -> Iterator[Broker]:
    """The real Apache Kafka broker, started once for the session by the project script."""
    broker = start_broker()
    try:
        yield broker
    finally:
        broker.stop()
