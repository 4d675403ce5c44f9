"""The cached Prometheus sensor publishes exactly Faust's series, and none to a
series Faust removed on a rebalance."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP
from prometheus_client import CollectorRegistry

from streams.app import app
from streams.sensors import CachedPrometheusMonitor, use_cached_monitor


def _samples(registry: CollectorRegistry) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in registry.collect()
        for sample in family.samples
        if not sample.name.endswith("_created")
    }


def _monitor(kind: type[PrometheusMonitor]) -> tuple[Any, CollectorRegistry]:
    registry = CollectorRegistry()
    return kind(metrics=FaustMetrics.create(registry, "t")), registry


class _Task:
    """A stream's owning task, as the sensors key it (weakly)."""


class _Stream:
    """What the sensors read of a stream (Faust keeps streams in weak-key maps)."""

    def __init__(self, shortlabel: str) -> None:
        self.shortlabel = shortlabel
        self.task_owner = _Task()


def _drive(monitor: Any) -> None:
    """A few records through every per-record hook the cached sensor overrides,
    on two topics and partitions, each label combination more than once."""
    streams = [_Stream("Stream: Topic: articles.raw"), _Stream("Stream: Topic: events.contacts")]
    tables = [SimpleNamespace(name="dedup-signatures"), SimpleNamespace(name="contact-registry")]
    for n in range(6):
        tp = TP("articles.raw" if n % 2 else "articles.prepared", n % 3)
        monitor.on_message_in(tp, 100 + n, SimpleNamespace())
        monitor.on_stream_event_in(tp, 100 + n, streams[n % 2], SimpleNamespace())
        monitor.on_table_get(tables[n % 2], f"k{n}")
        monitor.on_table_set(tables[n % 2], f"k{n}", "v")
        if n % 3 == 0:
            monitor.on_table_del(tables[n % 2], f"k{n}")
        monitor.on_send_initiated(None, f"out-{n % 2}", None, 1, 2)
        monitor.track_tp_end_offset(tp, 200 + n)


def test_same_series_and_values_as_faust_sensor() -> None:
    faust_monitor, faust_registry = _monitor(PrometheusMonitor)
    cached, cached_registry = _monitor(CachedPrometheusMonitor)
    _drive(faust_monitor)
    _drive(cached)
    expected = _samples(faust_registry)
    assert expected == _samples(cached_registry)
    # Not vacuous: the labelled series the overrides write are there, with counts.
    key = ("t_topic_messages_sent_total", (("topic", "topic.out-0"),))
    assert expected[key] == 3.0
    assert expected[("t_messages_received_per_topics_partition", (("partition", "2"),
                     ("topic", "articles.raw")))] == 105.0  # fmt: skip


def test_series_removed_on_rebalance_come_back_when_written_again() -> None:
    """Faust drops the topic and partition series on a rebalance; a record after it
    must recreate them, not update a child the registry no longer holds."""
    faust_monitor, faust_registry = _monitor(PrometheusMonitor)
    cached, cached_registry = _monitor(CachedPrometheusMonitor)
    for monitor in (faust_monitor, cached):
        _drive(monitor)
        monitor._clear_partition_related_metrics()
        monitor.on_message_in(TP("articles.raw", 1), 7, SimpleNamespace())
        monitor.on_send_initiated(None, "out-1", None, 1, 2)
    after = _samples(cached_registry)
    assert after == _samples(faust_registry)
    assert after[("t_messages_received_per_topic_total", (("topic", "articles.raw"),))] == 1.0
    assert after[("t_topic_messages_sent_total", (("topic", "topic.out-1"),))] == 1.0
    assert ("t_topic_messages_sent_total", (("topic", "topic.out-0"),)) not in after


def test_the_worker_app_runs_the_cached_sensor() -> None:
    assert isinstance(app.monitor, CachedPrometheusMonitor)


def test_refuses_a_monitor_that_is_not_prometheus() -> None:
    with pytest.raises(TypeError):
        use_cached_monitor(SimpleNamespace(monitor=object()))  # type: ignore[arg-type]
