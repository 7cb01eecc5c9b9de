"""Profiles: `bilateral show` of a partner, a group or the world, and `bilateral history`."""

from __future__ import annotations

from collections.abc import Iterable

from bilateral_cli.dataset.words import partner_index as partner_index
from bilateral_cli.model import (
    Basis,
    Dataset,
    DatedClaim,
    Group,
    Partner,
    Source,
)
from bilateral_cli.queries import (
    date_key,
    find_subject,
)
from bilateral_cli.summary import relations_since
from bilateral_cli.text import fold
from bilateral_cli.trade import series_counterpart, trade_rows
from bilateral_cli.views.cooperation import GroupProfileView
from bilateral_cli.views.profile import (
    ClaimView,
    EventView,
    HighlightView,
    HistoryView,
    NoRelationsView,
    ProfileView,
    ReportedView,
    SeriesComparison,
    WorldView,
)

WORLD = ("world", "dunia")  # `show world`: the home country's trade with all partners


def show_view(
    dataset: Dataset, query: str, lang: str = "en"
) -> ProfileView | GroupProfileView | WorldView:
    """`bilateral show`: a partner's profile, or a group's, or the trade with the world."""
    if fold(query) in WORLD:
        return world_view(dataset, lang)
    subject = find_subject(dataset, query, lang)
    if isinstance(subject, Group):
        from bilateral_cli.cooperation import group_profile_view

        return group_profile_view(dataset, subject, lang)
    return profile_view(dataset, subject, lang)


def profile_view(dataset: Dataset, partner: Partner, lang: str = "en") -> ProfileView:
    """Everything the dataset holds on one partner, with every source it cites."""
    region = next(r for r in dataset.regions if r.id == partner.region)
    group = next((g for g in dataset.region_groups if g.id == region.group), None)
    claims = partner.relations.established if partner.relations else ()
    since, agree = relations_since(claims)
    rows = trade_rows(partner.trade, dataset.world_trade) if partner.trade else []
    by_year = {row.year: row for row in rows}
    reported = []
    for figure in partner.reported:
        comparison = None
        counterpart = series_counterpart(by_year, figure) if partner.trade else None
        if partner.trade and counterpart is not None:
            comparison = SeriesComparison(
                year=counterpart.year,
                value=counterpart.value,
                growth_pct=counterpart.growth_pct,
                same_basis=figure.basis is Basis.CALENDAR_YEAR,
                source=partner.trade.source_of(counterpart.year),
            )
        reported.append(
            ReportedView(
                measure=figure.measure,
                period=figure.period.get(lang),
                years=figure.years,
                basis=figure.basis,
                value_usd=figure.value_usd,
                rank=figure.rank,
                growth_pct=figure.growth_pct,
                scope=figure.scope.get(lang) if figure.scope else None,
                source=figure.source,
                series=comparison,
            )
        )
    events = partner.relations.events if partner.relations else ()
    no_relations = partner.no_relations
    cited = [c.source for c in claims]
    cited += [no_relations.source] if no_relations else []
    cited += [e.source for e in events]
    cited += [h.source for h in partner.highlights]
    cited += [partner.trade.source] if partner.trade else []
    cited += [row.source for row in rows if row.source]
    cited += [f.source for f in partner.reported]
    from bilateral_cli.cooperation import agreements_for, shared_groups

    groups = shared_groups(dataset, partner.id, lang)
    agreements = agreements_for(dataset, partner, None, lang)
    cited += [g.source for g in groups]
    cited += [a.status_source for a in agreements]
    cited += [m.source for a in agreements for m in (a.signed, a.in_force) if m is not None]
    from bilateral_cli.profile_series import alignment_view, bop_view, investment_view

    voting = alignment_view(dataset, partner, lang)
    bop, investment = bop_view(partner), investment_view(partner)
    cited += [x.source for x in (voting, bop, investment) if x is not None]
    return ProfileView(
        id=partner.id,
        home=dataset.home.name.get(lang),
        name=partner.name.get(lang),
        name_id=partner.name.id,
        name_en=partner.name.en,
        iso2=partner.iso2,
        iso3=partner.iso3,
        aliases=partner.aliases,
        region_id=region.id,
        region=region.name.get(lang),
        group_id=group.id if group else None,
        group=group.name.get(lang) if group else None,
        kind=partner.kind,
        no_relations=_no_relations(partner, lang),
        established=_claims(claims, lang),
        since=since.date if since else None,
        claims_agree=agree,
        events=_events(partner, lang),
        highlights=tuple(
            HighlightView(h.text.get(lang), h.date, h.source) for h in partner.highlights
        ),
        trade=tuple(rows),
        trade_source=partner.trade.source if partner.trade else None,
        reported=tuple(reported),
        groups=groups,
        groups_as_of=dataset.cooperation.groups_as_of,
        agreements=agreements,
        agreements_as_of=dataset.cooperation.agreements_as_of,
        sources=_sources(dataset, cited),
        alignment=voting,
        bop=bop,
        investment=investment,
    )


def _claims(claims: Iterable[DatedClaim], lang: str) -> tuple[ClaimView, ...]:
    return tuple(ClaimView(c.date, c.source, c.note.get(lang) if c.note else None) for c in claims)


def _events(partner: Partner, lang: str) -> tuple[EventView, ...]:
    """Breaks and restorations in date order (a year before the dated days of that year)."""
    events = partner.relations.events if partner.relations else ()
    ordered = sorted(events, key=lambda e: date_key(e.date))
    return tuple(
        EventView(e.kind, e.date, e.source, e.note.get(lang) if e.note else None) for e in ordered
    )


def _no_relations(partner: Partner, lang: str) -> NoRelationsView | None:
    none = partner.no_relations
    if none is None:
        return None
    return NoRelationsView(none.source, none.note.get(lang) if none.note else None)


def history_view(dataset: Dataset, partner: Partner, lang: str = "en") -> HistoryView:
    """`bilateral history PARTNER`: the timeline of relations alone, with its sources."""
    claims = partner.relations.established if partner.relations else ()
    since, agree = relations_since(claims)
    events = _events(partner, lang)
    none = _no_relations(partner, lang)
    cited = [c.source for c in claims] + [e.source for e in events]
    cited += [none.source] if none else []
    return HistoryView(
        id=partner.id,
        home=dataset.home.name.get(lang),
        name=partner.name.get(lang),
        kind=partner.kind,
        no_relations=none,
        established=_claims(claims, lang),
        since=since.date if since else None,
        claims_agree=agree,
        events=events,
        sources=_sources(dataset, cited),
    )


def _sources(dataset: Dataset, ids: Iterable[str]) -> tuple[Source, ...]:
    """The cited sources, once each, in order of first citation."""
    return tuple(dataset.sources[i] for i in dict.fromkeys(ids))


def world_view(dataset: Dataset, lang: str = "en") -> WorldView:
    """The home country's trade with the world, by year (the series' `world` rows)."""
    world = dataset.world_trade
    return WorldView(
        home=dataset.home.name.get(lang),
        trade=tuple(trade_rows(world)),
        sources=_sources(dataset, (world.source_of(year) for year in world.years)),
    )
