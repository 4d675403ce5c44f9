"""Alert webhook: one alert POSTed with bounded retries, and how it is rendered.

:class:`WebhookClient` delivers one alert: connection errors, timeouts, 5xx and 429
are retried with capped exponential backoff and jitter (``Retry-After`` honoured in
both its forms); a 4xx the receiver will never accept is not. Which alerts to deliver,
and what to do with one given up, is the delivery consumer's job
(:mod:`wirewatch.delivery.consumer`), which reads them from the alerts topic with a
committed position of its own, so a crash resumes where it stopped.
"""

from __future__ import annotations

import asyncio
import logging
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import quote

import httpx
import orjson
from prometheus_client import Counter
from pydantic import BaseModel, ConfigDict, Field

from schemas import ContactAlert
from schemas.contacts import AlertReason

log = logging.getLogger(__name__)

ATTEMPTS = Counter(
    "wirewatch_webhook_attempts",
    "Alert webhook HTTP attempts by result: ok (2xx), retryable (timeout, connection "
    "error, 5xx, 429) or rejected (another 4xx, not retried).",
    ["result"],
)
ALERTS = Counter(
    "wirewatch_webhook_alerts",
    "Alerts settled by the webhook delivery: delivered, or dead_lettered (given up "
    "after retries, rejected, or unreadable).",
    ["outcome"],
)
for _result in ("ok", "retryable", "rejected"):
    ATTEMPTS.labels(_result)
for _outcome in ("delivered", "dead_lettered"):
    ALERTS.labels(_outcome)


class WebhookSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str
    #: ``json``: the ContactAlert as on the alerts topic; ``slack``: ``{"text": ...}``.
    format: Literal["json", "slack"] = "json"
    #: Bound on one whole HTTP exchange (connect, send, read).
    timeout_s: float = Field(default=10.0, gt=0)
    max_attempts: int = Field(default=5, ge=1)
    backoff_initial_s: float = Field(default=0.5, ge=0)
    backoff_max_s: float = Field(default=30.0, ge=0)
    #: Alerts in flight at once: one slow or hanging request does not hold the rest.
    concurrency: int = Field(default=8, ge=1, le=256)
    #: Extra request headers, e.g. an Authorization token.
    headers: dict[str, str] = Field(default_factory=dict)


class _Permanent(Exception):
    """The receiver refused the alert in a way retrying will not change."""


class _Retryable(Exception):
    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class WebhookClient:
    """POSTs alerts; ``deliver`` returns None once the receiver took the alert, else why not."""

    def __init__(self, settings: WebhookSettings, client: httpx.AsyncClient | None = None) -> None:
        self.settings = settings
        self._client = client or httpx.AsyncClient(
            limits=httpx.Limits(max_connections=settings.concurrency)
        )
        self._owns_client = client is None

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def deliver(self, alert: ContactAlert) -> str | None:
        """POST with retries: None once delivered, else the reason it was given up.
        Bounded: at most ``max_attempts`` exchanges of ``timeout_s`` and their backoffs."""
        settings = self.settings
        body = render_body(alert, settings.format)
        headers = {"Content-Type": "application/json", **settings.headers}
        error = "no attempt made"
        for attempt in range(1, settings.max_attempts + 1):
            try:
                await self._post(body, headers)
            except _Permanent as exc:
                ATTEMPTS.labels("rejected").inc()
                return f"{exc} (not retried)"
            except _Retryable as exc:
                ATTEMPTS.labels("retryable").inc()
                error = f"{exc} after {attempt} attempts"
                if attempt < settings.max_attempts:
                    delay = self._backoff(attempt, exc.retry_after_s)
                    log.info(
                        "webhook: alert %s attempt %d failed (%s), retry in %.2fs",
                        alert.alert_id,
                        attempt,
                        exc,
                        delay,
                    )
                    await asyncio.sleep(delay)
                continue
            ATTEMPTS.labels("ok").inc()
            return None
        return error

    async def _post(self, body: bytes, headers: dict[str, str]) -> None:
        try:
            # asyncio.timeout bounds the whole exchange; httpx's timeout is per read.
            async with asyncio.timeout(self.settings.timeout_s):
                response = await self._client.post(
                    self.settings.url,
                    content=body,
                    headers=headers,
                    timeout=self.settings.timeout_s,
                )
        except (TimeoutError, httpx.TimeoutException):
            raise _Retryable(f"timeout after {self.settings.timeout_s:g}s") from None
        except httpx.TransportError as exc:
            raise _Retryable(f"{type(exc).__name__}: {exc}") from None
        status = response.status_code
        if 200 <= status < 300:
            return
        if status == 429 or status >= 500:
            raise _Retryable(f"HTTP {status}", retry_after_s(response.headers.get("retry-after")))
        raise _Permanent(f"HTTP {status}")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        cap = self.settings.backoff_max_s
        if retry_after is not None:
            return min(retry_after, cap)
        ceiling = min(cap, self.settings.backoff_initial_s * 2 ** (attempt - 1))
        # Jitter, so receivers recovering from an outage are not hit in lockstep.
        return random.uniform(ceiling / 2, ceiling)


# -- bodies --------------------------------------------------------------------------


def render_body(alert: ContactAlert, fmt: str) -> bytes:
    if fmt == "slack":
        return orjson.dumps({"text": slack_text(alert)})
    return alert.model_dump_json().encode("utf-8")


def slack_text(alert: ContactAlert) -> str:
    """One line, e.g. ``New Turkey–Libya contact: Khalifa Haftar (LY) — Ibrahim Kalin (TR),
    meeting in Benghazi, 2026-11-24 — <https://…>``."""
    lead = "New" if alert.reason == AlertReason.NEW else "Renewed"
    # Watch names are country slugs ("turkey-libya"); this keeps the module free of the
    # watch config while reading as the example does.
    pair = "–".join(part.replace("_", " ").title() for part in alert.watch.split("-"))
    people = " — ".join(f"{p.name} ({p.country})" for p in alert.participants)
    what = alert.kind.replace("_", " ")
    if alert.location is not None:
        what += f" in {alert.location.name}"
    parts = [f"{lead} {pair} contact: {people}", what]
    if alert.occurred_at is not None:
        parts.append(alert.occurred_at.date().isoformat())
    text = _slack_escape(", ".join(parts))
    if alert.url:
        # Slack's link syntax; <, > and | would end it early.
        text += f" — <{quote(alert.url, safe=':/?#[]@!$&()*+,;=%~-._')}>"
    return text


def _slack_escape(text: str) -> str:
    # The three characters Slack requires escaped in message text.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def retry_after_s(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` in seconds: delta-seconds or an HTTP-date (RFC 9110 10.2.3)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
