"""Plain view data: what each command shows, already chosen and computed, not yet formatted.

Renderers turn these into a table, and later other formats; nothing here knows about Rich.
Texts from the dataset are already in the chosen language.
"""

from __future__ import annotations

from dataclasses import dataclass

from bilateral_cli.model import Basis, EventKind, Measure, PartialDate, PartnerKind, Source
from bilateral_cli.trade import TradeRow


@dataclass(frozen=True)
class ListRow:
    id: str
    name: str
    region: str
    kind: PartnerKind
    no_relations: bool
    since: PartialDate | None
    latest_year: int | None
    latest_total: int | None
    change_pct: float | None


@dataclass(frozen=True)
class ListView:
    home: str
    region_filter: str | None
    sort: str
    rows: tuple[ListRow, ...]
    trade_source: Source | None


@dataclass(frozen=True)
class ClaimView:
    date: PartialDate
    source: str


@dataclass(frozen=True)
class NoRelationsView:
    source: str
    note: str | None


@dataclass(frozen=True)
class EventView:
    kind: EventKind
    date: PartialDate
    source: str
    note: str | None


@dataclass(frozen=True)
class HighlightView:
    text: str
    date: PartialDate | None
    source: str


@dataclass(frozen=True)
class SeriesComparison:
    """The official series beside a reported figure, for the year the publication names."""

    year: int
    value: int | None
    growth_pct: float | None
    same_basis: bool
    source: str


@dataclass(frozen=True)
class ReportedView:
    measure: Measure
    period: str
    basis: Basis
    value_usd: int | None
    rank: int | None
    growth_pct: float | None
    scope: str | None
    source: str
    series: SeriesComparison | None


@dataclass(frozen=True)
class ProfileView:
    id: str
    home: str
    name: str
    name_id: str
    name_en: str
    iso2: str
    iso3: str
    aliases: tuple[str, ...]
    region: str
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


@dataclass(frozen=True)
class GoalView:
    number: int
    id: str
    title: str
    description: str


@dataclass(frozen=True)
class GoalsView:
    goals: tuple[GoalView, ...]
    source: Source


@dataclass(frozen=True)
class RegionRow:
    id: str
    name: str
    group: str | None
    partners: int


@dataclass(frozen=True)
class GroupRow:
    id: str
    name: str
    regions: tuple[str, ...]
    partners: int


@dataclass(frozen=True)
class RegionsView:
    home: str
    rule: str
    regions: tuple[RegionRow, ...]
    groups: tuple[GroupRow, ...]
    partners_in_dataset: int
    reported_countries: int
    reported_special_territories: int
    source: Source


@dataclass(frozen=True)
class AboutView:
    home: str
    definition: str
    principle: str
    fields: tuple[str, ...]
    context: tuple[str, ...]
    source: Source


@dataclass(frozen=True)
class SourcesView:
    sources: tuple[Source, ...]


View = ListView | ProfileView | GoalsView | RegionsView | AboutView | SourcesView
