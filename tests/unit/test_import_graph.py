"""No module of ``wirewatch``, ``streams`` or ``schemas`` imports one that imports it back.

The graph is read from the source with ``ast``, so nothing is imported to build it.
Counted: module-level imports and imports inside functions (both run sooner or
later, and a circle through a function-level import is still a circle someone works
around). Not counted: imports under ``if TYPE_CHECKING:`` (never executed). An
import names its deepest module: ``from a.b import c`` is an edge to ``a.b.c`` when
that is a module, else to ``a.b``; a package's ``__init__`` is the package's module.
The parent packages that ``import a.b.c`` runs first are not edges of their own.
"""

from __future__ import annotations

import ast
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("wirewatch", "streams", "schemas")

Graph = dict[str, set[str]]


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_modules(packages: Iterable[str] = PACKAGES) -> dict[str, Path]:
    return {
        module_name(path): path
        for package in packages
        for path in sorted((ROOT / package).rglob("*.py"))
    }


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _executed_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node except the bodies of ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def _absolute_base(node: ast.ImportFrom, module: str, path: Path) -> str:
    if not node.level:
        return node.module or ""
    anchor = module.split(".")
    # Level 1 in a package's ``__init__`` is the package itself; in a module, its parent.
    drop = node.level - 1 if path.name == "__init__.py" else node.level
    anchor = anchor[: len(anchor) - drop] if drop else anchor
    return ".".join([*anchor, node.module] if node.module else anchor)


def _deepest_module(name: str, modules: Collection[str]) -> str | None:
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in modules:
            return candidate
    return None


def imports_of(module: str, path: Path, modules: Collection[str]) -> set[str]:
    """The modules of ours that ``module`` imports (at module or function level)."""
    found: set[str] = set()
    for node in _executed_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute_base(node, module, path)
            # ``from a.b import c`` runs ``a.b.c`` when that is a module, else ``a.b``.
            names = [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            target = _deepest_module(name, modules)
            if target is not None and target != module:
                found.add(target)
    return found


def import_graph(modules: dict[str, Path]) -> Graph:
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # Iterative, so a deep graph cannot hit the recursion limit.
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    found = cycles(import_graph(source_modules()))
    assert not found, "modules that import one another: " + "; ".join(map(" ".join, found))


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph: Graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_relative_and_function_level_imports_are_edges(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from .app import make\n")
    (package / "app.py").write_text("def make():\n    from pkg import agents\n")
    (package / "agents.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.app import make\n"
    )
    modules = {module_name(path, tmp_path): path for path in sorted(package.rglob("*.py"))}
    graph = import_graph(modules)
    assert graph == {"pkg": {"pkg.app"}, "pkg.app": {"pkg.agents"}, "pkg.agents": set()}


def imported_roots(path: Path, *, module_level_only: bool = False) -> set[str]:
    """The top-level names of what a file imports (absolute imports only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if module_level_only else list(_executed_nodes(tree))
    roots: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_tests_and_bench_share_helpers_without_importing_each_other() -> None:
    def importers(directory: str, root: str, **options: bool) -> list[str]:
        return [
            str(path.relative_to(ROOT))
            for path in sorted((ROOT / directory).rglob("*.py"))
            if root in imported_roots(path, **options)
        ]

    assert importers("tests", "bench") == []
    assert importers("bench", "tests") == []
    # The shared helpers depend on neither, and the bench can use them without pytest.
    assert importers("wirewatch/testing", "tests") == []
    assert importers("wirewatch/testing", "bench") == []
    assert importers("wirewatch/testing", "pytest", module_level_only=True) == []
