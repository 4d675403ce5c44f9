"""Plain aiokafka plumbing for the user tools (topic creation, publish, tail)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.conn import collect_hosts, create_conn
from aiokafka.errors import (
    IllegalSaslStateError,
    SaslAuthenticationFailed,
    TopicAlreadyExistsError,
    UnsupportedSaslMechanismError,
)

from wirewatch.kafkaauth import client_options
from wirewatch.settings import Settings

log = logging.getLogger(__name__)


class KafkaAccessError(RuntimeError):
    """The cluster cannot be reached or refuses these credentials (a clear message)."""


async def check_access(settings: Settings) -> None:
    """Connect and authenticate to one bootstrap server, or raise ``KafkaAccessError``.

    aiokafka itself only says "Unable to bootstrap" and logs the cause: this names
    it (wrong credentials, an untrusted certificate, nothing listening), within
    ``kafka_connect_timeout_s``.
    """
    options = client_options(settings)
    timeout_s = settings.kafka_connect_timeout_s
    who = (
        f"user {settings.kafka_sasl_username!r} ({settings.kafka_sasl_mechanism})"
        if settings.kafka_security_protocol.startswith("SASL_")
        else settings.kafka_security_protocol
    )
    causes: list[str] = []
    for host, port, _family in collect_hosts(settings.kafka_bootstrap_servers):
        where = f"{host}:{port}"
        try:
            async with asyncio.timeout(timeout_s):
                conn = await create_conn(
                    host, port, request_timeout_ms=int(timeout_s * 1000), **options
                )
            conn.close()
            return
        except (SaslAuthenticationFailed, IllegalSaslStateError) as exc:
            raise KafkaAccessError(
                f"Kafka at {where} refused authentication for {who}: {exc}. "
                "Check WIREWATCH_KAFKA_SASL_USERNAME, WIREWATCH_KAFKA_SASL_PASSWORD and "
                "WIREWATCH_KAFKA_SASL_MECHANISM."
            ) from None
        except UnsupportedSaslMechanismError as exc:
            raise KafkaAccessError(
                f"Kafka at {where} does not offer SASL mechanism "
                f"{settings.kafka_sasl_mechanism}: {exc}"
            ) from None
        except ssl.SSLCertVerificationError as exc:
            raise KafkaAccessError(
                f"TLS to Kafka at {where} failed certificate verification: {exc.verify_message}. "
                "Check WIREWATCH_KAFKA_SSL_CAFILE."
            ) from None
        except TimeoutError:
            causes.append(f"{where}: no answer within {timeout_s:g}s (wrong security protocol?)")
        except (OSError, ssl.SSLError) as exc:
            causes.append(f"{where}: {exc}")
        except Exception as exc:  # aiokafka's own errors: report, try the next server
            causes.append(f"{where}: {type(exc).__name__}: {exc}")
    raise KafkaAccessError(
        f"cannot reach Kafka ({settings.kafka_security_protocol}): " + "; ".join(causes)
    )


def topic_plan(settings: Settings) -> dict[str, int]:
    """Every topic the pipeline reads or writes, with its partition count."""
    return {
        settings.topic_raw: settings.raw_partitions,
        settings.topic_prepared: 1,
        settings.topic_enriched: settings.enriched_partitions,
        settings.topic_contacts: settings.contacts_partitions,
        settings.topic_alerts: settings.alerts_partitions,
        settings.topic_deadletter: settings.deadletter_partitions,
    }


def changelog_plan(settings: Settings) -> dict[str, int]:
    """The state tables' changelog topics (``streams/tables.py``) with their partition
    counts. Created with the pipeline's topics: left to Faust, a changelog created just
    before the consumer subscribes can be missing from its metadata, and the table
    is then never assigned (``PartitionsMismatch`` on its first write)."""
    return {
        f"{settings.app_id}-dedup-signatures-changelog": 1,
        f"{settings.app_id}-contact-registry-changelog": settings.contacts_partitions,
        f"{settings.app_id}-learned-names-changelog": 1,
    }


def topic_max_message_bytes(settings: Settings) -> int:
    """The pipeline topics' ``max.message.bytes``: the largest output plus 64 KiB."""
    return settings.max_output_record_bytes + 64 * 1024


async def ensure_topics(settings: Settings, timeout_s: float = 60.0) -> list[str]:
    """Create the pipeline's topics that do not exist yet; return the ones created."""
    await check_access(settings)
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        request_timeout_ms=int(timeout_s * 1000),
        **client_options(settings),
    )
    await asyncio.wait_for(admin.start(), timeout_s)
    try:
        existing = set(await admin.list_topics())
        # Records up to the output limit must fit: the broker's default (~1 MiB) is
        # below it, so the topics say their own limit (with room for batch headers).
        configs = {"max.message.bytes": str(topic_max_message_bytes(settings))}
        missing = [
            NewTopic(name, partitions, settings.replication_factor, topic_configs=configs)
            for name, partitions in topic_plan(settings).items()
            if name not in existing
        ]
        compacted = {**configs, "cleanup.policy": "compact"}  # as Faust makes them
        missing += [
            NewTopic(name, partitions, settings.replication_factor, topic_configs=compacted)
            for name, partitions in changelog_plan(settings).items()
            if name not in existing
        ]
        if missing:
            # Another worker may create them in the meantime: that is the goal too.
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(missing, timeout_ms=int(timeout_s * 1000))
            log.info("created topics: %s", ", ".join(t.name for t in missing))
        return [t.name for t in missing]
    finally:
        await admin.close()
