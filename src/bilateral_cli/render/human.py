"""The wording of the human formats: each view as a `Document`, in English or Indonesian.

All the sentences, headings and number formats a person reads are chosen here, once, for both
the terminal table and Markdown; the sentences themselves live in `messages`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import singledispatch

import bilateral_cli.render.fmt as fmt
from bilateral_cli.alignment import overlap
from bilateral_cli.errors import Problem
from bilateral_cli.messages import tr
from bilateral_cli.model import Measure, PartialDate, PartnerKind, Source
from bilateral_cli.render.document import (
    Block,
    Bullet,
    Bullets,
    Column,
    Document,
    Facts,
    Grid,
    Heading,
    Line,
    Paragraph,
    Span,
    chart,
    cite,
    figures,
    line,
    short,
    whole,
)
from bilateral_cli.trade import TradeRow
from bilateral_cli.views import (
    AboutView,
    AgreementRow,
    AgreementsView,
    AlignmentCompareView,
    AlignmentRow,
    BriefView,
    CompareRow,
    CompareView,
    CoverageView,
    GoalsView,
    GroupProfileView,
    GroupsView,
    GroupTradeRow,
    HistoryView,
    InvestmentView,
    ListRow,
    ListView,
    ProductRow,
    ProductsView,
    ProfileView,
    RegionsView,
    ReportedView,
    SourcesView,
    UpdateView,
    ValidationView,
    WorldView,
)
from bilateral_cli.vocabulary import Metric

DERIVED = "*"


@singledispatch
def document(view: object, lang: str = "en") -> Document:
    """The blocks a person reads for `view`, in order, in `lang`."""
    raise TypeError(f"no human form for {type(view).__name__}")


@document.register(ListView)
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


@document.register(ProfileView)
def _profile(view: ProfileView, lang: str = "en") -> Document:
    first, second = (view.name_id, view.name_en) if lang == "id" else (view.name_en, view.name_id)
    names = first if first == second else f"{first} / {second}"
    region = view.region
    if view.group:
        region = tr("show.group", lang, region=view.region, group=view.group)
    facts: list[tuple[str, Line]] = [
        (tr("show.id", lang), line(view.id)),
        ("ISO 3166-1", line(f"{view.iso2} / {view.iso3}")),
        (tr("show.region", lang), line(region)),
    ]
    if view.aliases:
        facts.append((tr("show.aliases", lang), line("; ".join(view.aliases))))
    facts.append((tr("show.since", lang), relations(view, lang)))
    out: list[Block] = [Heading(names, level=1), Facts(tuple(facts))]
    if view.events or not view.claims_agree or any(c.note for c in view.established):
        out += [Heading(tr("show.history", lang)), timeline(view, lang)]

    if view.highlights:
        out.append(Heading(tr("show.highlights", lang)))
        items = []
        for item in view.highlights:
            when = f"{fmt.date(item.date, lang)}: " if item.date else ""
            items.append(Bullet(line(when + item.text + " ", cite(item.source))))
        out.append(Bullets(tuple(items)))

    if view.reported:
        out.append(Heading(tr("show.reported", lang)))
        out.append(
            Bullets(
                tuple(
                    Bullet(reported(f, lang), (comparison(f, lang),) if f.series else ())
                    for f in view.reported
                )
            )
        )

    if view.trade:
        out.append(Heading(tr("show.trade", lang, home=view.home)))
        largest = max((row.total for row in view.trade if row.total is not None), default=0)
        bars = tuple(line(fmt.bar(row.total, largest, 16)) for row in view.trade)
        out.append(trade_grid(view.trade, chart(tr("col.bar", lang)), bars, lang))
        note = tr("show.trade_note", lang, source=view.trade_source, d=DERIVED, home=view.home)
        later: dict[str, list[int]] = {}  # years a later retrieval (`bilateral update`) sourced
        for row in view.trade:
            if row.source and row.source != view.trade_source:
                later.setdefault(row.source, []).append(row.year)
        for source, years in later.items():
            shown = ", ".join(str(year) for year in years)
            note += tr("show.trade_year_source", lang, years=shown, source=source)
        out.append(Paragraph(line(note), muted=True))
    else:
        out.append(Paragraph(line(tr("show.no_trade", lang)), muted=True))

    out += bop_block(view, lang)
    out += alignment_block(view, lang)
    out += groups_block(view, lang)
    out += agreements_block(view.agreements, view.agreements_as_of, lang)
    out += sources_block(view.sources, lang)
    return tuple(out)


def alignment_block(view: ProfileView, lang: str) -> list[Block]:
    """The UN voting distance: latest reliable year, rank, trend with a chart, what it means."""
    voting = view.alignment
    if voting is None:
        return []
    d = DERIVED
    items: list[Bullet] = []
    latest = voting.latest
    if latest is None:
        text = tr("align.none_reliable", lang, min=voting.min_votes) + " "
        items.append(Bullet(line(text, cite(voting.source))))
    else:
        text = tr(
            "align.latest",
            lang,
            year=latest.year,
            value=fmt.distance(latest.value, lang),
            low=fmt.distance(latest.low, lang),
            high=fmt.distance(latest.high, lang),
            d=d,
            home=view.home,
            partner=view.name,
            home_votes=latest.home_votes,
            votes=latest.votes,
        )
        if voting.rank is not None:
            text += tr("align.rank", lang, rank=voting.rank, ranked=voting.ranked, d=d)
        items.append(Bullet(line(text + " ", cite(voting.source))))
    start = voting.start
    if latest is not None and start is not None and start.year < latest.year:
        change = latest.value - start.value
        direction = tr("align.closer" if change < 0 else "align.further", lang)
        within = overlap(start, latest)
        text = tr(
            "align.trend",
            lang,
            start_year=start.year,
            start=fmt.distance(start.value, lang),
            end_year=latest.year,
            end=fmt.distance(latest.value, lang),
            d=d,
            direction=direction,
            bands=tr("align.within" if within else "align.beyond", lang),
        )
        items.append(Bullet(line(text)))
    if len(voting.years) > 1:
        values = [y.value if y.reliable else None for y in voting.years]
        largest = max((v for v in values if v is not None), default=0.0)
        bars = fmt.spark(values, largest)
        first, last = voting.years[0].year, voting.years[-1].year
        top = fmt.distance(largest, lang)
        text = tr("align.chart", lang, first=first, last=last, bars=bars, top=top, d=d)
        items.append(Bullet(line(text)))
    for unused in voting.unused:
        text = tr(
            "align.unused",
            lang,
            year=unused.year,
            home=view.home,
            partner=view.name,
            home_votes=unused.home_votes,
            votes=unused.votes,
            min=voting.min_votes,
        )
        items.append(Bullet(line(text)))
    if voting.note:
        items.append(Bullet(line(tr("align.note", lang, note=voting.note))))
    explain = tr("align.explain", lang, min=voting.min_votes)
    return [
        Heading(tr("align.title", lang)),
        Bullets(tuple(items)),
        Paragraph(line(explain), muted=True),
    ]


def investment(value: int | None, lang: str) -> str:
    """Net direct investment in words: an amount, or net disinvestment of one."""
    if value is None:
        return tr("figure.unknown", lang)
    if value < 0:
        return tr("bop.disinvestment", lang, value=fmt.money(-value, lang=lang))
    return fmt.money(value, lang=lang)


def flow_text(value: int | None, growth: float | None, before: str, lang: str) -> str:
    """`USD 4.83 billion (+14.0%* on January-May 2024)`."""
    text = fmt.money(value, lang=lang) if value is not None else tr("figure.unknown", lang)
    if growth is not None:
        growth_text = fmt.percent(growth, lang=lang)
        text += " " + tr("bop.growth", lang, growth=growth_text, d=DERIVED, before=before)
    return text


def bop_block(view: ProfileView, lang: str) -> list[Block]:
    """Bank Indonesia's freshest months, its series beside Comtrade's, and investment."""
    bop, fdi = view.bop, view.investment
    if bop is None and fdi is None:
        return []
    items: list[Bullet] = []
    if bop is not None and bop.latest is not None:
        latest = bop.latest
        before = fmt.period(latest.before, lang)
        text = tr(
            "bop.latest",
            lang,
            period=fmt.period(latest.period, lang),
            exports=flow_text(latest.exports, latest.exports_growth_pct, before, lang),
            imports=flow_text(latest.imports, latest.imports_growth_pct, before, lang),
            before=before,
        )
        if latest.preliminary:
            text += tr("bop.preliminary", lang)
        items.append(Bullet(line(text + " ", cite(bop.source))))
    if fdi is not None:
        items.append(Bullet(investment_line(view, fdi, lang)))
    out: list[Block] = [Heading(tr("bop.title", lang)), Bullets(tuple(items))]
    if bop is not None and bop.years:
        rows = tuple(
            (
                line(str(y.year) + ("ᵖ" if y.preliminary else "")),
                line(fmt.millions(y.bi_exports, lang)),
                line(fmt.millions(y.exports, lang)),
                line(fmt.percent(y.exports_difference_pct, lang=lang)),
                line(fmt.millions(y.bi_imports, lang)),
                line(fmt.millions(y.imports, lang)),
                line(fmt.percent(y.imports_difference_pct, lang=lang)),
            )
            for y in bop.years
        )
        columns = (
            figures(tr("col.year", lang)),
            figures(tr("col.bi_exports", lang)),
            figures("Comtrade"),
            figures(tr("col.diff", lang) + DERIVED),
            figures(tr("col.bi_imports", lang)),
            figures("Comtrade"),
            figures(tr("col.diff", lang) + DERIVED),
        )
        out.append(Paragraph(line(tr("bop.side_by_side", lang))))
        out.append(Grid(columns, rows))
        note = tr("bop.reason", lang, d=DERIVED, bi=bop.source, trade=bop.trade_source or "")
        out.append(Paragraph(line(note), muted=True))
    return out


def investment_line(view: ProfileView, fdi: InvestmentView, lang: str) -> Line:
    """`Investment in Indonesia: ...`: the latest year, the years before, the latest months."""
    parts: list[str] = []
    if fdi.years:
        latest = fdi.years[-1]
        text = tr(
            "bop.fdi_latest",
            lang,
            home=view.home,
            partner=view.name,
            year=latest.period.year,
            value=investment(latest.value, lang),
        )
        if latest.preliminary:
            text += tr("bop.preliminary", lang)
        parts.append(text)
    if len(fdi.years) > 1:
        values = " → ".join(fmt.whole_millions(y.value, lang) for y in fdi.years)
        first, last = fdi.years[0].period.year, fdi.years[-1].period.year
        parts.append(tr("bop.fdi_trend", lang, first=first, last=last, values=values))
    if fdi.part is not None and fdi.part_before is not None:
        parts.append(
            tr(
                "bop.fdi_part",
                lang,
                period=fmt.period(fdi.part.period, lang),
                value=investment(fdi.part.value, lang),
                before=investment(fdi.part_before.value, lang),
            )
        )
    negative = any(y.value is not None and y.value < 0 for y in (*fdi.years, fdi.part) if y)
    text = tr("bop.fdi", lang) + "; ".join(parts)
    if negative:
        text += tr("bop.fdi_negative", lang)
    return line(text + " ", cite(fdi.source))


def trade_grid(
    rows: Sequence[TradeRow | GroupTradeRow],
    last: Column,
    last_cells: tuple[Line, ...],
    lang: str,
    shares: bool = True,
) -> Grid:
    """A yearly trade table (a partner's, a group's or the world's), with one more column at
    the end; the share column (none for the world) gives way on a narrow terminal."""
    cells = tuple(
        (
            line(str(row.year)),
            line(fmt.millions(row.exports, lang)),
            line(fmt.millions(row.imports, lang)),
            line(fmt.millions(row.total, lang)),
            line(fmt.millions(row.balance, lang)),
            line(fmt.percent(row.change_pct, lang=lang)),
            *([line(fmt.share(row.share_pct, lang))] if shares else []),
            extra,
        )
        for row, extra in zip(rows, last_cells, strict=True)
    )
    plain = ("col.year", "col.exports", "col.imports")
    derived = ("col.total", "col.balance", "col.growth")
    share = figures(tr("col.share", lang) + DERIVED)._replace(optional=True)
    columns = (
        *(figures(tr(c, lang)) for c in plain),
        *(figures(tr(c, lang) + DERIVED) for c in derived),
        *([share] if shares else []),
        last,
    )
    return Grid(columns, cells)


def groups_block(view: ProfileView, lang: str) -> list[Block]:
    """The groups a partner belongs to: those shared with the home country first."""
    if not view.groups:
        return []
    shared = [g for g in view.groups if g.home_member]
    other = [g for g in view.groups if not g.home_member]
    out: list[Block] = [Heading(tr("show.groups", lang, date=fmt.date(view.groups_as_of, lang)))]
    items = []
    if shared:
        parts = [tr("show.groups_shared", lang, home=view.home)]
        parts.append(", ".join(g.short for g in shared))
        items.append(Bullet(line(" ".join(parts))))
    if other:
        items.append(
            Bullet(
                line(
                    tr("show.groups_other", lang, home=view.home),
                    " ",
                    ", ".join(g.short for g in other),
                )
            )
        )
    out.append(Bullets(tuple(items)))
    return out


def milestone_text(row: AgreementRow, kind: str, lang: str) -> Line:
    milestone = row.signed if kind == "signed" else row.in_force
    if milestone is None:
        return line("")
    text = fmt.date(milestone.date, lang)
    if milestone.home:
        text += " " + tr("agreement.for_home", lang)
    return line(text + " ", cite(milestone.source))


def agreement_label(row: AgreementRow, lang: str) -> Line:
    """The short name and kind, and the group the home country or the partner takes part
    through."""
    text = f"{row.short} ({row.kind.value})"
    if row.through_name:
        text += " " + tr("agreement.through", lang, group=row.through_name)
    elif row.via_name:
        text += " " + tr("agreement.via", lang, group=row.via_name)
    return line(Span(text, "strong"))


def status_text(row: AgreementRow, lang: str) -> Line:
    """The status, dated where no step shown dates it, and cited where no step's source does."""
    text = tr(f"status.{row.status.value}", lang)
    shown = [m for m in (row.signed, row.in_force) if m is not None]
    if row.status.value not in ("in_force", "signed"):
        text += f", {fmt.date(row.status_date, lang)}"
    if any(m.source == row.status_source for m in shown):
        return line(text)
    return line(text + " ", cite(row.status_source))


def agreement_items(rows: tuple[AgreementRow, ...], lang: str, parties: bool = True) -> Bullets:
    """One agreement a bullet: its name, kind and status (and who it is with) on the first
    line, its signature and entry into force, each with its source, under it. Stacked, not a
    grid: four dated, cited columns cannot share 80 columns without breaking source ids."""

    def item(row: AgreementRow) -> Bullet:
        first = [*agreement_label(row, lang), Span(" — "), *status_text(row, lang)]
        if parties:
            with_ = ", ".join(row.party_names) or tr("agreement.no_parties", lang)
            first.append(Span(f"; {tr('col.parties', lang).lower()}: {with_}"))
        steps: list[Span] = []
        for kind in ("signed", "in_force"):
            milestone = milestone_text(row, kind, lang)
            if "".join(span.text for span in milestone).strip():
                label = tr(f"milestone.{kind}", lang)
                steps += [Span(("; " if steps else "") + label + " "), *milestone]
        return Bullet(tuple(first), (tuple(steps),) if steps else ())

    return Bullets(tuple(map(item, rows)))


def other_dates(rows: tuple[AgreementRow, ...], lang: str) -> list[Block]:
    """Where sources give other dates than the ones shown, every source's date."""
    items = []
    for row in rows:
        if not row.dates_disagree:
            continue
        parts: list[Span] = [Span(row.short + ": ", "strong")]
        for i, m in enumerate(m for m in row.milestones if m.kind.value in ("signed", "in_force")):
            label = tr(f"milestone.{m.kind.value}", lang)
            home = " " + tr("agreement.for_home", lang) if m.home else ""
            parts += [
                Span(("; " if i else "") + f"{label} {fmt.date(m.date, lang)}{home} "),
                cite(m.source),
            ]
        items.append(Bullet(tuple(parts)))
    if not items:
        return []
    return [Paragraph(line(tr("agreements.disagree", lang)), muted=True), Bullets(tuple(items))]


def agreements_block(rows: tuple[AgreementRow, ...], as_of: PartialDate, lang: str) -> list[Block]:
    """A profile's agreements: in force first, then signed, then the rest."""
    heading = tr("show.agreements", lang, date=fmt.date(as_of, lang))
    if not rows:
        return [Heading(heading), Paragraph(line(tr("agreements.none", lang)), muted=True)]
    return [Heading(heading), agreement_items(rows, lang, parties=False), *other_dates(rows, lang)]


@document.register(AgreementsView)
def _agreements(view: AgreementsView, lang: str = "en") -> Document:
    if view.subject:
        title = tr("agreements.title_with", lang, home=view.home, subject=view.subject)
    else:
        title = tr("agreements.title", lang, home=view.home)
    blocks: list[Block] = [Heading(title)]
    if view.rows:
        blocks.append(agreement_items(view.rows, lang))
    count = tr("agreements.count", lang, count=len(view.rows), date=fmt.date(view.as_of, lang))
    blocks.append(Paragraph(line(count), muted=True))
    blocks += other_dates(view.rows, lang)
    blocks += sources_block(view.sources, lang)
    return tuple(blocks)


@document.register(CoverageView)
def _coverage(view: CoverageView, lang: str = "en") -> Document:
    title = tr("coverage.title", lang, home=view.home, count=len(view.rows), year=view.year)
    rows = tuple(
        (
            line(str(r.rank)),
            line(r.name),
            line(fmt.millions(r.total, lang)),
            line(", ".join(a.short for a in r.agreements) or tr("coverage.none", lang)),
        )
        for r in view.rows
    )
    columns = (
        figures(tr("col.rank", lang) + DERIVED),
        Column(tr("col.partner", lang)),
        figures(tr("col.usd_m", lang, year=view.year)),
        Column(tr("col.agreements_in_force", lang)),
    )
    without = sum(1 for r in view.rows if not r.agreements)
    note = tr(
        "coverage.note",
        lang,
        without=without,
        count=len(view.rows),
        date=fmt.date(view.as_of, lang),
        source=view.trade_source,
        d=DERIVED,
    )
    return (
        Heading(title),
        Grid(columns, rows),
        Paragraph(line(note), muted=True),
        *sources_block(view.sources, lang),
    )


@document.register(GroupsView)
def _groups(view: GroupsView, lang: str = "en") -> Document:
    rows = tuple(
        (
            line(Span(r.short, "strong")),
            line(r.name),
            line(Span(r.id, "muted")),
            line(
                (
                    tr("groups.member_since", lang, date=fmt.date(r.home_joined, lang))
                    if r.home_joined
                    else tr("groups.member", lang)
                )
                + " ",
                cite(r.home_source or r.source),
            )
            if r.home_member
            else line(tr("groups.not_member", lang)),
            line(str(r.members)),
        )
        for r in view.rows
    )
    columns = (
        Column(tr("col.group", lang)),
        Column(tr("col.name", lang)),
        chart(tr("col.id", lang)),  # gives way on a narrow terminal: `show` takes the short name
        Column(tr("col.home_member", lang, home=view.home)),
        figures(tr("col.members", lang)),
    )
    note = tr("groups.note", lang, date=fmt.date(view.as_of, lang))
    return (
        Heading(tr("groups.title", lang, home=view.home)),
        Grid(columns, rows),
        Paragraph(line(note), muted=True),
        *sources_block(view.sources, lang),
    )


@document.register(GroupProfileView)
def _group_profile(view: GroupProfileView, lang: str = "en") -> Document:
    facts: list[tuple[str, Line]] = [
        (tr("show.id", lang), line(view.id)),
        (tr("col.name", lang), line(view.name)),
    ]
    if view.home_membership is not None:
        member = view.home_membership
        since = (
            tr("groups.member_since", lang, date=fmt.date(member.joined, lang))
            if member.joined
            else tr("groups.member", lang)
        )
        facts.append((view.home, line(since + " ", cite(member.source or view.source))))
    else:
        facts.append((view.home, line(tr("groups.not_member", lang))))
    count = tr(
        "group.members_count",
        lang,
        count=len(view.members),
        home=view.home,
        date=fmt.date(view.as_of, lang),
    )
    facts.append((tr("col.members", lang), line(count + " ", cite(view.source))))
    out: list[Block] = [Heading(f"{view.short} / {view.name}", level=1), Facts(tuple(facts))]
    if view.note:
        out.append(Paragraph(line(view.note)))
    out.append(Heading(tr("group.members", lang)))
    member_rows = tuple(
        (
            line(m.name),
            line(Span(m.id, "muted")),
            line(fmt.date(m.joined, lang) + " ", cite(m.source))
            if m.joined and m.source
            else line(""),
        )
        for m in view.members
    )
    member_columns = (
        Column(tr("col.partner", lang)),
        whole(tr("col.id", lang)),
        Column(tr("col.joined", lang)),
    )
    out.append(Grid(member_columns, member_rows))
    if view.former:
        items = tuple(
            Bullet(
                line(
                    tr("group.left", lang, name=m.name, date=fmt.date(m.left, lang)) + " ",
                    cite(m.source or view.source),
                )
            )
            for m in view.former
            if m.left
        )
        out += [Heading(tr("group.former", lang)), Bullets(items)]
    if view.trade:
        out.append(Heading(tr("group.trade", lang, home=view.home, group=view.short)))
        counts = tuple(line(str(len(r.missing)) if r.missing else "") for r in view.trade)
        out.append(trade_grid(view.trade, figures(tr("col.missing", lang)), counts, lang))
        note = tr(
            "group.trade_note",
            lang,
            source=view.trade_source,
            d=DERIVED,
            date=fmt.date(view.as_of, lang),
        )
        out.append(Paragraph(line(note), muted=True))
        missing = [r for r in view.trade if r.missing]
        if missing:
            latest = missing[-1]
            out.append(
                Paragraph(
                    line(
                        tr("group.missing", lang, year=latest.year, names=", ".join(latest.missing))
                    ),
                    muted=True,
                )
            )
    out += agreements_block(view.agreements, view.agreements_as_of, lang)
    out += sources_block(view.sources, lang)
    return tuple(out)


def timeline(view: ProfileView | HistoryView, lang: str) -> Bullets:
    """How relations went, in date order: each source's establishment date, then breaks and
    restorations, each with what happened and its source."""
    dated: list[tuple[tuple[int, int, int], Line]] = []
    for claim in view.established:
        note = f": {claim.note}" if claim.note else ""
        text = f"{fmt.date(claim.date, lang)}: {tr('event.established', lang)}{note} "
        dated.append((_order(claim.date), line(text, cite(claim.source))))
    for event in view.events:
        note = f": {event.note}" if event.note else ""
        kind = tr(f"event.{event.kind.value}", lang).lower()
        text = f"{fmt.date(event.date, lang)}: {kind}{note} "
        dated.append((_order(event.date), line(text, cite(event.source))))
    if view.no_relations is not None:
        note = f": {view.no_relations.note}" if view.no_relations.note else ""
        text = tr("relations.none", lang).capitalize() + note + " "
        dated.append(((9999, 0, 0), line(text, cite(view.no_relations.source))))
    return Bullets(tuple(Bullet(text) for _, text in sorted(dated, key=lambda d: d[0])))


def _order(date: PartialDate) -> tuple[int, int, int]:
    return date.year, date.month or 0, date.day or 0


@document.register(HistoryView)
def _history(view: HistoryView, lang: str = "en") -> Document:
    out: list[Block] = [Heading(tr("history.title", lang, home=view.home, name=view.name))]
    if view.kind is not PartnerKind.COUNTRY and view.no_relations is None:
        kind = tr(f"kind.{view.kind.value}", lang)
        out.append(Paragraph(line(tr("relations.not_own", lang, kind=kind))))
    elif not view.established and view.no_relations is None:
        out.append(Paragraph(line(tr("relations.unrecorded", lang))))
    else:
        out.append(timeline(view, lang))
    if not view.claims_agree:
        out.append(Paragraph(line(tr("history.disagree", lang)), muted=True))
    out += sources_block(view.sources, lang)
    return tuple(out)


def relations(view: ProfileView, lang: str) -> Line:
    if view.no_relations is not None:
        note = f" ({view.no_relations.note})" if view.no_relations.note else ""
        return line(tr("relations.none", lang) + note + " ", cite(view.no_relations.source))
    if view.kind is not PartnerKind.COUNTRY:
        return line(tr("relations.not_own", lang, kind=tr(f"kind.{view.kind.value}", lang)))
    if not view.established:
        return line(tr("relations.unrecorded", lang))
    parts: list[Span] = []
    for i, claim in enumerate(view.established):
        text = ("; " if i else "") + fmt.date(claim.date, lang) + " "
        parts += [Span(text), cite(claim.source)]
    if not view.claims_agree:
        parts.append(Span(tr("relations.disagree", lang), "strong"))
    return tuple(parts)


def balance(value: int, exact: bool, lang: str) -> str:
    """A trade balance as a deficit or surplus, as publications state it."""
    amount = fmt.money(abs(value), exact=exact, lang=lang)
    return tr("figure.deficit" if value < 0 else "figure.surplus", lang, value=amount)


def figure_text(figure: ReportedView, lang: str) -> str:
    if figure.rank is not None:
        text = tr("figure.rank", lang, rank=figure.rank)
        return f"{text} {figure.scope}" if figure.scope else text
    if figure.value_usd is None:
        return ""
    if figure.measure is Measure.TRADE_BALANCE:
        return balance(figure.value_usd, True, lang)
    return fmt.money(figure.value_usd, exact=True, lang=lang)


def reported(figure: ReportedView, lang: str) -> Line:
    values = [figure_text(figure, lang)] if figure_text(figure, lang) else []
    if figure.growth_pct is not None:
        values.append(fmt.stated_percent(figure.growth_pct, lang))
    measure = tr(f"measure.{figure.measure.value}", lang)
    return line(f"{measure} ({figure.period}): {', '.join(values)} ", cite(figure.source))


def comparison(figure: ReportedView, lang: str) -> Line:
    """The official series for the same year, and whether the two can be compared at all."""
    series = figure.series
    assert series is not None
    if series.value is None:
        value = tr("figure.unknown", lang)
    elif figure.measure is Measure.TRADE_BALANCE:
        value = balance(series.value, False, lang)
    else:
        value = fmt.money(series.value, lang=lang)
    text = tr("series.official", lang, year=series.year, value=value) + DERIVED
    if figure.growth_pct is not None and series.growth_pct is not None:
        text += f", {fmt.percent(series.growth_pct, 2, lang)}{DERIVED}"
    if not series.same_basis:
        text += tr("series.not_same", lang, basis=tr(f"basis.{figure.basis.value}", lang))
    return line(text + " ", cite(series.source))


def sources_block(sources: tuple[Source, ...], lang: str) -> list[Block]:
    """The sources behind a profile or a table, once, at the end, one short line each (the
    full reference, URL and licence: `bilateral sources`)."""
    items = tuple(Bullet(short_source(s, lang)) for s in sources)
    note = Paragraph(line(tr("sources.full", lang)), muted=True)
    return [Heading(tr("show.sources", lang)), Bullets(items), note]


def short_source(source: Source, lang: str) -> Line:
    """`[id] Publisher, "Title", date`, in `lang`."""
    publisher, date = source.publisher.get(lang), fmt.iso_date(source.date, lang)
    return line(cite(source.id), f' {publisher}, "{source.title}", {date}')


def source_line(source: Source, lang: str) -> Line:
    parts = [source.publisher.get(lang)]
    if source.author:
        parts.append(source.author)
    parts += [f'"{source.title}"', fmt.iso_date(source.date, lang)]
    if source.via:
        parts.append(tr("source.via", lang, via=source.via.get(lang)))
    if source.url:
        parts.append(source.url)
    if source.dataset:
        parts.append(source.dataset.get(lang))
    licence = tr("source.licence", lang, licence=source.licence.get(lang))
    return line(cite(source.id), " " + ", ".join(parts) + ". " + licence)


def source_note(source: Source, lang: str) -> Paragraph:
    return Paragraph(line(tr("source.label", lang), *source_line(source, lang)), muted=True)


@document.register(GoalsView)
def _goals(view: GoalsView, lang: str = "en") -> Document:
    rows = tuple(
        (line(str(g.number)), line(Span(g.title, "strong")), line(g.description))
        for g in view.goals
    )
    columns = (
        figures(tr("col.number", lang)),
        Column(tr("col.goal", lang)),
        Column(tr("col.why", lang)),
    )
    return (
        Heading(tr("goals.title", lang, count=fmt.count_word(len(view.goals), lang))),
        Grid(columns, rows),
        source_note(view.source, lang),
    )


@document.register(RegionsView)
def _regions(view: RegionsView, lang: str = "en") -> Document:
    rows = tuple(
        (line(r.name), line(Span(r.id, "muted")), line(r.group or ""), line(str(r.partners)))
        for r in view.regions
    )
    total = (
        line(Span(tr("regions.total", lang), "strong")),
        line(""),
        line(""),
        line(str(view.partners_in_dataset)),
    )
    groups = tuple(
        (line(g.name), line(Span(g.id, "muted")), line(", ".join(g.regions)), line(str(g.partners)))
        for g in view.groups
    )
    key = "regions.reported_one" if view.reported_special_territories == 1 else "regions.reported"
    reported_count = tr(
        key,
        lang,
        home=view.home,
        countries=view.reported_countries,
        territories=view.reported_special_territories,
    )
    # ids are what `--region` takes: they stay whole
    region_columns = (
        Column(tr("col.region", lang)),
        whole(tr("col.id", lang)),
        Column(tr("col.group", lang)),
        figures(tr("col.partners_in_dataset", lang)),
    )
    group_columns = (
        Column(tr("col.group", lang)),
        whole(tr("col.id", lang)),
        Column(tr("col.regions", lang)),
        figures(tr("col.partners", lang)),
    )
    return (
        Heading(tr("regions.title", lang, home=view.home)),
        Grid(region_columns, rows, total),
        Heading(tr("regions.groups", lang)),
        Grid(group_columns, groups),
        Paragraph(line(reported_count, cite(view.source.id))),
        Heading(tr("regions.rule", lang)),
        Paragraph(line(view.rule)),
        source_note(view.source, lang),
    )


@document.register(AboutView)
def _about(view: AboutView, lang: str = "en") -> Document:
    return (
        Heading(tr("about.what", lang)),
        Paragraph(line(view.definition)),
        Heading(tr("about.principle", lang)),
        Paragraph(line(view.principle)),
        Heading(tr("about.fields", lang)),
        Paragraph(line("; ".join(view.fields))),  # a field may be a list itself
        Heading(tr("about.practice", lang, home=view.home)),
        Bullets(tuple(Bullet(line(c)) for c in view.context)),
        source_note(view.source, lang),
    )


@document.register(SourcesView)
def _sources(view: SourcesView, lang: str = "en") -> Document:
    out: list[Block] = [Heading(tr("sources.title", lang))]
    if view.updated:
        updated = tr("update.version", lang, date=fmt.iso_date(view.updated, lang))
        out.append(Paragraph(line(tr("update.in_use", lang, updated=updated))))
    for source in view.sources:
        rows: list[tuple[str, Line]] = [
            (tr("show.id", lang), line(Span(source.id, "strong"))),
            (tr("sources.publisher", lang), line(source.publisher.get(lang))),
        ]
        if source.author:
            rows.append((tr("sources.author", lang), line(source.author)))
        rows += [
            (tr("sources.title_field", lang), line(source.title)),
            (tr("sources.date", lang), line(fmt.iso_date(source.date, lang))),
        ]
        if source.via:
            rows.append((tr("sources.via", lang), line(source.via.get(lang))))
        rows.append((tr("sources.url", lang), line(source.url or tr("sources.no_url", lang))))
        if source.dataset:
            rows.append((tr("sources.dataset", lang), line(source.dataset.get(lang))))
        rows.append((tr("sources.licence", lang), line(source.licence.get(lang))))
        if source.note:
            rows.append((tr("sources.note", lang), line(source.note.get(lang))))
        out.append(Facts(tuple(rows)))
    return tuple(out)


@document.register(ValidationView)
def _validation(view: ValidationView, lang: str = "en") -> Document:
    def problem(p: Problem) -> Bullet:
        where = ""
        if p.line:
            where = tr("validate.line", lang, line=p.line)
            if p.column:
                where += tr("validate.column", lang, column=p.column)
        place = ", ".join(x for x in (where, p.path) if x)
        text = p.detail.render(lang)
        return Bullet(line(f"{place}: {text}" if place else text))

    if view.valid:
        summary = tr("validate.valid", lang, partners=view.partners, sources=view.sources)
    elif len(view.errors) == 1:
        summary = tr("validate.invalid_one", lang)
    else:
        summary = tr("validate.invalid", lang, count=len(view.errors))
    out: list[Block] = [
        Heading(tr("validate.title", lang, file=view.file), level=1),
        Paragraph(line(summary)),
    ]
    if view.errors:
        out += [Heading(tr("validate.errors", lang)), Bullets(tuple(map(problem, view.errors)))]
    if view.warnings:
        out += [
            Heading(tr("validate.warnings", lang)),
            Bullets(tuple(map(problem, view.warnings))),
        ]
    return tuple(out)


@document.register(CompareView)
def _compare(view: CompareView, lang: str = "en") -> Document:
    by = view.by.value if view.by else "partner"
    # columns are titled by year; the title and the notes name the months of a part-year
    short_start, short_end = str(view.start), str(view.end)
    start_label, end_label = short_start, short_end
    if view.start_period is not None and view.end_period is not None:
        start_label = fmt.period(view.start_period, lang)
        end_label = fmt.period(view.end_period, lang)
    what = view.scope or tr(f"compare.what_{by}", lang)
    title = tr(
        f"compare.title.{view.metric.value}",
        lang,
        home=view.home,
        what=what,
        start=start_label,
        end=end_label,
    )
    if view.series == "bi":
        title += tr("compare.bi_title", lang)
    ranked, unranked = list(view.rows), list(view.sums)
    everything = [*ranked, *unranked]
    largest = max((abs(r.end_value) for r in everything if r.end_value is not None), default=0)
    shares = view.metric is not Metric.BALANCE
    rank = tr("col.rank", lang) + DERIVED
    columns = [
        figures(rank),
        Column(tr({"partner": "col.partner", "region": "col.region"}.get(by, "col.group"), lang)),
        figures(short_start),
        figures(short_end),
        figures(tr("col.change", lang) + DERIVED),
        figures(tr(f"col.{view.growth_kind}", lang) + DERIVED),
        *([figures(tr("col.share", lang) + DERIVED)] if shares else []),
        chart(tr("col.bar", lang)),
    ]

    def bar(value: int | None) -> str:
        if value is not None and value < 0:  # a deficit: marked, to the same scale
            return "◀" + fmt.bar(-value, largest)
        return fmt.bar(value, largest)

    def cells(row: CompareRow) -> tuple[Line, ...]:
        return (
            line(str(row.rank) if row.rank is not None else ""),
            line(row.name),
            line(fmt.millions(row.start_value, lang)),
            line(fmt.millions(row.end_value, lang)),
            line(fmt.millions(row.change, lang)),
            line(fmt.percent(row.growth_pct, lang=lang)),
            *([line(fmt.share(row.share_pct, lang))] if shares else []),
            line(bar(row.end_value)),
        )

    def grid(rows: list[CompareRow], total: CompareRow | None = None) -> Grid:
        total_cells = None
        if total is not None:
            name = tr("compare.total", lang, count=len(rows)) + DERIVED
            total_cells = cells(total._replace(name=name, rank=None))
        return Grid(tuple(columns), tuple(map(cells, rows)), total_cells)

    blocks: list[Block] = [Heading(title), grid(ranked, view.total)]
    if unranked:
        blocks += [Heading(tr("compare.groups", lang)), grid(unranked)]
    units = tr(f"compare.units_{by}", lang)
    sort = tr(f"compare.sort.{view.sort}", lang, end=view.end, rank=rank)
    shown = tr(
        "compare.shown", lang, shown=len(ranked), count=view.available, units=units, sort=sort
    )
    if view.below_min and view.min_value is not None:
        value = fmt.integer(view.min_value // 1_000_000, lang)
        shown += tr("compare.below_min", lang, count=view.below_min, value=value, end=view.end)
    blocks.append(Paragraph(line(shown), muted=True))
    growth_note = (
        tr("compare.yoy", lang)
        if view.growth_kind == "yoy"
        else tr("compare.cagr", lang, years=view.end - view.start)
    )
    metric = tr(f"metric.{view.metric.value}", lang).lower()
    share = tr("compare.share", lang, home=view.home, metric=metric, end=view.end)
    note = tr(
        "compare.note",
        lang,
        d=DERIVED,
        source="], [".join(view.trade_sources),
        start=start_label,
        end=end_label,
        growth=growth_note,
        share=share if shares else "",
        ranked=view.ranked,
        units=units,
    )
    if any(r.end_value is not None and r.end_value < 0 for r in everything):
        note += " " + tr("compare.negative", lang)
    blocks.append(Paragraph(line(note), muted=True))
    if view.series == "bi":
        key = "compare.bi_fdi_note" if view.metric.value == "fdi" else "compare.bi_note"
        blocks.append(Paragraph(line(tr(key, lang, start=start_label, end=end_label)), muted=True))
    reported = [r for r in everything if r.reported_growth_pct is not None and r.reported_source]
    if reported:  # beside the grid, not in it: a citation would make every row too wide
        blocks.append(Heading(tr("show.reported", lang)))
        items = []
        for r in reported:
            assert r.reported_growth_pct is not None and r.reported_source is not None
            difference = "-"
            if r.growth_pct is not None:
                points = fmt.points(r.growth_pct - r.reported_growth_pct, lang)
                difference = tr("compare.points", lang, value=points)
            text = tr(
                "compare.reported",
                lang,
                name=r.name,
                reported=fmt.stated_percent(r.reported_growth_pct, lang),
                cite="{cite}",
                computed=fmt.percent(r.growth_pct, 2, lang) or "-",
                difference=difference,
                d=DERIVED,
            )
            before, after = text.split("{cite}")
            items.append(Bullet(line(before, cite(r.reported_source), after)))
        blocks += [Bullets(tuple(items)), Paragraph(line(tr("compare.reported_note", lang)), True)]
    missing = [
        tr("compare.missing_count", lang, region=r.name, count=r.partners_missing)
        for r in (*everything, *([view.total] if view.total else []))
        if r.partners_missing
    ]
    if missing:
        counts = "; ".join(missing)
        text = tr("compare.missing", lang, start=view.start, end=view.end, counts=counts)
        blocks.append(Paragraph(line(text), muted=True))
    return tuple(blocks)


@document.register(AlignmentCompareView)
def _alignment_compare(view: AlignmentCompareView, lang: str = "en") -> Document:
    by = "group" if view.by else "partner"
    title = tr(f"compare.un_title_{by}", lang, home=view.home, start=view.start, end=view.end)
    everything = [*view.rows, *view.sums]
    largest = max((r.end_value for r in everything if r.end_value is not None), default=0.0)
    columns = (
        figures(tr("col.rank", lang) + DERIVED),
        Column(tr("col.group" if view.by else "col.partner", lang)),
        figures(str(view.start) + DERIVED),
        figures(str(view.end) + DERIVED),
        figures(tr("col.change", lang) + DERIVED),
        figures(tr("col.band", lang, year=view.end) + DERIVED),
        chart(tr("col.bar", lang)),
    )

    def value(x: float | None) -> str:
        return "" if x is None else fmt.distance(x, lang)

    def cells(row: AlignmentRow) -> tuple[Line, ...]:
        band = ""
        if row.low is not None and row.high is not None:
            band = f"{fmt.distance(row.low, lang)}\u2013{fmt.distance(row.high, lang)}"
        change = "" if row.change is None else fmt.number(f"{row.change:+.2f}", lang)
        bar = ""
        if row.end_value is not None:  # in thousandths: `bar` takes whole numbers
            bar = fmt.bar(round(row.end_value * 1000), round(largest * 1000))
        return (
            line("" if row.rank is None else str(row.rank)),
            line(row.name),
            line(value(row.start_value)),
            line(value(row.end_value)),
            line(change),
            line(band),
            line(bar),
        )

    blocks: list[Block] = [Heading(title), Grid(columns, tuple(map(cells, view.rows)))]
    if view.sums:
        blocks += [Heading(tr("compare.groups", lang)), Grid(columns, tuple(map(cells, view.sums)))]
    units = tr(f"compare.units_{by}", lang)
    note = tr(
        "compare.un_note",
        lang,
        home=view.home,
        d=DERIVED,
        end=view.end,
        ranked=view.ranked,
        units=units,
        min=view.min_votes,
    )
    blocks.append(Paragraph(line(note + " ", cite(view.source)), muted=True))
    missing = [
        tr("compare.un_missing_count", lang, name=r.name, count=r.missing, members=r.members)
        for r in everything
        if r.members and r.missing
    ]
    if view.by or view.sums:
        blocks.append(Paragraph(line(tr("compare.un_groups", lang)), muted=True))
    if missing:
        blocks.append(Paragraph(line("; ".join(missing) + "."), muted=True))
    return tuple(blocks)


@document.register(UpdateView)
def _update(view: UpdateView, lang: str = "en") -> Document:
    out: list[Block] = [Heading(tr("update.title", lang))]
    years = ", ".join(str(year) for year in view.years)
    labels = ("file", "added") if not view.products else ("products_file", "products_added")
    file, added = (f"update.{label}" for label in labels)
    facts: list[tuple[str, Line]] = [(tr(file, lang), line(view.file))]
    if view.years:
        facts += [
            (tr("update.asked", lang), line(years)),
            (
                tr("update.calls", lang),
                line(tr("update.calls_value", lang, calls=view.calls, records=view.received)),
            ),
            (tr(added, lang), line(", ".join(map(str, view.added)) or "-")),
        ]
    if view.unavailable:
        facts.append((tr("update.unavailable", lang), line(", ".join(map(str, view.unavailable)))))
    if view.source:
        source = line(cite(view.source.id), " " + view.source.title)
        facts.append((tr("update.source", lang), source))
    out.append(Facts(tuple(facts)))
    if view.revisions:
        out.append(Heading(tr("update.revisions", lang, count=len(view.revisions))))
        columns = ("col.partner", "col.year", "update.col_flow", "update.col_old", "update.col_new")
        rows = tuple(
            (
                line(r.name),
                line(str(r.year)),
                line(tr(f"col.{r.flow}", lang)),
                line("" if r.old is None else fmt.integer(r.old, lang)),
                line("" if r.new is None else fmt.integer(r.new, lang)),
                line("" if r.difference is None else number_signed(r.difference, lang)),
            )
            for r in view.revisions
        )
        header = (
            Column(tr(columns[0], lang)),
            figures(tr(columns[1], lang)),
            Column(tr(columns[2], lang)),
            figures(tr(columns[3], lang)),
            figures(tr(columns[4], lang)),
            figures(tr("update.col_difference", lang)),
        )
        out.append(Grid(header, rows))
    if view.unknown:
        out.append(Heading(tr("update.unknown", lang, count=len(view.unknown))))
        out.append(
            Bullets(
                tuple(
                    Bullet(
                        line(
                            tr(
                                "update.unknown_item",
                                lang,
                                code=u.code or "?",
                                number="?" if u.number is None else u.number,
                                name=u.name or "?",
                                years=", ".join(map(str, u.years)),
                            )
                        )
                    )
                    for u in view.unknown
                )
            )
        )
    done = f"update.{'products_done' if view.products else 'done'}.{view.action}"
    out.append(Paragraph(line(tr(done, lang, file=view.file)), muted=True))
    return tuple(out)


@document.register(ProductsView)
def _products(view: ProductsView, lang: str = "en") -> Document:
    title = tr("products.title", lang, home=view.home, partner=view.name, year=view.year)
    out: list[Block] = [Heading(title, level=1)]
    for flow, rows, chapters in (
        ("exports", view.exports, view.chapters[0]),
        ("imports", view.imports, view.chapters[1]),
    ):
        key = f"products.{flow}" if rows else f"products.{flow}_none"
        out.append(Heading(tr(key, lang, partner=view.name, count=len(rows), chapters=chapters)))
        if rows:
            out.append(product_grid(rows, lang))
        else:
            out.append(Paragraph(line(tr("products.no_flow", lang)), muted=True))
    note = tr(
        "products.note",
        lang,
        d=DERIVED,
        exports=fmt.millions(view.exports_total, lang) or "-",
        imports=fmt.millions(view.imports_total, lang) or "-",
        years=", ".join(map(str, view.years)),
        id=view.source.id,
    )
    out.append(Paragraph(line(note), muted=True))
    out.append(Heading(tr("show.sources", lang)))
    out.append(Bullets((Bullet(source_line(view.source, lang)),)))
    return tuple(out)


def product_grid(rows: tuple[ProductRow, ...], lang: str) -> Grid:
    columns = (
        figures(tr("col.rank", lang)),
        whole(tr("col.hs", lang)),
        Column(tr("col.product", lang)),
        figures(tr("col.usd_million", lang)),
        figures(tr("col.share", lang) + DERIVED),
    )
    cells = tuple(
        (
            line(str(row.rank)),
            line(row.code),
            line(row.name),
            line(fmt.millions(row.value, lang)),
            line(fmt.share(row.share_pct, lang)),
        )
        for row in rows
    )
    return Grid(columns, cells)


def number_signed(value: int, lang: str) -> str:
    """A whole difference with its sign: `+1,234`, `-56`."""
    return ("+" if value > 0 else "") + fmt.integer(value, lang)


@document.register(WorldView)
def _world(view: WorldView, lang: str = "en") -> Document:
    largest = max((row.total for row in view.trade if row.total is not None), default=0)
    bars = tuple(line(fmt.bar(row.total, largest, 16)) for row in view.trade)
    grid = trade_grid(view.trade, chart(tr("col.bar", lang)), bars, lang, shares=False)
    source = ", ".join(s.id for s in view.sources)
    note = tr("world.note", lang, source=source, d=DERIVED, home=view.home)
    return (
        Heading(tr("world.title", lang, home=view.home), level=1),
        grid,
        Paragraph(line(note), muted=True),
        *sources_block(view.sources, lang),
    )


@document.register(BriefView)
def _brief(view: BriefView, lang: str = "en") -> Document:
    p = view.profile
    first, second = (p.name_id, p.name_en) if lang == "id" else (p.name_en, p.name_id)
    region = tr("show.group", lang, region=p.region, group=p.group) if p.group else p.region
    facts: list[tuple[str, Line]] = [
        (tr("show.region", lang), line(region)),
        (tr("show.since", lang), relations(p, lang)),
    ]
    latest = next((row for row in reversed(p.trade) if row.total is not None), None)
    if latest is not None:
        text = fmt.money(latest.total or 0, lang=lang) + DERIVED
        if latest.change_pct is not None:
            text += ", " + tr(
                "brief.change",
                lang,
                change=fmt.percent(latest.change_pct, lang=lang) + DERIVED,
                year=latest.year - 1,
            )
        label = tr("brief.trade", lang, year=latest.year)
        facts.append((label, line(text + " ", cite(latest.source or p.trade_source or ""))))
    if p.groups:
        shared = ", ".join(g.short for g in p.groups if g.home_member)
        facts.append((tr("brief.groups", lang, home=p.home), line(shared or "-")))
    agreements = ", ".join(
        f"{a.short} ({tr(f'status.{a.status.value}', lang)})" for a in p.agreements
    )
    facts.append((tr("brief.agreements", lang), line(agreements or tr("brief.none", lang))))
    more = tr("brief.more", lang, id=p.id)
    return (
        Heading(first if first == second else f"{first} / {second}", level=1),
        Facts(tuple(facts)),
        Paragraph(line(more), muted=True),
    )
