"""Views of `bilateral compare`: partners side by side, by a trade figure or the UN voting
distance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.model import (
        Period,
    )
    from bilateral_cli.vocabulary.comparing import GroupBy, Metric


class CompareRow(NamedTuple):
    id: str
    name: str
    start_value: int | None
    end_value: int | None
    change: int | None
    growth_pct: float | None
    share_pct: float | None
    rank: int | None
    reported_growth_pct: float | None = None
    reported_source: str | None = None
    partners_missing: int = 0  # summed rows: members without figures for both years


class CompareView(NamedTuple):
    home: str
    metric: Metric
    start: int
    end: int
    growth_kind: Literal["yoy", "cagr"]  # year-on-year (adjacent years) or compound annual
    by: GroupBy | None  # rows are partners (None), regions or groups
    rows: tuple[CompareRow, ...]
    total: CompareRow | None  # the sum of the rows shown, where partners were chosen
    sums: tuple[CompareRow, ...]  # unranked sums after the rows: region groups, named groups
    ranked: int  # how many partners (or regions, or groups) the ranks are among
    world_start: int | None
    world_end: int | None
    trade_sources: tuple[str, ...]  # of the two years compared (`bilateral update` adds years)
    scope: str | None = None  # what was asked for: a region's or group's name
    sort: str = "value"
    available: int = 0  # rows there were before `--top` and `--min-value`
    min_value: int | None = None  # USD: rows below it in the later year were left out
    below_min: int = 0  # how many rows that left out
    series: str = "comtrade"  # or "bi": Bank Indonesia's series (trade or investment)
    start_period: Period | None = None  # what `start` and `end` stand for: years, or the
    end_period: Period | None = None  # same months of two years (`--period 2025-01/05`)


class AlignmentRow(NamedTuple):
    """A partner's UN voting distance in two years (None: no reliable figure), or a group's:
    the mean over its current members with reliable figures."""

    id: str
    name: str
    start_value: float | None
    end_value: float | None
    change: float | None
    low: float | None  # the end year's band, for a partner
    high: float | None
    rank: int | None  # 1 = closest
    members: int  # a group's current members (0 for a partner)
    missing: int  # members without reliable figures in both years, left out of the mean


class AlignmentCompareView(NamedTuple):
    home: str
    start: int
    end: int
    by: GroupBy | None
    rows: tuple[AlignmentRow, ...]
    sums: tuple[AlignmentRow, ...]  # groups named among the partners: their means
    ranked: int
    source: str
    min_votes: int
