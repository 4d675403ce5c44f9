"""``wirewatch serve``: the live feed out (REST API, SSE, live page) as its own process."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "serve",
        help="serve the live feed out: /api/alerts, /api/contacts, /api/articles, SSE "
        "/api/stream and the live page at / (reads the output topics; no consumer group)",
    )
    parser.add_argument("--host", help="address to bind (default: WIREWATCH_WEB_HOST)")
    parser.add_argument(
        "--port", type=int, help="port to bind (default: WIREWATCH_SERVE_PORT, 6067)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.kafkaio import check_access
    from wirewatch.serve.server import LiveFeedServer
    from wirewatch.settings import get_settings

    settings = get_settings()

    async def main() -> None:
        await check_access(settings)  # a wrong password fails here, clearly
        server = LiveFeedServer(settings, host=args.host, port=args.port)
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stopping.set)
        await server.start()
        log.info("live feed out on %s (page at /)", server.url)
        try:
            await stopping.wait()
        finally:
            await server.stop()

    asyncio.run(main())
    return 0
