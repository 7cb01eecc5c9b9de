"""The wording of `compare`."""

from __future__ import annotations

import bilateral_cli.render.fmt as fmt
from bilateral_cli.messages import tr
from bilateral_cli.render.document import (
    Block,
    Bullet,
    Bullets,
    Column,
    Document,
    Grid,
    Heading,
    Line,
    Paragraph,
    chart,
    cite,
    figures,
    line,
)
from bilateral_cli.render.human.common import (
    DERIVED,
    wording,
)
from bilateral_cli.views.comparing import (
    AlignmentCompareView,
    AlignmentRow,
    CompareRow,
    CompareView,
)
from bilateral_cli.vocabulary.comparing import Metric


@wording.register(CompareView)
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


@wording.register(AlignmentCompareView)
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
