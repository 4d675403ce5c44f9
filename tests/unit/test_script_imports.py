"""The Python the shell scripts run inline imports names that exist: a module moved
inside the package must not break `make run` (scripts/run-demo) unnoticed, since no
other test runs those snippets."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"
_IMPORT = re.compile(r"^\s*from ((?:wirewatch|streams|schemas)[\w.]*) import ([\w, ]+)", re.M)


def _inline_imports() -> list[tuple[str, str, str]]:
    found = []
    for script in sorted(SCRIPTS.iterdir()):
        if script.is_file() and script.suffix != ".py":
            for module, names in _IMPORT.findall(script.read_text(encoding="utf-8")):
                found += [(script.name, module, n.strip()) for n in names.split(",")]
    return found


def test_the_scripts_import_something_from_the_package() -> None:
    assert any(script == "run-demo" for script, _, _ in _inline_imports())


@pytest.mark.parametrize(("script", "module", "name"), _inline_imports())
def test_an_inline_import_of_a_script_resolves(script: str, module: str, name: str) -> None:
    assert hasattr(importlib.import_module(module), name), f"{script}: {module}.{name}"
