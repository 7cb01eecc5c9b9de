"""The terminal format: a `Document` laid out with Rich.

Every data string enters Rich as a `Text` (never as markup) after `clean`, so a name holding
`[bold]` or an escape sequence prints as the characters it is.
"""

from __future__ import annotations

from rich import box
from rich.console import RenderableType
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


def grid(block: Grid) -> Table:
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
