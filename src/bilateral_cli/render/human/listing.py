"""The wording of `list` and `search`."""

from __future__ import annotations

import bilateral_cli.render.fmt as fmt
from bilateral_cli.messages import tr
from bilateral_cli.model import PartnerKind
from bilateral_cli.render.document import (
    Block,
    Column,
    Document,
    Grid,
    Heading,
    Line,
    Paragraph,
    Span,
    cite,
    figures,
    line,
    short,
    whole,
)
from bilateral_cli.render.human.common import (
    DERIVED,
    wording,
)
from bilateral_cli.views.listing import ListRow, ListView


@wording.register(ListView)
def _list(view: ListView, lang: str = "en") -> Document:
    where = " / ".join(x for x in (view.region_filter, view.group_filter) if x)
    if view.query is not None:
        title = tr("list.title_query", lang, home=view.home, query=view.query)
    elif where:
        title = tr("list.title_in", lang, home=view.home, region=where)
    else:
        title = tr("list.title", lang, home=view.home)

    def trade(row: ListRow) -> Line:
        if row.year_total is not None:
            return line(fmt.millions(row.year_total, lang))
        if row.latest_year is not None:  # figures that stop earlier: marked, never mixed in
            return line(Span(tr("list.stops", lang, year=row.latest_year), "muted"))
        return line("")

    rows: tuple[tuple[Line, ...], ...] = tuple(
        (
            line(row.name),
            line(row.region),
            line(row.region_short),
            line(since_cell(row, lang)),
            line(since_cell(row, lang, short=True)),
            trade(row),
            line(fmt.percent(row.year_change_pct, lang=lang)),
        )
        for row in view.rows
    )
    columns: tuple[Column, ...] = (
        Column(tr("col.partner", lang)),
        Column(tr("col.region", lang)),
        short(Column(tr("col.region", lang))),  # wraps too, where a region has no short form
        whole(tr("col.since", lang)),
        short(whole(tr("col.since_short", lang))),
        figures(tr("col.usd_m", lang, year=view.year) + DERIVED),
        figures(tr("col.growth", lang) + DERIVED),
    )
    if view.sort == "un-distance":  # the figure the rows are sorted by, instead of growth
        title_un = tr("col.un_distance", lang) + DERIVED
        columns = (*columns[:-1], figures(title_un))
        rows = tuple(
            (*cells[:-1], line("" if r.un_distance is None else fmt.distance(r.un_distance, lang)))
            for cells, r in zip(rows, view.rows, strict=True)
        )
    grid = Grid(columns, rows)
    sort = tr(f"sort.{view.sort.replace('-', '_')}", lang)
    if len(view.rows) == 1:
        count = tr("list.count_one", lang, sort=sort)
    else:
        count = tr("list.count", lang, count=fmt.integer(len(view.rows), lang), sort=sort)
    note = tr("list.note", lang, d=DERIVED, year=view.year)
    if any(r.year_total is None and r.latest_year is not None for r in view.rows):
        stop = tr("list.stops", lang, year="YYYY")
        note += " " + tr("list.stops_note", lang, year=view.year, stop=stop)
    for source in view.trade_sources:
        note += tr("list.source", lang, id=source.id, title=source.title)
    out: list[Block] = [Heading(title), grid, Paragraph(line(count), muted=True)]
    out.append(Paragraph(line(note), True))
    if view.sort == "un-distance":
        un_note = tr("list.un_note", lang, d=DERIVED, year=view.un_year or "")
        out.append(Paragraph(line(un_note + " ", cite(view.un_source or "")), True))
    return tuple(out)


def since_cell(row: ListRow, lang: str, short: bool = False) -> str:
    """When relations began (`short`: `9 Oct 1952`), or why there is no date."""
    if row.since is not None:
        return fmt.date(row.since, lang, short=short)
    if row.kind is not PartnerKind.COUNTRY:
        key = "kind_short" if short else "kind"
        return f"({tr(f'{key}.{row.kind.value}', lang)})"
    return tr("since.none", lang) if row.no_relations else ""
