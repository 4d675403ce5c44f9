"""Web views on the worker's port: ``/health`` (and ``/metrics``, set up in
``streams.app``).

The live feed out (API, SSE, page) is ``wirewatch serve``'s: the worker no longer
replays the public output topics, unless ``WIREWATCH_WORKER_EMBED_SERVE`` makes it
run serve's app itself on ``WIREWATCH_SERVE_PORT`` (a single-worker set-up; built
in ``streams.context``).
"""

from __future__ import annotations

from faust import web
from pydantic import SecretStr

from streams.app import app
from streams.context import worker_context
from wirewatch.settings import get_settings
from wirewatch.webauth import bearer_middleware


def _secret(value: SecretStr | None) -> str | None:
    return value.get_secret_value() if value is not None else None


#: The aiohttp app the bearer check was added to (Faust may send ``on_worker_init``
#: more than once: ``App.main`` and its command line both initialise the worker).
_guarded: list[object] = []


@app.on_worker_init.connect
def _guard_the_api(app_: object, **_: object) -> None:
    # When the worker initialises: after Faust made its web server, before it
    # starts, while aiohttp still accepts middlewares.
    # web_app is the aiohttp driver's, which faust's Web interface does not declare
    web_app = app.web.web_app  # type: ignore[attr-defined]
    if any(guarded is web_app for guarded in _guarded):
        return
    settings = get_settings()
    web_app.middlewares.append(
        bearer_middleware(
            api_token=_secret(settings.api_token), metrics_token=_secret(settings.metrics_token)
        )
    )
    _guarded.append(web_app)


@app.task
async def _start_live_feed() -> None:
    embedded = worker_context().embedded
    if embedded is not None:
        await embedded.start()


@app.on_before_shutdown.connect
async def _stop_live_feed(app_: object, **_: object) -> None:
    embedded = worker_context().embedded
    if embedded is not None:
        await embedded.stop()


@app.page("/health")
async def health(self: web.View, request: web.Request) -> web.Response:
    """Liveness, always open. ``live_view`` is the embedded live feed's readiness
    (absent when ``wirewatch serve`` serves it)."""
    body: dict[str, object] = {"status": "ok", "app": app.conf.id}
    embedded = worker_context().embedded
    if embedded is not None:
        body["live_view"] = embedded.view.ready.is_set()
        body["serve_url"] = embedded.url
    return self.json(body)
