"""The fitted grid lays tables and facts out as Rich's Table does, only faster."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich import box
from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bilateral_cli.comparison import compare_view
from bilateral_cli.dataset import load_dataset
from bilateral_cli.queries import (
    goals_view,
    list_view,
    profile_view,
    regions_view,
    sources_view,
)
from bilateral_cli.render.document import Facts, Grid, line
from bilateral_cli.render.human import document
from bilateral_cli.render.table import FittedGrid, _wrap, facts_grid, text
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


def rich_table(block: Grid, *, header: bool = True) -> Table:
    """Rich's own layout of a grid (with a header) or of facts (without one): the reference."""
    if header:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    else:
        table = Table(box=None, show_header=False, pad_edge=False)
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


def rendered(renderable: object, width: int) -> list[str]:
    """Printed as the environment prints: wrapped to the width, but never cropped."""
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable, crop=False)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return [line.rstrip() for line in out.splitlines()]


def words(lines: list[str]) -> list[str]:
    """The text of a layout, without rules (the grid rules off a total row; Rich leaves a gap)."""
    return [w for line in lines for w in line.split() if set(w) != {"─"}]


def shown_columns(grid: Grid, lines: list[str]) -> Grid:
    """The grid as laid out: without the optional columns its header line leaves out."""
    while grid.optional and grid.columns[grid.optional[-1]] not in lines[0]:
        grid = grid.without(grid.optional[-1])
    return grid


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_fitted_grid_matches_rich_table(name: str, width: int) -> None:
    grids = [b for b in document(VIEWS[name]) if isinstance(b, Grid)]
    assert grids
    for grid in grids:
        fast = rendered(FittedGrid(grid), width)
        shown = shown_columns(grid, fast)
        if max(len(line) for line in fast) > width:  # too wide even without a chart
            assert (name, width) == ("compare", 80)
            whole = rendered(FittedGrid(shown), 1000)
            assert sorted("".join(words(fast))) == sorted("".join(words(whole)))
            continue
        slow = rendered(rich_table(shown), width)
        if fast != slow:  # where Rich narrows other columns: the same characters, none lost
            assert sorted("".join(words(fast))) == sorted("".join(words(slow)))


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [30, 60, 80, 100])
def test_figures_are_never_cut_and_charts_give_way_first(name: str, width: int) -> None:
    for grid in (b for b in document(VIEWS[name]) if isinstance(b, Grid)):
        lines = rendered(FittedGrid(grid), width)
        shown = shown_columns(grid, lines)
        for row in shown.rows:
            for i in shown.nowrap:
                cell = "".join(span.text for span in row[i])
                assert any(cell in line for line in lines), (cell, width)
        natural = sum(natural_widths(grid)) + 3 * (len(grid.columns) - 1)
        # a chart is the first thing to give way, and only where the grid is too wide with it
        assert (shown != grid) == (bool(grid.optional) and natural > width)


def natural_widths(grid: Grid) -> list[int]:
    widths = [len(c) for c in grid.columns]
    for row in grid.rows:
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
        assert rendered(FittedGrid(grid, header=False, gap=2), width) == rendered(
            rich_table(grid, header=False), width
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


def test_a_wrapped_cell_in_a_figure_column_stays_right_aligned() -> None:
    grid = Grid(("Region", "Partners in dataset"), ((line("Africa"), line("51")),), right=(1,))
    lines = rendered(FittedGrid(grid), 17)  # the figure column narrowed to 8: "in " wraps alone
    header = lines[: lines.index(next(x for x in lines if x.startswith("─")))]
    assert len(header) > 1  # the header wrapped
    assert len({len(x) for x in header}) == 1  # and every line of it ends at the right edge
    assert lines[-1].endswith("51") and len(lines[-1]) == len(header[0])
