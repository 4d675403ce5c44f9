"""Optional webhook delivery of alerts, beside the alerts topic (never blocking the stream)."""

from __future__ import annotations

import logging

from schemas import ContactAlert, DeadLetter, DeadLetterReason
from streams import topics
from streams.app import app, settings
from wirewatch.delivery.webhook import WebhookDelivery, WebhookSettings

log = logging.getLogger(__name__)

_delivery: WebhookDelivery | None = None


async def _dead_letter(alert: ContactAlert, error: str) -> None:
    payload = alert.model_dump_json().encode("utf-8")
    letter = DeadLetter(
        reason=DeadLetterReason.WEBHOOK_FAILED,
        error=error,
        payload_b64=DeadLetter.encode(payload) or "",
        payload_text=payload.decode("utf-8"),
        source_topic=settings.topic_alerts,
        received_at=alert.raised_at,
    )
    await topics.dead_letters.send(
        key=alert.alert_id.encode("utf-8"), value=letter.model_dump_json().encode("utf-8")
    )


@app.task
async def _start_webhook() -> None:
    global _delivery
    if settings.alert_webhook_url:
        _delivery = WebhookDelivery(
            WebhookSettings(url=settings.alert_webhook_url, format=settings.alert_webhook_format),
            dead_letter=_dead_letter,
        )
        await _delivery.start()
        log.info("alert webhook delivery to %s", settings.alert_webhook_url)


@app.on_before_shutdown.connect
async def _stop_webhook(app_: object, **_: object) -> None:
    if _delivery is not None:
        await _delivery.stop(drain_timeout_s=5.0)


async def deliver_alert(alert: ContactAlert) -> None:
    if _delivery is not None:
        _delivery.submit(alert)
