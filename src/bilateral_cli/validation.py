"""`bilateral validate`: every error in a dataset, and warnings about a valid one.

Errors are what the loader refuses. Warnings are things a valid dataset may hold but an editor
should look at: a publication's growth that differs from the series by more than a point, a
partner with no figures at all, and years missing inside a trade series.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bilateral_cli.dataset import bundled_dataset_path
from bilateral_cli.dataset.docpath import Path as DocPath
from bilateral_cli.dataset.loader import locate, read_fresh
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.messages import Message, msg
from bilateral_cli.model import Dataset
from bilateral_cli.trade import growth_is_comparable, series_counterpart, trade_rows
from bilateral_cli.views.maintenance import ValidationView

if TYPE_CHECKING:
    from bilateral_cli.dataset.yamltree import YamlTree

GROWTH_TOLERANCE = 1.0  # percentage points


def validate(path: Path | None) -> ValidationView:
    """Check a dataset file; never raises for a bad dataset, which is what it reports."""
    path = path or bundled_dataset_path()
    try:
        dataset, tree = read_fresh(path)  # the file itself, never a cached tree
    except DatasetError as exc:
        return ValidationView(str(path), False, exc.problems, (), 0, 0)
    warnings = _located(str(path), tree, _warnings(dataset))
    return ValidationView(
        str(path), True, (), tuple(warnings), len(dataset.partners), len(dataset.sources)
    )


def _warnings(dataset: Dataset) -> list[tuple[DocPath, Message]]:
    found: list[tuple[DocPath, Message]] = []
    for i, partner in enumerate(dataset.partners):
        at: DocPath = ("partners", i)
        if partner.trade is None and not partner.reported:
            found.append((at, msg("warning.no_figures", id=partner.id)))
        if partner.trade is None:
            continue
        years = list(partner.trade.years)
        missing = [y for y in range(years[0], years[-1] + 1) if y not in partner.trade.years]
        if missing:
            shown = ", ".join(map(str, missing))
            found.append(((*at, "trade", "years"), msg("warning.gaps", id=partner.id, years=shown)))
        rows = {row.year: row for row in trade_rows(partner.trade)}
        for j, figure in enumerate(partner.reported):
            counterpart = series_counterpart(rows, figure)
            if not growth_is_comparable(figure) or counterpart is None:
                continue
            year, computed = counterpart.year, counterpart.growth_pct
            assert figure.growth_pct is not None
            if computed is not None and abs(computed - figure.growth_pct) > GROWTH_TOLERANCE:
                warning = msg(
                    "warning.growth",
                    id=partner.id,
                    reported=f"{figure.growth_pct:+g}%",
                    year=year,
                    computed=f"{computed:+.2f}%",
                    tolerance=f"{GROWTH_TOLERANCE:g}",
                )
                found.append(((*at, "reported", j, "growth_pct"), warning))
    return found


def _located(name: str, tree: YamlTree, found: list[tuple[DocPath, Message]]) -> list[Problem]:
    """Warnings with the line they point at."""
    return locate(tree, name, found)
