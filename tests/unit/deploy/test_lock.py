"""The lock files: every package pinned with hashes, within pyproject.toml's ranges,
and what make and the Dockerfile install."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[3]
LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"
NATIVE_LOCK = ROOT / "requirements-native.lock"

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


@cache
def pins(path: Path) -> dict[str, tuple[Version, int]]:
    """Package -> (version, number of hashes), from a pip-compile --generate-hashes file."""
    found: dict[str, tuple[Version, int]] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            assert current not in found, f"{path.name}: {current} pinned twice"
            found[current] = (Version(match.group(2)), 0)
        elif line.strip().startswith("--hash=sha256:") and current is not None:
            version, hashes = found[current]
            found[current] = (version, hashes + 1)
        elif line and not line.startswith((" ", "#")):
            pytest.fail(f"{path.name}: not a pinned requirement: {line!r}")
    return found


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


@pytest.mark.parametrize("path", [LOCK, DEV_LOCK, NATIVE_LOCK], ids=lambda p: p.name)
def test_every_package_pinned_with_hashes(path: Path) -> None:
    locked = pins(path)
    assert len(locked) > 20
    assert {name for name, (_, hashes) in locked.items() if hashes == 0} == set()
    assert "pip-compile" in path.read_text(encoding="utf-8").split("\n\n", 1)[0]


@pytest.mark.parametrize(
    ("path", "groups"),
    [
        (LOCK, ("dependencies",)),
        (DEV_LOCK, ("dependencies", "dev")),
        (NATIVE_LOCK, ("dependencies", "native")),
    ],
    ids=lambda v: v.name if isinstance(v, Path) else "+".join(v),
)
def test_locks_satisfy_the_ranges(path: Path, groups: tuple[str, ...]) -> None:
    meta = project()
    wanted = [
        Requirement(text)
        for group in groups
        for text in (
            meta["dependencies"]
            if group == "dependencies"
            else meta["optional-dependencies"][group]
        )
    ]
    locked = pins(path)
    for requirement in wanted:
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{path.name} lacks {name}: run `make lock`"
        version, _ = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"{path.name}: {name} {version} outside {requirement.specifier}: run `make lock`"
        )


def test_the_image_ships_what_the_tests_ran() -> None:
    """Every runtime package at the same version in both locks."""
    runtime, dev = pins(LOCK), pins(DEV_LOCK)
    assert set(runtime) <= set(dev)
    assert {name: runtime[name][0] for name in runtime} == {name: dev[name][0] for name in runtime}


def test_the_image_compiles_with_what_the_tests_ran() -> None:
    """The image's build stage compiles the core with the runtime set and the mypy (so
    mypyc) that `make native` uses here: every pin as in the other two locks."""
    runtime, dev, native = pins(LOCK), pins(DEV_LOCK), pins(NATIVE_LOCK)
    assert set(runtime) < set(native) <= set(dev)
    assert "mypy" in native
    assert {name: native[name][0] for name in native} == {name: dev[name][0] for name in native}


def test_range_checks_are_not_vacuous() -> None:
    locked = pins(LOCK)
    version, _ = locked["pydantic"]
    assert not Requirement(f"pydantic<{version}").specifier.contains(version)


def test_make_and_docker_install_from_the_locks() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet --require-hashes -r $(DEV_LOCK)" in makefile
    # pip itself first, from its own hash-checked pin: Debian's venv pip (23.2.1) checks
    # a locked package's extras against the newest release, not the pin.
    assert makefile.index("-r $(PIP_LOCK)") < makefile.index("-r $(DEV_LOCK)")
    pip_pins = pins(ROOT / "requirements-pip.lock")
    assert list(pip_pins) == ["pip"] and pip_pins["pip"][0] >= Version("23.3")
    assert "pip install --quiet --no-deps -e ." in makefile
    assert re.search(r"^lock:", makefile, re.M) and re.search(r"^lock-upgrade:", makefile, re.M)
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "--require-hashes --wheel-dir /wheels -r requirements.lock" in dockerfile
    assert dockerfile.index("-r requirements-pip.lock") < dockerfile.index("-r requirements.lock")
    assert "pip install --no-cache-dir --no-index --no-deps /wheels/*.whl" in dockerfile
    # Nothing is resolved from an index at image build time beyond the lock.
    assert "--find-links=/wheels wirewatch" not in dockerfile
    ignored = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "requirements-dev.lock" in ignored
    assert "requirements.lock" not in ignored
