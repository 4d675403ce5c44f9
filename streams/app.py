"""The one Faust app and its factory: a leaf, imported by the modules that register
on it and importing none of them.

Its configuration comes from ``wirewatch.settings``. The topology registers itself
through Faust's autodiscovery (``autodiscover=True, origin="streams"``): when one of
Faust's commands starts (``wirewatch worker``, ``agents``, ...), Faust imports every
module of the ``streams`` package, whose ``@app.agent``/``@app.timer``/... decorators
register the topology. Nothing heavy happens on import: the pipeline, the metric
series and the dedup state are built by ``streams.context`` when the worker
initialises.
"""

from __future__ import annotations

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.types import TransportT

from streams.sensors import use_cached_monitor
from streams.transport import Transport
from wirewatch import metrics
from wirewatch.kafkaauth import faust_credentials
from wirewatch.settings import Settings, get_settings


def broker_url(bootstrap_servers: str) -> str:
    return ";".join(f"kafka://{server.strip()}" for server in bootstrap_servers.split(","))


class App(faust.App):
    """Faust's app on :mod:`streams.transport`, which re-positions every partition
    after a rebalance (aiokafka skips never-committed ones)."""

    #: ``fetch_max_wait_ms`` of the worker's consumer (:mod:`streams.transport` applies
    #: it); Faust's own is 1,500 ms. ``create_app`` says why it is lower.
    fetch_max_wait_ms: int = 1500

    def _new_transport(self) -> TransportT:
        return Transport(self.conf.broker_consumer, self)


def create_app(settings: Settings) -> App:
    app = App(
        settings.app_id,
        broker=broker_url(settings.kafka_bootstrap_servers),
        broker_credentials=faust_credentials(settings),
        store=settings.store,
        datadir=str(settings.data_dir),
        # Faust binds ``web_bind`` (0.0.0.0 by default); ``web_host`` only names it.
        web_bind=settings.web_host,
        web_host=settings.web_host,
        web_port=settings.web_port,
        processing_guarantee=settings.processing_guarantee,
        topic_replication_factor=settings.replication_factor,
        table_standby_replicas=settings.standby_replicas,
        topic_partitions=settings.raw_partitions,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.heartbeat_interval_s,
        broker_rebalance_timeout=settings.rebalance_timeout_s,
        broker_commit_interval=settings.commit_interval_s,
        producer_acks=-1,
        # Articles are ~4 KB: the 16 KB default batch sends ~3 records a request,
        # and round trips, not CPU, then bound throughput (measured in bench/).
        producer_max_batch_size=512 * 1024,
        producer_linger=0.005,
        producer_max_request_size=4 * 1024 * 1024,
        # Bigger fetches: the consumer thread shares the GIL with the CPU-bound
        # agents, so each of its turns should bring in many records.
        consumer_max_fetch_size=4 * 1024 * 1024,
        broker_max_poll_records=2000,
        web_enabled=True,
        # Faust's project layout: the modules of ``streams`` register the topology.
        autodiscover=True,
        origin="streams",
    )
    # The fetch wait bounds how long the consumer can be blind to new records. aiokafka
    # sends one fetch request per broker at a time and leaves out of it every partition
    # whose fetched records Faust has not taken yet (Faust hands records over one per
    # event-loop turn, so a busy worker takes them late); such a request may hold only
    # partitions that get no records (``__assignor-__leader``, an idle changelog), and
    # the broker keeps it open for the whole wait, during which no partition is fetched.
    # Measured (bench_pipeline.py --count 600 --latency-count 600 --start-first --trace,
    # load ~2.5): with Faust's 1,500 ms, p99 363-585 ms at a paced 100/s, of which the
    # two fetches (publish -> fetched by stage 1, prepared -> fetched by stage 2) were
    # p99 301 and 233 ms while each stage's own work was <= 13 ms; fetch requests
    # holding only the leader partition ran the full 1,501 ms, and once behind, every
    # hop waited ~1.5 s. Against main in the same runs (--count 3000 --trace, 4 runs,
    # load 1.9-2.9): paced p99 25-160 ms, main 20-4,945 ms (p50 3.3 s in one), rate
    # and CPU per article unchanged. An idle worker now fetches every 50 ms instead of
    # every 1.5 s (bench/README.md, "Where a paced record waits").
    app.fetch_max_wait_ms = settings.consumer_fetch_max_wait_ms
    # A fixed prefix, not the app id: dashboards and rules must not depend on it.
    setup_prometheus_sensors(app, pattern="/metrics", name_prefix="wirewatch_faust")
    use_cached_monitor(app)  # the same series, fewer label lookups per record
    metrics.source_label.limit = settings.metrics_max_sources
    return app


app = create_app(get_settings())
