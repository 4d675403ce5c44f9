"""``wirewatch worker`` and Faust's own commands, run on the wirewatch app.

The worker is Faust's ``worker`` command, so Faust's worker options apply as they
are (``--web-port``, ``--without-web``, ``--loglevel``, ...; ``wirewatch worker
--help`` lists them); wirewatch only creates the missing topics and warms the
pipeline up first. Faust's ``agents``, ``tables`` and ``send`` are commands of
their own, and ``wirewatch faust ...`` is Faust's whole command line (``reset``,
``clean-versions``, its global options) on the same app.
"""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Sequence

from wirewatch import gcpolicy

#: Faust commands reachable as ``wirewatch NAME``, with the help shown in ``wirewatch -h``.
FAUST_COMMANDS = {
    "agents": "list the Faust agents of the topology (Faust's `agents`)",
    "tables": "list the Faust state tables (Faust's `tables`)",
    "send": "send one message to a topic or an agent (Faust's `send`; --help for options)",
}
_HELP = ("--help",)
#: Faust's worker takes crit|error|warn|info|debug; settings may use logging's names.
_FAUST_LOGLEVELS = {"critical": "crit", "warning": "warn"}


def register(sub: argparse._SubParsersAction) -> None:
    # add_help=False: every argument, --help included, is Faust's to read.
    worker = sub.add_parser(
        "worker",
        add_help=False,
        help="run the live stream worker: Faust's worker, with its options "
        "(--web-port, --without-web, --loglevel; see `wirewatch worker --help`)",
    )
    worker.set_defaults(func=run_worker, passthrough=True)
    for name, help_text in FAUST_COMMANDS.items():
        command = sub.add_parser(name, add_help=False, help=help_text)
        command.set_defaults(func=run_faust, faust_command=[name], passthrough=True)
    umbrella = sub.add_parser(
        "faust",
        add_help=False,
        help="Faust's own command line on the wirewatch app (e.g. `wirewatch faust reset`)",
    )
    umbrella.set_defaults(func=run_faust, faust_command=[], passthrough=True)


def gives_option(argv: Sequence[str], *names: str) -> bool:
    """Whether ``argv`` sets an option (``-l debug``, ``--loglevel=debug``)."""
    return any(arg in names or arg.startswith(tuple(f"{n}=" for n in names)) for arg in argv)


def faust_main(argv: Sequence[str]) -> int:
    """Faust's command line (``faust -A ...``) with ``argv``, on the app of ``streams``."""
    from faust.cli.faust import cli

    # Here, not at the top: the other wirewatch commands must not build the app.
    from streams.app import app

    # Faust's commands prepare the app they are given (finalize, worker init, and
    # autodiscovery, which imports the modules of ``streams`` that register the
    # topology), as for ``faust -A streams.app``.
    try:
        cli.main(args=list(argv), prog_name="wirewatch", app=app)
    except SystemExit as exc:
        if exc.code is None or isinstance(exc.code, int):
            return exc.code or 0
        raise
    return 0


def run_worker(args: argparse.Namespace) -> int:
    from wirewatch.kafkaio import ensure_topics
    from wirewatch.settings import get_settings

    options: list[str] = list(args.passthrough_args)
    settings = get_settings()
    if not gives_option(options, *_HELP):
        asyncio.run(ensure_topics(settings))
        from streams.context import worker_context

        # Every detector built before the worker joins its group, not on its first article.
        worker_context().pipeline.warm_up()
        # After the warm-up: the detectors' objects are what full collections would rescan.
        gcpolicy.freeze_startup_heap()
    if not gives_option(options, "-l", "--loglevel"):
        level = settings.log_level.lower()
        options += ["--loglevel", _FAUST_LOGLEVELS.get(level, level)]
    return faust_main(["worker", *options])


def run_faust(args: argparse.Namespace) -> int:
    return faust_main([*args.faust_command, *args.passthrough_args])
