"""The C loader reads every YAML file of the project exactly as PyYAML's own does."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from wirewatch.core import yamlload

ROOT = Path(__file__).resolve().parents[3]
FILES = sorted(
    p
    for pattern in ("*.yaml", "*.yml")
    for p in ROOT.rglob(pattern)
    if not {".venv", ".cache", ".git", "node_modules"} & set(p.relative_to(ROOT).parts)
)


def _typed(value: Any) -> Any:
    """``value`` with the type of every scalar spelt out: ``1 == 1.0 == True`` in Python,
    and a loader that read ``yes`` or ``1.0`` differently must not pass."""
    if isinstance(value, dict):
        return {_typed(k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, (str, int, float, bool, date, datetime, bytes)) or value is None:
        return (type(value).__name__, value)
    raise AssertionError(f"unexpected YAML value type {type(value)!r}")


def test_the_c_loader_is_used_when_pyyaml_has_it() -> None:
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert yamlload.SafeLoader is expected


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 30
    assert any(p.name == "countries.yaml" for p in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_same_objects_as_the_pure_python_loader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = yaml.load(text, Loader=yaml.SafeLoader)
    assert _typed(yamlload.safe_load(text)) == _typed(expected)
    with path.open(encoding="utf-8") as handle:  # a stream, as most sites pass
        assert _typed(yamlload.safe_load(handle)) == _typed(expected)


def test_same_error_class_on_broken_yaml() -> None:
    with pytest.raises(yaml.YAMLError):
        yamlload.safe_load("a: [1, 2\nb: 3\n")
