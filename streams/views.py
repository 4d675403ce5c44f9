"""Web views on the worker's port: health, the live feed out, and ``/metrics``
(the latter set up in ``streams.app``)."""

from __future__ import annotations

import asyncio
import contextlib
import json

from aiohttp import web as aiohttp_web
from faust import web
from pydantic import SecretStr

from streams.app import app, pipeline, settings
from wirewatch.liveview import LiveView
from wirewatch.webauth import bearer_middleware

live = LiveView(pipeline)


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


# Before the server starts, while aiohttp still accepts middlewares.
app.web.web_app.middlewares.append(
    bearer_middleware(
        api_token=_secret(settings.api_token), metrics_token=_secret(settings.metrics_token)
    )
)
#: Seconds between SSE comment lines, so proxies keep idle streams open.
SSE_KEEPALIVE_S = 15.0


@app.task
async def _start_live_view() -> None:
    await live.start()


@app.on_before_shutdown.connect
async def _stop_live_view(app_: object, **_: object) -> None:
    await live.stop()


def _limit(request: web.Request, default: int = 100, ceiling: int = 1000) -> int:
    try:
        return max(1, min(ceiling, int(request.query.get("limit", default))))
    except ValueError:
        return default


@app.page("/health")
async def health(self: web.View, request: web.Request) -> web.Response:
    """Liveness, always open; ``live_view`` turns true once the view serves."""
    return self.json({"status": "ok", "app": app.conf.id, "live_view": live.ready.is_set()})


@app.page("/api/alerts")
async def alerts(self: web.View, request: web.Request) -> web.Response:
    """Recent alerts, newest first; ``?watch=turkey-libya&reason=new&limit=50``."""
    found = live.recent_alerts(
        watch=request.query.get("watch"),
        reason=request.query.get("reason"),
        limit=_limit(request),
    )
    return self.json({"alerts": found, "count": len(found)})


@app.page("/api/contacts")
async def contacts(self: web.View, request: web.Request) -> web.Response:
    """The contact registry: every participant pair seen, with its history."""
    rows = live.contacts(watch=request.query.get("watch"))
    return self.json({"contacts": rows, "count": len(rows)})


@app.page("/api/articles/{article_id}")
async def article(self: web.View, request: web.Request, article_id: str) -> web.Response:
    """A recent enriched article by id (the last few thousand are kept)."""
    found = live.article(article_id)
    if found is None:
        return self.json({"error": f"article {article_id!r} not among recent articles"}, status=404)
    return self.json(found)


@app.page("/api/stream")
async def stream(self: web.View, request: web.Request) -> aiohttp_web.StreamResponse:
    """Server-Sent Events: ``event: article`` and ``event: alert`` as they are published.

    ``?kinds=alert`` narrows the stream. Records are sent from the moment of
    connection on; use ``/api/alerts`` for what came before.
    """
    wanted = request.query.get("kinds", "article,alert").split(",")
    kinds = frozenset(k.strip() for k in wanted if k.strip() in {"article", "alert"})
    response = aiohttp_web.StreamResponse(
        headers={
            "Content-Type": "text/event-stream",
            "Cache-Control": "no-cache",
            "X-Accel-Buffering": "no",
        }
    )
    await response.prepare(request)  # type: ignore[arg-type]
    await response.write(b": connected\n\n")
    async with live.subscribe(kinds) as subscriber:
        # Ends when the client goes away (the write fails) or the worker stops.
        with contextlib.suppress(ConnectionResetError, asyncio.CancelledError):
            while True:
                try:
                    record = await subscriber.next(SSE_KEEPALIVE_S)
                except TimeoutError:
                    await response.write(b": keep-alive\n\n")
                    continue
                data = json.dumps(record.data, ensure_ascii=False)
                await response.write(f"event: {record.kind}\ndata: {data}\n\n".encode())
    return response
