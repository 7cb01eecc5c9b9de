"""`bilateral compare`: partners or regions side by side between two years.

Everything here is derived from the series on each run (values, change, growth, share, rank);
nothing is stored. Growth is year-on-year between adjacent years and compound annual growth
otherwise; an unknown value or a base that is not positive gives None, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral_cli.errors import UsageProblem
from bilateral_cli.messages import msg
from bilateral_cli.model import Basis, Dataset, Measure, Partner, TradeSeries, TradeYear
from bilateral_cli.queries import find_partner, resolve_region
from bilateral_cli.text import fold
from bilateral_cli.trade import growth_pct, share_pct
from bilateral_cli.views import CompareRow, CompareView
from bilateral_cli.vocabulary import CompareSort, Metric, assert_never

DEFAULT_TOP = 10
MEASURE_OF = {
    Metric.TOTAL: Measure.TRADE_TOTAL,
    Metric.EXPORTS: Measure.EXPORTS,
    Metric.IMPORTS: Measure.IMPORTS,
    Metric.BALANCE: Measure.TRADE_BALANCE,
}


def metric_value(flows: TradeYear | None, metric: Metric) -> int | None:
    """One year's figure for a metric; None when a flow it needs is unknown."""
    if flows is None:
        return None
    exports, imports = flows.exports, flows.imports
    if metric is Metric.EXPORTS:
        return exports
    if metric is Metric.IMPORTS:
        return imports
    if exports is None or imports is None:
        return None
    if metric is Metric.TOTAL:
        return exports + imports
    if metric is Metric.BALANCE:
        return exports - imports
    assert_never(metric)


def cagr_pct(start: int | None, end: int | None, years: int) -> float | None:
    """Compound annual growth over `years`; None unless both values are positive."""
    if start is None or end is None or start <= 0 or end <= 0 or years <= 0:
        return None
    return float(((end / start) ** (1 / years) - 1) * 100)


def growth(start: int | None, end: int | None, years: int) -> float | None:
    """Year-on-year growth for adjacent years, compound annual growth otherwise."""
    return growth_pct(end, start) if years == 1 else cagr_pct(start, end, years)


def _value(series: TradeSeries | None, year: int, metric: Metric) -> int | None:
    return metric_value(series.years.get(year), metric) if series else None


def compare_view(
    dataset: Dataset,
    partners: Sequence[str] = (),
    region: str | None = None,
    start: int | None = None,
    end: int | None = None,
    metric: Metric = Metric.TOTAL,
    sort: CompareSort = CompareSort.VALUE,
    top: int | None = None,
    by_region: bool = False,
    lang: str = "en",
) -> CompareView:
    """The comparison a user asked for, with defaults that make sense with no arguments:
    the latest year against the one before, the ten largest partners by value."""
    end = end if end is not None else max(dataset.world_trade.years)
    start = start if start is not None else end - 1
    if start >= end:
        raise UsageProblem(msg("error.year_range", start=start, end=end))
    if by_region and (partners or region is not None):
        raise UsageProblem(msg("error.by_region"))
    span = end - start
    world_start = _value(dataset.world_trade, start, metric)
    world_end = _value(dataset.world_trade, end, metric)
    shares = metric is not Metric.BALANCE

    if by_region:
        regions, groups = _region_rows(
            dataset, start, end, metric, span, world_end if shares else None, lang
        )
        ranked = len(regions)
        rows = _sorted(regions, sort)[:top] + groups
    else:
        everyone = [
            (p, _value(p.trade, start, metric), _value(p.trade, end, metric))
            for p in dataset.partners
        ]
        ranks = _ranks((p.id, v_end) for p, _, v_end in everyone)
        ranked = len(ranks)
        chosen = _chosen(dataset, partners, region, lang)
        rows = [
            _partner_row(
                p,
                v_start,
                v_end,
                span,
                world_end if shares else None,
                ranks,
                metric,
                start,
                end,
                lang,
            )
            for p, v_start, v_end in everyone
            if p.id in chosen
        ]
        if top is None and not partners:
            top = DEFAULT_TOP
        rows = _sorted(rows, sort)[:top]
    return CompareView(
        home=dataset.home.name.get(lang),
        metric=metric.value,
        start=start,
        end=end,
        growth_kind="yoy" if span == 1 else "cagr",
        by_region=by_region,
        rows=tuple(rows),
        ranked=ranked,
        world_start=world_start,
        world_end=world_end,
        trade_sources=tuple(dict.fromkeys(dataset.world_trade.source_of(y) for y in (start, end))),
    )


def _chosen(dataset: Dataset, partners: Sequence[str], region: str | None, lang: str) -> set[str]:
    if partners:
        ids = {find_partner(dataset, query, lang).id for query in partners}
    else:
        ids = {p.id for p in dataset.partners}
    if region is not None:
        regions = set(resolve_region(dataset, region, lang).region_ids)
        ids = {p.id for p in dataset.partners if p.id in ids and p.region in regions}
    return ids


def _ranks(values: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    """1 for the largest value; partners without a value have no rank."""
    known = sorted(((v, key) for key, v in values if v is not None), key=lambda x: (-x[0], x[1]))
    return {key: i for i, (_, key) in enumerate(known, start=1)}


def _partner_row(
    partner: Partner,
    v_start: int | None,
    v_end: int | None,
    span: int,
    world_end: int | None,
    ranks: dict[str, int],
    metric: Metric,
    start: int,
    end: int,
    lang: str,
) -> CompareRow:
    reported = None
    if span == 1:
        reported = next(
            (
                f
                for f in partner.reported
                if f.measure is MEASURE_OF[metric]
                and f.years == (end,)
                and f.basis is Basis.CALENDAR_YEAR
                and f.growth_pct is not None
            ),
            None,
        )
    return CompareRow(
        id=partner.id,
        name=partner.name.get(lang),
        start_value=v_start,
        end_value=v_end,
        change=v_end - v_start if v_start is not None and v_end is not None else None,
        growth_pct=growth(v_start, v_end, span),
        share_pct=share_pct(v_end, world_end),
        rank=ranks.get(partner.id),
        reported_growth_pct=reported.growth_pct if reported else None,
        reported_source=reported.source if reported else None,
    )


def _region_rows(
    dataset: Dataset,
    start: int,
    end: int,
    metric: Metric,
    span: int,
    world_end: int | None,
    lang: str,
) -> tuple[list[CompareRow], list[CompareRow]]:
    """Sums per region and per group of the partners known in both years."""
    sums: dict[str, list[int]] = {r.id: [0, 0, 0] for r in dataset.regions}
    for partner in dataset.partners:
        v_start, v_end = _value(partner.trade, start, metric), _value(partner.trade, end, metric)
        if v_start is None or v_end is None:
            if partner.trade is not None:
                sums[partner.region][2] += 1
            continue
        sums[partner.region][0] += v_start
        sums[partner.region][1] += v_end
    units: list[tuple[str, str, tuple[str, ...]]] = [
        (r.id, r.name.get(lang), (r.id,)) for r in dataset.regions
    ]
    units += [
        (g.id, g.name.get(lang), tuple(r.id for r in dataset.regions if r.group == g.id))
        for g in dataset.groups
    ]
    totals = {
        key: [sum(sums[r][i] for r in members) for i in range(3)] for key, _, members in units
    }
    ranks = _ranks((r.id, totals[r.id][1]) for r in dataset.regions)
    rows: list[CompareRow] = []
    for key, name, _ in units:
        v_start, v_end, missing = totals[key]
        rows.append(
            CompareRow(
                id=key,
                name=name,
                start_value=v_start,
                end_value=v_end,
                change=v_end - v_start,
                growth_pct=growth(v_start, v_end, span),
                share_pct=share_pct(v_end, world_end),
                rank=ranks.get(key),
                partners_missing=missing,
            )
        )
    return rows[: len(dataset.regions)], rows[len(dataset.regions) :]


def _sorted(rows: list[CompareRow], sort: CompareSort) -> list[CompareRow]:
    if sort is CompareSort.NAME:
        return sorted(rows, key=lambda r: (fold(r.name), r.id))
    if sort is CompareSort.GROWTH:
        return sorted(rows, key=lambda r: (r.growth_pct is None, -(r.growth_pct or 0.0), r.id))
    if sort is CompareSort.VALUE:
        return sorted(rows, key=lambda r: (r.end_value is None, -(r.end_value or 0), r.id))
    assert_never(sort)
