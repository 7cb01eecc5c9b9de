"""Plain view data: what each command shows, already chosen and computed, not yet formatted.

Renderers turn these into each output format; nothing here knows about Rich. Texts from the
dataset are already in the chosen language; ids and codes are there for machine formats.
"""

from __future__ import annotations

from bilateral_cli.errors import Problem
from bilateral_cli.model import (
    Basis,
    EventKind,
    Localized,
    Measure,
    PartialDate,
    PartnerKind,
    Source,
)
from bilateral_cli.record import NamedTuple
from bilateral_cli.trade import TradeRow


class ListRow(NamedTuple):
    id: str
    iso2: str
    iso3: str
    name: str
    names: Localized
    region_id: str
    region: str
    kind: PartnerKind
    no_relations: bool
    since: PartialDate | None
    latest_year: int | None
    latest_total: int | None
    change_pct: float | None


class ListView(NamedTuple):
    home: str
    region_filter: str | None
    region_ids: tuple[str, ...]
    sort: str
    rows: tuple[ListRow, ...]
    trade_sources: tuple[Source, ...]  # behind the latest figures and their change


class ClaimView(NamedTuple):
    date: PartialDate
    source: str


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
    sources: tuple[Source, ...]


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


class GroupRow(NamedTuple):
    id: str
    name: str
    region_ids: tuple[str, ...]
    regions: tuple[str, ...]
    partners: int


class RegionsView(NamedTuple):
    home: str
    rule: str
    regions: tuple[RegionRow, ...]
    groups: tuple[GroupRow, ...]
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
    partners_missing: int = 0  # region rows: partners without figures for both years


class CompareView(NamedTuple):
    home: str
    metric: str
    start: int
    end: int
    growth_kind: str  # "yoy" (adjacent years) or "cagr"
    by_region: bool
    rows: tuple[CompareRow, ...]
    ranked: int  # how many partners (or regions) the ranks are among
    world_start: int | None
    world_end: int | None
    trade_sources: tuple[str, ...]  # of the two years compared (`bilateral update` adds years)


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


View = (
    ListView
    | ProfileView
    | GoalsView
    | RegionsView
    | AboutView
    | SourcesView
    | ValidationView
    | CompareView
    | UpdateView
)
