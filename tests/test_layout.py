"""The fitted grid lays tables and facts out as Rich's Table does, only faster."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.style import Style
from rich.text import Text

from bilateral_cli.choices import SortKey
from bilateral_cli.comparison import compare_view
from bilateral_cli.loader import load_dataset
from bilateral_cli.queries import (
    goals_view,
    list_view,
    profile_view,
    regions_view,
    sources_view,
)
from bilateral_cli.render.document import Facts, Grid
from bilateral_cli.render.human import document
from bilateral_cli.render.table import FittedGrid, _wrap, facts_grid, rich_table

DATASET = load_dataset()
CANADA = next(p for p in DATASET.partners if p.id == "canada")
VIEWS = {
    "list-americas": list_view(DATASET, region="americas", sort=SortKey.TRADE),
    "regions": regions_view(DATASET),
    "goals": goals_view(DATASET),
    "show": profile_view(DATASET, CANADA),
    "compare": compare_view(DATASET, ["canada", "mexico"], start=2020, end=2021),
}


def rendered(renderable: object, width: int) -> list[str]:
    console = Console(file=io.StringIO(), width=width, color_system=None, legacy_windows=False)
    console.print(renderable)
    out = console.file.getvalue()  # type: ignore[attr-defined]
    return [line.rstrip() for line in out.splitlines()]


def words(lines: list[str]) -> list[str]:
    """The text of a layout, without rules (the grid rules off a total row; Rich leaves a gap)."""
    return [w for line in lines for w in line.split() if set(w) != {"─"}]


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("width", [80, 100, 120, 200])
def test_fitted_grid_matches_rich_table(name: str, width: int) -> None:
    grids = [b for b in document(VIEWS[name]) if isinstance(b, Grid)]
    assert grids
    for grid in grids:
        fast = rendered(FittedGrid(grid), width)
        slow = rendered(rich_table(grid), width)
        if fast != slow:  # where Rich narrows other columns: the same characters, none lost
            assert sorted("".join(words(fast))) == sorted("".join(words(slow)))
        assert max(len(line) for line in fast) <= width


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
