"""Views of Agreements and groups: `bilateral agreements`, `groups`, `show GROUP`, and the rows
`show PARTNER` lists of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.model import (
        Localized,
        MilestoneKind,
        PartialDate,
        Source,
    )
    from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus


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
