"""mypy's settings say what `make lint` promises: strict where the README says, and
every `# type: ignore` narrow and explained."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import ahocorasick
from mypy.main import process_options
from mypy.options import PER_MODULE_OPTIONS, Options

ROOT = Path(__file__).resolve().parents[3]
STRICT_MODULES = {"wirewatch.core.*", "schemas.*"}
CHECKED_PACKAGES = ("wirewatch", "schemas", "streams")
_IGNORE = re.compile(r"# type: ignore(?P<codes>\[[a-z-]+(?:, *[a-z-]+)*\])?")


def test_the_pyahocorasick_stub_matches_the_installed_module() -> None:
    # stubtest imports the C extension and compares each name the stub declares.
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "ahocorasick", "--ignore-missing-stub"],
        cwd=ROOT,
        env={**os.environ, "MYPYPATH": str(ROOT / "typings")},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_automaton_behaves_as_its_stub_says() -> None:
    # What stubtest cannot read from a C extension: the signatures and result types.
    automaton: ahocorasick.Automaton[tuple[int, str]] = ahocorasick.Automaton()
    assert automaton.add_word("ali", (3, "person")) is True
    assert automaton.add_word("ali", (3, "person")) is False  # known key: replaced
    automaton.make_automaton()
    assert len(automaton) == 1
    assert "ali" in automaton and automaton.exists("ali")
    assert automaton.get("ali") == (3, "person")
    assert automaton.get("veli", (0, "")) == (0, "")
    text = "ali met ali"
    assert list(automaton.iter(text)) == [(2, (3, "person")), (10, (3, "person"))]
    assert list(automaton.iter(text, 1, len(text))) == [(10, (3, "person"))]
    assert list(automaton.iter_long(text, 0, 5)) == [(2, (3, "person"))]


def _mypy_config() -> dict[str, Any]:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        config: dict[str, Any] = tomllib.load(handle)["tool"]["mypy"]
    return config


def _settings(options: Options) -> dict[str, object]:
    return {
        name: getattr(options, name)
        for name in dir(options)
        if not name.startswith("_") and not callable(getattr(options, name))
    }


def _what_strict_sets() -> dict[str, object]:
    """The options ``--strict`` changes in the mypy installed, with their values."""
    _, default = process_options(["x.py"])
    _, strict = process_options(["--strict", "x.py"])
    before, after = _settings(default), _settings(strict)
    return {name: value for name, value in after.items() if before[name] != value}


def test_core_and_schemas_get_every_strict_flag_without_strict_leaking() -> None:
    config = _mypy_config()
    overrides = config.get("overrides", [])
    # mypy applies `strict = true` to every module even inside an override.
    assert "strict" not in config
    assert all("strict" not in override for override in overrides)
    strict_overrides = [o for o in overrides if set(o["module"]) == STRICT_MODULES]
    assert len(strict_overrides) == 1
    strict_override = strict_overrides[0]
    wanted = _what_strict_sets()
    assert wanted, "mypy's --strict changed nothing: this test no longer reads it"
    for name, value in wanted.items():
        where = strict_override if name in PER_MODULE_OPTIONS else config
        assert name in where or name in config, f"--strict's {name} is not set"
        assert where.get(name, config.get(name)) == value, name


def test_what_goes_unchecked_is_named_per_library_only() -> None:
    config = _mypy_config()
    assert "ignore_missing_imports" not in config
    assert "follow_imports" not in config
    assert sorted(config["files"]) == sorted(CHECKED_PACKAGES)
    assert "pydantic.mypy" in config["plugins"]
    for override in config.get("overrides", []):
        if override.get("ignore_missing_imports") or "follow_imports" in override:
            assert not any(
                module.split(".")[0] in CHECKED_PACKAGES for module in override["module"]
            )


def _unexplained_ignore(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` holds a ``# type: ignore`` without an error code, or
    without a comment saying why (after it on the line, or on the line before)."""
    found = _IGNORE.search(lines[index])
    if found is None:
        return False
    said_after = "#" in lines[index][found.end() :]
    said_before = index > 0 and lines[index - 1].strip().startswith("#")
    return found["codes"] is None or not (said_after or said_before)


def test_every_type_ignore_names_its_code_and_says_why() -> None:
    unexplained = []
    for package in CHECKED_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            unexplained += [
                f"{path.relative_to(ROOT)}:{i + 1}"
                for i in range(len(lines))
                if _unexplained_ignore(lines, i)
            ]
    assert unexplained == []


def test_the_ignore_check_tells_explained_ignores_from_the_others() -> None:
    code = "x = f()"
    assert _unexplained_ignore([f"{code}  # type: ignore"], 0)
    assert _unexplained_ignore([f"{code}  # type: ignore  # why"], 0)
    assert _unexplained_ignore([f"{code}  # type: ignore[arg-type]"], 0)
    assert not _unexplained_ignore([f"{code}  # type: ignore[arg-type]  # why"], 0)
    assert not _unexplained_ignore(["# why", f"{code}  # type: ignore[arg-type]"], 1)
    assert not _unexplained_ignore([code], 0)
