"""Every command has help with an example and a README entry."""

from __future__ import annotations

import re

import pytest

from bilateral_cli.cli import build_cli
from bilateral_cli.errors import ExitStatus
from conftest import REPO, Invoke

COMMANDS = sorted(build_cli("en").commands)
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_the_expected_commands_exist() -> None:
    expected = [
        "about",
        "agreements",
        "cache",
        "compare",
        "goals",
        "groups",
        "history",
        "list",
        "regions",
        "search",
        "show",
        "sources",
        "update",
        "validate",
    ]
    assert expected == COMMANDS


def test_the_readme_documents_no_command_that_does_not_exist() -> None:
    documented = sorted(set(re.findall(r"^### `bilateral ([a-z-]+)", README, re.M)))
    assert documented == COMMANDS


@pytest.mark.parametrize("command", COMMANDS)
def test_command_has_help_with_an_example(invoke: Invoke, command: str) -> None:
    result = invoke(command, "--help")
    assert result.exit_code == 0
    assert f"Example: bilateral {command}" in result.stdout
    indonesian = invoke("--lang", "id", command, "--help")
    assert f"Contoh: bilateral {command}" in indonesian.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented_in_readme(command: str) -> None:
    assert re.search(rf"^### `bilateral {command}", README, re.M), f"README lacks `{command}`"


def test_readme_documents_exit_codes() -> None:
    for status in ExitStatus:
        assert re.search(rf"^\| {int(status)} \|", README, re.M), status
