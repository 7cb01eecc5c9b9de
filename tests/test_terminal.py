"""The program in a real terminal and a real shell: colour, pipes, signals, completion."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

PROGRAM = [sys.executable, "-m", "bilateral_cli"]
BASE_ENV = {
    k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS")
}
COLOUR = re.compile(rb"\x1b\[[0-9;]*3[0-9][;m]")  # a foreground colour
ANY_STYLE = re.compile(rb"\x1b\[")


def in_terminal(args: list[str], env: dict[str, str]) -> bytes:
    """stdout of the program run in a pseudo-terminal."""
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [*PROGRAM, *args],
        stdout=child,
        stderr=subprocess.PIPE,
        env={**BASE_ENV, "COLUMNS": "100", **env},
    )
    os.close(child)
    out = b""
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.close(main)
    assert proc.wait(timeout=30) == 0
    return out


def test_colour_in_a_terminal(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert COLOUR.search(in_terminal(["goals"], {"TERM": "xterm-256color"}))


@pytest.mark.parametrize(
    ("env", "args", "pattern"),
    [
        ({"TERM": "xterm-256color", "NO_COLOR": "1"}, [], COLOUR),
        ({"TERM": "dumb"}, [], ANY_STYLE),
        ({"TERM": "xterm-256color"}, ["--no-color"], ANY_STYLE),
    ],
    ids=["NO_COLOR", "TERM=dumb", "--no-color"],
)
def test_no_colour_when_asked(
    env: dict[str, str], args: list[str], pattern: re.Pattern[bytes]
) -> None:
    out = in_terminal(["goals", *args], env)
    assert b"Strengthening friendship" in out
    assert not pattern.search(out)


def test_no_styles_in_a_pipe_unless_forced() -> None:
    env = {**BASE_ENV, "TERM": "xterm-256color"}
    plain = subprocess.run([*PROGRAM, "goals"], env=env, capture_output=True, check=True)
    assert not ANY_STYLE.search(plain.stdout)
    forced = subprocess.run(
        [*PROGRAM, "goals"], env={**env, "FORCE_COLOR": "1"}, capture_output=True, check=True
    )
    assert COLOUR.search(forced.stdout)


def test_head_ends_the_pipe_quietly() -> None:
    command = " ".join(PROGRAM) + ' list | head -3; echo "status=${PIPESTATUS[0]}" >&2'
    result = subprocess.run(
        ["bash", "-c", command], env=BASE_ENV, capture_output=True, text=True, check=True
    )
    assert len(result.stdout.splitlines()) == 3
    assert result.stderr.strip() in ("status=0", "status=141")  # 141: SIGPIPE, as `yes | head`
    assert "Traceback" not in result.stderr and "Error" not in result.stderr


def goals_where_the_view_does(action: str, env: dict[str, str] | None = None) -> Any:
    """Run `bilateral goals` in a fresh process whose goals view does `action` instead."""
    code = (
        "import os, signal, sys\n"
        "import bilateral_cli.reference as reference\n"
        "def view(*args, **kwargs):\n"
        f"    {action}\n"
        "reference.goals_view = view\n"
        "sys.argv = ['bilateral', 'goals']\n"
        "from bilateral_cli.cli import main\n"
        "raise SystemExit(main())\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**BASE_ENV, **(env or {})},
        capture_output=True,
        text=True,
        check=False,
    )


def test_ctrl_c_ends_with_130_and_no_traceback() -> None:
    result = goals_where_the_view_does("os.kill(os.getpid(), signal.SIGINT)")
    assert result.returncode == 130
    assert result.stderr == ""
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["goals"], 0),
        (["list", "--sort", "nope"], 2),
        (["nope"], 2),
        (["show"], 2),
        (["show", "atlantis"], 3),
        (["--data", "/nonexistent/x.yaml", "goals"], 4),
    ],
)
def test_exit_statuses(args: list[str], status: int) -> None:
    result = subprocess.run(
        [*PROGRAM, *args], env=BASE_ENV, capture_output=True, text=True, check=False
    )
    assert result.returncode == status
    if status:
        assert result.stdout == ""
        assert result.stderr.strip()
        assert "Traceback" not in result.stderr


def complete(shell: str, words: str) -> list[str]:
    env = {**BASE_ENV, "_BILATERAL_COMPLETE": f"complete_{shell}"}
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    else:
        env |= {"_TYPER_COMPLETE_ARGS": words}
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    result = subprocess.run(PROGRAM, env=env, capture_output=True, text=True, check=True)
    return result.stdout.split()


def test_tab_with_an_unreadable_dataset_offers_nothing_and_prints_no_error(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: [", encoding="utf-8")
    for data in (str(broken), str(tmp_path / "missing.yaml")):
        env = {
            **BASE_ENV,
            "_BILATERAL_COMPLETE": "complete_bash",
            "COMP_WORDS": f"bilateral --data {data} show ca",
            "COMP_CWORD": "4",
        }
        result = subprocess.run(PROGRAM, env=env, capture_output=True, text=True, check=False)
        assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "", "")


def test_tab_completes_partners_and_regions() -> None:
    assert complete("bash", "bilateral show cana") == ["canada"]
    assert "kanada" in complete("bash", "bilateral show kan")
    assert "amerika-serikat" in complete("bash", "bilateral show amerika")
    regions = complete("bash", "bilateral list --region ameri")
    assert regions[0] == "americas"
    assert "amerika-utara-dan-tengah" in regions
    assert any("kanada" in word for word in complete("zsh", "bilateral show kan"))
    assert any("americas" in word for word in complete("fish", "bilateral list --region am"))


def test_completion_can_be_installed() -> None:
    result = subprocess.run(
        [*PROGRAM, "--help"], env=BASE_ENV, capture_output=True, text=True, check=True
    )
    assert "--install-completion" in result.stdout
    script = subprocess.run(
        [*PROGRAM, "--show-completion", "bash"],
        env=BASE_ENV,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "_BILATERAL_COMPLETE=complete_bash" in script.stdout


def test_a_bug_is_one_line_not_a_traceback() -> None:
    result = goals_where_the_view_does("raise ValueError('boom')")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("bilateral: internal error (ValueError: boom).")
    assert "Traceback" not in result.stderr
    debug = goals_where_the_view_does("raise ValueError('boom')", {"BILATERAL_DEBUG": "1"})
    assert "Traceback" in debug.stderr
