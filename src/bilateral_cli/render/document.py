"""A small document model shared by the human formats (terminal table and Markdown).

`human` turns a view into a `Document` once, with all the wording; each human format then only
lays the blocks out. Spans say what a piece of text is (a citation, a label), not how it looks.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, TypeVar

from bilateral_cli.record import NamedTuple

T = TypeVar("T")


SpanKind = Literal["", "cite", "strong", "muted"]


class Span(NamedTuple):
    """A piece of a line and what it is: plain text, a citation, a label or an aside."""

    text: str
    kind: SpanKind = ""


Line = tuple[Span, ...]


def line(*parts: str | Span) -> Line:
    """A line from plain strings and spans (made as fast as a tuple: every cell is one, and
    most cells are one plain string)."""
    if len(parts) == 1 and type(parts[0]) is str:
        return (_new(Span, (parts[0], "")),)
    return tuple([_new(Span, (p, "")) if isinstance(p, str) else p for p in parts])


_new = tuple.__new__


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


class Column(NamedTuple):
    """How a grid column is laid out: figures are right-aligned and never wrap; ids stay whole;
    an optional column (a chart) is left out where a terminal is too narrow for it; a short
    column is the short form of the column before it (a region's `N/C America`), shown instead
    of it only where the grid would not fit otherwise."""

    title: str
    justify: Literal["left", "right"] = "left"
    wrap: bool = True
    optional: bool = False
    short: bool = False


def figures(title: str) -> Column:
    return Column(title, "right", wrap=False)


def whole(title: str) -> Column:
    return Column(title, wrap=False)


def chart(title: str) -> Column:
    return Column(title, wrap=False, optional=True)


def short(column: Column) -> Column:
    """`column` as the short form of the column before it."""
    return column._replace(short=True)


class Grid(NamedTuple):
    """A table of cells, each column described by its `Column`; an optional total row."""

    columns: tuple[Column, ...]
    rows: tuple[tuple[Line, ...], ...]
    total: tuple[Line, ...] | None = None

    @property
    def optional(self) -> tuple[int, ...]:
        """The indexes of the columns that give way first, in order."""
        return tuple(i for i, c in enumerate(self.columns) if c.optional)

    def only(self, columns: Sequence[int]) -> Grid:
        """The grid with only these columns, in this order."""

        def keep(cells: tuple[T, ...]) -> tuple[T, ...]:
            return tuple(cells[i] for i in columns)

        total = keep(self.total) if self.total is not None else None
        return Grid(keep(self.columns), tuple(keep(row) for row in self.rows), total)

    def full(self) -> Grid:
        """The grid with its full forms only (what formats without a width show)."""
        return self.only([i for i, c in enumerate(self.columns) if not c.short])


Block = Heading | Paragraph | Bullets | Facts | Grid
Document = tuple[Block, ...]
