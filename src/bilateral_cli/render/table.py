"""The terminal format: a `Document` laid out with Rich.

Every data string enters Rich as a `Text` (never as markup) after `clean`, so a name holding
`[bold]` or an escape sequence prints as the characters it is.
"""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bilateral_cli.render.document import Bullets, Document, Facts, Grid, Heading, Line, Paragraph
from bilateral_cli.render.human import document
from bilateral_cli.text import clean

STYLES = {"": "", "cite": "dim", "strong": "bold", "muted": "dim"}
HEADING = "bold cyan"


def render_table(view: object, lang: str = "en") -> list[RenderableType]:
    """The renderables for a view, in order; the caller prints them."""
    return layout(document(view, lang))


def layout(doc: Document) -> list[RenderableType]:
    out: list[RenderableType] = []
    for block in doc:
        if isinstance(block, Heading):
            out.append(
                Text(clean(block.text), style=HEADING)
                if block.level == 1
                else Text.assemble("\n", (clean(block.text), HEADING))
            )
        elif isinstance(block, Paragraph):
            out.append(text(block.line, "dim" if block.muted else ""))
        elif isinstance(block, Bullets):
            for item in block.items:
                out.append(Padding(Text.assemble("• ", text(item.line)), (0, 0, 0, 2)))
                out.extend(Padding(text(detail), (0, 0, 0, 4)) for detail in item.details)
        elif isinstance(block, Facts):
            facts = Table(box=None, show_header=False, pad_edge=False)
            facts.add_column(style="bold", no_wrap=True)
            facts.add_column(overflow="fold")
            for label, value in block.rows:
                facts.add_row(Text(label), text(value))
            out.append(facts)
        else:
            out.append(grid(block))
    return out


def text(spans: Line, style: str = "") -> Text:
    """Spans as one literal, terminal-safe `Text`."""
    out = Text(style=style)
    for span in spans:
        out.append(clean(span.text), style=STYLES[span.kind])
    return out


def grid(block: Grid) -> RenderableType:
    return FittedGrid(block)


class FittedGrid:
    """A grid laid out as plain lines, wrapping only the cells that do not fit.

    Rich's `Table` measures and lays out every cell, which costs about 85 ms for the 237 rows
    of `list`. This does the same layout (three spaces between columns, a rule under the
    header, figures right-aligned) and narrows only the widest wrappable columns when the
    terminal is too narrow; if even that cannot fit, the `Table` does the work.
    """

    GAP = 3  # the spaces Rich puts between columns (padding, divider, padding)
    NARROWEST = 8  # a wrappable column is never made narrower than this

    def __init__(self, block: Grid) -> None:
        self.block = block

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        block = self.block
        rows = [[text(cell) for cell in row] for row in block.rows]
        total = [text(cell) for cell in block.total] if block.total is not None else None
        widths = [cell_len(name) for name in block.columns]
        for row in [*rows, *([total] if total else [])]:
            for i, cell in enumerate(row):
                if "\n" in cell.plain:
                    yield rich_table(block)
                    return
                widths[i] = max(widths[i], cell.cell_len)
        if not self._fit(widths, options.max_width):
            yield rich_table(block)
            return
        width = sum(widths) + self.GAP * (len(widths) - 1)
        header = [Text(c) for c in block.columns]
        lines = [*self._lines(header, widths, console, "table.header")]
        lines.append(Text("─" * width, style="table.header"))
        for row in rows:
            lines.extend(self._lines(row, widths, console))
        if total is not None:
            lines.append(Text("─" * width))
            lines.extend(self._lines(total, widths, console))
        yield Text("\n").join(lines)

    def _fit(self, widths: list[int], limit: int) -> bool:
        """Narrow the widest wrappable columns until the grid fits; False if it cannot."""
        excess = sum(widths) + self.GAP * (len(widths) - 1) - limit
        wrappable = [i for i in range(len(widths)) if i not in self.block.nowrap]
        while excess > 0:
            if not wrappable:
                return False
            widest = max(wrappable, key=lambda i: widths[i])
            if widths[widest] <= self.NARROWEST:
                return False
            widths[widest] -= 1
            excess -= 1
        return True

    def _lines(
        self, cells: list[Text], widths: list[int], console: Console, style: str = ""
    ) -> list[Text]:
        wrapped = [
            list(cell.wrap(console, widths[i], overflow="fold"))
            if cell.cell_len > widths[i]
            else [cell]
            for i, cell in enumerate(cells)
        ]
        out = []
        last = len(cells) - 1
        for n in range(max(len(parts) for parts in wrapped)):
            line = Text(style=style)
            for i, parts in enumerate(wrapped):
                cell = parts[n] if n < len(parts) else Text()
                pad = " " * max(0, widths[i] - cell.cell_len)
                if i in self.block.right:
                    line.append(pad)
                    line.append_text(cell)
                else:
                    line.append_text(cell)
                    if i != last:
                        line.append(pad)
                if i != last:
                    line.append(" " * self.GAP)
            line.rstrip()
            out.append(line)
        return out


def rich_table(block: Grid) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for i, name in enumerate(block.columns):
        table.add_column(
            name,
            justify="right" if i in block.right else "left",
            overflow="fold",
            no_wrap=i in block.nowrap,
        )
    for row in block.rows:
        table.add_row(*(text(cell) for cell in row))
    if block.total is not None:
        table.add_section()
        table.add_row(*(text(cell) for cell in block.total))
    return table
