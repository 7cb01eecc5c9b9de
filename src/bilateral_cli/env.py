"""The environment a command runs in: where output goes and what the terminal can do.

One object owns stdout and stderr, so the rule "data on stdout, everything else on stderr"
lives in one place, and tests replace both streams (as httpie's `Environment` does).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bilateral_cli.text import clean

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


class Environment:
    """Output streams (the process's own unless given) and the consoles that write to them.

    Consoles are made on first use: `--version` and errors never import Rich. Colour follows
    Rich's reading of the terminal (none when stdout is not a terminal, with `NO_COLOR` or
    `TERM=dumb`; forced by `FORCE_COLOR`), and `--no-color` turns off every style. Machine
    formats are written as they are: never wrapped, never styled.
    """

    def __init__(self, stdout: TextIO | None = None, stderr: TextIO | None = None) -> None:
        self._stdout_file = stdout
        self._stderr_file = stderr
        self.no_color = False
        self.record = False  # keep what is printed, for `--export`
        self._stdout: Console | None = None

    @property
    def stdout_file(self) -> TextIO:
        return self._stdout_file or sys.stdout

    @property
    def stderr_file(self) -> TextIO:
        return self._stderr_file or sys.stderr

    @contextlib.contextmanager
    def redirected(self) -> Iterator[None]:
        """Send what Typer and Click print themselves (help, `--version`) to these streams."""
        with (
            contextlib.redirect_stdout(self.stdout_file),
            contextlib.redirect_stderr(self.stderr_file),
        ):
            yield

    @property
    def stdout(self) -> Console:
        if self._stdout is None:
            from rich.console import Console

            self._stdout = Console(
                file=self.stdout_file,
                markup=False,
                emoji=False,
                highlight=False,
                record=self.record,
                color_system=None if self.no_color else "auto",
            )
        return self._stdout

    def output(self, rendered: str | Iterable[RenderableType]) -> None:
        """Write a command's output on stdout: text as it is, renderables through Rich."""
        if isinstance(rendered, str):
            self.stdout_file.write(rendered)
            self.stdout_file.flush()
            return
        for item in rendered:
            self.stdout.print(item, crop=False)  # a grid too wide for the terminal stays whole

    def export(self, path: Path, title: str) -> None:
        """Write what was printed to an SVG or HTML file, as the terminal showed it."""
        if path.suffix.lower() == ".svg":
            self.stdout.save_svg(str(path), title=title)
        else:
            self.stdout.save_html(str(path))

    @contextlib.contextmanager
    def progress(
        self, total: int, describe: Callable[[int, int, int], str]
    ) -> Iterator[Callable[[int], None]]:
        """A progress bar on stderr, on a terminal only (silent when piped): `total` steps,
        worded by `describe(steps done, total, items received)`; yields the function a step
        calls with the items it received."""
        if not self.stderr_file.isatty():
            yield lambda items: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn

        console = Console(file=self.stderr_file, markup=False, emoji=False, highlight=False)
        done = [0, 0]
        columns = (TextColumn("{task.description}", markup=False), BarColumn())
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task(describe(0, total, 0), total=total)

            def advance(items: int) -> None:
                done[0] += 1
                done[1] += items
                bar.update(task, advance=1, description=describe(done[0], total, done[1]))

            yield advance

    def error(self, message: str) -> None:
        """One message on stderr, terminal-safe."""
        self.stderr_file.write(clean(message) + "\n")
        self.stderr_file.flush()
