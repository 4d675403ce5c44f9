"""``GET /api/stream``: Server-Sent Events a client can resume.

Every event carries ``id: topic:partition:offset`` and the stream opens with a
``retry:``; a client reconnecting with ``Last-Event-ID`` first gets the retained
events it missed, or ``event: gap`` when some are gone (it should then refetch
``/api/alerts`` and ``/api/contacts``), then the live events. The framing of events
is aiohttp-sse's.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

from aiohttp import web
from aiohttp_sse import EventSourceResponse, sse_response

from wirewatch.liveview import LiveView
from wirewatch.serve.events import KINDS, LiveRecord

#: Seconds between SSE comment lines, so proxies keep idle streams open.
KEEPALIVE_S = 15.0
#: Milliseconds a disconnected client waits before reconnecting.
RETRY_MS = 2000
DEFAULT_KINDS = "article,alert"


def requested_kinds(request: web.Request) -> frozenset[str]:
    wanted = request.query.get("kinds", DEFAULT_KINDS).split(",")
    return frozenset(k.strip() for k in wanted if k.strip() in KINDS)


def last_event_id(request: web.Request) -> str | None:
    """The header browsers send on reconnect; a query parameter for clients that
    cannot set headers on the first connection."""
    found = request.headers.get("Last-Event-ID") or request.query.get("last_event_id")
    return found.strip() if found and found.strip() else None


async def _send(sse: EventSourceResponse, record: LiveRecord) -> None:
    await sse.send(record.value.decode("utf-8"), id=record.event_id, event=record.kind)


async def stream(request: web.Request, view: LiveView) -> web.StreamResponse:
    kinds = requested_kinds(request)
    resume_from = last_event_id(request)
    async with (
        sse_response(request, ping_interval=KEEPALIVE_S) as sse,
        view.subscribe(kinds, resume_from) as (subscriber, resume),
    ):
        await sse.write(f"retry: {RETRY_MS}\n\n: connected\n\n".encode())
        last_seq = 0
        if resume is not None and resume.gap:
            detail = {"last_event_id": resume_from, "reason": resume.reason}
            await sse.send(json.dumps(detail), event="gap")
        elif resume is not None:
            for record in resume.records:
                await _send(sse, record)
                last_seq = record.seq
        # Ends when the client goes away (the write fails) or the server stops.
        with contextlib.suppress(ConnectionResetError, TimeoutError, asyncio.CancelledError):
            while sse.is_connected():
                try:
                    record = await subscriber.next(KEEPALIVE_S)
                except TimeoutError:
                    continue  # aiohttp-sse's own ping keeps the line open
                if record.seq > last_seq:
                    await _send(sse, record)
    return sse
