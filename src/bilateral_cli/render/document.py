"""A small document model shared by the human formats (terminal table and Markdown).

`human` turns a view into a `Document` once, with all the wording; each human format then only
lays the blocks out. Spans say what a piece of text is (a citation, a label), not how it looks.
"""

from __future__ import annotations

from typing import TypeVar

from bilateral_cli.record import NamedTuple

T = TypeVar("T")


class Span(NamedTuple):
    text: str
    kind: str = ""  # "", "cite", "strong" or "muted"


Line = tuple[Span, ...]


def line(*parts: str | Span) -> Line:
    """A line from plain strings and spans."""
    return tuple(Span(p) if isinstance(p, str) else p for p in parts)


def cite(source_id: str) -> Span:
    return Span(f"[{source_id}]", "cite")


class Heading(NamedTuple):
    text: str
    level: int = 2


class Paragraph(NamedTuple):
    line: Line
    muted: bool = False


class Bullet(NamedTuple):
    line: Line
    details: tuple[Line, ...] = ()


class Bullets(NamedTuple):
    items: tuple[Bullet, ...]


class Facts(NamedTuple):
    """Label and value pairs, such as a profile's header."""

    rows: tuple[tuple[str, Line], ...]


class Grid(NamedTuple):
    """A table of cells; `right` columns hold figures, `nowrap` columns keep values whole,
    `optional` columns (charts) are left out where a terminal is too narrow for them."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Line, ...], ...]
    right: tuple[int, ...] = ()
    nowrap: tuple[int, ...] = ()
    total: tuple[Line, ...] | None = None
    optional: tuple[int, ...] = ()

    def without(self, column: int) -> Grid:
        """The grid with one column left out."""

        def keep(cells: tuple[T, ...]) -> tuple[T, ...]:
            return cells[:column] + cells[column + 1 :]

        def shift(indexes: tuple[int, ...]) -> tuple[int, ...]:
            return tuple(i - (i > column) for i in indexes if i != column)

        return Grid(
            keep(self.columns),
            tuple(keep(row) for row in self.rows),
            shift(self.right),
            shift(self.nowrap),
            keep(self.total) if self.total is not None else None,
            shift(self.optional),
        )


Block = Heading | Paragraph | Bullets | Facts | Grid
Document = tuple[Block, ...]
