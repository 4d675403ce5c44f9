"""Webhook delivery of alerts, driven from the alerts topic (see ``wirewatch.delivery.consumer``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from streams.app import app, settings
from wirewatch.delivery.consumer import AlertDelivery

log = logging.getLogger(__name__)

_delivery: AlertDelivery | None = None
_running: asyncio.Task[None] | None = None
#: Bound on shutdown: the batch in flight settles within its own retries or is
#: delivered again by the next worker from the committed position.
STOP_TIMEOUT_S = 10.0


@app.task
async def _start_alert_delivery() -> None:
    global _delivery, _running
    if not settings.alert_webhook_url:
        return
    _delivery = AlertDelivery(settings)
    _running = asyncio.create_task(_delivery.run(), name="alert-delivery")


@app.on_before_shutdown.connect
async def _stop_alert_delivery(app_: object, **_: object) -> None:
    if _delivery is None or _running is None:
        return
    _delivery.stop()
    try:
        await asyncio.wait_for(asyncio.shield(_running), STOP_TIMEOUT_S)
    except TimeoutError:
        log.warning("alert delivery did not settle its batch in %.0fs", STOP_TIMEOUT_S)
        _running.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await _running
