"""The CSV format: a header row and one record per line, standard quoting.

Each command has one natural table: `list` its partners, `show` the partner's trade series,
`goals` the goals, `regions` the regions, `about` its sections, `sources` the sources.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from functools import singledispatch
from typing import Any

from bilateral_cli.trade import TradeRow
from bilateral_cli.views.comparing import AlignmentCompareView, CompareView
from bilateral_cli.views.cooperation import (
    AgreementRow,
    AgreementsView,
    CoverageView,
    GroupProfileView,
    GroupsView,
    GroupTradeRow,
)
from bilateral_cli.views.listing import ListView
from bilateral_cli.views.maintenance import UpdateView, ValidationView
from bilateral_cli.views.profile import BriefView, HistoryView, ProductsView, ProfileView, WorldView
from bilateral_cli.views.reference import AboutView, GoalsView, RegionsView, SourcesView

Rows = tuple[Sequence[str], Iterable[Sequence[Any]]]


def render_csv(view: object) -> str:
    header, rows = csv_rows(view)
    out = io.StringIO()
    writer = csv.writer(out)  # RFC 4180: CRLF records, so CR and LF inside fields get quoted
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return out.getvalue()


@singledispatch
def csv_rows(view: object) -> Rows:
    raise TypeError(f"no CSV form for {type(view).__name__}")


@csv_rows.register(ListView)
def _list(view: ListView) -> Rows:
    header = (
        "id",
        "iso2",
        "iso3",
        "name",
        "name_id",
        "name_en",
        "kind",
        "region",
        "relations_since",
        "relations_precision",
        "no_relations",
        "latest_year",
        "latest_total",
        "latest_change_pct",
        "year",
        "year_total",
        "year_change_pct",
        "un_distance",
    )
    rows = (
        (
            r.id,
            r.iso2,
            r.iso3,
            r.name,
            r.names.id,
            r.names.en,
            r.kind.value,
            r.region_id,
            r.since.iso() if r.since else None,
            r.since.precision.value if r.since else None,
            "true" if r.no_relations else "false",
            r.latest_year,
            r.latest_total,
            r.change_pct,
            view.year,
            r.year_total,
            r.year_change_pct,
            r.un_distance,
        )
        for r in view.rows
    )
    return header, rows


TRADE_HEADER = ("year", "exports", "imports", "total", "balance", "change_pct", "share_pct")


def trade_record(row: TradeRow | GroupTradeRow) -> tuple[Any, ...]:
    """The columns a partner's and a group's yearly trade share."""
    return (
        row.year,
        row.exports,
        row.imports,
        row.total,
        row.balance,
        row.change_pct,
        row.share_pct,
    )


@csv_rows.register(ProfileView)
def _profile(view: ProfileView) -> Rows:
    header = ("partner", *TRADE_HEADER, "source")
    rows = ((view.id, *trade_record(r), r.source) for r in view.trade)
    return header, rows


@csv_rows.register(GoalsView)
def _goals(view: GoalsView) -> Rows:
    header = ("number", "id", "title", "description", "source")
    return header, ((g.number, g.id, g.title, g.description, view.source.id) for g in view.goals)


@csv_rows.register(RegionsView)
def _regions(view: RegionsView) -> Rows:
    header = ("id", "name", "group", "partners")
    return header, ((r.id, r.name, r.group_id, r.partners) for r in view.regions)


@csv_rows.register(AboutView)
def _about(view: AboutView) -> Rows:
    rows = [("definition", view.definition), ("principle", view.principle)]
    rows += [("field", f) for f in view.fields] + [("context", c) for c in view.context]
    return ("section", "text", "source"), ((kind, text, view.source.id) for kind, text in rows)


@csv_rows.register(SourcesView)
def _sources(view: SourcesView) -> Rows:
    header = ("id", "publisher", "author", "title", "date", "url", "dataset", "via", "licence")
    rows = (
        (
            s.id,
            s.publisher.en,
            s.author,
            s.title,
            s.date,
            s.url,
            s.dataset.en if s.dataset else None,
            s.via.en if s.via else None,
            s.licence.en,
        )
        for s in view.sources
    )
    return header, rows


@csv_rows.register(ValidationView)
def _validation(view: ValidationView) -> Rows:
    header = ("severity", "file", "line", "column", "path", "message")
    rows = [("error", p) for p in view.errors] + [("warning", p) for p in view.warnings]
    return header, ((kind, p.file, p.line, p.column, p.path, p.message) for kind, p in rows)


# the first fields of every comparison, whatever it compares
COMPARE_HEADER = ("id", "name", "metric", "from_year", "to_year", "from", "to", "change")


@csv_rows.register(CompareView)
def _compare(view: CompareView) -> Rows:
    header = (
        *COMPARE_HEADER,
        "growth",
        "growth_pct",
        "share_pct",
        "rank",
        "reported_growth_pct",
        "reported_source",
        "series",
        "from_period",
        "to_period",
    )
    start = view.start_period.key() if view.start_period else str(view.start)
    end = view.end_period.key() if view.end_period else str(view.end)
    rows = (
        (
            r.id,
            r.name,
            view.metric.value,
            view.start,
            view.end,
            r.start_value,
            r.end_value,
            r.change,
            view.growth_kind,
            r.growth_pct,
            r.share_pct,
            r.rank,
            r.reported_growth_pct,
            r.reported_source,
            view.series,
            start,
            end,
        )
        for r in (*view.rows, *view.sums)
    )
    return header, rows


@csv_rows.register(AlignmentCompareView)
def _alignment_compare(view: AlignmentCompareView) -> Rows:
    header = (
        *COMPARE_HEADER,
        "band_low",
        "band_high",
        "rank",
        "source",
    )
    rows = (
        (
            r.id,
            r.name,
            "un-distance",
            view.start,
            view.end,
            r.start_value,
            r.end_value,
            r.change,
            r.low,
            r.high,
            r.rank,
            view.source,
        )
        for r in (*view.rows, *view.sums)
    )
    return header, rows


AGREEMENT_HEADER = (
    "id",
    "short",
    "name",
    "kind",
    "status",
    "status_date",
    "status_source",
    "parties",
    "via",
    "through",
    "signed",
    "signed_source",
    "in_force",
    "in_force_for_home",
    "in_force_source",
)


def agreement_record(row: AgreementRow) -> tuple[Any, ...]:
    signed, in_force = row.signed, row.in_force
    return (
        row.id,
        row.short,
        row.name,
        row.kind.value,
        row.status.value,
        row.status_date.iso(),
        row.status_source,
        " ".join(row.parties),
        row.via,
        row.through,
        signed.date.iso() if signed else None,
        signed.source if signed else None,
        in_force.date.iso() if in_force else None,
        in_force.home if in_force else None,
        in_force.source if in_force else None,
    )


@csv_rows.register(AgreementsView)
def _agreements(view: AgreementsView) -> Rows:
    return AGREEMENT_HEADER, map(agreement_record, view.rows)


@csv_rows.register(CoverageView)
def _coverage(view: CoverageView) -> Rows:
    header = ("rank", "id", "name", "year", "total", "agreements_in_force")
    return header, (
        (r.rank, r.id, r.name, view.year, r.total, " ".join(a.id for a in r.agreements))
        for r in view.rows
    )


@csv_rows.register(GroupsView)
def _groups(view: GroupsView) -> Rows:
    header = ("id", "short", "name", "home_member", "home_joined", "members", "source", "as_of")
    return header, (
        (
            r.id,
            r.short,
            r.name,
            r.home_member,
            r.home_joined.iso() if r.home_joined else None,
            r.members,
            r.source,
            view.as_of.iso(),
        )
        for r in view.rows
    )


@csv_rows.register(GroupProfileView)
def _group_profile(view: GroupProfileView) -> Rows:
    header = ("group", *TRADE_HEADER, "members_missing", "source")
    rows = (
        (view.id, *trade_record(r), "; ".join(r.missing), view.trade_source) for r in view.trade
    )
    return header, rows


@csv_rows.register(UpdateView)
def _update(view: UpdateView) -> Rows:
    """The revisions (`--dry-run` shows them before anything is written)."""
    header = ("partner", "year", "flow", "old", "new", "difference", "source")
    source = view.source.id if view.source else None
    rows = ((r.partner, r.year, r.flow, r.old, r.new, r.difference, source) for r in view.revisions)
    return header, rows


@csv_rows.register(WorldView)
def _world(view: WorldView) -> Rows:
    header = ("partner", "year", "exports", "imports", "total", "balance", "change_pct", "source")
    rows = (
        ("world", r.year, r.exports, r.imports, r.total, r.balance, r.change_pct, r.source)
        for r in view.trade
    )
    return header, rows


@csv_rows.register(BriefView)
def _brief(view: BriefView) -> Rows:
    return csv_rows(view.profile)


@csv_rows.register(HistoryView)
def _history(view: HistoryView) -> Rows:
    """The timeline: each establishment claim, then each event, in date order."""
    header = ("partner", "kind", "date", "precision", "source", "note")
    claims = (("established", c.date, c.source, c.note) for c in view.established)
    events = ((e.kind.value, e.date, e.source, e.note) for e in view.events)
    return header, (
        (view.id, kind, date.iso(), date.precision.value, source, note)
        for kind, date, source, note in (*claims, *events)
    )


@csv_rows.register(ProductsView)
def _products(view: ProductsView) -> Rows:
    """One row per chapter shown, exports first."""
    header = (
        "partner",
        "year",
        "flow",
        "rank",
        "hs",
        "name_id",
        "name_en",
        "value",
        "share_pct",
        "source",
    )
    flows = (("exports", view.exports), ("imports", view.imports))
    where = (view.id, view.year)
    return header, (
        (*where, flow, r.rank, r.code, r.name_id, r.name_en, r.value, r.share_pct, view.source.id)
        for flow, rows in flows
        for r in rows
    )
