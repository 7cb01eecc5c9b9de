"""The environment a command runs in: where output goes and what the terminal can do.

One object owns stdout and stderr, so the rule "data on stdout, everything else on stderr"
lives in one place.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bilateral_cli.text import clean

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


@dataclass
class Environment:
    """Consoles are made on first use: `--version` and errors never import Rich."""

    _stdout: Console | None = field(default=None, repr=False)

    @property
    def stdout(self) -> Console:
        if self._stdout is None:
            from rich.console import Console

            self._stdout = Console(markup=False, emoji=False, highlight=False)
        return self._stdout

    def show(self, renderables: Iterable[RenderableType]) -> None:
        """Print a command's renderables on stdout, in order."""
        for item in renderables:
            self.stdout.print(item)

    def error(self, message: str) -> None:
        """One message on stderr, terminal-safe."""
        sys.stderr.write(clean(message) + "\n")
        sys.stderr.flush()
