"""Faust's Prometheus sensor with its per-record label lookups cached.

Faust's ``PrometheusMonitor`` calls ``labels()`` on every record in, every event,
every send and every table read and write (``topic=``, ``partition=``, ``table=``):
prometheus-client validates the label values and takes a lock on each call. Profiled
in the worker during ``bench/bench_pipeline.py`` (py-spy, compiled core), Faust's
sensors were 3.9 % of the worker's busy samples, ``labels()`` 1.2 % on its own, and
``_stream_label`` (a regex per event) more. The label children are the same objects
``labels()`` returns, looked up once per label values: the series and their values
are Faust's own. Faust removes the topic and partition series on a rebalance
(``_clear_partition_related_metrics``); the cache is dropped there too, so no write
goes to a removed child.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from faust.sensors.monitor import Monitor
from faust.sensors.prometheus import FaustMetrics, PrometheusMonitor
from faust.types import TP, AppT, CollectionT, EventT, Message, StreamT
from faust.types.transports import ProducerT
from faust.types.tuples import PendingMessage
from prometheus_client.metrics import MetricWrapperBase


class CachedPrometheusMonitor(PrometheusMonitor):
    """``PrometheusMonitor`` with the label children of its per-record calls cached."""

    def __init__(self, metrics: FaustMetrics, **kwargs: Any) -> None:
        super().__init__(metrics, **kwargs)
        self._label_children: dict[tuple[int, tuple[object, ...]], Any] = {}
        # Weakly keyed, as Faust's own per-stream state: a stream's id may be reused.
        self._stream_labels: WeakKeyDictionary[StreamT, str] = WeakKeyDictionary()

    def _child(self, metric: MetricWrapperBase, *values: object) -> Any:
        """``metric.labels(*values)``, looked up once (values in label-name order)."""
        key = (id(metric), values)
        child = self._label_children.get(key)
        if child is None:
            child = self._label_children[key] = metric.labels(*values)
        return child

    def _events_label(self, stream: StreamT) -> str:
        label = self._stream_labels.get(stream)
        if label is None:
            label = f"stream.{self._stream_label(stream)}.events"
            self._stream_labels[stream] = label
        return label

    def on_message_in(self, tp: TP, offset: int, message: Message) -> None:
        Monitor.on_message_in(self, tp, offset, message)
        metrics = self._metrics
        metrics.messages_received.inc()
        metrics.active_messages.inc()
        self._child(metrics.messages_received_per_topics, tp.topic).inc()
        self._child(metrics.messages_received_per_topics_partition, tp.topic, tp.partition).set(
            offset
        )

    def on_stream_event_in(
        self, tp: TP, offset: int, stream: StreamT, event: EventT
    ) -> dict[str, Any] | None:
        state = Monitor.on_stream_event_in(self, tp, offset, stream, event)
        metrics = self._metrics
        metrics.total_events.inc()
        metrics.total_active_events.inc()
        self._child(metrics.total_events_per_stream, self._events_label(stream)).inc()
        return state

    def on_table_get(self, table: CollectionT, key: Any) -> None:
        Monitor.on_table_get(self, table, key)
        self._child(
            self._metrics.table_operations, f"table.{table.name}", self.KEYS_RETRIEVED
        ).inc()

    def on_table_set(self, table: CollectionT, key: Any, value: Any) -> None:
        Monitor.on_table_set(self, table, key, value)
        self._child(self._metrics.table_operations, f"table.{table.name}", self.KEYS_UPDATED).inc()

    def on_table_del(self, table: CollectionT, key: Any) -> None:
        Monitor.on_table_del(self, table, key)
        self._child(self._metrics.table_operations, f"table.{table.name}", self.KEYS_DELETED).inc()

    def on_send_initiated(
        self,
        producer: ProducerT,
        topic: str,
        message: PendingMessage,
        keysize: int,
        valsize: int,
    ) -> Any:
        self._child(self._metrics.topic_messages_sent, f"topic.{topic}").inc()
        return Monitor.on_send_initiated(self, producer, topic, message, keysize, valsize)

    def track_tp_end_offset(self, tp: TP, offset: int) -> None:
        Monitor.track_tp_end_offset(self, tp, offset)
        self._child(self._metrics.topic_partition_end_offset, tp.topic, tp.partition).set(offset)

    def _clear_partition_related_metrics(self) -> None:
        # Faust removes the topic and partition series here: their children go too.
        self._label_children.clear()
        super()._clear_partition_related_metrics()


def use_cached_monitor(app: AppT) -> CachedPrometheusMonitor:
    """Replace the app's ``PrometheusMonitor`` (``setup_prometheus_sensors``) by the
    cached one, on the same metrics."""
    current = app.monitor
    if not isinstance(current, PrometheusMonitor):
        raise TypeError(f"the app's monitor is a {type(current).__name__}, not Prometheus's")
    monitor = CachedPrometheusMonitor(metrics=current._metrics)
    app.monitor = monitor
    return monitor
