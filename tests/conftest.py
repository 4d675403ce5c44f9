from __future__ import annotations

from collections.abc import Iterator

import pytest

from wirewatch.testing.kafka import Broker, SecureBroker, start_broker, start_sasl_broker


@pytest.fixture(scope="session")
def kafka() -> Iterator[Broker]:
    """The real Apache Kafka broker, started once for the session by the project script."""
    broker = start_broker()
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def kafka_sasl() -> Iterator[SecureBroker]:
    """A second local broker with a SASL_SSL listener (PLAIN, SCRAM-SHA-256/512)."""
    broker = start_sasl_broker()
    try:
        yield broker
    finally:
        broker.stop()
