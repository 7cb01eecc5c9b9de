"""The wording of `goals`, `regions`, `about` and `sources`."""

from __future__ import annotations

import bilateral_cli.render.fmt as fmt
from bilateral_cli.messages import tr
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
    cite,
    figures,
    line,
    whole,
)
from bilateral_cli.render.human.common import (
    source_note,
    wording,
)
from bilateral_cli.views.reference import AboutView, GoalsView, RegionsView, SourcesView


@wording.register(GoalsView)
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


@wording.register(RegionsView)
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


@wording.register(AboutView)
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


@wording.register(SourcesView)
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
