"""The ``wirewatch`` command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from prometheus_client import disable_created_metrics

from wirewatch import __version__
from wirewatch.cli import (
    deliver,
    evaluate,
    feeds,
    kb,
    process,
    schemas_cmd,
    serve,
    tools,
    worker,
)

_COMMANDS = [worker, serve, deliver, process, tools, feeds, schemas_cmd, kb, evaluate]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wirewatch", description="Event-driven news stream processor."
    )
    parser.add_argument("--version", action="version", version=f"wirewatch {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in _COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from pydantic import ValidationError

    from wirewatch import logredact
    from wirewatch.kafkaio import KafkaAccessError
    from wirewatch.settings import get_settings

    try:
        # Before anything logs: the settings' secrets are redacted from every line.
        logredact.install(get_settings().secrets())
    except ValidationError as exc:
        # Without the input values: a rejected webhook URL or password is still secret.
        for error in exc.errors(include_input=False):
            where = ".".join(str(part) for part in error["loc"]) or "settings"
            print(f"wirewatch: invalid setting {where}: {error['msg']}", file=sys.stderr)
        return 2
    parser = build_parser()
    # Faust's commands (worker, agents, ...) take their own options: what argparse
    # does not know goes to them, and is an error for every other command.
    args, passthrough = parser.parse_known_args(argv)
    if passthrough and not getattr(args, "passthrough", False):
        parser.error("unrecognized arguments: " + " ".join(passthrough))
    args.passthrough_args = passthrough
    # Every counter and histogram would also export a `<name>_created` gauge: one
    # extra series each that no dashboard or rule reads (the OpenMetrics format
    # carries it as metadata, the text format Prometheus scrapes does not).
    disable_created_metrics()
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except KafkaAccessError as exc:
        print(f"wirewatch: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
