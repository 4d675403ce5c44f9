"""The worker's start-up heap is frozen out of full collections, and only it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wirewatch.gcpolicy import freeze_startup_heap


class Node:
    def __init__(self) -> None:
        self.partner: Node | None = None


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # the rest of the test session collects as usual


def test_objects_alive_at_the_freeze_are_frozen_and_later_cycles_still_collected(
    unfrozen: None,
) -> None:
    kept = [Node() for _ in range(1000)]
    frozen = freeze_startup_heap()
    assert frozen >= len(kept)
    assert gc.get_freeze_count() == frozen
    in_generations = {id(o) for o in gc.get_objects()}  # frozen objects are in none
    assert all(gc.is_tracked(d) and id(d) not in in_generations for d in kept)

    # a cycle made after the freeze is still found by a full collection
    a, b = Node(), Node()
    a.partner, b.partner = b, a
    del a, b
    assert gc.collect() >= 2
