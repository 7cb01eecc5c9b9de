"""The environment a command runs in: where output goes and what the terminal can do.

One object owns stdout and stderr, so the rule "data on stdout, everything else on stderr"
lives in one place, and tests replace both streams (as httpie's `Environment` does).
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bilateral_cli.text import FALLBACK_ERRORS, clean

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
        self.pager = True  # `--no-pager` turns it off (see `pager_command`)
        self._stdout: Console | None = None
        self._held: io.StringIO | None = None  # output held back until the export is written

    @property
    def stdout_file(self) -> TextIO:
        return self._stdout_file or sys.stdout or _CLOSED  # None: started with `>&-`

    @property
    def stderr_file(self) -> TextIO:
        return self._stderr_file or sys.stderr or _CLOSED

    def prepare(self) -> None:
        """Streams that cannot encode every character get a readable stand-in for the rest.

        A terminal in `LC_ALL=C` or `PYTHONIOENCODING=ascii` would otherwise fail in the middle
        of a table; it now shows `Cote d'Ivoire`, `-` for rules and `?` where nothing fits.
        """
        for stream in (self.stdout_file, self.stderr_file):
            encoding = getattr(stream, "encoding", None)
            reconfigure = getattr(stream, "reconfigure", None)
            if encoding and reconfigure and codecs.lookup(encoding).name != "utf-8":
                reconfigure(errors=FALLBACK_ERRORS)

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
                _environ=_usable_size(os.environ),
            )
        return self._stdout

    def output(self, rendered: str | Iterable[RenderableType]) -> None:
        """Write a command's output on stdout: text as it is, renderables through Rich.

        While recording for `--export`, output is held back (see `release`), so a failed
        export leaves stdout empty.
        """
        if isinstance(rendered, str):
            self.write(rendered)
            return
        from rich.console import Group

        console = self.stdout
        everything = Group(*rendered)  # one print: Rich's work per print adds up over blocks
        if self.record:
            if self._held is None:
                self._held = io.StringIO()
                console.file = self._held
            console.print(everything, crop=False)
            return
        with console.capture() as captured:
            console.print(everything, crop=False)  # a grid too wide for the terminal stays whole
        command = self.pager_command()
        if command is not None:
            self.page(command, captured.get())
            return
        self.write(captured.get())

    def write(self, text: str) -> None:
        """Write text on stdout so that a failure is never lost: in pieces smaller than the
        stream's buffer, then flushed. (One large write that the disk or `ulimit -f` cuts short
        returns the count written and raises nothing; writing the rest raises.)"""
        stream = self.stdout_file
        for start in range(0, len(text), _PIECE):
            stream.write(text[start : start + _PIECE])
        stream.flush()

    def pager_command(self, environ: Mapping[str, str] = os.environ) -> list[str] | None:
        """The pager long output goes through, as `git` chooses it: only when stdout is a
        terminal and `--no-pager` was not given; `BILATERAL_PAGER` (if not empty), else `PAGER`,
        else `less`; `cat` or an empty `PAGER` means none."""
        if not self.pager or not self.stdout_file.isatty():
            return None
        import shlex

        value = environ.get("BILATERAL_PAGER") or environ.get("PAGER", "less")
        words = shlex.split(value) if value.strip() else []
        return None if not words or words == ["cat"] else words

    def page(self, command: list[str], text: str) -> None:
        """Show `text` through the pager (with `LESS=FRX` unless set: one screen prints and
        quits, colours pass, the screen is not cleared); a pager that cannot start means the
        text is written as it is."""
        import subprocess

        environ = {**os.environ, "LESS": os.environ.get("LESS", "FRX")}
        environ.setdefault("LV", "-c")
        try:
            process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=self.stdout_file, env=environ
            )
        except OSError:
            self.write(text)
            return
        assert process.stdin is not None
        try:
            encoding = getattr(self.stdout_file, "encoding", None) or "utf-8"
            process.stdin.write(text.encode(encoding, "replace"))
            process.stdin.close()
        except BrokenPipeError:  # the reader quit the pager early
            pass
        process.wait()

    def export(self, path: Path, title: str) -> None:
        """Write what was printed to an SVG or HTML file, as the terminal showed it, atomically."""
        from bilateral_cli.files import write_atomically

        if path.suffix.lower() == ".svg":
            text = self.stdout.export_svg(title=title)
        else:
            text = self.stdout.export_html()
        write_atomically(path, text.encode("utf-8"), mode=0o666)

    def release(self) -> None:
        """Print what was held back while the export was written."""
        if self._held is not None:
            self.stdout.file = self.stdout_file
            self.write(self._held.getvalue())
            self._held = None

    def lose_stdout(self) -> None:
        """Stdout failed: send whatever is still buffered to /dev/null (see `_silence`)."""
        _silence(self.stdout_file)

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
        """One message on stderr, terminal-safe.

        A stderr that is closed or full loses the message but changes nothing else: the exit
        status is the failure's own either way.
        """
        stream = self.stderr_file
        try:
            stream.write(clean(message) + "\n")
            stream.flush()
        except (OSError, ValueError):
            _silence(stream)


_PIECE = 2048  # characters: at most 8 KiB encoded, the size of a stream's buffer


class _ClosedStream(io.TextIOBase):
    """A standard stream the process was started without: every write fails."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, os.strerror(errno.EBADF))


_CLOSED: TextIO = _ClosedStream()  # type: ignore[assignment]


def _silence(stream: TextIO) -> None:
    """Point a failed stream's descriptor at /dev/null.

    The interpreter flushes the standard streams at exit; a second failure there would print
    "Exception ignored" and turn the exit status into 120.
    """
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError):
        return
    os.dup2(null, fd)
    os.close(null)


def _usable_size(environ: Mapping[str, str]) -> Mapping[str, str]:
    """The environment Rich reads, without a `COLUMNS` or `LINES` that is not a positive number.

    Rich takes `COLUMNS=0` literally (a zero-width console prints nothing): unusable sizes are
    treated as unset, and Rich asks the terminal or assumes 80 columns.
    """
    unusable = [
        name
        for name in ("COLUMNS", "LINES")
        if name in environ
        and not (environ[name].isascii() and environ[name].isdigit() and int(environ[name]) > 0)
    ]
    if not unusable:
        return environ
    return {k: v for k, v in environ.items() if k not in unusable}
