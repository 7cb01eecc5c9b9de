"""A profile's figures beyond the annual trade series: UN voting alignment, Bank Indonesia's
second trade series beside the annual one, and net direct investment. Derived on each run."""

from __future__ import annotations

from bilateral_cli import alignment
from bilateral_cli.model import Dataset, InvestmentSeries, Partner, Period, PeriodSeries
from bilateral_cli.trade import growth_pct
from bilateral_cli.views.profile import (
    AlignmentView,
    BopView,
    InvestmentView,
    LatestTrade,
    PeriodValue,
    SeriesYear,
)


def alignment_view(dataset: Dataset, partner: Partner, lang: str) -> AlignmentView | None:
    """The partner's latest reliable distance, its rank that year, and the trend since 2000.

    Only what is shown is decoded: the two states' points and, for the rank, one year.
    """
    voting = dataset.un_voting
    if voting is None:
        return None
    home = dataset.home.iso3
    shown = alignment.series(voting, home, partner.id, alignment.TREND_FROM)
    if not shown:
        return None
    reliable = [d for d in shown if d.reliable]
    latest = reliable[-1] if reliable else None
    rank = None
    ranked = 0
    if latest is not None:
        ranks = alignment.ranks(alignment.reliable_values(voting, home, latest.year))
        rank, ranked = ranks.get(partner.id), len(ranks)
    note = voting.notes.get(partner.id)
    return AlignmentView(
        source=voting.source,
        min_votes=alignment.MIN_VOTES,
        latest=latest,
        rank=rank,
        ranked=ranked,
        start=reliable[0] if reliable else None,
        years=tuple(shown),
        unused=tuple(d for d in shown if latest is not None and d.year > latest.year),
        note=note.get(lang) if note else None,
    )


def latest_period(series: PeriodSeries | InvestmentSeries) -> tuple[Period, Period] | None:
    """The freshest part-year held with the same months a year earlier, if both are held."""
    parts = [p for p in series.periods if not p.full and p.year_before() in series.periods]
    if not parts:
        return None
    period = max(parts, key=lambda p: (p.year, p.last))
    return period, period.year_before()


def bop_view(partner: Partner) -> BopView | None:
    """The freshest months of Bank Indonesia's series against the same months a year earlier,
    and the years both series have, side by side."""
    bop = partner.bop_trade
    if bop is None:
        return None
    latest = None
    found = latest_period(bop)
    if found is not None:
        period, before = found
        now, then = bop.periods[period], bop.periods[before]
        latest = LatestTrade(
            period=period,
            before=before,
            exports=now.exports,
            imports=now.imports,
            exports_growth_pct=growth_pct(now.exports, then.exports),
            imports_growth_pct=growth_pct(now.imports, then.imports),
            preliminary=period in bop.preliminary,
        )
    annual = partner.trade.years if partner.trade else {}
    years = []
    for period, flows in bop.periods.items():
        if not period.full or period.year not in annual:
            continue
        other = annual[period.year]
        years.append(
            SeriesYear(
                year=period.year,
                bi_exports=flows.exports,
                bi_imports=flows.imports,
                exports=other.exports,
                imports=other.imports,
                exports_difference_pct=growth_pct(flows.exports, other.exports),
                imports_difference_pct=growth_pct(flows.imports, other.imports),
                preliminary=period in bop.preliminary,
            )
        )
    trade_source = partner.trade.source if partner.trade else None
    return BopView(bop.source, trade_source, latest, tuple(years))


def investment_view(partner: Partner) -> InvestmentView | None:
    """Net direct investment from the partner: every full year, and the latest months against
    the same months a year earlier."""
    fdi = partner.fdi
    if fdi is None:
        return None

    def value(period: Period) -> PeriodValue:
        return PeriodValue(period, fdi.periods.get(period), period in fdi.preliminary)

    years = tuple(value(p) for p in sorted(p for p in fdi.periods if p.full))
    found = latest_period(fdi)
    part, before = (value(found[0]), value(found[1])) if found else (None, None)
    return InvestmentView(fdi.source, years, part, before)
