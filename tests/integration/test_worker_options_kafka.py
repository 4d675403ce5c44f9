"""Faust's worker options given to `wirewatch worker` reach the running worker."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from wirewatch.io.inputs import iter_records
from wirewatch.testing.kafka import (
    REPO,
    Broker,
    Worker,
    consume_until,
    free_port,
    publish,
    run,
    unique_names,
    worker_env,
)

pytestmark = pytest.mark.kafka

ARTICLE = next(iter(iter_records([REPO / "seeds" / "articles.jsonl"]))).payload


def refuses(url: str) -> bool:
    try:
        httpx.get(url, timeout=1.0)
    except httpx.ConnectError:
        return True
    return False


def processes_one_article(kafka: Broker, names: dict[str, str]) -> bool:
    run(publish(kafka.bootstrap, names["WIREWATCH_TOPIC_RAW"], [ARTICLE]))
    out = run(
        consume_until(
            kafka.bootstrap,
            [names["WIREWATCH_TOPIC_ENRICHED"], names["WIREWATCH_TOPIC_DEADLETTER"]],
            lambda got: len(got) >= 1,
            timeout_s=90,
        )
    )
    return len(out) == 1


def test_web_port_option_overrides_the_setting(kafka: Broker, tmp_path: Path) -> None:
    names = unique_names("opt")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    option_port = free_port()
    worker = Worker(
        env, tmp_path / "worker.log", option_port, options=("--web-port", str(option_port))
    )
    worker.start()
    try:
        worker.wait_healthy()  # /health on the option's port, not WIREWATCH_WEB_PORT
        assert refuses(f"http://127.0.0.1:{env['WIREWATCH_WEB_PORT']}/health")
        assert processes_one_article(kafka, names), worker.log_tail()
    finally:
        worker.stop()


def test_without_web_runs_the_pipeline_with_no_web_server(kafka: Broker, tmp_path: Path) -> None:
    names = unique_names("noweb")
    env = worker_env(kafka.bootstrap, names, tmp_path / "data")
    port = int(env["WIREWATCH_WEB_PORT"])
    worker = Worker(env, tmp_path / "worker.log", port, options=("--without-web",)).start()
    try:
        assert processes_one_article(kafka, names), worker.log_tail()
        assert worker.process is not None and worker.process.poll() is None
        assert refuses(f"http://127.0.0.1:{port}/health")
    finally:
        worker.stop()
