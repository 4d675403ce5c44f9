"""Every process started by the `wirewatch` command exports no `_created` series."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import prometheus_client
import pytest
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from wirewatch.cli import main


@pytest.fixture
def created_series_restored() -> Iterator[None]:
    yield
    # prometheus_client's switch is process-wide: leave it as the other tests found it.
    prometheus_client.enable_created_metrics()


def exposition() -> str:
    registry = CollectorRegistry()
    Counter("wirewatch_probe", "probe", registry=registry).inc()
    Histogram("wirewatch_probe_seconds", "probe", registry=registry).observe(0.1)
    return generate_latest(registry).decode()


def test_created_series_exported_by_default(created_series_restored: None) -> None:
    """The check below can fail: prometheus_client does export them unless told not to."""
    prometheus_client.enable_created_metrics()
    assert "wirewatch_probe_created" in exposition()


def test_wirewatch_command_turns_created_series_off(
    created_series_restored: None, tmp_path: Path
) -> None:
    prometheus_client.enable_created_metrics()
    assert main(["schemas", "--out", str(tmp_path)]) == 0
    text = exposition()
    assert "wirewatch_probe_total 1.0" in text
    assert "_created" not in text
    # The process-wide registry the worker serves on /metrics, too.
    assert "_created" not in generate_latest(prometheus_client.REGISTRY).decode()
