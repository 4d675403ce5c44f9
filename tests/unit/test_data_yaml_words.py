"""Word lists in the data files hold words, not YAML 1.1 booleans.

YAML reads a bare ``on``, ``off``, ``yes`` or ``no`` as ``true``/``false``: two
English cue lists held ``on`` that way, so the cue was silently missing (found in
session 11). A list item that is a boolean is always such a word lost.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[2] / "wirewatch" / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def booleans_in_lists(node: object, path: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{path}/{key!r} (a key)"
            yield from booleans_in_lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        for n, item in enumerate(node):
            if isinstance(item, bool):
                yield f"{path}[{n}] = {item!r}"
            else:
                yield from booleans_in_lists(item, f"{path}[{n}]")


def test_there_are_data_files() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_word_read_as_a_boolean(path: Path) -> None:
    found = list(booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8"))))
    assert not found, f"quote these words in {path.name}: {found}"


def test_the_check_sees_a_bare_on() -> None:
    assert list(booleans_in_lists(yaml.safe_load("cues:\n  - in\n  - on\n"))) == ["/cues[1] = True"]
