"""The JSON format: one document per call, stable field names documented in the README.

Numbers are numbers (USD as whole integers), dates are ISO 8601 (`YYYY`, `YYYY-MM` or
`YYYY-MM-DD`, with their precision beside them), and unknown is null, never 0. Derived figures
are named in each document's `derived` list.
"""

from __future__ import annotations

import json
from functools import singledispatch
from typing import Any

from bilateral_cli.alignment import Distance
from bilateral_cli.errors import Problem
from bilateral_cli.model import Localized, PartialDate, Period, Source
from bilateral_cli.trade import TradeRow
from bilateral_cli.views.comparing import AlignmentCompareView, CompareView
from bilateral_cli.views.cooperation import (
    AgreementRow,
    AgreementsView,
    CoverageView,
    GroupProfileView,
    GroupsView,
    MemberRow,
    SharedGroup,
)
from bilateral_cli.views.listing import ListView
from bilateral_cli.views.maintenance import UpdateView, ValidationView
from bilateral_cli.views.profile import (
    AlignmentView,
    BopView,
    BriefView,
    ClaimView,
    EventView,
    HistoryView,
    InvestmentView,
    ProductRow,
    ProductsView,
    ProfileView,
    WorldView,
)
from bilateral_cli.views.reference import AboutView, GoalsView, RegionsView, SourcesView

TRADE_DERIVED = ["total", "balance", "change_pct", "share_pct"]


def render_json(view: object) -> str:
    """The view as one pretty-printed JSON document, ending in a newline."""
    return json.dumps(to_data(view), ensure_ascii=False, indent=2) + "\n"


@singledispatch
def to_data(view: object) -> dict[str, Any]:
    raise TypeError(f"no JSON form for {type(view).__name__}")


def date_data(date: PartialDate | None) -> dict[str, str] | None:
    return None if date is None else {"date": date.iso(), "precision": date.precision.value}


def source_data(source: Source) -> dict[str, Any]:
    """A source's fields; a bilingual one as its English text for scripts, plus both texts
    under `<field>_localized` (`note` is only ever both)."""
    data: dict[str, Any] = {
        "id": source.id,
        "publisher": source.publisher.en,
        "author": source.author,
        "title": source.title,
        "date": source.date,
        "url": source.url,
        "dataset": source.dataset.en if source.dataset else None,
        "via": source.via.en if source.via else None,
        "licence": source.licence.en,
        "note": source.note._asdict() if source.note else None,
    }
    for name in ("publisher", "dataset", "via", "licence"):
        text: Localized | None = getattr(source, name)
        data[f"{name}_localized"] = text._asdict() if text else None
    return data


def trade_row_data(row: TradeRow) -> dict[str, Any]:
    return {
        "year": row.year,
        "exports": row.exports,
        "imports": row.imports,
        "total": row.total,
        "balance": row.balance,
        "change_pct": row.change_pct,
        "share_pct": row.share_pct,
        "source": row.source,
    }


@to_data.register(ListView)
def _list(view: ListView) -> dict[str, Any]:
    return {
        "region_filter": list(view.region_ids) or None,
        "group_filter": view.group_id,
        "sort": view.sort,
        "kind_filter": view.kind,
        "query": view.query,
        "year": view.year,
        "derived": [
            "latest.total",
            "latest.change_pct",
            "in_year.total",
            "in_year.change_pct",
            "un_distance",
        ],
        "partners": [
            {
                "id": row.id,
                "iso2": row.iso2,
                "iso3": row.iso3,
                "name": row.name,
                "names": row.names._asdict(),
                "kind": row.kind.value,
                "region": row.region_id,
                "relations_since": date_data(row.since),
                "no_relations": row.no_relations,
                "latest": {
                    "year": row.latest_year,
                    "total": row.latest_total,
                    "change_pct": row.change_pct,
                },
                "in_year": {"total": row.year_total, "change_pct": row.year_change_pct},
                "un_distance": row.un_distance,
            }
            for row in view.rows
        ],
        "un_distance": {"year": view.un_year, "source": view.un_source},
        "trade_source": view.trade_sources[0].id if len(view.trade_sources) == 1 else None,
        "trade_sources": [source.id for source in view.trade_sources],
    }


@to_data.register(ProfileView)
def _profile(view: ProfileView) -> dict[str, Any]:
    return {
        "id": view.id,
        "iso2": view.iso2,
        "iso3": view.iso3,
        "name": view.name,
        "names": {"id": view.name_id, "en": view.name_en},
        "aliases": list(view.aliases),
        "kind": view.kind.value,
        "region": {"id": view.region_id, "name": view.region},
        "group": {"id": view.group_id, "name": view.group} if view.group_id else None,
        "relations": {
            "since": date_data(view.since),
            "sources_agree": view.claims_agree,
            "established": [claim_data(c) for c in view.established],
            "events": [event_data(e) for e in view.events],
            "none": view.no_relations._asdict() if view.no_relations else None,
        },
        "highlights": [
            {"text": h.text, "date": date_data(h.date), "source": h.source} for h in view.highlights
        ],
        "reported": [
            {
                "measure": r.measure.value,
                "period": r.period,
                "years": list(r.years),
                "basis": r.basis.value,
                "value_usd": r.value_usd,
                "rank": r.rank,
                "growth_pct": r.growth_pct,
                "scope": r.scope,
                "source": r.source,
                "series": (
                    {
                        "year": r.series.year,
                        "value_usd": r.series.value,
                        "growth_pct": r.series.growth_pct,
                        "same_basis": r.series.same_basis,
                        "source": r.series.source,
                    }
                    if r.series
                    else None
                ),
            }
            for r in view.reported
        ],
        "trade": {
            "source": view.trade_source,
            "unit": "USD",
            "derived": TRADE_DERIVED,
            "years": [trade_row_data(row) for row in view.trade],
        },
        "groups": {
            "as_of": view.groups_as_of.iso(),
            "items": [shared_group_data(g) for g in view.groups],
        },
        "agreements": {
            "as_of": view.agreements_as_of.iso(),
            "items": [agreement_data(a) for a in view.agreements],
        },
        "un_voting": alignment_data(view.alignment) if view.alignment else None,
        "bop_trade": bop_data(view.bop) if view.bop else None,
        "fdi": investment_data(view.investment) if view.investment else None,
        "sources": [source_data(s) for s in view.sources],
    }


def distance_data(d: Distance) -> dict[str, Any]:
    return {
        "year": d.year,
        # the inputs have 7 decimals: no more in a difference of them
        "distance": round(d.value, 7),
        "band": {"low": round(d.low, 7), "high": round(d.high, 7)},
        "votes": {"home": d.home_votes, "partner": d.votes},
        "reliable": d.reliable,
    }


def alignment_data(view: AlignmentView) -> dict[str, Any]:
    return {
        "source": view.source,
        "min_votes": view.min_votes,
        "derived": ["distance", "band", "rank", "reliable"],
        "latest": distance_data(view.latest) if view.latest else None,
        "rank": view.rank,
        "ranked_among": view.ranked,
        "trend_from": distance_data(view.start) if view.start else None,
        "years": [distance_data(d) for d in view.years],
        "note": view.note,
    }


def period_text(period: Period) -> str:
    return period.key()


def bop_data(view: BopView) -> dict[str, Any]:
    latest = view.latest
    return {
        "source": view.source,
        "basis": "balance_of_payments",
        "unit": "USD",
        "derived": ["exports_growth_pct", "imports_growth_pct", "difference_pct"],
        "latest": (
            {
                "period": period_text(latest.period),
                "compared_with": period_text(latest.before),
                "exports": latest.exports,
                "imports": latest.imports,
                "exports_growth_pct": latest.exports_growth_pct,
                "imports_growth_pct": latest.imports_growth_pct,
                "preliminary": latest.preliminary,
            }
            if latest
            else None
        ),
        "trade_source": view.trade_source,
        "years": [
            {
                "year": y.year,
                "exports": y.bi_exports,
                "imports": y.bi_imports,
                "trade_exports": y.exports,
                "trade_imports": y.imports,
                "exports_difference_pct": y.exports_difference_pct,
                "imports_difference_pct": y.imports_difference_pct,
                "preliminary": y.preliminary,
            }
            for y in view.years
        ],
    }


def investment_data(view: InvestmentView) -> dict[str, Any]:
    def value(v: Any) -> dict[str, Any] | None:
        if v is None:
            return None
        return {"period": period_text(v.period), "value": v.value, "preliminary": v.preliminary}

    return {
        "source": view.source,
        "unit": "USD",
        "net": True,
        "years": [value(v) for v in view.years],
        "latest_part": value(view.part),
        "part_year_before": value(view.part_before),
    }


def claim_data(claim: ClaimView) -> dict[str, Any]:
    return {**(date_data(claim.date) or {}), "source": claim.source, "note": claim.note}


def event_data(event: EventView) -> dict[str, Any]:
    return {
        "kind": event.kind.value,
        **(date_data(event.date) or {}),
        "source": event.source,
        "note": event.note,
    }


@to_data.register(HistoryView)
def _history(view: HistoryView) -> dict[str, Any]:
    return {
        "id": view.id,
        "name": view.name,
        "kind": view.kind.value,
        "since": date_data(view.since),
        "sources_agree": view.claims_agree,
        "established": [claim_data(c) for c in view.established],
        "events": [event_data(e) for e in view.events],
        "none": view.no_relations._asdict() if view.no_relations else None,
        "sources": [source_data(s) for s in view.sources],
    }


def shared_group_data(group: SharedGroup) -> dict[str, Any]:
    return {
        "id": group.id,
        "name": group.short,
        "home_member": group.home_member,
        "joined": date_data(group.joined),
        "source": group.source,
    }


def agreement_data(row: AgreementRow) -> dict[str, Any]:
    def milestone(m: Any) -> dict[str, Any] | None:
        if m is None:
            return None
        return {
            "kind": m.kind.value,
            **(date_data(m.date) or {}),
            "source": m.source,
            "home": m.home,
        }

    return {
        "id": row.id,
        "short": row.short,
        "name": row.name,
        "kind": row.kind.value,
        "status": {
            "value": row.status.value,
            **(date_data(row.status_date) or {}),
            "source": row.status_source,
        },
        "parties": list(row.parties),
        "via": row.via,
        "through": row.through,
        "signed": milestone(row.signed),
        "in_force": milestone(row.in_force),
        "dates_disagree": row.dates_disagree,
        "milestones": [milestone(m) for m in row.milestones],
        "note": row.note,
    }


def member_data(member: MemberRow) -> dict[str, Any]:
    return {
        "id": member.id,
        "name": member.name,
        "joined": date_data(member.joined),
        "left": date_data(member.left),
        "source": member.source,
    }


@to_data.register(AgreementsView)
def _agreements(view: AgreementsView) -> dict[str, Any]:
    return {
        "as_of": view.as_of.iso(),
        "subject": view.subject_id,
        "status_filter": view.status_filter.value if view.status_filter else None,
        "kind_filter": view.kind_filter.value if view.kind_filter else None,
        "agreements": [agreement_data(a) for a in view.rows],
        "sources": [source_data(s) for s in view.sources],
    }


@to_data.register(CoverageView)
def _coverage(view: CoverageView) -> dict[str, Any]:
    return {
        "year": view.year,
        "as_of": view.as_of.iso(),
        "derived": ["rank", "total"],
        "trade_source": view.trade_source,
        "ranked_among": view.ranked,
        "partners": [
            {
                "rank": r.rank,
                "id": r.id,
                "name": r.name,
                "total": r.total,
                "agreements_in_force": [a.id for a in r.agreements],
            }
            for r in view.rows
        ],
        "sources": [source_data(s) for s in view.sources],
    }


@to_data.register(GroupsView)
def _groups(view: GroupsView) -> dict[str, Any]:
    return {
        "as_of": view.as_of.iso(),
        "groups": [
            {
                "id": r.id,
                "short": r.short,
                "name": r.name,
                "home_member": r.home_member,
                "home_joined": date_data(r.home_joined),
                "home_source": r.home_source,
                "members": r.members,
                "member_names": list(r.member_names),
                "source": r.source,
            }
            for r in view.rows
        ],
        "sources": [source_data(s) for s in view.sources],
    }


@to_data.register(GroupProfileView)
def _group_profile(view: GroupProfileView) -> dict[str, Any]:
    return {
        "id": view.id,
        "kind": "group",
        "short": view.short,
        "name": view.name,
        "names": view.names._asdict(),
        "aliases": list(view.aliases),
        "note": view.note,
        "as_of": view.as_of.iso(),
        "source": view.source,
        "home_membership": member_data(view.home_membership) if view.home_membership else None,
        "members": [member_data(m) for m in view.members],
        "former_members": [member_data(m) for m in view.former],
        "trade": {
            "source": view.trade_source,
            "unit": "USD",
            "composition": "current members, every year",
            "derived": ["exports", "imports", "total", "balance", "change_pct", "share_pct"],
            "years": [{**r._asdict(), "missing": list(r.missing)} for r in view.trade],
        },
        "agreements": {
            "as_of": view.agreements_as_of.iso(),
            "items": [agreement_data(a) for a in view.agreements],
        },
        "sources": [source_data(s) for s in view.sources],
    }


@to_data.register(GoalsView)
def _goals(view: GoalsView) -> dict[str, Any]:
    return {
        "goals": [g._asdict() for g in view.goals],
        "source": source_data(view.source),
    }


@to_data.register(RegionsView)
def _regions(view: RegionsView) -> dict[str, Any]:
    return {
        "regions": [
            {"id": r.id, "name": r.name, "group": r.group_id, "partners": r.partners}
            for r in view.regions
        ],
        "groups": [
            {"id": g.id, "name": g.name, "regions": list(g.region_ids), "partners": g.partners}
            for g in view.groups
        ],
        "partners_in_dataset": view.partners_in_dataset,
        "reported": {
            "countries": view.reported_countries,
            "special_territories": view.reported_special_territories,
            "source": view.source.id,
        },
        "rule": view.rule,
        "sources": [source_data(view.source)],
    }


@to_data.register(AboutView)
def _about(view: AboutView) -> dict[str, Any]:
    return {
        "definition": view.definition,
        "principle": view.principle,
        "fields": list(view.fields),
        "context": list(view.context),
        "source": source_data(view.source),
    }


@to_data.register(SourcesView)
def _sources(view: SourcesView) -> dict[str, Any]:
    return {"updated": view.updated, "sources": [source_data(s) for s in view.sources]}


def problem_data(problem: Problem) -> dict[str, Any]:
    """A problem for scripts: a stable `code`, and the message in English."""
    return {
        "code": problem.code,
        "line": problem.line,
        "column": problem.column,
        "path": problem.path or None,
        "message": problem.message,
    }


@to_data.register(ValidationView)
def _validation(view: ValidationView) -> dict[str, Any]:
    return {
        "file": view.file,
        "valid": view.valid,
        "errors": [problem_data(p) for p in view.errors],
        "warnings": [problem_data(p) for p in view.warnings],
        "partners": view.partners if view.valid else None,
        "sources": view.sources if view.valid else None,
    }


@to_data.register(CompareView)
def _compare(view: CompareView) -> dict[str, Any]:
    return {
        "metric": view.metric.value,
        "from": view.start,
        "to": view.end,
        "growth": view.growth_kind,
        "by": view.by.value if view.by else "partner",
        "unit": "USD",
        "derived": ["change", "growth_pct", "share_pct", "rank", "difference_pct", "total"],
        "ranked_among": view.ranked,
        "world": {"from": view.world_start, "to": view.world_end},
        "source": view.trade_sources[0] if len(view.trade_sources) == 1 else None,
        "sources": list(view.trade_sources),
        "series": view.series,
        "from_period": view.start_period.key() if view.start_period else str(view.start),
        "to_period": view.end_period.key() if view.end_period else str(view.end),
        "rows": [
            {
                "id": r.id,
                "name": r.name,
                "from": r.start_value,
                "to": r.end_value,
                "change": r.change,
                "growth_pct": r.growth_pct,
                "share_pct": r.share_pct,
                "rank": r.rank,
                "reported_growth_pct": r.reported_growth_pct,
                "reported_source": r.reported_source,
                "difference_pct": (
                    r.growth_pct - r.reported_growth_pct
                    if r.growth_pct is not None and r.reported_growth_pct is not None
                    else None
                ),
                "partners_missing": r.partners_missing,
            }
            for r in (*view.rows, *view.sums)
        ],
        "total": (
            {
                "from": view.total.start_value,
                "to": view.total.end_value,
                "change": view.total.change,
                "growth_pct": view.total.growth_pct,
                "share_pct": view.total.share_pct,
                "partners_missing": view.total.partners_missing,
            }
            if view.total
            else None
        ),
    }


@to_data.register(AlignmentCompareView)
def _alignment_compare(view: AlignmentCompareView) -> dict[str, Any]:
    def number(value: float | None) -> float | None:
        return None if value is None else round(value, 7)

    return {
        "metric": "un-distance",
        "from": view.start,
        "to": view.end,
        "by": view.by.value if view.by else "partner",
        "source": view.source,
        "min_votes": view.min_votes,
        "derived": ["from", "to", "change", "band", "rank"],
        "ranked_among": view.ranked,
        "rows": [
            {
                "id": r.id,
                "name": r.name,
                "from": number(r.start_value),
                "to": number(r.end_value),
                "change": number(r.change),
                "band": (
                    {"low": number(r.low), "high": number(r.high)} if r.low is not None else None
                ),
                "rank": r.rank,
                "members": r.members or None,
                "members_missing": r.missing if r.members else None,
            }
            for r in (*view.rows, *view.sums)
        ],
    }


@to_data.register(UpdateView)
def _update(view: UpdateView) -> dict[str, Any]:
    return {
        "action": view.action,
        "file": view.file,
        "years": list(view.years),
        "added": list(view.added),
        "unavailable": list(view.unavailable),
        "calls": view.calls,
        "records": view.received,
        "source": source_data(view.source) if view.source else None,
        "revisions": [
            {
                "partner": r.partner,
                "year": r.year,
                "flow": r.flow,
                "old": r.old,
                "new": r.new,
                "difference": r.difference,
            }
            for r in view.revisions
        ],
        "products": view.products,
        "unknown_partners": [
            {
                "code": u.code or None,
                "number": u.number,
                "name": u.name or None,
                "years": list(u.years),
            }
            for u in view.unknown
        ],
    }


def product_row_data(row: ProductRow) -> dict[str, Any]:
    return {
        "rank": row.rank,
        "hs": row.code,
        "name": {"id": row.name_id, "en": row.name_en},
        "value": row.value,
        "share_pct": row.share_pct,
    }


@to_data.register(WorldView)
def _world(view: WorldView) -> dict[str, Any]:
    return {
        "partner": "world",
        "trade": {
            "unit": "USD",
            "derived": ["total", "balance", "change_pct"],
            "years": [trade_row_data(row) for row in view.trade],
        },
        "sources": [source_data(s) for s in view.sources],
    }


@to_data.register(ProductsView)
def _products(view: ProductsView) -> dict[str, Any]:
    return {
        "partner": view.id,
        "year": view.year,
        "years": list(view.years),
        "classification": "HS chapters (HS-2)",
        "top": view.top,
        "exports": [product_row_data(r) for r in view.exports],
        "imports": [product_row_data(r) for r in view.imports],
        "chapters": {"exports": view.chapters[0], "imports": view.chapters[1]},
        "totals": {"exports": view.exports_total, "imports": view.imports_total},
        "source": view.source.id,
        "sources": [source_data(view.source)],
        "derived": ["share_pct", "totals"],
    }


@to_data.register(BriefView)
def _brief(view: BriefView) -> dict[str, Any]:
    return to_data(view.profile)
