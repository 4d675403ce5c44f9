"""``metrics.stage`` times its block into the stage histogram, whether it raises or not,
and lets the exception through."""

from __future__ import annotations

import pytest
from prometheus_client import REGISTRY

from wirewatch import metrics


def _count(stage: str) -> float:
    value = REGISTRY.get_sample_value("wirewatch_stage_duration_seconds_count", {"stage": stage})
    return value or 0.0


def _sum(stage: str) -> float:
    return (
        REGISTRY.get_sample_value("wirewatch_stage_duration_seconds_sum", {"stage": stage}) or 0.0
    )


def test_stage_observes_the_block_once() -> None:
    before, before_sum = _count("normalise"), _sum("normalise")
    with metrics.stage("normalise"):
        sum(range(10_000))
    assert _count("normalise") == before + 1
    assert _sum("normalise") > before_sum


def test_stage_observes_and_reraises_on_error() -> None:
    before = _count("contacts")
    with pytest.raises(ZeroDivisionError), metrics.stage("contacts"):
        _ = 1 / 0
    assert _count("contacts") == before + 1
