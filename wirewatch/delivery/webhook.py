"""Alert webhook delivery beside the alerts topic, never blocking the stream.

``submit`` only enqueues (bounded queue); one worker task POSTs alerts in order,
retrying connection errors, timeouts, 5xx and 429 with capped exponential backoff
and jitter. An alert that cannot be delivered (retries exhausted, a 4xx the
receiver will never accept, queue full, shutdown) goes to the injected
``dead_letter`` callback, so no alert is lost silently.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import quote

import httpx
import orjson
from prometheus_client import Counter
from pydantic import BaseModel, ConfigDict, Field

from schemas import ContactAlert
from schemas.contacts import AlertReason

log = logging.getLogger(__name__)

DeadLetterFn = Callable[[ContactAlert, str], Awaitable[None]]

DELIVERIES = Counter(
    "wirewatch_webhook_deliveries",
    "Alert webhook delivery attempts: ok, failed (each failed attempt), "
    "dead_lettered (gave up), dropped (queue full or stopped; also dead-lettered).",
    ["outcome"],
)
for _outcome in ("ok", "failed", "dead_lettered", "dropped"):
    DELIVERIES.labels(_outcome)


class WebhookSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str
    #: ``json``: the ContactAlert as on the alerts topic; ``slack``: ``{"text": ...}``.
    format: Literal["json", "slack"] = "json"
    timeout_s: float = Field(default=10.0, gt=0)
    max_attempts: int = Field(default=5, ge=1)
    backoff_initial_s: float = Field(default=0.5, ge=0)
    backoff_max_s: float = Field(default=30.0, ge=0)
    queue_size: int = Field(default=1000, ge=1)
    #: Bound on one dead_letter call, so a stuck dead-letter sink cannot stall delivery.
    dead_letter_timeout_s: float = Field(default=30.0, gt=0)
    #: Extra request headers, e.g. an Authorization token.
    headers: dict[str, str] = Field(default_factory=dict)


@dataclass(slots=True)
class DeliveryStats:
    delivered: int = 0
    failed_attempts: int = 0
    dead_lettered: int = 0
    dropped: int = 0


class _Permanent(Exception):
    """The receiver refused the alert in a way retrying will not change."""


class _Retryable(Exception):
    def __init__(self, message: str, retry_after_s: float | None = None) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class WebhookDelivery:
    def __init__(
        self,
        settings: WebhookSettings,
        dead_letter: DeadLetterFn,
        *,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.settings = settings
        self.stats = DeliveryStats()
        self._dead_letter_fn = dead_letter
        self._queue: asyncio.Queue[ContactAlert] = asyncio.Queue(settings.queue_size)
        self._client = client
        self._owns_client = client is None
        self._worker: asyncio.Task[None] | None = None
        self._in_flight: ContactAlert | None = None
        self._side_tasks: set[asyncio.Task[None]] = set()
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        if self._worker is not None:
            return
        if self._client is None:
            self._client = httpx.AsyncClient()
        self._worker = asyncio.create_task(self._run(), name="webhook-delivery")

    async def stop(self, drain_timeout_s: float = 5.0) -> None:
        """Stop taking alerts, deliver the queue for up to ``drain_timeout_s``, then
        dead-letter whatever is left (bounded by another ``drain_timeout_s``)."""
        self._closed = True
        if self._worker is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._queue.join(), drain_timeout_s)
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
            self._worker = None
        leftovers = [self._in_flight] if self._in_flight is not None else []
        self._in_flight = None
        while not self._queue.empty():
            leftovers.append(self._queue.get_nowait())
            self._queue.task_done()
        if leftovers:
            log.warning("webhook: %d alerts undelivered at shutdown", len(leftovers))
        for alert in leftovers:
            self._spawn_dead_letter(alert, "webhook delivery stopped before the alert was sent")
        if self._side_tasks:
            _, pending = await asyncio.wait(self._side_tasks, timeout=drain_timeout_s)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self._owns_client and self._client is not None:
            await self._client.aclose()
            self._client = None

    @property
    def queued(self) -> int:
        return self._queue.qsize()

    # -- the stream's side -----------------------------------------------------------

    def submit(self, alert: ContactAlert) -> bool:
        """Queue an alert for delivery; never blocks. False when it had to be dropped
        (queue full, or delivery stopped); a dropped alert is dead-lettered."""
        if not self._closed:
            try:
                self._queue.put_nowait(alert)
                return True
            except asyncio.QueueFull:
                reason = f"webhook queue full ({self.settings.queue_size} alerts waiting)"
        else:
            reason = "webhook delivery stopped"
        self.stats.dropped += 1
        DELIVERIES.labels("dropped").inc()
        log.warning("webhook: alert %s dropped: %s", alert.alert_id, reason)
        self._spawn_dead_letter(alert, reason)
        return False

    # -- the worker ------------------------------------------------------------------

    async def _run(self) -> None:
        while True:
            alert = await self._queue.get()
            self._in_flight = alert
            try:
                error = await self._deliver(alert)
            except Exception as exc:  # the worker must outlive any one alert
                log.exception("webhook: delivering alert %s failed", alert.alert_id)
                error = f"internal error: {type(exc).__name__}: {exc}"
            # Not reached when stop() cancels the delivery: stop() dead-letters it then.
            self._in_flight = None
            try:
                if error is not None:
                    await self._dead_letter(alert, error)
            finally:
                # Only now: stop()'s drain must also wait for the dead letter.
                self._queue.task_done()

    async def _deliver(self, alert: ContactAlert) -> str | None:
        """POST with retries; None once delivered, else why it was given up."""
        settings = self.settings
        body = render_body(alert, settings.format)
        headers = {"Content-Type": "application/json", **settings.headers}
        error = "no attempt made"
        for attempt in range(1, settings.max_attempts + 1):
            try:
                await self._post(body, headers)
            except _Permanent as exc:
                self._count_failure()
                return f"{exc} (not retried)"
            except _Retryable as exc:
                self._count_failure()
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
            self.stats.delivered += 1
            DELIVERIES.labels("ok").inc()
            return None
        return error

    async def _post(self, body: bytes, headers: dict[str, str]) -> None:
        assert self._client is not None, "start() first"
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
            raise _Retryable(f"HTTP {status}", _retry_after(response))
        raise _Permanent(f"HTTP {status}")

    def _backoff(self, attempt: int, retry_after_s: float | None) -> float:
        cap = self.settings.backoff_max_s
        if retry_after_s is not None:
            return min(retry_after_s, cap)
        ceiling = min(cap, self.settings.backoff_initial_s * 2 ** (attempt - 1))
        # Jitter, so receivers recovering from an outage are not hit in lockstep.
        return random.uniform(ceiling / 2, ceiling)

    def _count_failure(self) -> None:
        self.stats.failed_attempts += 1
        DELIVERIES.labels("failed").inc()

    # -- dead letters ----------------------------------------------------------------

    async def _dead_letter(self, alert: ContactAlert, error: str) -> None:
        self.stats.dead_lettered += 1
        DELIVERIES.labels("dead_lettered").inc()
        log.warning("webhook: alert %s dead-lettered: %s", alert.alert_id, error)
        try:
            await asyncio.wait_for(
                self._dead_letter_fn(alert, error), self.settings.dead_letter_timeout_s
            )
        except Exception:
            log.exception("webhook: dead-lettering alert %s failed; it is lost", alert.alert_id)

    def _spawn_dead_letter(self, alert: ContactAlert, error: str) -> None:
        task = asyncio.get_running_loop().create_task(self._dead_letter(alert, error))
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)


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


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP-date: fall back to our own backoff
