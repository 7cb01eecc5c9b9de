"""Cooperation: the groups Indonesia shares with its partners and the agreements it has made.

Lookups (a group by name, what covers a partner), the trade of a group (summed over its current
members, never counting a member without figures as zero) and the views of `agreements`,
`groups` and a group's profile. Only the commands that show these decode them (see
`dataset.compiled`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from bilateral_cli.errors import UnknownGroupError, UsageProblem
from bilateral_cli.messages import msg
from bilateral_cli.model import (
    Agreement,
    Dataset,
    Group,
    Membership,
    Milestone,
    MilestoneKind,
    Partner,
    Source,
)
from bilateral_cli.text import fold
from bilateral_cli.trade import growth_pct, share_pct, trade_rows
from bilateral_cli.views.cooperation import (
    AgreementRow,
    AgreementsView,
    CoverageRow,
    CoverageView,
    GroupProfileView,
    GroupSummary,
    GroupsView,
    GroupTradeRow,
    MemberRow,
    MilestoneView,
    SharedGroup,
)
from bilateral_cli.vocabulary.cooperation import AgreementKind, AgreementStatus

# The order an agreements table lists statuses in: in force first, then signed, then the rest.
STATUS_ORDER = (
    AgreementStatus.IN_FORCE,
    AgreementStatus.SIGNED,
    AgreementStatus.CONCLUDED,
    AgreementStatus.NEGOTIATING,
    AgreementStatus.TERMINATED,
)


def group_keys(group: Group) -> Iterable[str]:
    """Folded strings that find `group`: id, short names, names and aliases."""
    yield fold(group.id)
    for text in (*group.short, *group.name, *group.aliases):
        yield fold(text)


def match_group(dataset: Dataset, query: str) -> Group | None:
    """The group `query` names exactly (any language, case and accents ignored), if any."""
    key = fold(query)
    if not key:
        return None
    return next((g for g in dataset.cooperation.groups if key in group_keys(g)), None)


def find_group(dataset: Dataset, query: str) -> Group:
    """The group `--group` names, or a usage error listing the valid ones."""
    group = match_group(dataset, query)
    if group is None:
        raise UnknownGroupError(query, [g.id for g in dataset.cooperation.groups])
    return group


def members_of(dataset: Dataset, group: Group) -> list[Partner]:
    """A group's current members, in the dataset's order."""
    current = set(group.current_members())
    return [p for p in dataset.partners if p.id in current]


def shared_groups(dataset: Dataset, partner_id: str, lang: str) -> tuple[SharedGroup, ...]:
    """The groups a partner belongs to today, with whether the home country belongs too."""
    out = []
    for group in dataset.cooperation.groups:
        member = next((m for m in group.members if m.partner == partner_id and m.current), None)
        if member is not None:
            out.append(
                SharedGroup(
                    group.id,
                    group.short.get(lang),
                    group.home is not None,
                    member.joined,
                    member.source or group.source,
                )
            )
    return tuple(sorted(out, key=lambda g: (not g.home_member, fold(g.short))))


def covering(dataset: Dataset, partner_id: str) -> list[tuple[Agreement, str | None]]:
    """The agreements that cover a partner, each with the group it is covered through (None
    where the partner is itself a party)."""
    groups = {g.id: g for g in dataset.cooperation.groups}
    out: list[tuple[Agreement, str | None]] = []
    for agreement in dataset.cooperation.agreements:
        if partner_id in agreement.parties:
            out.append((agreement, None))
            continue
        through = next(
            (
                party
                for party in agreement.parties
                if party in groups and partner_id in groups[party].current_members()
            ),
            None,
        )
        if through is not None:
            out.append((agreement, through))
    return out


def _status_key(agreement: Agreement) -> tuple[int, str]:
    return STATUS_ORDER.index(agreement.status.value), agreement.id


def best_milestone(milestones: Sequence[Milestone], kind: MilestoneKind) -> Milestone | None:
    """The date to show for a step: the home country's own where one is given, else the most
    precise; the others stay in the view's milestones."""
    same = [m for m in milestones if m.kind is kind]
    if not same:
        return None
    return max(same, key=lambda m: (m.home, m.date.month is not None, m.date.day is not None))


def _milestone(m: Milestone) -> MilestoneView:
    return MilestoneView(m.kind, m.date, m.source, m.home)


def _disagree(milestones: Sequence[Milestone], best: Milestone | None) -> bool:
    """Whether the sources give the step other dates than the shown one (beyond precision)."""
    if best is None:
        return False
    return any(
        m.kind is best.kind
        and m.home == best.home
        and not (
            m.date.year == best.date.year
            and m.date.month in (None, best.date.month)
            and m.date.day in (None, best.date.day)
        )
        for m in milestones
    )


def party_namer(dataset: Dataset, lang: str) -> Callable[[str], str]:
    """Names for the parties of agreements: a group's short name, a partner's name, else the
    key as given (the home country's code). Made once for all the rows of a view."""
    groups = {g.id: g.short.get(lang) for g in dataset.cooperation.groups}
    partner = partner_namer(dataset, lang)
    return lambda key: groups.get(key) or partner(key)


def partner_namer(dataset: Dataset, lang: str) -> Callable[[str], str]:
    """Partners' names by id, else the id as given; each looked up when first asked for
    (`show canada` names a few of 237, and the bundle decodes just those)."""
    names: dict[str, str] = {}

    def name(key: str) -> str:
        found = names.get(key)
        if found is None:
            partner = dataset.partner_name(key)
            found = names[key] = partner.get(lang) if partner is not None else key
        return found

    return name


def agreement_row(
    agreement: Agreement, lang: str, party: Callable[[str], str], through: str | None = None
) -> AgreementRow:
    """An agreement as one row: status, the dates to show, parties by name (`party_namer`)."""
    signed = best_milestone(agreement.milestones, MilestoneKind.SIGNED)
    in_force = best_milestone(agreement.milestones, MilestoneKind.IN_FORCE)
    return AgreementRow(
        id=agreement.id,
        short=agreement.short.get(lang),
        name=agreement.name.get(lang),
        kind=agreement.kind,
        status=agreement.status.value,
        status_date=agreement.status.date,
        status_source=agreement.status.source,
        parties=agreement.parties,
        party_names=tuple(party(p) for p in agreement.parties),
        via=agreement.via,
        via_name=party(agreement.via) if agreement.via else None,
        through=through,
        through_name=party(through) if through else None,
        signed=_milestone(signed) if signed else None,
        in_force=_milestone(in_force) if in_force else None,
        dates_disagree=_disagree(agreement.milestones, signed)
        or _disagree(agreement.milestones, in_force),
        milestones=tuple(map(_milestone, agreement.milestones)),
        note=agreement.note.get(lang) if agreement.note else None,
    )


def _cited(rows: Iterable[AgreementRow]) -> list[str]:
    out: list[str] = []
    for row in rows:
        out.append(row.status_source)
        out += [m.source for m in row.milestones]
    return out


def _sources(dataset: Dataset, ids: Iterable[str]) -> tuple[Source, ...]:
    return tuple(dataset.sources[i] for i in dict.fromkeys(ids))


def agreements_for(
    dataset: Dataset, partner: Partner | None, group: Group | None, lang: str
) -> tuple[AgreementRow, ...]:
    """The agreements of a partner (direct or through a group), of a group, or all of them,
    in force first, then signed, then the rest."""
    if partner is not None:
        found = covering(dataset, partner.id)
    elif group is not None:
        found = [(a, None) for a in dataset.cooperation.agreements if group.id in a.parties]
    else:
        found = [(a, None) for a in dataset.cooperation.agreements]
    found.sort(key=lambda pair: _status_key(pair[0]))
    party = party_namer(dataset, lang)
    return tuple(agreement_row(a, lang, party, through) for a, through in found)


def agreements_view(
    dataset: Dataset,
    subject: Partner | Group | None = None,
    status: AgreementStatus | None = None,
    kind: AgreementKind | None = None,
    lang: str = "en",
) -> AgreementsView:
    """`bilateral agreements [PARTNER]`: a table of agreements (all, or those covering a
    partner or made with a group), filtered as asked."""
    partner = subject if isinstance(subject, Partner) else None
    group = subject if isinstance(subject, Group) else None
    rows = [
        r
        for r in agreements_for(dataset, partner, group, lang)
        if (status is None or r.status is status) and (kind is None or r.kind is kind)
    ]
    name = partner.name.get(lang) if partner else group.short.get(lang) if group else None
    if not rows and (status is not None or kind is not None):
        raise UsageProblem(msg("error.no_agreements", filters=_filters(status, kind)))
    return AgreementsView(
        home=dataset.home.name.get(lang),
        subject=name,
        subject_id=partner.id if partner else group.id if group else None,
        status_filter=status,
        kind_filter=kind,
        as_of=dataset.cooperation.agreements_as_of,
        rows=tuple(rows),
        sources=_sources(dataset, _cited(rows)),
    )


def _filters(status: AgreementStatus | None, kind: AgreementKind | None) -> str:
    return ", ".join(x.value for x in (status, kind) if x is not None)


def coverage_view(dataset: Dataset, top: int | None, lang: str) -> CoverageView:
    """The partners with the largest latest trade, each with the agreements in force covering
    it: which large partners have none."""
    ranked = []
    year = max((y for y in dataset.world_trade.years), default=None)
    for partner in dataset.partners:
        flows = partner.trade.years.get(year) if partner.trade and year else None
        if flows is None or flows.exports is None or flows.imports is None:
            continue
        ranked.append((flows.exports + flows.imports, partner))
    ranked.sort(key=lambda tp: (-tp[0], tp[1].id))
    rows = []
    party = party_namer(dataset, lang)
    for rank, (total, partner) in enumerate(ranked[:top] if top else ranked, start=1):
        in_force = [
            agreement_row(a, lang, party, through)
            for a, through in covering(dataset, partner.id)
            if a.status.value is AgreementStatus.IN_FORCE
        ]
        rows.append(CoverageRow(rank, partner.id, partner.name.get(lang), total, tuple(in_force)))
    return CoverageView(
        home=dataset.home.name.get(lang),
        year=year or 0,
        as_of=dataset.cooperation.agreements_as_of,
        ranked=len(ranked),
        rows=tuple(rows),
        trade_source=dataset.world_trade.source,
        sources=_sources(
            dataset, [dataset.world_trade.source, *_cited(a for r in rows for a in r.agreements)]
        ),
    )


def groups_view(dataset: Dataset, lang: str = "en") -> GroupsView:
    """`bilateral groups`: every group, whether the home country belongs, and its members."""
    names = {n.id: n.name.get(lang) for n in dataset.names}
    rows = []
    cited = []
    for group in dataset.cooperation.groups:
        current = group.current_members()
        home = group.home
        rows.append(
            GroupSummary(
                id=group.id,
                short=group.short.get(lang),
                name=group.name.get(lang),
                home_member=home is not None,
                home_joined=home.joined if home else None,
                home_source=home.source if home else None,
                members=len(current) + (home is not None),
                member_names=tuple(sorted((names[m] for m in current), key=fold)),
                source=group.source,
            )
        )
        cited += [group.source, *(home.source for home in [home] if home and home.source)]
    return GroupsView(
        home=dataset.home.name.get(lang),
        as_of=dataset.cooperation.groups_as_of,
        rows=tuple(rows),
        sources=_sources(dataset, cited),
    )


def _member(member: Membership, name: str) -> MemberRow:
    return MemberRow(member.partner, name, member.joined, member.left, member.source)


def group_trade(dataset: Dataset, group: Group, lang: str) -> tuple[GroupTradeRow, ...]:
    """Home's trade with a group by year: the sum over today's members with both flows known
    that year; members without are listed, never counted as zero."""
    members = members_of(dataset, group)
    world = {row.year: row.total for row in trade_rows(dataset.world_trade)}
    rows: list[GroupTradeRow] = []
    previous: GroupTradeRow | None = None
    for year in dataset.world_trade.years:
        exports = imports = 0
        missing = []
        for partner in members:
            flows = partner.trade.years.get(year) if partner.trade else None
            if flows is None or flows.exports is None or flows.imports is None:
                missing.append(partner.name.get(lang))
                continue
            exports += flows.exports
            imports += flows.imports
        if len(missing) == len(members):
            previous = None
            continue
        total = exports + imports
        comparable = (
            previous is not None and previous.year == year - 1 and not (missing or previous.missing)
        )
        row = GroupTradeRow(
            year=year,
            exports=exports,
            imports=imports,
            total=total,
            balance=exports - imports,
            change_pct=growth_pct(total, previous.total) if comparable and previous else None,
            share_pct=share_pct(total, world.get(year)),
            missing=tuple(sorted(missing, key=fold)),
        )
        rows.append(row)
        previous = row
    return tuple(rows)


def group_profile_view(dataset: Dataset, group: Group, lang: str = "en") -> GroupProfileView:
    """`bilateral show asean`: members, the home country's trade with them, agreements."""
    names = partner_namer(dataset, lang)
    members = [m for m in group.members if m.current]
    former = [m for m in group.members if not m.current]
    agreements = agreements_for(dataset, None, group, lang)
    cited = [group.source, *(m.source for m in group.members if m.source)]
    if group.home and group.home.source:
        cited.append(group.home.source)
    cited += [dataset.world_trade.source, *_cited(agreements)]
    return GroupProfileView(
        id=group.id,
        home=dataset.home.name.get(lang),
        short=group.short.get(lang),
        name=group.name.get(lang),
        names=group.name,
        aliases=group.aliases,
        note=group.note.get(lang) if group.note else None,
        as_of=dataset.cooperation.groups_as_of,
        source=group.source,
        home_membership=_member(group.home, dataset.home.name.get(lang)) if group.home else None,
        members=tuple(
            sorted((_member(m, names(m.partner)) for m in members), key=lambda r: fold(r.name))
        ),
        former=tuple(_member(m, names(m.partner)) for m in former),
        trade=group_trade(dataset, group, lang),
        trade_source=dataset.world_trade.source,
        agreements=agreements,
        agreements_as_of=dataset.cooperation.agreements_as_of,
        sources=_sources(dataset, cited),
    )
