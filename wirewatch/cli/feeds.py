"""``wirewatch feeds``: poll RSS/Atom feeds and publish new items to ``articles.raw``."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wirewatch.feeds.config import FeedsConfig
    from wirewatch.settings import Settings

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    from wirewatch.settings import get_settings

    settings = get_settings()
    parser = sub.add_parser(
        "feeds",
        help="poll RSS/Atom feeds and publish each new item once to Kafka",
        description="Poll RSS/Atom feeds (conditional GET, per-feed interval and timeout) "
        "and publish each new item once to the raw articles topic.",
    )
    parser.add_argument("--config", type=Path, required=True, help="feeds YAML file")
    parser.add_argument(
        "--once", action="store_true", help="poll every feed once and exit (1 if any failed)"
    )
    parser.add_argument(
        "--bootstrap-servers",
        default=settings.kafka_bootstrap_servers,
        help="Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS or %(default)s)",
    )
    parser.add_argument("--topic", default=settings.topic_raw, help="default: %(default)s")
    parser.add_argument(
        "--metrics-port",
        type=int,
        default=int(os.environ.get("WIREWATCH_FEEDS_METRICS_PORT", "6067")),
        help="Prometheus /metrics port; 0 disables (default: %(default)s)",
    )
    parser.add_argument(
        "--metrics-host",
        default=settings.web_host,
        help="address /metrics binds (default: $WIREWATCH_WEB_HOST or %(default)s)",
    )
    parser.add_argument("--state-dir", type=Path, help="overrides the config's state_dir")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from wirewatch.feeds.config import load_config

    config = load_config(args.config)
    if args.state_dir is not None:
        config = config.model_copy(update={"state_dir": args.state_dir})
    if args.metrics_port:
        from prometheus_client import start_http_server

        start_http_server(args.metrics_port, addr=args.metrics_host)
    from wirewatch.settings import get_settings

    settings = get_settings().model_copy(update={"kafka_bootstrap_servers": args.bootstrap_servers})
    return asyncio.run(_serve(config, settings, args.topic, once=args.once))


async def _serve(config: FeedsConfig, settings: Settings, topic: str, *, once: bool) -> int:
    from wirewatch.feeds.poller import FeedPoller
    from wirewatch.feeds.publisher import AiokafkaPublisher
    from wirewatch.kafkaauth import client_options
    from wirewatch.kafkaio import check_access

    await check_access(settings)
    async with (
        AiokafkaPublisher(
            settings.kafka_bootstrap_servers, topic, security=client_options(settings)
        ) as publisher,
        FeedPoller(config, publisher) as poller,
    ):
        if once:
            results = await poller.poll_all()
            return 0 if all(r.outcome in ("ok", "not_modified") for r in results) else 1
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        log.info("feeds: polling %d feeds into %s", len(config.feeds), topic)
        await poller.run(stop)
        log.info("feeds: stopped")
        return 0
