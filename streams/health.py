"""Broker reachability as a metric, and bounded logs while it is unreachable."""

from __future__ import annotations

import asyncio
import logging
import os

from prometheus_client import Gauge

from streams.app import app
from wirewatch.logquiet import RepeatLimiter, install
from wirewatch.settings import get_settings
from wirewatch.stallwatch import StallWatch

settings = get_settings()

log = logging.getLogger(__name__)

#: Every few seconds a metadata request must answer within this bound.
PROBE_INTERVAL_S = 5.0
PROBE_TIMEOUT_S = 4.0

BROKER_UP = Gauge(
    "wirewatch_broker_up",
    "1 when the worker's last metadata request to the brokers answered within "
    f"{PROBE_TIMEOUT_S:g}s, else 0.",
)
LOG_LINES_HELD_BACK = Gauge(
    "wirewatch_log_lines_held_back",
    "Log lines not written because the same message repeated (e.g. during a broker outage).",
)

limiter = RepeatLimiter()
_last: dict[str, bool] = {}
LOG_LINES_HELD_BACK.set_function(lambda: limiter.suppressed_total)


@app.task
async def _quiet_repeated_logs() -> None:
    # A task: it runs after the worker has set up its log handlers.
    install(limiter)


@app.timer(interval=PROBE_INTERVAL_S)
async def _probe_broker() -> None:
    producer = app.producer
    client = getattr(getattr(producer, "_producer", None), "client", None)
    if client is None:
        return
    was_up = BROKER_UP._value.get()
    try:
        await asyncio.wait_for(client.fetch_all_metadata(), PROBE_TIMEOUT_S)
    except Exception as exc:  # any failure to answer is "unreachable"
        BROKER_UP.set(0)
        _last["up"] = False
        if was_up is not False:
            log.error("brokers unreachable: %s: %s", type(exc).__name__, exc)
        return
    BROKER_UP.set(1)
    _last["up"] = True
    if was_up is False:
        log.info("brokers reachable again")


#: Exit status of a worker that restarts itself out of a stalled recovery.
EXIT_RECOVERY_STALLED = 70
recovery_watch = StallWatch(settings.recovery_timeout_s)


@app.timer(interval=PROBE_INTERVAL_S)
async def _watch_recovery() -> None:
    if not settings.recovery_timeout_s:
        return
    if recovery_watch.overdue(bool(app.in_recovery)):
        log.critical(
            "table recovery has run for over %.0fs: exiting (status %d) so the worker "
            "restarts from the committed offsets",
            settings.recovery_timeout_s,
            EXIT_RECOVERY_STALLED,
        )
        logging.shutdown()
        os._exit(EXIT_RECOVERY_STALLED)
