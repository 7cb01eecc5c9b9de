"""The program's entry turns the cyclic collector off; importing the package does not."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=False
    )


def test_the_console_script_is_the_entry() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '\n[project.scripts]\nbilateral = "bilateral_cli.__main__:run"\n' in pyproject


def test_importing_the_package_leaves_the_collector_alone() -> None:
    out = python(
        "import gc, bilateral_cli.cli, bilateral_cli.dataset.loader; print(gc.isenabled())"
    )
    assert out.stdout.strip() == "True"


def test_the_entry_runs_without_the_collector_and_keeps_exit_statuses() -> None:
    code = (
        "import sys, gc; from bilateral_cli.__main__ import run\n"
        "sys.stderr.write(f'gc={gc.isenabled()}\\n'); sys.argv = ['bilateral', *sys.argv[1:]]\n"
        "run()"
    )
    ok = python(code, "goals", "--format", "json")
    assert ok.returncode == 0 and '"goals"' in ok.stdout
    assert ok.stderr.startswith("gc=False")
    assert python(code, "show", "atlantis").returncode == 3
    assert python(code, "list", "--sort", "nope").returncode == 2


def test_a_run_builds_only_the_command_it_runs() -> None:
    from bilateral_cli.cli import requested_command

    assert requested_command(["--lang", "id", "show", "canada"]) == "show"
    assert requested_command(["--data=x.yaml", "list"]) == "list"
    assert requested_command(["--version"]) == ""
    for whole in (["--help"], ["lst"], [], ["-h", "show"]):
        assert requested_command(whole) is None  # help and typos need every command
