"""Figures derived from a trade series: totals, balances and growth. Computed, never stored."""

from __future__ import annotations

from bilateral_cli.model import Basis, Measure, ReportedFigure, TradeSeries, TradeYear
from bilateral_cli.record import NamedTuple


class TradeRow(NamedTuple):
    """One year of a series with its derived figures; None wherever an input is unknown."""

    year: int
    exports: int | None
    imports: int | None
    total: int | None
    balance: int | None
    change_pct: float | None
    share_pct: float | None = None
    source: str | None = None  # the year's source (see `TradeSeries.source_of`)


def growth_pct(current: int | None, previous: int | None) -> float | None:
    """Percentage change; None when either value is unknown or the base is not positive."""
    if current is None or previous is None or previous <= 0:
        return None
    return (current - previous) / previous * 100


def share_pct(part: int | None, whole: int | None) -> float | None:
    """`part` as a percentage of `whole`; None when either is unknown or `whole` is not positive."""
    if part is None or whole is None or whole <= 0:
        return None
    return part / whole * 100


def trade_rows(series: TradeSeries, world: TradeSeries | None = None) -> list[TradeRow]:
    """Every year of `series`, with total, balance, change on the previous year's total and,
    given the home country's trade with the world, the share of it."""
    world_totals = {row.year: row.total for row in trade_rows(world)} if world else {}
    rows: list[TradeRow] = []
    totals: dict[int, int | None] = {}
    for year, flows in series.years.items():
        row = _row(series, year, flows, totals.get(year - 1), world_totals.get(year))
        totals[year] = row.total
        rows.append(row)
    return rows


def _row(
    series: TradeSeries, year: int, flows: TradeYear, previous: int | None, world: int | None
) -> TradeRow:
    """One year of a series: its flows, total, balance, change on the year before's total
    (`previous`) and share of the home country's total with the world (`world`)."""
    exports, imports = flows.exports, flows.imports
    total = _total(flows)
    balance = exports - imports if exports is not None and imports is not None else None
    change = growth_pct(total, previous)
    share = share_pct(total, world)
    return TradeRow(year, exports, imports, total, balance, change, share, series.source_of(year))


def latest_with_total(series: TradeSeries | None) -> TradeRow | None:
    """The most recent year whose total is known (its change on the year before, if known)."""
    if series is None:
        return None
    years = series.years
    for year in reversed(list(years)):  # ascending (see `TradeSeries`)
        flows = years[year]
        if flows.exports is not None and flows.imports is not None:
            before = years.get(year - 1)
            return _row(series, year, flows, _total(before) if before else None, None)
    return None


def _total(flows: TradeYear) -> int | None:
    """Exports plus imports, where both are known."""
    if flows.exports is None or flows.imports is None:
        return None
    return flows.exports + flows.imports


def series_measure(row: TradeRow, measure: Measure) -> int | None:
    """The series value that a reported figure of `measure` can be compared with, if any."""
    return {
        Measure.TRADE_TOTAL: row.total,
        Measure.EXPORTS: row.exports,
        Measure.IMPORTS: row.imports,
        Measure.TRADE_BALANCE: row.balance,
    }.get(measure)


class SeriesFigure(NamedTuple):
    """What the series says for the year a publication's figure names."""

    year: int
    value: int
    growth_pct: float | None  # on the year before, as the publication's growth is


def series_counterpart(rows: dict[int, TradeRow], figure: ReportedFigure) -> SeriesFigure | None:
    """The series' value and growth for a reported figure's single year, if comparable."""
    if len(figure.years) != 1 or figure.years[0] not in rows:
        return None
    row = rows[figure.years[0]]
    value = series_measure(row, figure.measure)
    if value is None:
        return None
    before = rows.get(row.year - 1)
    previous = series_measure(before, figure.measure) if before else None
    return SeriesFigure(row.year, value, growth_pct(value, previous))


def growth_is_comparable(figure: ReportedFigure) -> bool:
    """A publication's growth for one calendar year: the kind the series can check."""
    return (
        figure.growth_pct is not None
        and figure.basis is Basis.CALENDAR_YEAR
        and len(figure.years) == 1
    )
