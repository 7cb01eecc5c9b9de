"""`bilateral compare`: partners or regions side by side between two years.

Everything here is derived from the series on each run (values, change, growth, share, rank);
nothing is stored. Growth is year-on-year between adjacent years and compound annual growth
otherwise; an unknown value or a base that is not positive gives None, never 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral_cli.cooperation import find_group, members_of
from bilateral_cli.errors import UsageProblem
from bilateral_cli.messages import msg
from bilateral_cli.model import Dataset, Group, Measure, Partner, TradeSeries, TradeYear
from bilateral_cli.queries import check_year, find_subjects, resolve_region
from bilateral_cli.record import NamedTuple
from bilateral_cli.text import fold
from bilateral_cli.trade import growth_is_comparable, growth_pct, share_pct
from bilateral_cli.views import CompareRow, CompareView
from bilateral_cli.vocabulary import CompareSort, GroupBy, Metric, assert_never

DEFAULT_TOP = 10
GROWTH_MIN_VALUE = 100  # USD million: the default floor of `--sort growth` over many partners
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
    """Year-on-year growth for adjacent years, compound annual growth otherwise; None from a
    base that is not positive or across a change of sign (a deficit turning into a surplus
    has no percentage growth)."""
    if end is not None and end < 0:
        return None
    return growth_pct(end, start) if years == 1 else cagr_pct(start, end, years)


def parse_top(value: str | None) -> int | None:
    """`--top N`: a count, or `all` / `0` for every row; None when not given."""
    if value is None:
        return None
    if fold(value) in ("all", "semua", "0"):
        return 0
    if value.isascii() and value.isdigit():
        return int(value)
    raise UsageProblem(msg("error.top", value=value))


def _value(series: TradeSeries | None, year: int, metric: Metric) -> int | None:
    return metric_value(series.years.get(year), metric) if series else None


class Unit(NamedTuple):
    """A row of a comparison: one partner, or partners summed (a region, a group)."""

    id: str
    name: str
    members: tuple[Partner, ...]
    single: bool  # a partner's own figures (unknown stays unknown), not a sum


class Values(NamedTuple):
    """A unit's values in the two years; a sum covers the members known in both."""

    start: int | None
    end: int | None
    missing: int  # members with a series but not both years (left out of a sum)


def unit_values(unit: Unit, start: int, end: int, metric: Metric) -> Values:
    if unit.single:
        [partner] = unit.members
        return Values(_value(partner.trade, start, metric), _value(partner.trade, end, metric), 0)
    v_start = v_end = missing = 0
    known = False
    for partner in unit.members:
        a, b = _value(partner.trade, start, metric), _value(partner.trade, end, metric)
        if a is None or b is None:
            missing += partner.trade is not None
            continue
        v_start, v_end, known = v_start + a, v_end + b, True
    return Values(v_start, v_end, missing) if known else Values(None, None, missing)


def compare_view(
    dataset: Dataset,
    partners: Sequence[str] = (),
    region: str | None = None,
    group: str | None = None,
    start: int | None = None,
    end: int | None = None,
    metric: Metric = Metric.TOTAL,
    sort: CompareSort = CompareSort.VALUE,
    top: int | None = None,
    by: GroupBy | None = None,
    lang: str = "en",
    min_value: int | None = None,
) -> CompareView:
    """The comparison a user asked for, with defaults that make sense with no arguments:
    the latest year against the one before, the ten largest partners by value (`top` 0: all).

    Years the data does not cover are errors that say what it covers. `min_value` (USD
    million) leaves out rows smaller in the later year; growth sorts over many partners
    default to `GROWTH_MIN_VALUE`, so that a partner of a million dollars does not top them.
    """
    end = check_year(dataset, end) if end is not None else max(dataset.world_trade.years)
    if start is not None and start >= end:
        raise UsageProblem(msg("error.year_range", start=start, end=end))
    start = check_year(dataset, start if start is not None else end - 1)
    if by is not None and (partners or region is not None or group is not None):
        raise UsageProblem(msg("error.by_region"))
    span = end - start
    world_start = _value(dataset.world_trade, start, metric)
    world_end = _value(dataset.world_trade, end, metric)
    world_share = world_end if metric is not Metric.BALANCE else None

    def row(unit: Unit, rank: int | None) -> CompareRow:
        values = unit_values(unit, start, end, metric)
        return _row(unit, values, rank, world_share, metric, (start, end))

    extra: list[CompareRow] = []  # unranked rows after the ranked ones (region groups)
    if by is GroupBy.REGION:
        units = [_sum_of(dataset, r.id, r.name.get(lang), {r.id}) for r in dataset.regions]
        extra = [
            row(
                _sum_of(dataset, g.id, g.name.get(lang), {r.id for r in dataset.regions_in(g.id)}),
                None,
            )
            for g in dataset.region_groups
        ]
    elif by is GroupBy.GROUP:
        units = [_group_unit(dataset, g, lang) for g in dataset.cooperation.groups]
    elif by is None:
        units, named, scope = _chosen(dataset, partners, region, group, lang)
        extra = [row(u, None) for u in named]
    else:
        assert_never(by)
    # a partner's rank is among every partner, whatever is shown
    everyone = [_partner_unit(p, lang) for p in dataset.partners] if by is None else units
    values = {u.id: unit_values(u, start, end, metric) for u in everyone}
    ranks = _ranks((key, v.end) for key, v in values.items())
    rows = [row(u, ranks.get(u.id)) for u in units]
    available = len(rows)
    if min_value is None and sort is CompareSort.GROWTH and not partners and by is None:
        min_value = GROWTH_MIN_VALUE
    floor = min_value * 1_000_000 if min_value else None
    if floor is not None:
        rows = [r for r in rows if r.end_value is not None and abs(r.end_value) >= floor]
    if top is None and not partners:
        top = DEFAULT_TOP
    shown = _sorted(rows, sort)[:top] if top else _sorted(rows, sort)
    total = None
    if by is None and (partners or group is not None) and len(shown) + len(extra) > 1:
        members = tuple(p for u in units for p in u.members if u.id in {r.id for r in shown})
        total_unit = Unit("total", "", members, single=False)
        total = row(total_unit, None)
    return CompareView(
        home=dataset.home.name.get(lang),
        metric=metric,
        start=start,
        end=end,
        growth_kind="yoy" if span == 1 else "cagr",
        by=by,
        rows=tuple(shown),
        total=total,
        sums=tuple(extra),
        ranked=len(ranks),
        world_start=world_start,
        world_end=world_end,
        trade_sources=tuple(dict.fromkeys(dataset.world_trade.source_of(y) for y in (start, end))),
        scope=scope if by is None else None,
        sort=sort.value,
        available=available,
        min_value=floor,
        below_min=available - len(rows),
    )


def _partner_unit(partner: Partner, lang: str) -> Unit:
    return Unit(partner.id, partner.name.get(lang), (partner,), single=True)


def _sum_of(dataset: Dataset, key: str, name: str, regions: set[str]) -> Unit:
    members = tuple(p for p in dataset.partners if p.region in regions)
    return Unit(key, name, members, single=False)


def _group_unit(dataset: Dataset, group: Group, lang: str) -> Unit:
    return Unit(group.id, group.short.get(lang), tuple(members_of(dataset, group)), single=False)


def _chosen(
    dataset: Dataset, queries: Sequence[str], region: str | None, group: str | None, lang: str
) -> tuple[list[Unit], list[Unit], str | None]:
    """The partners asked for (by name, region or group), each a row of its own, the groups
    named among them (`compare asean eu china`) as summed rows, and the region's or group's
    name for the title."""
    chosen = list(dataset.partners)
    named: list[Unit] = []
    scope: list[str] = []
    if queries:
        # one index for every query; words typed without quotes join into names
        subjects = find_subjects(dataset, queries, lang, words=True)
        ids = {s.id for s in subjects if isinstance(s, Partner)}
        named = [_group_unit(dataset, s, lang) for s in subjects if isinstance(s, Group)]
        chosen = [p for p in chosen if p.id in ids]
    if region is not None:
        selection = resolve_region(dataset, region, lang)
        scope.append(selection.label)
        chosen = [p for p in chosen if p.region in set(selection.region_ids)]
    if group is not None:
        chosen_group = find_group(dataset, group)
        scope.append(chosen_group.short.get(lang))
        members = set(chosen_group.current_members())
        chosen = [p for p in chosen if p.id in members]
    if (region is not None or group is not None) and not chosen:
        raise UsageProblem(msg("error.nothing_chosen"))
    return [_partner_unit(p, lang) for p in chosen], named, " / ".join(scope) or None


def _ranks(values: Iterable[tuple[str, int | None]]) -> dict[str, int]:
    """1 for the largest value; units without a value have no rank."""
    known = sorted(((v, key) for key, v in values if v is not None), key=lambda x: (-x[0], x[1]))
    return {key: i for i, (_, key) in enumerate(known, start=1)}


def _row(
    unit: Unit,
    values: Values,
    rank: int | None,
    world_end: int | None,
    metric: Metric,
    years: tuple[int, int],
) -> CompareRow:
    """A unit's row; for one partner between adjacent years, a publication's growth beside."""
    v_start, v_end = values.start, values.end
    span = years[1] - years[0]
    reported = None
    if span == 1 and unit.single:
        reported = next(
            (
                f
                for f in unit.members[0].reported
                if f.measure is MEASURE_OF[metric]
                and f.years == (years[1],)
                and growth_is_comparable(f)
            ),
            None,
        )
    return CompareRow(
        id=unit.id,
        name=unit.name,
        start_value=v_start,
        end_value=v_end,
        change=v_end - v_start if v_start is not None and v_end is not None else None,
        growth_pct=growth(v_start, v_end, span),
        share_pct=share_pct(v_end, world_end),
        rank=rank,
        reported_growth_pct=reported.growth_pct if reported else None,
        reported_source=reported.source if reported else None,
        partners_missing=values.missing,
    )


def _sorted(rows: list[CompareRow], sort: CompareSort) -> list[CompareRow]:
    if sort is CompareSort.NAME:
        return sorted(rows, key=lambda r: (fold(r.name), r.id))
    if sort is CompareSort.GROWTH:
        return sorted(rows, key=lambda r: (r.growth_pct is None, -(r.growth_pct or 0.0), r.id))
    if sort is CompareSort.VALUE:
        return sorted(rows, key=lambda r: (r.end_value is None, -(r.end_value or 0), r.id))
    assert_never(sort)
