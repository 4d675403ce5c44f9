"""The compiled core's guards (wirewatch/native.py): a build is used only when it was
made from the sources as they are, and the compiled modules avoid what mypyc compiles
differently from Python. Whether the compiled output equals pure Python's is
tests/integration/test_native.py (it needs the build)."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wirewatch import native

ROOT = Path(__file__).resolve().parents[2]


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "src"
    for rel, text in {
        "wirewatch/core/a.py": "x = 1\n",
        "wirewatch/core/sub/b.py": "y = 2\n",
        "schemas/m.py": "z = 3\n",
        "wirewatch/cli/c.py": "w = 4\n",
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_the_hash_follows_the_core_and_the_wire_models_only(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    before = native.source_hash(root)
    (root / "wirewatch/cli/c.py").write_text("w = 5\n", encoding="utf-8")
    assert native.source_hash(root) == before  # the CLI resolves from the sources
    (root / "wirewatch/core/sub/b.py").write_text("y = 3\n", encoding="utf-8")
    after_core = native.source_hash(root)
    assert after_core != before
    (root / "schemas/m.py").write_text("z = 4\n", encoding="utf-8")
    assert native.source_hash(root) != after_core
    (root / "wirewatch/core/new.py").write_text("", encoding="utf-8")  # a module added
    assert native.source_hash(root) not in (before, after_core)


def test_the_hash_follows_what_is_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path)
    before = native.source_hash(root)
    monkeypatch.setattr(native, "PURE_FILES", native.PURE_FILES | {"wirewatch/core/a.py"})
    assert native.source_hash(root) != before


def test_no_build_is_not_used(tmp_path: Path) -> None:
    ok, why = native.status(tmp_path / "none", _tree(tmp_path))
    assert not ok
    assert "no native build" in why and "make native" in why


def test_a_stale_build_is_not_used(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    build = tmp_path / "build"
    build.mkdir()
    (build / native.STAMP).write_text(native.source_hash(root) + "\n", encoding="utf-8")
    (root / "wirewatch/core/a.py").write_text("x = 2\n", encoding="utf-8")  # an edit
    ok, why = native.status(build, root)
    assert not ok
    assert "stale" in why and "make native" in why
    assert native.activate(build, root, quiet=True) is False


def test_a_current_build_is_used_when_the_core_is_not_yet_imported(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    build = tmp_path / "build"
    build.mkdir()
    (build / native.STAMP).write_text(native.source_hash(root) + "\n", encoding="utf-8")
    code = (
        "import sys; from pathlib import Path; from wirewatch import native; "
        f"print(native.status(Path({str(build)!r}), Path({str(root)!r}))[0])"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(native.ENV_OFF, None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.strip() == "True", out.stderr
    # ... and not once the core is imported: the pure modules are already in use
    import wirewatch.core  # noqa: F401

    ok, why = native.status(build, root)
    assert not ok and "imported before" in why


def test_it_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path)
    build = tmp_path / "build"
    build.mkdir()
    (build / native.STAMP).write_text(native.source_hash(root), encoding="utf-8")
    monkeypatch.setenv(native.ENV_OFF, "0")
    ok, why = native.status(build, root)
    assert not ok and "off" in why


def test_modules_with_pydantic_models_stay_pure(tmp_path: Path) -> None:
    compiled = native.compiled_sources()
    assert "wirewatch/core/entities/detector.py" in compiled
    assert "wirewatch/core/contacts/lexicon.py" in compiled
    assert "wirewatch/core/textfold.py" in compiled
    assert "wirewatch/core/entities/kb.py" not in compiled  # the KB's models
    assert "wirewatch/core/entities/lexicon.py" not in compiled
    root = tmp_path / "src"
    shutil.copytree(ROOT / "wirewatch" / "core", root / "wirewatch" / "core")
    (root / "wirewatch/core/entities/detector.py").write_text(
        "from pydantic import BaseModel\n\n\nclass Rules(BaseModel):\n    x: int = 1\n",
        encoding="utf-8",
    )
    assert "wirewatch/core/entities/detector.py" not in native.compiled_sources(root)


def test_the_contact_detector_stays_pure() -> None:
    # its detect()'s nested functions would be a reference cycle per article compiled
    compiled = native.compiled_sources()
    assert "wirewatch/core/contacts/detector.py" not in compiled
    assert "wirewatch/core/contacts/participants.py" in compiled


def _lower_calls(path: Path) -> list[int]:
    """Lines calling ``x.lower()`` (``str.lower(x)`` and ``lower(x)`` are Python's)."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "lower"
        and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "str")
    ]


def test_compiled_modules_lowercase_through_python() -> None:
    # mypyc's own str.lower() misses Greek final sigma (textfold.lower)
    found = {rel: lines for rel in native.compiled_sources() if (lines := _lower_calls(ROOT / rel))}
    assert found == {}


def test_the_lower_check_finds_a_method_call(tmp_path: Path) -> None:
    path = tmp_path / "m.py"
    path.write_text("def f(s: str) -> str:\n    return s.lower()\n", encoding="utf-8")
    assert _lower_calls(path) == [2]
    path.write_text("lower = str.lower\n\n\ndef f(s: str) -> str:\n    return lower(s)\n")
    assert _lower_calls(path) == []


def test_textfold_lower_keeps_final_sigma() -> None:
    from wirewatch.core.textfold import fold, lower

    assert lower("ΟΔΥΣΣΕΥΣ ΣΑ") == "οδυσσευς σα" == "ΟΔΥΣΣΕΥΣ ΣΑ".lower()
    assert fold("ΟΔΥΣΣΕΥΣ").folded.endswith("ς")
