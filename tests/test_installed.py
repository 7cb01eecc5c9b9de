"""Build the wheel, install it into a fresh venv and run the installed `bilateral` elsewhere.

This is what catches a dataset left out of the wheel or a missing run-time dependency.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(root / "dist"),
            str(REPO),
        ],
        check=True,
    )
    [wheel] = (root / "dist").glob("bilateral-*.whl")
    venv.create(root / "venv", with_pip=True)
    bindir = root / "venv" / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)], check=True)
    return bindir


def run(bindir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "BILATERAL_DATA"}
    env.update({"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"})
    return subprocess.run(
        [str(bindir / "bilateral"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_installed_show_canada_from_another_directory(installed: Path, tmp_path: Path) -> None:
    result = run(installed, "show", "canada", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "9 October 1952" in result.stdout
    assert "USD 3.12 billion, +29.57%" in result.stdout
    assert "deficit USD 992.4 million" in result.stdout
    assert result.stderr == ""


def test_installed_list_goals_and_module_entry(installed: Path, tmp_path: Path) -> None:
    americas = run(installed, "list", "--region", "americas", cwd=tmp_path)
    assert americas.returncode == 0, americas.stderr
    for name in ("United States", "Canada", "Mexico"):
        assert name in americas.stdout
    goals = run(installed, "goals", cwd=tmp_path)
    assert goals.returncode == 0 and "Supplying national needs" in goals.stdout
    module = subprocess.run(
        [str(installed / "python"), "-m", "bilateral_cli", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert module.returncode == 0
    assert module.stdout.startswith("bilateral ")


def test_installed_unknown_partner_has_no_traceback(installed: Path, tmp_path: Path) -> None:
    result = run(installed, "show", "canda", cwd=tmp_path)
    assert result.returncode == 3
    assert result.stdout == ""
    assert result.stderr == "Unknown partner 'canda'. Did you mean: Canada?\n"


def test_an_editable_install_reads_the_source_trees_dataset(tmp_path: Path) -> None:
    """`pip install -e .` runs the source tree, whose dataset is the repository's data/."""
    venv.create(tmp_path / "venv", with_pip=True)
    bindir = tmp_path / "venv" / ("Scripts" if os.name == "nt" else "bin")
    install = [str(bindir / "python"), "-m", "pip", "install", "-q", "-e", str(REPO)]
    subprocess.run(install, check=True, cwd=tmp_path)
    result = run(bindir, "show", "canada", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "9 October 1952" in result.stdout
    located = subprocess.run(
        [str(bindir / "python"), "-c", "import bilateral_cli; print(bilateral_cli.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert located.stdout.startswith(str(REPO / "src"))
