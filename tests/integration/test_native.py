"""The compiled core (``make native``, wirewatch/native.py) gives exactly pure Python's
output: every record the three stages publish on the real excerpts and the bench
corpus (bench/stage_outputs.py), and stage 1's entities (bench/entity_outputs.py).

It needs a current build: ``make test`` makes it first (``make native``); run alone,
it fails saying so rather than passing on the pure code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch import native

ROOT = Path(__file__).resolve().parents[2]

#: Runs a bench script with the compiled core, after checking it is the one in use.
_COMPILED = """
import runpy, sys
from wirewatch import native
assert native.activate(), "native build not used"
assert native.is_compiled()
sys.argv = sys.argv[1:]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def _env() -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    env.pop(native.ENV_OFF, None)
    return env


@pytest.fixture(scope="module")
def build() -> Path:
    ok, why = native.status()
    assert ok or "imported before" in why, f"{why} (run `make native`)"
    return native.build_dir()


@pytest.mark.parametrize("script", ["bench/entity_outputs.py", "bench/stage_outputs.py"])
def test_compiled_output_is_pure_pythons(build: Path, script: str, tmp_path: Path) -> None:
    snapshot = tmp_path / "pure.jsonl"
    pure = [sys.executable, script, "--write", str(snapshot)]
    env = {**_env(), native.ENV_OFF: "0"}
    done = subprocess.run(pure, cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    compiled = [sys.executable, "-c", _COMPILED, script, "--compare", str(snapshot)]
    done = subprocess.run(compiled, cwd=ROOT, env=_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "native core: compiled build" in done.stderr
