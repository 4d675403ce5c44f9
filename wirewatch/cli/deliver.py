"""``wirewatch deliver``: the alert webhook delivery on its own (the worker runs it too)."""

from __future__ import annotations

import argparse
import asyncio
import signal


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "deliver",
        help="deliver alerts from the alerts topic to WIREWATCH_ALERT_WEBHOOK_URL "
        "(committed position: a restart resumes where it stopped)",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.delivery.consumer import AlertDelivery
    from wirewatch.kafkaio import check_access
    from wirewatch.settings import get_settings

    settings = get_settings()
    if not settings.alert_webhook_url:
        raise SystemExit("wirewatch deliver: set WIREWATCH_ALERT_WEBHOOK_URL")

    async def main() -> None:
        await check_access(settings)  # a wrong password fails here, clearly
        delivery = AlertDelivery(settings)
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, delivery.stop)
        await delivery.run()

    asyncio.run(main())
    return 0
