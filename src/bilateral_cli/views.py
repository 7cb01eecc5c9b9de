"""Plain view data: what each command shows, already chosen and computed, not yet formatted.

Renderers turn these into each output format; nothing here knows about Rich. Texts from the
dataset are already in the chosen language; ids and codes are there for machine formats.
"""

from __future__ import annotations

from typing import Literal

from bilateral_cli.alignment import Distance
from bilateral_cli.errors import Problem
from bilateral_cli.model import (
    Basis,
    EventKind,
    Localized,
    Measure,
    MilestoneKind,
    PartialDate,
    PartnerKind,
    Period,
    Source,
)
from bilateral_cli.record import NamedTuple
from bilateral_cli.trade import TradeRow
from bilateral_cli.vocabulary import AgreementKind, AgreementStatus, GroupBy, Metric


class ListRow(NamedTuple):
    id: str
    iso2: str
    iso3: str
    name: str
    names: Localized
    region_id: str
    region: str
    region_short: str  # for narrow tables: `N/C America`
    kind: PartnerKind
    no_relations: bool
    since: PartialDate | None
    latest_year: int | None
    latest_total: int | None
    change_pct: float | None
    year_total: int | None  # in the list's year (`ListView.year`); None where unknown
    year_change_pct: float | None
    un_distance: float | None = None  # UN voting distance in `ListView.un_year`, if reliable


class ListView(NamedTuple):
    home: str
    region_filter: str | None
    region_ids: tuple[str, ...]
    group_filter: str | None
    group_id: str | None
    sort: str
    rows: tuple[ListRow, ...]
    trade_sources: tuple[Source, ...]  # behind the figures shown and their change
    year: int  # the one year the trade column shows and `--sort trade` ranks on
    kind: str | None = None  # `--kind`
    query: str | None = None  # `--query` / `bilateral search`
    un_year: int | None = None  # the latest year of UN votes resting on enough votes
    un_source: str | None = None


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


class MilestoneView(NamedTuple):
    kind: MilestoneKind
    date: PartialDate
    source: str
    home: bool  # the date for the home country, where it differs from the general one


class AgreementRow(NamedTuple):
    id: str
    short: str
    name: str
    kind: AgreementKind
    status: AgreementStatus
    status_date: PartialDate
    status_source: str
    parties: tuple[str, ...]  # partner and group ids
    party_names: tuple[str, ...]
    via: str | None  # the group through which the home country takes part
    via_name: str | None
    through: str | None  # the group through which it covers the partner asked about
    through_name: str | None
    signed: MilestoneView | None  # the date shown; every source's date is in `milestones`
    in_force: MilestoneView | None
    dates_disagree: bool
    milestones: tuple[MilestoneView, ...]
    note: str | None


class SharedGroup(NamedTuple):
    """A group a partner belongs to, and whether the home country belongs too."""

    id: str
    short: str
    home_member: bool
    joined: PartialDate | None
    source: str


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


class GoalView(NamedTuple):
    number: int
    id: str
    title: str
    description: str


class GoalsView(NamedTuple):
    goals: tuple[GoalView, ...]
    source: Source


class RegionRow(NamedTuple):
    id: str
    name: str
    group_id: str | None
    group: str | None
    partners: int


class RegionGroupRow(NamedTuple):
    id: str
    name: str
    region_ids: tuple[str, ...]
    regions: tuple[str, ...]
    partners: int


class RegionsView(NamedTuple):
    home: str
    rule: str
    regions: tuple[RegionRow, ...]
    groups: tuple[RegionGroupRow, ...]
    partners_in_dataset: int
    reported_countries: int
    reported_special_territories: int
    source: Source


class AboutView(NamedTuple):
    home: str
    definition: str
    principle: str
    fields: tuple[str, ...]
    context: tuple[str, ...]
    source: Source


class SourcesView(NamedTuple):
    sources: tuple[Source, ...]
    updated: str | None = None  # the date of the updated dataset in use (`bilateral update`)


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


class AgreementsView(NamedTuple):
    home: str
    subject: str | None  # the partner or group asked about
    subject_id: str | None
    status_filter: AgreementStatus | None
    kind_filter: AgreementKind | None
    as_of: PartialDate
    rows: tuple[AgreementRow, ...]
    sources: tuple[Source, ...]


class CoverageRow(NamedTuple):
    rank: int
    id: str
    name: str
    total: int
    agreements: tuple[AgreementRow, ...]  # in force, covering the partner


class CoverageView(NamedTuple):
    home: str
    year: int
    as_of: PartialDate
    ranked: int
    rows: tuple[CoverageRow, ...]
    trade_source: str
    sources: tuple[Source, ...]


class GroupSummary(NamedTuple):
    id: str
    short: str
    name: str
    home_member: bool
    home_joined: PartialDate | None
    home_source: str | None
    members: int  # today's members, the home country included where it is one
    member_names: tuple[str, ...]  # partners, without the home country
    source: str


class GroupsView(NamedTuple):
    home: str
    as_of: PartialDate
    rows: tuple[GroupSummary, ...]
    sources: tuple[Source, ...]


class MemberRow(NamedTuple):
    id: str
    name: str
    joined: PartialDate | None
    left: PartialDate | None
    source: str | None


class GroupTradeRow(NamedTuple):
    """A year of the home country's trade with a group: the sum over its members with both
    flows known; `missing` names the members left out of it."""

    year: int
    exports: int
    imports: int
    total: int
    balance: int
    change_pct: float | None  # only where no member is missing in either year
    share_pct: float | None
    missing: tuple[str, ...]


class GroupProfileView(NamedTuple):
    id: str
    home: str
    short: str
    name: str
    names: Localized
    aliases: tuple[str, ...]
    note: str | None
    as_of: PartialDate
    source: str
    home_membership: MemberRow | None
    members: tuple[MemberRow, ...]
    former: tuple[MemberRow, ...]
    trade: tuple[GroupTradeRow, ...]
    trade_source: str
    agreements: tuple[AgreementRow, ...]
    agreements_as_of: PartialDate
    sources: tuple[Source, ...]


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


class ValidationView(NamedTuple):
    file: str
    valid: bool
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    partners: int
    sources: int


class RevisionRow(NamedTuple):
    """A figure the dataset had that a new retrieval changes; `partner` "world": the world."""

    partner: str
    name: str
    year: int
    flow: str
    old: int | None
    new: int | None
    difference: int | None


class UnknownRow(NamedTuple):
    """A partner code in an answer that names no partner of the dataset (kept out)."""

    code: str
    number: int | None
    name: str
    years: tuple[int, ...]


class UpdateView(NamedTuple):
    """What `bilateral update` did or, with `--dry-run`, would do."""

    action: str  # written, dry_run, unchanged, up_to_date, reset, reset_dry_run, nothing_to_reset
    file: str
    years: tuple[int, ...]  # asked for
    added: tuple[int, ...]  # new to the dataset
    unavailable: tuple[int, ...]  # asked for, but no figures yet
    revisions: tuple[RevisionRow, ...]
    unknown: tuple[UnknownRow, ...]
    calls: int
    received: int  # records
    source: Source | None  # of the new figures
    products: bool = False  # `--products`: the product file, not the dataset


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


View = (
    ListView
    | ProfileView
    | GoalsView
    | RegionsView
    | AboutView
    | SourcesView
    | ValidationView
    | CompareView
    | AlignmentCompareView
    | AgreementsView
    | CoverageView
    | GroupsView
    | GroupProfileView
    | HistoryView
    | UpdateView
    | ProductsView
    | WorldView
    | BriefView
)
