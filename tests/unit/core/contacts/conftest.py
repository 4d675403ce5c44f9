"""The real detectors, built once for the contact tests that run sentences through
them as the pipeline does."""

from __future__ import annotations

import pytest

from wirewatch.core.contacts import ContactDetector
from wirewatch.core.entities.detector import EntityDetector
from wirewatch.core.pipeline import Pipeline
from wirewatch.settings import Settings


@pytest.fixture(scope="session")
def detector() -> ContactDetector:
    return ContactDetector.default()


@pytest.fixture(scope="session")
def entities() -> EntityDetector:
    return EntityDetector.default()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole stage 1 (the role linker too), for sentences whose parties are roles."""
    return Pipeline(Settings())
