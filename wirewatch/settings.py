"""Settings, from environment variables (``WIREWATCH_*``).

No ``.env`` file is read implicitly: the compose stack's ``.env`` names hosts of
its own network (``kafka:9092``) that mean nothing on a developer's machine.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="WIREWATCH_", env_ignore_empty=True, extra="ignore"
    )

    kafka_bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices(
            "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"
        ),
    )
    app_id: str = "wirewatch"

    topic_raw: str = "articles.raw"
    topic_enriched: str = "articles.enriched"
    topic_contacts: str = "events.contacts"
    topic_alerts: str = "alerts.contacts"
    topic_deadletter: str = "articles.deadletter"
    #: Internal: prepared articles in the one total order dedup decisions are made in.
    topic_prepared: str = "articles.prepared"

    raw_partitions: int = Field(default=4, ge=1)
    enriched_partitions: int = Field(default=4, ge=1)
    contacts_partitions: int = Field(default=4, ge=1)
    alerts_partitions: int = Field(default=1, ge=1)
    deadletter_partitions: int = Field(default=1, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    #: Standby copies of each table partition kept by other workers (Faust's
    #: default, 1): a failover resumes from them instead of replaying the changelog,
    #: but every worker then also applies the others' table updates.
    standby_replicas: int = Field(default=1, ge=0)

    max_body_bytes: int = Field(default=1024 * 1024, ge=1)

    web_host: str = "0.0.0.0"
    web_port: int = 6066
    store: str = "memory://"
    data_dir: Path = Path("var/worker")
    #: Only at-least-once: outputs carry deterministic ids and state updates are
    #: idempotent on redelivery. Faust's exactly_once lost records in a test with an
    #: earlier, batched stage 1; it stays refused until tested with this topology.
    processing_guarantee: Literal["at_least_once"] = "at_least_once"
    #: Kafka consumer group session timeout. Faust's default is 60 s; tests lower it.
    session_timeout_s: float = Field(default=30.0, gt=0)
    heartbeat_interval_s: float = Field(default=3.0, gt=0)
    rebalance_timeout_s: float = Field(default=60.0, gt=0)
    log_level: str = "info"

    dedup_window_days: float = Field(default=7.0, gt=0)
    dedup_threshold: float | None = Field(default=None, gt=0, le=1)
    #: How often the dedup stage drops signatures that can no longer match. Verdicts
    #: do not depend on it (the window runs on stream time); memory does.
    dedup_evict_interval_s: float = Field(default=60.0, gt=0)

    contact_renew_after_days: float = Field(default=30.0, gt=0)
    watches_path: Path | None = None

    alert_webhook_url: str | None = None
    alert_webhook_format: Literal["json", "slack"] = "json"
    #: Bound on one HTTP exchange, attempts per alert, and the longest backoff.
    alert_webhook_timeout_s: float = Field(default=10.0, gt=0)
    alert_webhook_max_attempts: int = Field(default=5, ge=1)
    alert_webhook_backoff_max_s: float = Field(default=30.0, ge=0)
    #: Alerts in flight at once (one hanging request does not hold the others).
    alert_webhook_concurrency: int = Field(default=8, ge=1, le=256)
    #: The delivery's consumer group (its committed position); default ``<app_id>-webhook``.
    alert_webhook_group: str | None = None
    #: Where a delivery group with no committed position starts: ``earliest`` delivers
    #: every alert still on the topic, ``latest`` only those raised from now on.
    alert_webhook_start: Literal["earliest", "latest"] = "earliest"

    #: Outlets kept as distinct ``source`` label values before "other" (cardinality bound).
    metrics_max_sources: int = Field(default=50, ge=1)


@cache
def get_settings() -> Settings:
    return Settings()
