"""`bilateral compare`: partners or regions side by side between two years.

Everything here is derived from the series on each run (values, change, growth, share, rank);
nothing is stored. Growth is year-on-year between adjacent years and compound annual growth
otherwise; an unknown value or a base that is not positive gives None, never 0.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from bilateral_cli import alignment
from bilateral_cli.cooperation import find_group, members_of
from bilateral_cli.errors import UsageProblem
from bilateral_cli.messages import msg
from bilateral_cli.model import (
    Dataset,
    Group,
    Measure,
    Partner,
    Period,
    PeriodSeries,
    TradeSeries,
    TradeYear,
)
from bilateral_cli.queries import check_year, find_subjects, resolve_region
from bilateral_cli.record import NamedTuple
from bilateral_cli.text import fold
from bilateral_cli.trade import growth_is_comparable, growth_pct, share_pct
from bilateral_cli.views.comparing import (
    AlignmentCompareView,
    AlignmentRow,
    CompareRow,
    CompareView,
)
from bilateral_cli.vocabulary import assert_never
from bilateral_cli.vocabulary.comparing import CompareSort, GroupBy, Metric, SeriesSource

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
    if metric is Metric.FDI or metric is Metric.UN_DISTANCE:
        raise ValueError(f"{metric.value} is not a trade metric")
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


Read = Callable[[Partner], int | None]


class Reading(NamedTuple):
    """How to read a partner's value at the start and the end, and whether it holds the series
    at all (a member without it is not counted as missing from a sum)."""

    start: Read
    end: Read
    holds: Callable[[Partner], bool]


def unit_values(unit: Unit, reading: Reading) -> Values:
    if unit.single:
        [partner] = unit.members
        return Values(reading.start(partner), reading.end(partner), 0)
    v_start = v_end = missing = 0
    known = False
    for partner in unit.members:
        a, b = reading.start(partner), reading.end(partner)
        if a is None or b is None:
            missing += reading.holds(partner)
            continue
        v_start, v_end, known = v_start + a, v_end + b, True
    return Values(v_start, v_end, missing) if known else Values(None, None, missing)


_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{2})/(\d{2})|[Qq]([1-4])))?$")


def parse_period(text: str) -> Period:
    """`2025-01/05` (January to May), `2025-Q1`, or a year."""
    match = _PERIOD.match(text.strip())
    if match is None:
        raise UsageProblem(msg("error.period", period=text))
    year, first, last, quarter = match.groups()
    if quarter is not None:
        return Period(int(year), 3 * int(quarter) - 2, 3 * int(quarter))
    if first is None:
        return Period(int(year))
    period = Period(int(year), int(first), int(last))
    if not 1 <= period.first <= period.last <= 12:
        raise UsageProblem(msg("error.period", period=text))
    return period


class Window(NamedTuple):
    """What `compare` reads: the reading of each partner, the world's values, the sources,
    and the periods compared."""

    reading: Reading
    world: tuple[int | None, int | None]
    sources: tuple[str, ...]
    start: Period
    end: Period


def _annual(dataset: Dataset, start: int, end: int, metric: Metric) -> Window:
    world = dataset.world_trade
    return Window(
        Reading(
            lambda p: _value(p.trade, start, metric),
            lambda p: _value(p.trade, end, metric),
            lambda p: p.trade is not None,
        ),
        (_value(world, start, metric), _value(world, end, metric)),
        tuple(dict.fromkeys(world.source_of(y) for y in (start, end))),
        Period(start),
        Period(end),
    )


def _by_period(dataset: Dataset, start: Period, end: Period, metric: Metric) -> Window:
    """Bank Indonesia's series: trade (balance-of-payments basis) or net direct investment."""
    world_trade, world_fdi = dataset.bop_world, dataset.fdi_world
    if metric is Metric.FDI:
        if world_fdi is None:
            raise UsageProblem(msg("error.no_series"))

        def fdi(period: Period) -> Read:
            return lambda p: p.fdi.periods.get(period) if p.fdi else None

        held: Collection[Period] = world_fdi.periods.keys()
        world = (world_fdi.periods.get(start), world_fdi.periods.get(end))
        reading = Reading(fdi(start), fdi(end), lambda p: p.fdi is not None)
        source = world_fdi.source
    else:
        if world_trade is None:
            raise UsageProblem(msg("error.no_series"))

        def flows(series: PeriodSeries | None, period: Period) -> int | None:
            return metric_value(series.periods.get(period), metric) if series else None

        def trade(period: Period) -> Read:
            return lambda p: flows(p.bop_trade, period)

        held = world_trade.periods.keys()
        world = (flows(world_trade, start), flows(world_trade, end))
        reading = Reading(trade(start), trade(end), lambda p: p.bop_trade is not None)
        source = world_trade.source
    for period in (start, end):
        if period not in held:
            known = ", ".join(p.key() for p in held)
            raise UsageProblem(msg("error.no_period", period=period.key(), known=known))
    return Window(reading, world, (source,), start, end)


def _window(
    dataset: Dataset,
    source: SeriesSource,
    metric: Metric,
    start: int | None,
    end: int | None,
    period: str | None,
) -> Window:
    """The periods and series compared: years of UN Comtrade's series by default; Bank
    Indonesia's (for `--source bi` and `--metric fdi`) by years or `--period`, a part-year
    always against the same months a year earlier, never a full year."""
    second = source is SeriesSource.BI or metric is Metric.FDI
    if period is not None:
        if not second:
            raise UsageProblem(msg("error.period_source"))
        if start is not None or end is not None:
            raise UsageProblem(msg("error.period_years"))
        chosen = parse_period(period)
        return _by_period(dataset, chosen.year_before(), chosen, metric)
    if not second:
        end = check_year(dataset, end) if end is not None else max(dataset.world_trade.years)
        if start is not None and start >= end:
            raise UsageProblem(msg("error.year_range", start=start, end=end))
        start = check_year(dataset, start if start is not None else end - 1)
        return _annual(dataset, start, end, metric)
    world = dataset.fdi_world if metric is Metric.FDI else dataset.bop_world
    years = [p.year for p in world.periods if p.full] if world else []
    end = end if end is not None else max(years, default=0)
    start = start if start is not None else end - 1
    if start >= end:
        raise UsageProblem(msg("error.year_range", start=start, end=end))
    return _by_period(dataset, Period(start), Period(end), metric)


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
    source: SeriesSource = SeriesSource.COMTRADE,
    period: str | None = None,
) -> CompareView:
    """The comparison a user asked for, with defaults that make sense with no arguments:
    the latest year against the one before, the ten largest partners by value (`top` 0: all).

    Years the data does not cover are errors that say what it covers. `min_value` (USD
    million) leaves out rows smaller in the later year; growth sorts over many partners
    default to `GROWTH_MIN_VALUE`, so that a partner of a million dollars does not top them.
    `source` and `period` choose Bank Indonesia's series (see `_window`).
    """
    if metric is Metric.UN_DISTANCE:
        raise ValueError("the UN voting distance is compared by `alignment_compare_view`")
    if by is not None and (partners or region is not None or group is not None):
        raise UsageProblem(msg("error.by_region"))
    window = _window(dataset, source, metric, start, end, period)
    second = source is SeriesSource.BI or metric is Metric.FDI
    if second and by is not None:
        raise UsageProblem(msg("error.by_second"))
    start, end = window.start.year, window.end.year
    span = end - start
    world_start, world_end = window.world
    world_share = world_end if metric is not Metric.BALANCE else None

    def row(unit: Unit, rank: int | None, values: Values | None = None) -> CompareRow:
        if values is None:
            values = unit_values(unit, window.reading)
        return _row(unit, values, rank, world_share, metric, (start, end), not second)

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
    values = {u.id: unit_values(u, window.reading) for u in everyone}
    ranks = _ranks((key, v.end) for key, v in values.items())
    rows = [row(u, ranks.get(u.id), values.get(u.id)) for u in units]  # each read once
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
        trade_sources=window.sources,
        series=SeriesSource.BI.value if second else SeriesSource.COMTRADE.value,
        start_period=window.start,
        end_period=window.end,
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
    annual: bool,
) -> CompareRow:
    """A unit's row; for one partner between adjacent years of the annual series, a
    publication's growth beside."""
    v_start, v_end = values.start, values.end
    span = years[1] - years[0]
    reported = None
    if span == 1 and unit.single and annual:
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


def alignment_compare_view(
    dataset: Dataset,
    partners: Sequence[str] = (),
    region: str | None = None,
    group: str | None = None,
    start: int | None = None,
    end: int | None = None,
    sort: CompareSort = CompareSort.VALUE,
    top: int | None = None,
    by: GroupBy | None = None,
    lang: str = "en",
) -> AlignmentCompareView:
    """Partners (or groups) by their UN voting distance to the home country, closest first:
    the latest reliable year against 2000 by default. A group's distance is the mean of its
    current members' reliable distances; a year resting on too few of the home country's
    votes is refused, never shown as if it could be read."""
    voting = dataset.un_voting
    if voting is None:
        raise UsageProblem(msg("error.no_series"))
    if by is GroupBy.REGION:
        raise UsageProblem(msg("error.un_by_region"))
    if by is not None and (partners or region is not None or group is not None):
        raise UsageProblem(msg("error.by_region"))
    home = dataset.home.iso3
    latest = alignment.latest_year(voting, home)
    end = end if end is not None else latest
    start = start if start is not None else alignment.TREND_FROM
    if end is None or start >= end:
        raise UsageProblem(msg("error.year_range", start=start, end=end))
    years = {}
    for year in (start, end):
        points = voting.years.get(year, {})
        if home not in points:
            known = f"{min(voting.years)}-{max(voting.years)}"
            raise UsageProblem(msg("error.un_year", year=year, known=known))
        if points[home].votes < alignment.MIN_VOTES:
            raise UsageProblem(
                msg(
                    "error.un_unreliable",
                    year=year,
                    votes=points[home].votes,
                    min=alignment.MIN_VOTES,
                    latest=latest,
                )
            )
        years[year] = alignment.year_distances(voting, home, year)
    ranks = alignment.ranks({k: d.value for k, d in years[end].items() if d.reliable})

    def reliable(year: int, key: str) -> alignment.Distance | None:
        found = years[year].get(key)
        return found if found is not None and found.reliable else None

    def single(unit: Unit) -> AlignmentRow:
        a, b = reliable(start, unit.id), reliable(end, unit.id)
        return AlignmentRow(
            id=unit.id,
            name=unit.name,
            start_value=a.value if a else None,
            end_value=b.value if b else None,
            change=b.value - a.value if a and b else None,
            low=b.low if b else None,
            high=b.high if b else None,
            rank=ranks.get(unit.id),
            members=0,
            missing=0,
        )

    def mean(unit: Unit) -> AlignmentRow:
        ids = [p.id for p in unit.members]
        a = alignment.mean_distance(d for k in ids if (d := reliable(start, k)))
        b = alignment.mean_distance(d for k in ids if (d := reliable(end, k)))
        counted = [k for k in ids if reliable(start, k) and reliable(end, k)]
        return AlignmentRow(
            id=unit.id,
            name=unit.name,
            start_value=a,
            end_value=b,
            change=b - a if a is not None and b is not None else None,
            low=None,
            high=None,
            rank=None,
            members=len(ids),
            missing=len(ids) - len(counted),
        )

    extra: list[AlignmentRow] = []
    if by is GroupBy.GROUP:
        rows = [mean(_group_unit(dataset, g, lang)) for g in dataset.cooperation.groups]
        group_ranks = _ranks((r.id, _closeness(r.end_value)) for r in rows)
        rows = [r._replace(rank=group_ranks.get(r.id)) for r in rows]
        ranked = len(group_ranks)
    else:
        units, named, _ = _chosen(dataset, partners, region, group, lang)
        rows = [single(u) for u in units]
        extra = [mean(u) for u in named]
        ranked = len(ranks)
    if top is None and not partners:
        top = DEFAULT_TOP
    ordered = _sorted_alignment(rows, sort)
    return AlignmentCompareView(
        home=dataset.home.name.get(lang),
        start=start,
        end=end,
        by=by,
        rows=tuple(ordered[:top] if top else ordered),
        sums=tuple(extra),
        ranked=ranked,
        source=voting.source,
        min_votes=alignment.MIN_VOTES,
    )


def _closeness(value: float | None) -> int | None:
    """A distance as a rank key where larger is closer (see `_ranks`)."""
    return None if value is None else -round(value * 10**9)


def _sorted_alignment(rows: list[AlignmentRow], sort: CompareSort) -> list[AlignmentRow]:
    """Closest first; by name; or by the change, the largest move closer first."""
    if sort is CompareSort.NAME:
        return sorted(rows, key=lambda r: (fold(r.name), r.id))
    if sort is CompareSort.GROWTH:
        return sorted(rows, key=lambda r: (r.change is None, r.change or 0.0, r.id))
    if sort is CompareSort.VALUE:
        return sorted(rows, key=lambda r: (r.end_value is None, r.end_value or 0.0, r.id))
    assert_never(sort)
