"""The validated dataset: plain, immutable objects built only by `loader`.

Everything here is a fact with a source. Nothing derived (totals, balances, growth) is stored:
`trade` computes it from the series.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from bilateral_cli.choice import StrChoice
from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus


class Localized(NamedTuple):
    """A text in Indonesian and English."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.id if lang == "id" else self.en


class Precision(StrChoice):
    """How much of a date a source states."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class PartialDate(NamedTuple):
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)


class Source(NamedTuple):
    """Where facts come from. `date` is an ISO date, or a year range for a data series.

    The title stays as published; the publisher, the data set, `via` and the licence are worded
    in both languages (a proper name is the same in both: the dataset may give it as one string).
    """

    id: str
    publisher: Localized
    title: str
    date: str
    licence: Localized
    url: str | None = None
    dataset: Localized | None = None
    author: str | None = None
    via: Localized | None = None
    note: Localized | None = None


class Country(NamedTuple):
    """The home country whose relations the dataset describes."""

    iso2: str
    iso3: str
    name: Localized


class RegionGroup(NamedTuple):
    """A set of regions users ask for together (`americas`, `europe`, `asia`)."""

    id: str
    name: Localized


class Region(NamedTuple):
    """One of the home foreign ministry's regions."""

    id: str
    name: Localized
    group: str | None
    short: Localized | None = None  # a short form for narrow tables (`N/C America`)


class Goal(NamedTuple):
    """One goal of bilateral cooperation; its number is its position."""

    id: str
    title: Localized
    description: Localized


class About(NamedTuple):
    """What bilateral cooperation is, in the dataset's own words."""

    definition: Localized
    principle: Localized
    fields: tuple[Localized, ...]
    context: tuple[Localized, ...]
    source: str


class PartnerCount(NamedTuple):
    """The number of partners a publication reports (not the count of partners in the data)."""

    countries: int
    special_territories: int
    source: str


class DatedClaim(NamedTuple):
    """A source's statement of when something happened, and what it dates where that needs
    saying (a treaty's signing, a predecessor state's relations)."""

    date: PartialDate
    source: str
    note: Localized | None = None


class EventKind(StrChoice):
    """Changes to diplomatic relations after they were first established."""

    SUSPENDED = "suspended"
    SEVERED = "severed"
    RESTORED = "restored"


class RelationEvent(NamedTuple):
    kind: EventKind
    date: PartialDate
    source: str
    note: Localized | None = None


class Relations(NamedTuple):
    """When relations were established, by each source that states it, and later breaks."""

    established: tuple[DatedClaim, ...]
    events: tuple[RelationEvent, ...] = ()


class NoRelations(NamedTuple):
    """A source's word (or its complete list's silence) that there are no diplomatic relations."""

    source: str
    note: Localized | None = None


class PartnerKind(StrChoice):
    """What sort of economy a partner is; only countries have relations of their own."""

    COUNTRY = "country"
    TERRITORY = "territory"
    FORMER = "former"
    OTHER = "other"


class Highlight(NamedTuple):
    text: Localized
    source: str
    date: PartialDate | None = None


class TradeYear(NamedTuple):
    """One year of merchandise trade in whole USD; None is unknown, never zero."""

    exports: int | None
    imports: int | None


class TradeSeries(NamedTuple):
    """Annual trade with a partner, years in ascending order, from `source` unless a year
    names its own in `year_sources` (figures `bilateral update` fetched later)."""

    source: str
    years: Mapping[int, TradeYear]  # a dict, or the bundle's columns read year by year
    year_sources: Mapping[int, str] = MappingProxyType({})

    def source_of(self, year: int) -> str:
        """The source of one year's figures."""
        return self.year_sources.get(year, self.source)


class Period(NamedTuple):
    """A calendar year, or some months of one (`2025-01/05`: January to May 2025)."""

    year: int
    first: int = 1  # month
    last: int = 12

    @property
    def full(self) -> bool:
        return self.first == 1 and self.last == 12

    def key(self) -> str:
        """`2024`, or `2025-01/05` for months of a year."""
        return str(self.year) if self.full else f"{self.year}-{self.first:02d}/{self.last:02d}"

    def year_before(self) -> Period:
        """The same months a year earlier: what a part-year compares with."""
        return Period(self.year - 1, self.first, self.last)


class PeriodSeries(NamedTuple):
    """Trade by period (years and months of a year) in whole USD, from one source: a second
    series kept beside the annual one, never merged with it (Bank Indonesia's, on a
    balance-of-payments basis). Periods in ascending order, full years first."""

    source: str
    periods: Mapping[Period, TradeYear]  # a dict, or the bundle's, decoded when first read
    preliminary: tuple[Period, ...] = ()


class InvestmentSeries(NamedTuple):
    """Net direct investment in the home country by period, whole USD; below zero is net
    disinvestment."""

    source: str
    periods: Mapping[Period, int]  # a dict, or the bundle's, decoded when first read
    preliminary: tuple[Period, ...] = ()


class IdealPoint(NamedTuple):
    """A state's position from its UN General Assembly votes in one year, the number of votes
    it rests on, and the 5% and 95% quantiles of its estimate."""

    point: float
    votes: int
    low: float
    high: float


class UnVoting(NamedTuple):
    """UN General Assembly ideal points by year: `years[year][key]`, where a key is a partner's
    id or the home country's ISO alpha-3 code. `notes` say, per partner, which historical
    state's votes it carries (the USSR's for Russia). Distances are computed, never stored.

    Mappings rather than dicts: the compiled bundle decodes a year only when first used.
    """

    source: str
    years: Mapping[int, Mapping[str, IdealPoint]]
    notes: Mapping[str, Localized] = MappingProxyType({})

    def of(self, key: str) -> Mapping[int, IdealPoint]:
        """One state's points by year (the compiled bundle holds them on a line of their own,
        so a trend decodes one line instead of every year)."""
        state = getattr(self.years, "state", None)
        if state is not None:
            found: Mapping[int, IdealPoint] = state(key)
            return found
        return {year: points[key] for year, points in self.years.items() if key in points}


class Measure(StrChoice):
    """What a reported figure measures."""

    TRADE_TOTAL = "trade_total"
    EXPORTS = "exports"
    IMPORTS = "imports"
    TRADE_BALANCE = "trade_balance"
    NON_OIL_GAS_EXPORTS = "non_oil_gas_exports"
    TRADING_PARTNER_RANK = "trading_partner_rank"
    EXPORT_DESTINATION_RANK = "export_destination_rank"


class Basis(StrChoice):
    """What a publication's period covers and compares against."""

    CALENDAR_YEAR = "calendar_year"
    SAME_PERIOD = "same_period"
    UNSTATED = "unstated"


class ReportedFigure(NamedTuple):
    """A figure exactly as a publication states it, kept apart from the official series."""

    measure: Measure
    period: Localized
    basis: Basis
    source: str
    years: tuple[int, ...] = ()
    value_usd: int | None = None
    rank: int | None = None
    growth_pct: float | None = None
    scope: Localized | None = None


class Partner(NamedTuple):
    """A country or economy the home country has relations or trade with."""

    id: str
    iso2: str
    iso3: str
    name: Localized
    region: str
    kind: PartnerKind = PartnerKind.COUNTRY
    aliases: tuple[str, ...] = ()
    relations: Relations | None = None
    no_relations: NoRelations | None = None
    highlights: tuple[Highlight, ...] = ()
    trade: TradeSeries | None = None
    reported: tuple[ReportedFigure, ...] = ()
    bop_trade: PeriodSeries | None = None  # Bank Indonesia's series, beside `trade`
    fdi: InvestmentSeries | None = None


class PartnerNames(NamedTuple):
    """What a user may type to find a partner: its id, names, aliases and ISO codes.

    The compiled bundle keeps these beside its partners, so that a lookup or a Tab completion
    need not decode every partner.
    """

    id: str
    iso2: str
    iso3: str
    name: Localized
    aliases: tuple[str, ...] = ()


class Membership(NamedTuple):
    """A member of a group, with when it joined (and left) where a source dates it.

    `partner` is a partner's id, or the home country's ISO alpha-3 code for its own membership.
    `source` dates the membership; the group's `source` vouches for the list as a whole.
    """

    partner: str
    joined: PartialDate | None = None
    left: PartialDate | None = None
    source: str | None = None

    @property
    def current(self) -> bool:
        return self.left is None


class Group(NamedTuple):
    """A bloc or organisation (ASEAN, the EU, G20, OIC...): its full members only, never
    observers or partners. Trade with a group is the sum over its current members."""

    id: str
    short: Localized
    name: Localized
    source: str  # the member list as a whole
    members: tuple[Membership, ...]
    home: Membership | None = None  # the home country's own membership, if it is a member
    aliases: tuple[str, ...] = ()
    note: Localized | None = None

    def current_members(self) -> tuple[str, ...]:
        """The partner ids of today's members."""
        return tuple(m.partner for m in self.members if m.current)


class MilestoneKind(StrChoice):
    """A dated step in an agreement's life."""

    LAUNCHED = "launched"
    POLITICAL_AGREEMENT = "political_agreement"
    CONCLUDED = "concluded"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    TERMINATED = "terminated"


class Milestone(NamedTuple):
    """One source's date for a step. `home` marks the date that applies to the home country
    where it differs from the agreement's general date (RCEP: 2022 generally, 2023 for it)."""

    kind: MilestoneKind
    date: PartialDate
    source: str
    home: bool = False


class Status(NamedTuple):
    """An agreement's status as of a date, as a source states it."""

    value: AgreementStatus
    date: PartialDate
    source: str


class Agreement(NamedTuple):
    """A trade or economic agreement of the home country.

    `parties` are the counterparties (partner or group ids): an agreement covers a partner that
    is one, or a current member of one. `via` names the group through which the home country
    takes part (ASEAN for ASEAN-Japan), whose members are not thereby counterparties.
    """

    id: str
    short: Localized
    name: Localized
    kind: AgreementKind
    parties: tuple[str, ...]
    status: Status
    milestones: tuple[Milestone, ...] = ()
    via: str | None = None
    note: Localized | None = None


class Cooperation(NamedTuple):
    """The groups and agreements of a dataset, each list current as of its date.

    Sequences rather than tuples: the compiled bundle decodes them only when first used.
    """

    groups_as_of: PartialDate
    groups: Sequence[Group]
    agreements_as_of: PartialDate
    agreements: Sequence[Agreement]


SCHEMA_VERSION = 2  # the dataset files this model is read from (`schema: 2`)


class Dataset(NamedTuple):
    """Everything one dataset file holds, validated and cross-checked.

    `partners` is a sequence rather than a tuple: the compiled bundle decodes a partner only
    when it is first used.
    """

    schema: int
    home: Country
    sources: dict[str, Source]
    region_groups: tuple[RegionGroup, ...]
    regions: tuple[Region, ...]
    region_rule: Localized
    names_source: str
    goals: tuple[Goal, ...]
    goals_source: str
    about: About
    partner_count: PartnerCount
    partners: Sequence[Partner]
    world_trade: TradeSeries
    cooperation: Cooperation  # the compiled bundle decodes it only when a command asks
    bop_world: PeriodSeries | None = None  # the home country's totals of `Partner.bop_trade`
    fdi_world: InvestmentSeries | None = None  # ... and of `Partner.fdi`
    un_voting: UnVoting | None = None  # decoded year by year from its own bundle section

    def regions_in(self, group_id: str) -> tuple[Region, ...]:
        """The regions a region group (`americas`) gathers, in the dataset's order."""
        return tuple(r for r in self.regions if r.group == group_id)

    @property
    def names(self) -> Sequence[PartnerNames]:
        """Each partner's names, in the order of `partners`, without decoding partners."""
        known: Sequence[PartnerNames] | None = getattr(self.partners, "names", None)
        if known is not None:
            return known
        return tuple(PartnerNames(p.id, p.iso2, p.iso3, p.name, p.aliases) for p in self.partners)

    def partner_name(self, partner_id: str) -> Localized | None:
        """A partner's name by its id (the compiled bundle decodes that name only)."""
        name_of = getattr(self.partners, "name_of", None)
        if name_of is not None:
            found: Localized | None = name_of(partner_id)
            return found
        return next((p.name for p in self.partners if p.id == partner_id), None)
