"""Views of `bilateral show PARTNER` (whole, `--brief`, `--products`, `world`) and
`bilateral history`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.alignment import Distance
    from bilateral_cli.model import (
        Basis,
        EventKind,
        Measure,
        PartialDate,
        PartnerKind,
        Period,
        Source,
    )
    from bilateral_cli.trade import TradeRow
    from bilateral_cli.views.cooperation import AgreementRow, SharedGroup


class ClaimView(NamedTuple):
    date: PartialDate
    source: str
    note: str | None = None


class NoRelationsView(NamedTuple):
    source: str
    note: str | None


class EventView(NamedTuple):
    kind: EventKind
    date: PartialDate
    source: str
    note: str | None


class HighlightView(NamedTuple):
    text: str
    date: PartialDate | None
    source: str


class SeriesComparison(NamedTuple):
    """The official series beside a reported figure, for the year the publication names."""

    year: int
    value: int | None
    growth_pct: float | None
    same_basis: bool
    source: str


class ReportedView(NamedTuple):
    measure: Measure
    period: str
    years: tuple[int, ...]
    basis: Basis
    value_usd: int | None
    rank: int | None
    growth_pct: float | None
    scope: str | None
    source: str
    series: SeriesComparison | None


class AlignmentView(NamedTuple):
    """A partner's UN voting distance to the home country (see `alignment`)."""

    source: str
    min_votes: int
    latest: Distance | None  # the latest year resting on enough votes
    rank: int | None  # 1 = closest, among the partners reliable in `latest.year`
    ranked: int
    start: Distance | None  # where the trend starts: the first reliable year from 2000
    years: tuple[Distance, ...]  # every year from 2000 held, for the chart
    unused: tuple[Distance, ...]  # years after `latest`, not used: too few votes
    note: str | None  # whose votes a historical code carries (the USSR's for Russia)


class PeriodValue(NamedTuple):
    period: Period
    value: int | None
    preliminary: bool


class LatestTrade(NamedTuple):
    """The freshest period of the second series against the same months a year earlier."""

    period: Period
    before: Period
    exports: int | None
    imports: int | None
    exports_growth_pct: float | None
    imports_growth_pct: float | None
    preliminary: bool


class SeriesYear(NamedTuple):
    """A year both series have: the second series beside the annual one, and how they differ."""

    year: int
    bi_exports: int | None
    bi_imports: int | None
    exports: int | None  # the annual (customs) series
    imports: int | None
    exports_difference_pct: float | None  # (second - annual) / annual
    imports_difference_pct: float | None
    preliminary: bool


class BopView(NamedTuple):
    source: str
    trade_source: str | None  # of the annual series compared with
    latest: LatestTrade | None
    years: tuple[SeriesYear, ...]


class InvestmentView(NamedTuple):
    source: str
    years: tuple[PeriodValue, ...]  # full years, oldest first: the trend
    part: PeriodValue | None  # the latest months of a year (a first quarter)
    part_before: PeriodValue | None  # the same months a year earlier


class ProfileView(NamedTuple):
    id: str
    home: str
    name: str
    name_id: str
    name_en: str
    iso2: str
    iso3: str
    aliases: tuple[str, ...]
    region_id: str
    region: str
    group_id: str | None
    group: str | None
    kind: PartnerKind
    no_relations: NoRelationsView | None
    established: tuple[ClaimView, ...]
    since: PartialDate | None
    claims_agree: bool
    events: tuple[EventView, ...]
    highlights: tuple[HighlightView, ...]
    trade: tuple[TradeRow, ...]
    trade_source: str | None
    reported: tuple[ReportedView, ...]
    groups: tuple[SharedGroup, ...]
    groups_as_of: PartialDate
    agreements: tuple[AgreementRow, ...]
    agreements_as_of: PartialDate
    sources: tuple[Source, ...]
    alignment: AlignmentView | None = None
    bop: BopView | None = None
    investment: InvestmentView | None = None


class HistoryView(NamedTuple):
    """How relations went: when established (each source's claim), then breaks and
    restorations in date order, or a source's word that there are none."""

    id: str
    home: str
    name: str
    kind: PartnerKind
    no_relations: NoRelationsView | None
    established: tuple[ClaimView, ...]
    since: PartialDate | None
    claims_agree: bool
    events: tuple[EventView, ...]
    sources: tuple[Source, ...]


class ProductRow(NamedTuple):
    """One HS chapter of a partner's trade in one direction."""

    rank: int
    code: str  # HS chapter, two digits
    name: str  # in the chosen language
    name_en: str
    name_id: str
    value: int  # USD
    share_pct: float | None  # derived: of the sum of the chapters that direction


class ProductsView(NamedTuple):
    """`show PARTNER --products`: the top chapters each way in the latest year held."""

    id: str
    home: str
    name: str
    year: int
    years: tuple[int, ...]  # every year the product file holds for the partner
    top: int
    exports: tuple[ProductRow, ...]
    imports: tuple[ProductRow, ...]
    exports_total: int | None  # derived: the sum of the chapters; None: no chapter
    imports_total: int | None
    chapters: tuple[int, int]  # chapters with figures: exports, imports
    source: Source


class WorldView(NamedTuple):
    """`bilateral show world`: the home country's trade with the world, by year."""

    home: str
    trade: tuple[TradeRow, ...]
    sources: tuple[Source, ...]  # of the series' years, in order of first use


class BriefView(NamedTuple):
    """`bilateral show --brief`: a profile's essentials, one line each (machine formats
    give the whole profile)."""

    profile: ProfileView
