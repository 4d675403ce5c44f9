"""Web views on the worker's port: ``/health`` (and ``/metrics``, set up in
``streams.app``).

The live feed out (API, SSE, page) is ``wirewatch serve``'s: the worker no longer
replays the public output topics, unless ``WIREWATCH_WORKER_EMBED_SERVE`` makes it
run serve's app itself on ``WIREWATCH_SERVE_PORT`` (a single-worker set-up).
"""

from __future__ import annotations

from faust import web
from pydantic import SecretStr

from streams.app import app, pipeline, settings
from wirewatch.serve.server import LiveFeedServer
from wirewatch.webauth import bearer_middleware

embedded = LiveFeedServer(settings, pipeline=pipeline) if settings.worker_embed_serve else None


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


# Before the server starts, while aiohttp still accepts middlewares.
# web_app is the aiohttp driver's, which faust's Web interface does not declare
app.web.web_app.middlewares.append(  # type: ignore[attr-defined]
    bearer_middleware(
        api_token=_secret(settings.api_token), metrics_token=_secret(settings.metrics_token)
    )
)


if embedded is not None:
    live_feed = embedded  # the handlers below see it as set, not as optional

    @app.task
    async def _start_live_feed() -> None:
        await live_feed.start()

    @app.on_before_shutdown.connect
    async def _stop_live_feed(app_: object, **_: object) -> None:
        await live_feed.stop()


@app.page("/health")
async def health(self: web.View, request: web.Request) -> web.Response:
    """Liveness, always open. ``live_view`` is the embedded live feed's readiness
    (absent when ``wirewatch serve`` serves it)."""
    body: dict[str, object] = {"status": "ok", "app": app.conf.id}
    if embedded is not None:
        body["live_view"] = embedded.view.ready.is_set()
        body["serve_url"] = embedded.url
    return self.json(body)
