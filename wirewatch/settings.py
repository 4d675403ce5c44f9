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
    # Limits on the other fields of a raw record (characters): a value past its limit
    # is dead-lettered as ``field_too_long``. A title is cleaned like the body, so it
    # needs a bound of its own; the others become ids, labels and keys.
    max_title_chars: int = Field(default=2048, ge=1)
    max_source_chars: int = Field(default=256, ge=1)
    max_url_chars: int = Field(default=8192, ge=1)
    max_lang_chars: int = Field(default=64, ge=1)
    max_id_chars: int = Field(default=512, ge=1)
    #: Unknown fields travel as sent (``extra``): bounded in nesting depth (a deep
    #: value fails to encode downstream) and in encoded size (``extra_too_deep`` /
    #: ``extra_too_large``).
    max_extra_depth: int = Field(default=32, ge=1, le=200)
    max_extra_bytes: int = Field(default=64 * 1024, ge=2)
    #: Entities and contacts are looked for in the first this many characters of the
    #: text (cut at a space): a news article is a few thousand, and a megabyte of
    #: names would otherwise cost seconds of CPU. The text itself is published whole.
    max_analysed_chars: int = Field(default=128 * 1024, ge=1024)
    #: Outputs per article: more are dropped and counted (``wirewatch_output_capped``).
    max_entities_per_article: int = Field(default=256, ge=1)
    max_mentions_per_entity: int = Field(default=64, ge=1)
    max_contact_events_per_article: int = Field(default=64, ge=1)
    #: The largest record value (plus key) the pipeline hands to the producer; a larger
    #: output becomes an ``output_too_large`` dead letter instead of failing to send.
    #: Keep it below the producer's max request size (4 MiB) and the broker's or
    #: topic's ``message.max.bytes`` / ``max.message.bytes``.
    max_output_record_bytes: int = Field(default=3 * 1024 * 1024, ge=64 * 1024)
    #: A dead letter keeps at most this many bytes of the original record (flagged
    #: ``payload_truncated``), so a dead letter always fits where its record did not.
    max_deadletter_payload_bytes: int = Field(default=256 * 1024, ge=1024)

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

    contact_renew_after_days: float = Field(default=30.0, gt=0)
    watches_path: Path | None = None

    alert_webhook_url: str | None = None
    alert_webhook_format: str = "json"

    #: Outlets kept as distinct ``source`` label values before "other" (cardinality bound).
    metrics_max_sources: int = Field(default=50, ge=1)


@cache
def get_settings() -> Settings:
    return Settings()
