"""The real entity detector and the role linker, built once for every entity test
that runs text through them as the pipeline does (a module may still build its own,
e.g. over a small KB of its own)."""

from __future__ import annotations

import pytest

from wirewatch.core.entities import EntityDetector
from wirewatch.core.entities.roles_by_date import RoleLinker


@pytest.fixture(scope="session")
def detector() -> EntityDetector:
    return EntityDetector.default()


@pytest.fixture(scope="session")
def linker(detector: EntityDetector) -> RoleLinker:
    return RoleLinker.load(detector.entities)
