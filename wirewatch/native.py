"""The Faust-free core compiled to C with mypyc, built out of the source tree.

``make native`` (``python -m wirewatch.native build``) copies the package into
``build/native/`` and compiles the core's entity and contact modules, the text folding
and normalisation there (:func:`compiled_sources`) into extension modules, stamped with
a hash of the sources they were built from. The ``wirewatch`` command (the worker,
``wirewatch process``, ``make run``, the image) calls :func:`activate` before anything
imports ``wirewatch.core``: the build is used when present and current, pure Python
otherwise, with one line on stderr saying which and why. Nothing compiled ever sits
beside the sources (Python prefers a ``.so`` over the ``.py`` beside it, so an edit
would silently not run), and an edit to the core or the wire models makes the build
stale: not used until rebuilt. Unit tests import the pure tree (they do not go
through the command).

Measured on this machine (issue #12, callgrind instruction counts, README):
entity detection 5.97 M instructions an article pure, 4.29 M compiled (-28 %);
stage 1 (``contact_instructions.py --part prepare``) 13.88 M, 10.70 M (-23 %).

``WIREWATCH_NATIVE=0`` turns it off; ``WIREWATCH_NATIVE_DIR`` puts the build elsewhere
(the image's). Needs a C compiler (Debian: ``build-essential``) and mypy (a dev
dependency, pinned) to build; nothing to run it.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import wirewatch

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DIR = ROOT / "build" / "native"
STAMP = "SOURCE_HASH"
ENV_OFF = "WIREWATCH_NATIVE"
ENV_DIR = "WIREWATCH_NATIVE_DIR"

#: What is compiled: the per-article code of stage 1 (entities, contacts, folding,
#: normalisation). Modules that define pydantic models (the YAML files' schemas, the
#: KB) stay pure: mypyc keeps only the bare class of a model's field annotations
#: (``list`` for ``list[str]``), which would change what pydantic validates, and
#: checks ``x: list[str] = Field(...)`` against the FieldInfo it gets.
COMPILED_DIRS = ("wirewatch/core/entities", "wirewatch/core/contacts")
COMPILED_FILES = ("wirewatch/core/textfold.py", "wirewatch/core/normalise.py")
#: Kept pure although in a compiled directory. ``ContactDetector.detect`` defines eleven
#: nested functions: mypyc keeps them in an environment object that each of them points
#: back to, a reference cycle per call, so every article's detection state (its view,
#: sentence groups, dates) lived until the next generation-0 collection. Measured in
#: bench_core (1,500 articles, compiled): 596 such collections a pass, against 62 pure
#: and 49 in session 7's head, 0.13 ms/article of collection against 0.01. Its own code
#: is 0.036 M of stage 1's 10.9 M instructions an article (callgrind): interpreted,
#: CPython's closures make no such cycle.
PURE_FILES = frozenset({"wirewatch/core/contacts/detector.py"})
_MODEL = re.compile(r"^class \w+\((?:\w+, )*BaseModel\b", re.MULTILINE)
#: What the build's stamp covers: every module that resolves from the build
#: (``wirewatch.core``) and the wire models the compiled code reads.
HASHED_DIRS = ("wirewatch/core", "schemas")


def compiled_sources(root: Path = ROOT) -> list[str]:
    """The modules ``make native`` compiles, as paths relative to ``root``."""
    paths = [p for d in COMPILED_DIRS for p in sorted((root / d).glob("*.py"))]
    paths += [root / f for f in COMPILED_FILES]
    return [
        p.relative_to(root).as_posix()
        for p in paths
        if p.relative_to(root).as_posix() not in PURE_FILES
        and not _MODEL.search(p.read_text(encoding="utf-8"))
    ]


def source_hash(root: Path = ROOT) -> str:
    """Hash of what a build is made from: the core's and the wire models' sources, the
    Python version (mypy is pinned: its version is the lock's) and which modules are
    compiled (a build made before a module was kept pure must not pass as current)."""
    digest = hashlib.sha256()
    digest.update(f"{sys.version}\n".encode())
    digest.update(repr((COMPILED_DIRS, COMPILED_FILES, sorted(PURE_FILES))).encode())
    for d in HASHED_DIRS:
        for path in sorted((root / d).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_dir() -> Path:
    return Path(os.environ.get(ENV_DIR) or DEFAULT_DIR)


def status(build: Path | None = None, root: Path = ROOT) -> tuple[bool, str]:
    """Whether the compiled build at ``build`` can be used, and a line saying why."""
    build = build or build_dir()
    if os.environ.get(ENV_OFF, "1") == "0":
        return False, f"native core off ({ENV_OFF}=0): pure Python"
    stamp = build / STAMP
    if not stamp.is_file():
        return False, f"no native build in {build}: pure Python (`make native` builds it)"
    if stamp.read_text(encoding="utf-8").strip() != source_hash(root):
        return False, (
            f"native build in {build} is stale (the core's sources changed since it was "
            "built): pure Python until `make native` rebuilds it"
        )
    if "wirewatch.core" in sys.modules:
        return False, "wirewatch.core was imported before the native build: pure Python"
    return True, f"native core: compiled build in {build}"


def activate(build: Path | None = None, root: Path = ROOT, quiet: bool = False) -> bool:
    """Make ``wirewatch.core`` import from the compiled build when it is current (see
    :func:`status`); says which on stderr. Call before anything imports the core."""
    build = build or build_dir()
    ok, why = status(build, root)
    if ok:
        # The build holds wirewatch/core only: searched first for wirewatch's
        # subpackages, it supplies the core; the rest still comes from the sources.
        wirewatch.__path__.insert(0, str(build / "wirewatch"))
        sys.path.append(str(build))  # mypyc's shared library of the compiled modules
    if not quiet:
        print(f"wirewatch: {why}", file=sys.stderr)
    return ok


def is_compiled() -> bool:
    """Whether the imported core is the compiled one."""
    from wirewatch.core.entities import detector

    return not (detector.__file__ or "").endswith(".py")


def cli() -> int:
    """The ``wirewatch`` command: the core compiled when it can be, then the CLI."""
    activate()
    from wirewatch.cli import main

    return main()


def build(out: Path = DEFAULT_DIR, root: Path = ROOT) -> None:
    """Compile the core into ``out`` (replaced whole once the build succeeded)."""
    work = out.with_name(out.name + ".tmp")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "data")
    # mypy must see the whole package to check the core: copied, then trimmed.
    shutil.copytree(root / "wirewatch", work / "wirewatch", ignore=ignore)
    shutil.copytree(root / "schemas", work / "schemas", ignore=ignore)
    # pyproject.toml's settings that matter to the build: the plugin, the stubs, and
    # the libraries that ship no types (their values are Any, as in `make lint`).
    (work / "mypy.ini").write_text(
        "[mypy]\npython_version = 3.11\nplugins = pydantic.mypy\n"
        f"mypy_path = {root / 'typings'}\n\n"
        "[mypy-aiokafka.*,feedparser.*,py3langid.*]\nignore_missing_imports = True\n",
        encoding="utf-8",
    )
    stamp = source_hash(root)
    # Run where no pyproject.toml is: setuptools would read the project's.
    subprocess.run(
        [sys.executable, "-m", "mypyc", "--config-file", "mypy.ini", *compiled_sources(root)],
        cwd=work,
        check=True,
        env={**os.environ, "MYPYC_OPT_LEVEL": os.environ.get("MYPYC_OPT_LEVEL", "3")},
    )
    # Keep the core and the shared library of the compiled modules, nothing else.
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    kept = [work / "wirewatch", work / "wirewatch" / "core"]
    for child in [*work.iterdir(), *(work / "wirewatch").iterdir()]:
        if child in kept or child.name.endswith(suffix):
            continue
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()
    # The core finds its data beside the package: that of the sources.
    (work / "wirewatch" / "data").symlink_to(root / "wirewatch" / "data")
    (work / STAMP).write_text(stamp + "\n", encoding="utf-8")
    shutil.rmtree(out, ignore_errors=True)
    work.rename(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["build"]:
        out = Path(args[1]) if len(args) > 1 else build_dir()
        build(out)
        print(f"native build in {out}: {len(compiled_sources())} modules compiled")
        return 0
    if args[:1] == ["status"]:
        ok, why = status()
        print(why)
        return 0 if ok else 1
    print("usage: python -m wirewatch.native build [DIR] | status", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
