"""`wirewatch worker` is Faust's worker command; Faust's agents/tables/send are reachable."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch import gcpolicy
from wirewatch.cli import build_parser, main
from wirewatch.cli import worker as worker_cli

ROOT = Path(__file__).resolve().parents[3]


def wirewatch(*args: str) -> subprocess.CompletedProcess[str]:
    # A bootstrap address nothing listens on: none of these commands may need Kafka.
    env = {**os.environ, "WIREWATCH_KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:9"}
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    return subprocess.run(
        [sys.executable, "-m", "wirewatch.cli", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=ROOT,
        env=env,
    )


def test_worker_help_is_fausts_with_its_worker_options() -> None:
    result = wirewatch("worker", "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage: wirewatch worker [OPTIONS]" in result.stdout
    for option in ("--web-port", "--without-web", "--loglevel", "--web-bind"):
        assert option in result.stdout, option


def test_agents_and_tables_list_the_topology() -> None:
    agents = wirewatch("agents")
    assert agents.returncode == 0, agents.stderr
    for name in ("prepare_articles", "decide_articles", "register_contacts"):
        # Named relative to the app's origin, ``streams`` (Faust's autodiscovery).
        assert f"@agents.{name}" in agents.stdout
    tables = wirewatch("tables")
    assert tables.returncode == 0, tables.stderr
    assert "dedup-signatures" in tables.stdout and "contact-registry" in tables.stdout


def test_send_and_the_faust_umbrella_are_reachable() -> None:
    send = wirewatch("send", "--help")
    assert send.returncode == 0, send.stderr
    assert "Usage: wirewatch send [OPTIONS] ENTITY [VALUE]" in send.stdout
    umbrella = wirewatch("faust", "--help")
    assert umbrella.returncode == 0, umbrella.stderr
    for command in ("agents", "reset", "send", "tables", "worker"):
        assert f"  {command} " in umbrella.stdout, command


def test_worker_options_reach_faust(monkeypatch: pytest.MonkeyPatch) -> None:
    """Options are passed through untouched; the settings' log level fills in a missing -l."""
    import streams.context
    import wirewatch.kafkaio

    calls: list[list[str]] = []
    topics_ensured: list[object] = []

    async def ensure_topics(settings: object) -> list[str]:
        topics_ensured.append(settings)
        return []

    monkeypatch.setattr(wirewatch.kafkaio, "ensure_topics", ensure_topics)
    warmed: list[str] = []
    monkeypatch.setattr(
        streams.context.worker_context().pipeline, "warm_up", lambda: warmed.append("warm")
    )
    monkeypatch.setattr(gcpolicy, "freeze_startup_heap", lambda: warmed.append("freeze") or 0)
    monkeypatch.setattr(worker_cli, "faust_main", lambda argv: calls.append(list(argv)) or 0)

    assert main(["worker", "--web-port", "7001", "--without-web"]) == 0
    assert main(["worker", "-l", "debug", "--web-port=7002"]) == 0
    assert calls == [
        ["worker", "--web-port", "7001", "--without-web", "--loglevel", "info"],
        ["worker", "-l", "debug", "--web-port=7002"],
    ]
    assert len(topics_ensured) == 2  # the topics are created before the worker starts
    # and the detectors built, then the start-up heap frozen
    assert warmed == ["warm", "freeze", "warm", "freeze"]

    # logging's names for a level become Faust's.
    from wirewatch.settings import get_settings

    monkeypatch.setenv("WIREWATCH_LOG_LEVEL", "WARNING")
    get_settings.cache_clear()  # the settings are built once per process
    try:
        calls.clear()
        assert main(["worker"]) == 0
        assert calls == [["worker", "--loglevel", "warn"]]
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()


def test_gives_option() -> None:
    assert worker_cli.gives_option(["-l", "debug"], "-l", "--loglevel")
    assert worker_cli.gives_option(["--loglevel=debug"], "-l", "--loglevel")
    assert not worker_cli.gives_option(["--web-port", "7001"], "-l", "--loglevel")
    assert not worker_cli.gives_option(["--logfile", "x"], "-l", "--loglevel")


def test_other_commands_refuse_unknown_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["schemas", "--check", "schemas/json/v1", "--web-port", "7001"])
    assert exc.value.code == 2
    assert "unrecognized arguments: --web-port 7001" in capsys.readouterr().err


def subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append(prefix + name)
                found.extend(subcommands(sub, prefix + name + " "))
    return found


def test_no_stale_command_names() -> None:
    names = subcommands(build_parser())
    assert {"eval entities", "eval dedup", "eval contacts", "eval real"} <= set(names)
    assert {"worker", "agents", "tables", "send", "faust"} <= set(names)
    assert not [name for name in names if "eval-" in name], names
    result = wirewatch("eval-contacts")
    assert result.returncode == 2
    assert "invalid choice: 'eval-contacts'" in result.stderr
