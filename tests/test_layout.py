"""The fitted grid lays tables and facts out as Rich's Table does, only faster."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich._wrap import divide_line
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bilateral_cli.comparison import compare_view
from bilateral_cli.dataset import load_dataset
from bilateral_cli.profile import profile_view
from bilateral_cli.queries import list_view
from bilateral_cli.reference import goals_view, regions_view, sources_view
from bilateral_cli.render.document import Column, Facts, Grid, Line, line
from bilateral_cli.render.human import document
from bilateral_cli.render.table import STYLES, FittedGrid, Indented, _wrap, divide, facts_grid
from bilateral_cli.text import clean
from bilateral_cli.vocabulary import SortKey

DATASET = load_dataset()
CANADA = next(p for p in DATASET.partners if p.id == "canada")
VIEWS = {
    "list-americas": list_view(DATASET, region="americas", sort=SortKey.TRADE),
    "regions": regions_view(DATASET),
    "goals": goals_view(DATASET),
    "show": profile_view(DATASET, CANADA),
    "compare": compare_view(DATASET, ["canada", "mexico"], start=2020, end=2021),
}


def text(spans: Line) -> Text:
    """Spans as one literal, terminal-safe `Text`: what Rich's own `Table` is given."""
    out = Text()
    for span in spans:
        out.append(clean(span.text), style=STYLES[span.kind])
    return out


def rich_table(block: Grid, *, header: bool = True, widths: list[int] | None = None) -> Table:
    """Rich's own layout of a grid (with a header) or of facts (without one): the reference.

    Given `widths`, every column has exactly that width (the fitted grid's choice)."""
    if header:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    else:
        table = Table(box=None, show_header=False, pad_edge=False)
    for i, column in enumerate(block.columns):
        table.add_column(
            column.title,
            justify=column.justify,
            overflow="fold",
            no_wrap=not column.wrap,
            width=widths[i] if widths else None,
        )
    for row in block.rows:
        table.add_row(*(text(cell) for cell in row))
    if block.total is not None:
        table.add_section()
        table.add_row(*(text(cell) for cell in block.total))
    return table


def rendered(renderable: object, width: int) -> list[str]:
    """Printed as the environment prints: wrapped to the width, but never cropped."""
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable, crop=False)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return [line.rstrip() for line in out.splitlines()]


def words(lines: list[str]) -> list[str]:
    """The text of a layout, without rules (the grid rules off a total row; Rich leaves a gap)."""
    return [w for line in lines for w in line.split() if set(w) != {"─"}]


def without_rules(lines: list[str]) -> list[str]:
    """Lines less the rule over a total row, which Rich draws as a gap (the one difference)."""
    return [x for x in lines if set(x) != {"─"} and x.strip()]


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [60, 80, 100, 120, 200])
def test_fitted_grid_lays_out_lines_as_rich_table_does(name: str, width: int) -> None:
    """Given the widths the fitted grid chose, Rich's Table prints exactly the same lines."""
    grids = [b for b in document(VIEWS[name]) if isinstance(b, Grid)]
    assert grids
    for grid in grids:
        fast = rendered(FittedGrid(grid), width)
        shown, _, _, widths = FittedGrid(grid).layout(width)
        slow = rendered(rich_table(shown, widths=widths), max(width, 1000))
        assert fast[:2] == slow[:2]  # the header and its rule
        assert without_rules(fast[2:]) == without_rules(slow[2:])


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_fitted_grid_chooses_rich_table_widths_where_rich_keeps_figures_whole(
    name: str, width: int
) -> None:
    """Where the grid fits at its natural widths, Rich's Table lays it out identically."""
    for grid in (b for b in document(VIEWS[name]) if isinstance(b, Grid)):
        shown, _, _, widths = FittedGrid(grid).layout(width)
        if sum(widths) + 3 * (len(widths) - 1) < width and widths == natural_widths(shown):
            fast = rendered(FittedGrid(grid), width)
            assert without_rules(fast) == without_rules(rendered(rich_table(shown), width))


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [30, 60, 80, 100])
def test_figures_are_never_cut_and_charts_give_way_first(name: str, width: int) -> None:
    for grid in (b for b in document(VIEWS[name]) if isinstance(b, Grid)):
        lines = rendered(FittedGrid(grid), width)
        shown = FittedGrid(grid).layout(width)[0]
        for row in shown.rows:
            for i in (i for i, c in enumerate(shown.columns) if not c.wrap):
                cell = "".join(span.text for span in row[i])
                assert any(cell in line for line in lines), (cell, width)
        full = grid.full()
        natural = sum(natural_widths(full)) + 3 * (len(full.columns) - 1)
        # a chart is the first thing to give way, then short forms stand in for long ones, and
        # only where the grid is too wide with them
        gives_way = bool(full.optional) or any(c.short for c in grid.columns)
        assert (shown != full) == (gives_way and natural > width)
        if any(c.short for c in shown.columns):
            assert not shown.optional


def natural_widths(grid: Grid) -> list[int]:
    widths = [len(c.title) for c in grid.columns]
    for row in (*grid.rows, *([grid.total] if grid.total else [])):
        for i, spans in enumerate(row):
            widths[i] = max(widths[i], len("".join(s.text for s in spans)))
    return widths


@pytest.mark.parametrize("name", ["show", "sources"])
@pytest.mark.parametrize("width", [40, 80, 120])
def test_fitted_facts_match_rich_table(name: str, width: int) -> None:
    view = VIEWS[name] if name in VIEWS else sources_view(DATASET)
    facts = [facts_grid(b) for b in document(view) if isinstance(b, Facts)]
    assert facts
    for grid in facts:
        fitted = FittedGrid(grid, header=False, gap=2)
        widths = fitted.layout(width)[3]
        assert rendered(fitted, width) == rendered(
            rich_table(grid, header=False, widths=widths), max(width, 1000)
        )


def reference_wrap(cell: list[tuple[str, str]], width: int, console: Console) -> list[list[str]]:
    """Rich's own wrapping of a cell, as (character, style) per position."""
    content = Text()
    for piece, style in cell:
        content.append(piece, style=style)
    return [
        [f"{ch}|{segment.style or ''}" for segment in part.render(console) for ch in segment.text]
        for part in content.wrap(console, width, overflow="fold")
    ]


@given(
    pieces=st.lists(
        st.tuples(
            st.text(st.sampled_from("ab cd-,. \u00a0xyzW"), min_size=1, max_size=30),
            st.sampled_from(["", "dim", "bold"]),
        ),
        min_size=1,
        max_size=4,
    ),
    width=st.integers(1, 25),
)
@settings(max_examples=400, deadline=None)
def test_wrapping_a_cell_is_rich_wrapping(pieces: list[tuple[str, str]], width: int) -> None:
    """The ASCII fast path cuts lines exactly where `Text.wrap` does, styles and all."""
    console = Console(file=io.StringIO(), width=80, color_system=None)
    cell: list[tuple[str, str | Style]] = list(pieces)
    ours = [
        [
            f"{ch}|{console.get_style(style) if isinstance(style, str) and style else style or ''}"
            for piece, style in line
            for ch in piece
        ]
        for line in _wrap(cell, width, console)
    ]
    assert ours == reference_wrap(pieces, width, console)


@given(
    text=st.text(st.sampled_from("ab cd-,.xyzW"), max_size=80)
    | st.lists(st.sampled_from(["", " ", "  ", "a", "bc", "long-word-here", "x" * 30])).map(
        "".join
    ),
    width=st.integers(1, 40),
)
@settings(max_examples=600, deadline=None)
def test_dividing_ascii_text_is_rich_dividing_it(text: str, width: int) -> None:
    """The ASCII path breaks exactly where Rich does: spaces, runs of spaces, words longer
    than the width (folded), text starting with spaces; anything else is Rich's own."""
    assert divide(text, width) == divide_line(text, width, fold=True)
    wide = text + "\u00e9\u4e2d"
    assert divide(wide, width) == divide_line(wide, width, fold=True)


@pytest.mark.parametrize(
    ("text", "widest"),
    [("", 13), (" " * 30, 20), ("a" + " " * 30 + "b", 20), ("x" * 30, 29), ("é" * 30, 29)],
)
def test_a_grid_too_wide_narrows_to_its_longest_words(text: str, widest: int) -> None:
    """Narrowing measures the longest word of each wrappable cell, blank or spaced-out cells
    included; a word longer than `LONG_WORD` (20) breaks there, and the line runs past."""
    grid = Grid((Column("Name"), Column("Note")), ((line("Canada"), line(text)),))
    lines = rendered(FittedGrid(grid), 20)
    assert max(len(x) for x in lines) == widest
    shown = "".join(lines[2:]).replace("Canada", "", 1)
    assert sorted(shown.replace(" ", "")) == sorted(text.replace(" ", ""))


def test_a_wrapped_cell_in_a_figure_column_stays_right_aligned() -> None:
    columns = (Column("Region"), Column("Partners in dataset", "right"))
    grid = Grid(columns, ((line("Africa"), line("51")),))
    lines = rendered(FittedGrid(grid), 17)  # the figure column narrowed to 8: "in " wraps alone
    header = lines[: lines.index(next(x for x in lines if x.startswith("─")))]
    assert len(header) > 1  # the header wrapped
    assert len({len(x) for x in header}) == 1  # and every line of it ends at the right edge
    assert lines[-1].endswith("51") and len(lines[-1]) == len(header[0])


class RichIndented:
    """The reference for `Indented`: the same text given to Rich as a `Text`, wrapped by Rich
    (`render_lines`), each line indented and stripped of the spaces it ended on."""

    def __init__(self, content: Text, indent: int, first: str | None) -> None:
        self.content, self.indent, self.first = content, indent, first

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - self.indent)
        lines = console.render_lines(self.content, options.update_width(width), pad=False)
        for n, row in enumerate(lines):
            while row and not row[-1].text.rstrip():
                row.pop()
            if row:
                last = row[-1]
                row[-1] = Segment(last.text.rstrip(), last.style, last.control)
                if self.first is not None and n == 0:
                    yield Segment(self.first)
                elif self.indent:
                    yield Segment(" " * self.indent)
            yield from row
            yield Segment.line()


def styled(renderable: RenderableType, width: int) -> list[list[str]]:
    """Each printed line as (character, style) per position."""
    console = Console(file=io.StringIO(), width=width, color_system="truecolor")
    segments = console.render(renderable, console.options)
    return [
        [f"{ch}|{segment.style or ''}" for segment in row for ch in segment.text]
        for row in Segment.split_lines(segments)
    ]


@given(
    pieces=st.lists(
        st.tuples(
            st.text(
                st.sampled_from(["a", "b", " ", "-", ".", "\u00a0", "\n", "\u6f22", "\u0301"]),
                min_size=1,
                max_size=30,
            ),
            st.sampled_from(["", "dim", "bold", "bold cyan"]),
        ),
        min_size=1,
        max_size=4,
    ),
    indent=st.sampled_from([0, 4, 6]),
    muted=st.booleans(),
    width=st.integers(2, 30),  # at 1, Rich drops a wide character; we print it (one too wide)
)
@settings(max_examples=400, deadline=None)
def test_an_indented_text_wraps_as_rich_wraps_it(
    pieces: list[tuple[str, str]], indent: int, muted: bool, width: int
) -> None:
    """Paragraphs and bullets break where Rich's own wrapping breaks them, styles and all,
    whatever the script (wide characters, combining accents) and line breaks."""
    first = "  • " if indent == 4 else None
    reference = Text(style="dim" if muted else "")
    for piece, style in pieces:
        reference.append(piece, style=style)
    ours = Indented(list(pieces), indent, first=first, style="muted" if muted else "")
    assert styled(ours, width + indent) == styled(
        RichIndented(reference, indent, first), width + indent
    )
