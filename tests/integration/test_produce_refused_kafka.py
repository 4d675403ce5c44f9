"""A record the broker refuses is never committed past (issue #13).

The enriched topic is made to refuse anything over 1,000 bytes, so stage 2's output
for an article fails at the broker (not in the client: the record is under every
client-side limit). The worker must stop (status 71) without committing the prepared
record; once the topic takes records again, a restarted worker enriches the article.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from wirewatch.testing.kafka import (
    Broker,
    Worker,
    committed_offsets,
    consume_until,
    create_topics,
    publish,
    run,
    unique_names,
    worker_env,
)

pytestmark = pytest.mark.kafka

ARTICLE = {
    "id": "refused-1",
    "source": "libyaherald.example",
    "body": "Libyan Prime Minister Abdul Hamid Dbeibah met Turkish Foreign Minister Hakan "
    "Fidan in Tripoli on Monday. " * 8,
    "published_at": "2026-11-30T10:00:00Z",
}


async def _set_max_message_bytes(bootstrap: str, topic: str, value: int) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        resource = ConfigResource(
            ConfigResourceType.TOPIC, topic, configs={"max.message.bytes": str(value)}
        )
        await admin.alter_configs([resource])
    finally:
        await admin.close()


def test_an_output_the_broker_refuses_is_read_again_not_lost(kafka: Broker, tmp_path: Path) -> None:
    names = unique_names("refused")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    create_topics(env)
    enriched = names["WIREWATCH_TOPIC_ENRICHED"]
    run(_set_max_message_bytes(kafka.bootstrap, enriched, 1000))
    run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], [json.dumps(ARTICLE).encode()]))

    first = Worker(env, tmp_path / "worker-1.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        assert first.process is not None
        status = first.process.wait(timeout=120)
    finally:
        first.stop()
    assert status == 71, first.log_tail()
    assert "was not produced" in first.log_tail(200)
    committed = run(committed_offsets(kafka.bootstrap, names["WIREWATCH_APP_ID"]))
    prepared = [o for tp, o in committed.items() if tp.topic == names["WIREWATCH_TOPIC_PREPARED"]]
    assert all(offset == 0 for offset in prepared), committed  # never committed past it

    run(_set_max_message_bytes(kafka.bootstrap, enriched, 4 * 1024 * 1024))
    second = Worker(env, tmp_path / "worker-2.log", int(env["WIREWATCH_WEB_PORT"])).start()
    try:
        deadline = time.monotonic() + 120
        out = run(
            consume_until(
                kafka.bootstrap,
                [enriched],
                lambda got: any(json.loads(r.value)["article_id"] == "refused-1" for r in got),
                timeout_s=max(1.0, deadline - time.monotonic()),
            )
        )
    finally:
        second.stop()
    assert any(json.loads(r.value)["article_id"] == "refused-1" for r in out), second.log_tail()
