"""The package's modules import one another in one direction only: no cycles, lazy imports
included (an import inside a function still ties two modules together)."""

from __future__ import annotations

import ast
from pathlib import Path

import bilateral_cli

PACKAGE = Path(bilateral_cli.__file__).parent


def import_graph() -> dict[str, set[str]]:
    """Each module of the package to the modules of the package it imports, anywhere in it."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(("bilateral_cli", *parts)).removesuffix(".__init__")
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module in modules:
                module = node.module
                submodules = {f"{module}.{alias.name}" for alias in node.names} & set(modules)
                graph[name] |= submodules or {module}
            elif isinstance(node, ast.Import):
                graph[name] |= {alias.name for alias in node.names} & set(modules)
        graph[name].discard(name)
    return graph


def test_no_import_cycles() -> None:
    graph = import_graph()
    cycles: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_reading_a_dataset_knows_nothing_of_the_cli() -> None:
    graph = import_graph()
    for name, targets in graph.items():
        if name.startswith("bilateral_cli.dataset"):
            assert not targets & {"bilateral_cli.cli", "bilateral_cli.env", "bilateral_cli.render"}
