"""Settings, from environment variables (``WIREWATCH_*``).

No ``.env`` file is read implicitly: the compose stack's ``.env`` names hosts of
its own network (``kafka:9092``) that mean nothing on a developer's machine.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"]


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
    #: Transport security of every Kafka client of the project (see ``wirewatch.kafkaauth``).
    kafka_security_protocol: SecurityProtocol = "PLAINTEXT"
    kafka_sasl_mechanism: SaslMechanism = "PLAIN"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    #: PEM CA bundle the brokers' certificates are checked against (default: the system's).
    kafka_ssl_cafile: Path | None = None
    #: Client certificate and key (PEM) for brokers that require mutual TLS.
    kafka_ssl_certfile: Path | None = None
    kafka_ssl_keyfile: Path | None = None
    kafka_ssl_key_password: SecretStr | None = None
    #: Off only for brokers whose certificates name no host the clients use.
    kafka_ssl_check_hostname: bool = True
    #: Bounds connecting and authenticating, so a wrong password fails instead of hanging.
    kafka_connect_timeout_s: float = Field(default=20.0, gt=0)
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
    #: Standby copies of each table partition kept by other workers. 0, not Faust's
    #: 1: with a standby every worker also applies the others' table updates, so a
    #: second worker added no capacity (summed CPU per article 1.41-1.68x one
    #: worker's; with 0: 0.89-0.95x, and 1.5-1.7x the articles/s; bench_pipeline
    #: --workers 1,2). A failover then replays the moved partitions' changelogs
    #: (rocksdb restart at 1M signatures: ~10 s). Set 1 for faster failover.
    standby_replicas: int = Field(default=0, ge=0)

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

    #: Loopback unless configured: the API and metrics are not for the whole network.
    web_host: str = "127.0.0.1"
    web_port: int = 6066
    #: Bearer token required on ``/api/*`` (SSE included); unset: open.
    api_token: SecretStr | None = None
    #: Bearer token required on ``/metrics``; unset: open. ``/health`` is always open.
    metrics_token: SecretStr | None = None
    #: Bytes of recent enriched articles the live view keeps (oldest evicted first).
    live_view_max_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    #: Port of ``wirewatch serve`` (the live feed out: API, SSE, page); same host.
    serve_port: int = 6067
    #: The worker runs the live feed out itself (serve's app on ``serve_port``) instead
    #: of leaving it to ``wirewatch serve``: for a single-worker set-up only, since each
    #: embedding worker replays every public output record.
    worker_embed_serve: bool = False
    #: Events the SSE replay window keeps for clients resuming with ``Last-Event-ID``.
    serve_replay_events: int = Field(default=10_000, ge=1)
    #: Worker health URLs serve probes for the page's health panel (comma-separated).
    serve_worker_urls: str = ""
    store: str = "memory://"
    data_dir: Path = Path("var/worker")
    #: at_least_once: outputs carry deterministic ids and state updates are idempotent
    #: on redelivery, so a replay after a crash repeats records, never changes them.
    #: exactly_once is refused: Faust opens a transaction per *destination* partition
    #: and commits input offsets in the transaction of the *source* partition, which
    #: holds only when every topic is co-partitioned. Here raw (N partitions) feeds
    #: one prepared partition, whose transaction commits only once stage 2 commits a
    #: prepared offset, and stage 2 (read_committed) never sees a committed record
    #: (``bench/bench_crash_replay.py --guarantee exactly_once``: README figures).
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    #: Lets ``exactly_once`` through, only to reproduce that measurement.
    allow_exactly_once: bool = False
    #: Kafka consumer group session timeout. Faust's default is 60 s; tests lower it.
    session_timeout_s: float = Field(default=30.0, gt=0)
    heartbeat_interval_s: float = Field(default=3.0, gt=0)
    rebalance_timeout_s: float = Field(default=60.0, gt=0)
    log_level: str = "info"
    #: Seconds between offset commits: what a crash replays, as repeats with the same ids
    #: (bench/bench_crash_replay.py, session 8: at 1 s one SIGKILL repeated 3.6-9.3 % of
    #: what was processed, at 0.5 s 1.2-5.3 %; README "Processing guarantee" says why 1 s).
    commit_interval_s: float = Field(default=1.0, gt=0)
    #: Longest time the broker holds one of the worker consumer's fetch requests open
    #: waiting for data (Faust hard-codes 1,500 ms; ``streams.app`` says why not).
    consumer_fetch_max_wait_ms: int = Field(default=50, ge=1, le=30_000)
    #: A table recovery running longer than this restarts the worker (exit 70) rather
    #: than stalling every partition (issue #11: one waited 5 minutes for records that
    #: never came). 0 turns the watch off.
    recovery_timeout_s: float = Field(default=600.0, ge=0)

    #: Stages 1 (prepare) and 2 (decide) take records in batches that close after
    #: this many records or ``batch_max_wait_ms`` after their first, whichever comes
    #: first; they wait for more only while more are fetched or on the broker, so at
    #: a trickle a batch is one record. Each record is acked once its batch's outputs
    #: are on the broker (``streams/batching.py``). 1: one record at a time.
    #: Off (1) by default: in two bench runs batches of 64 cost more CPU per article
    #: than one record at a time (README, "Batched stages").
    batch_max_records: int = Field(default=1, ge=1, le=10_000)
    batch_max_wait_ms: float = Field(default=10.0, ge=0, le=10_000)

    dedup_window_days: float = Field(default=7.0, gt=0)
    dedup_threshold: float | None = Field(default=None, gt=0, le=1)
    #: How often the dedup stage drops signatures that can no longer match. Verdicts
    #: do not depend on it (the window runs on stream time); memory does.
    dedup_evict_interval_s: float = Field(default=60.0, gt=0)

    #: Learned names (issue #12), on stream time (``wirewatch.core.entities.learned``):
    #: a name not yet seen in enough articles whose newest evidence is this many days
    #: older than the newest publication time the table has seen is dropped, and at
    #: most this many names are kept (the oldest pending ones go first).
    learned_pending_days: float = Field(default=30.0, gt=0)
    learned_max_names: int = Field(default=20_000, ge=1)

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

    @field_validator("alert_webhook_url")
    @classmethod
    def _webhook_is_http(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = value.strip()
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 - raises on an invalid port
        except ValueError as exc:
            raise ValueError(f"WIREWATCH_ALERT_WEBHOOK_URL is not a valid URL: {exc}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            # Not echoed: the URL may carry a token.
            raise ValueError(
                "WIREWATCH_ALERT_WEBHOOK_URL must be an absolute http:// or https:// URL "
                f"(got scheme {parts.scheme!r})"
            )
        return value

    @model_validator(mode="after")
    def _guarantee_is_supported(self) -> Settings:
        if self.processing_guarantee == "exactly_once" and not self.allow_exactly_once:
            raise ValueError(
                "WIREWATCH_PROCESSING_GUARANTEE=exactly_once is not supported: Faust's "
                "transactions assume co-partitioned topics, and with this topology they "
                "commit the raw offsets while stage 2 never sees a committed record (every "
                "article lost; README, 'Processing guarantee'). Use at_least_once: "
                "repeats after a crash carry the same ids."
            )
        return self

    @model_validator(mode="after")
    def _security_is_complete(self) -> Settings:
        if self.kafka_security_protocol.startswith("SASL_") and not (
            self.kafka_sasl_username and self.kafka_sasl_password
        ):
            raise ValueError(
                f"WIREWATCH_KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol} needs "
                "WIREWATCH_KAFKA_SASL_USERNAME and WIREWATCH_KAFKA_SASL_PASSWORD"
            )
        if (self.kafka_ssl_certfile is None) != (self.kafka_ssl_keyfile is None):
            raise ValueError(
                "WIREWATCH_KAFKA_SSL_CERTFILE and WIREWATCH_KAFKA_SSL_KEYFILE go together"
            )
        return self

    def secrets(self) -> list[str]:
        """Values that must never appear in a log line."""
        found = [
            secret.get_secret_value()
            for secret in (
                self.kafka_sasl_password,
                self.kafka_ssl_key_password,
                self.api_token,
                self.metrics_token,
            )
            if secret is not None
        ]
        if self.alert_webhook_url:
            found.extend(webhook_secrets(self.alert_webhook_url))
        return [s for s in found if s]


def webhook_secrets(url: str) -> list[str]:
    """A webhook URL is a credential as a whole (Slack's carry the token in the path);
    its password, query and a long path (a token) are also secret on their own."""
    parts = urlsplit(url)
    pieces = [url, parts.password or ""]
    if len(parts.path) >= 12:  # short paths ("/hook") would blank ordinary words
        pieces.append(parts.path)
    if parts.query:
        pieces.append(parts.query)
    return [p for p in pieces if len(p) >= 4]


@cache
def get_settings() -> Settings:
    return Settings()
