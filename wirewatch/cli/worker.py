"""``wirewatch worker``: the live Faust worker (creates missing topics first)."""

from __future__ import annotations

import argparse
import asyncio


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("worker", help="run the live stream worker")
    parser.add_argument("--loglevel", default=None, help="worker log level (default: settings)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.kafkaio import ensure_topics
    from wirewatch.settings import get_settings

    settings = get_settings()
    asyncio.run(ensure_topics(settings))

    # Imported late: importing the topology builds the app from the settings.
    from faust.worker import Worker

    from streams.app import app, pipeline

    pipeline.warm_up()
    worker = Worker(app, loglevel=args.loglevel or settings.log_level)
    worker.execute_from_commandline()
    return 0
