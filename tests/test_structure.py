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
    for importer, package in DYNAMIC.items():  # imports by a name made at run time
        graph[importer] |= {name for name in modules if name.startswith(f"{package}.")}
    return graph


# Modules that import a family's module by name at run time (`importlib`, `__import__`): the
# program imports the command it runs, the human renderer the wording of the view it is given.
DYNAMIC = {
    "bilateral_cli.cli": "bilateral_cli.commands",
    "bilateral_cli.render.human": "bilateral_cli.render.human",
}


def test_the_dynamic_imports_are_the_ones_the_graph_adds() -> None:
    for importer, package in DYNAMIC.items():
        path = PACKAGE.joinpath(*importer.split(".")[1:])
        source = (path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).read_text()
        # a module imports another package's modules by name; a package, its own
        expected = "{__name__}.{" if importer == package else f'"{package}.{{'
        assert expected in source, importer


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
            assert not {t for t in targets if t.startswith(CLI_SIDE)}


CLI_SIDE = (
    "bilateral_cli.cli",
    "bilateral_cli.commands",
    "bilateral_cli.env",
    "bilateral_cli.render",
)


def test_each_family_has_its_views_commands_and_wording() -> None:
    """A command, its views and their wording live in modules of the same family name: a
    command's module is the one `cli.COMMANDS` names, and every view of a family is worded
    by the renderer module of that name."""
    import importlib

    from bilateral_cli.cli import COMMANDS
    from bilateral_cli.render.human.common import wording
    from bilateral_cli.render.json import to_data

    declared: dict[str, object] = {}
    for family in set(COMMANDS.values()):
        declared |= importlib.import_module(f"bilateral_cli.commands.{family}").COMMANDS
    assert set(declared) == set(COMMANDS)
    for name, family in COMMANDS.items():
        assert getattr(declared[name], "__module__", None) == f"bilateral_cli.commands.{family}"
    views = sorted(p.stem for p in (PACKAGE / "views").glob("*.py") if p.stem != "__init__")
    renderers = sorted(p.stem for p in (PACKAGE / "render" / "human").glob("*.py"))
    assert sorted([*views, "__init__", "common"]) == renderers
    for family in views:
        importlib.import_module(f"bilateral_cli.render.human.{family}")
    worded = set()
    for view, function in wording.registry.items():  # each family's views in its own module
        if view is object:
            continue
        family = view.__module__.removeprefix("bilateral_cli.views.")
        assert family in views, view
        assert function.__module__ == f"bilateral_cli.render.human.{family}", view
        worded.add(family)
    assert worded == set(views)
    # every view a machine format knows has its wording too
    assert set(to_data.registry) - {object} == set(wording.registry) - {object}


def test_a_run_imports_the_modules_of_its_own_command_only() -> None:
    """`list` declares no other command, makes no other family's views, wording or enums."""
    import subprocess
    import sys

    code = (
        "import sys; from bilateral_cli.cli import main; main(['list']); "
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('bilateral_cli'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split("\n")[-2].split())
    for family in ("profile", "cooperation", "reference", "comparing", "maintenance"):
        for package in ("commands", "views", "render.human", "vocabulary"):
            assert f"bilateral_cli.{package}.{family}" not in loaded
    assert {"bilateral_cli.commands.listing", "bilateral_cli.views.listing"} <= loaded
    assert "bilateral_cli.render.human.listing" in loaded
