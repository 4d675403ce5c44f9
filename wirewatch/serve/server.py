"""The live feed out running: its view of the output topics and its web server, as
``wirewatch serve`` runs them or a worker embeds them."""

from __future__ import annotations

import asyncio

from aiohttp import web

from wirewatch.core.pipeline import Pipeline
from wirewatch.liveview import LiveView
from wirewatch.serve.app import build_app
from wirewatch.serve.health import WorkerProbe
from wirewatch.settings import Settings


class LiveFeedServer:
    def __init__(
        self,
        settings: Settings,
        *,
        pipeline: Pipeline | None = None,
        host: str | None = None,
        port: int | None = None,
    ) -> None:
        self.settings = settings
        self.host = host if host is not None else settings.web_host
        self.port = port if port is not None else settings.serve_port
        self.view = LiveView(pipeline if pipeline is not None else Pipeline(settings))
        token = settings.api_token.get_secret_value() if settings.api_token else None
        self.app = build_app(
            self.view, api_token=token, probe=WorkerProbe.from_setting(settings.serve_worker_urls)
        )
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        await self.view.start()
        # Short shutdown: open SSE streams never finish on their own.
        self._runner = web.AppRunner(self.app, shutdown_timeout=2.0, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        if self.port == 0:  # an ephemeral port, for tests: report the one bound
            server = site._server
            assert isinstance(server, asyncio.Server)
            self.port = server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        await self.view.stop()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"
