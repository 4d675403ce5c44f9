"""Web views on the worker's port, beside ``/metrics`` (set up in ``streams.app``)."""

from __future__ import annotations

from faust import web

from streams.app import app


@app.page("/health")
async def health(self: web.View, request: web.Request) -> web.Response:
    return self.json({"status": "ok", "app": app.conf.id})
