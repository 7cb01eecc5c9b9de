"""The wording of `show PARTNER` (whole, brief, products, world) and `history`."""

from __future__ import annotations

import bilateral_cli.render.fmt as fmt
from bilateral_cli.alignment import overlap
from bilateral_cli.messages import tr
from bilateral_cli.model import Measure, PartialDate, PartnerKind
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
    whole,
)
from bilateral_cli.render.human.common import (
    DERIVED,
    source_line,
    sources_block,
    trade_grid,
    wording,
)
from bilateral_cli.render.human.cooperation import agreements_block
from bilateral_cli.views.profile import (
    BriefView,
    HistoryView,
    InvestmentView,
    ProductRow,
    ProductsView,
    ProfileView,
    ReportedView,
    WorldView,
)


@wording.register(ProfileView)
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


@wording.register(HistoryView)
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


@wording.register(ProductsView)
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


@wording.register(WorldView)
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


@wording.register(BriefView)
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
