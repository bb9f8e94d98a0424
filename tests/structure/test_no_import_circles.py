"""No module of the app or the service imports, at its top, a module that imports it back.

A circle works only while the order of first imports happens to suit it (the screenshots
once had one: an entry point imported first broke it), and it makes two modules one. An
import inside a function (deferred past the first paint, or to the first search) or under
``TYPE_CHECKING`` runs later or never, so it is not part of a circle here.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("desktop", "backend", "textfold")


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(body: list[ast.stmt], module: str) -> Iterator[str]:
    """What the statements run at import time import: a name from a package may be one
    of its modules, so both are yielded."""
    for node in body:
        if isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                yield from _imported(node.body, module)
                yield from _imported(node.orelse, module)
        elif isinstance(node, ast.Try):
            yield from _imported(node.body, module)
            for handler in node.handlers:
                yield from _imported(handler.body, module)
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            # The project imports by absolute names only; a relative one would be missed.
            assert node.level == 0 and node.module, f"a relative import in {module}"
            source = node.module
            yield source
            yield from (f"{source}.{alias.name}" for alias in node.names)


def import_graph() -> dict[str, set[str]]:
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        body = ast.parse(path.read_text(encoding="utf-8")).body
        imported = _imported(body, name)
        graph[name] = {target for target in imported if target in modules and target != name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The graph's strongly connected parts of more than one module (Tarjan's algorithm,
    with an explicit stack: the graph is deep enough for Python's recursion limit)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            for target in edges:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    part = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        part.append(member)
                        if member == node:
                            break
                    if len(part) > 1:
                        found.append(sorted(part))
    return found


def test_no_module_imports_itself_back() -> None:
    assert circles(import_graph()) == []


def test_a_circle_is_found() -> None:  # the check itself: a circle of three, and one of two
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"f"}, "f": {"e"}}
    assert sorted(circles(graph)) == [["a", "b", "c"], ["e", "f"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_graph_holds_top_level_imports_only() -> None:
    graph = import_graph()
    assert "desktop.store.common_texts" in graph["desktop.store.tickets"]  # at its top
    # Imported inside main(), after the Qt import hook is in: not an edge.
    assert graph["desktop.__main__"] == set()
