"""The wording of the human formats: each view as a `Document`.

All the sentences, headings and number formats a person reads live here, once, for both the
terminal table and Markdown.
"""

from __future__ import annotations

from functools import singledispatch

from bilateral_cli import fmt
from bilateral_cli.errors import Problem
from bilateral_cli.model import Basis, Measure, PartnerKind, Source
from bilateral_cli.render.document import (
    Block,
    Bullet,
    Bullets,
    Document,
    Facts,
    Grid,
    Heading,
    Line,
    Paragraph,
    Span,
    cite,
    line,
)
from bilateral_cli.views import (
    AboutView,
    GoalsView,
    ListRow,
    ListView,
    ProfileView,
    RegionsView,
    ReportedView,
    SourcesView,
    ValidationView,
)

DERIVED = "*"
DERIVED_NOTE = f"{DERIVED} derived by bilateral from the series, not published figures."
MEASURES = {
    Measure.TRADE_TOTAL: "Trade total",
    Measure.EXPORTS: "Exports",
    Measure.IMPORTS: "Imports",
    Measure.TRADE_BALANCE: "Trade balance",
    Measure.NON_OIL_GAS_EXPORTS: "Non-oil-and-gas exports",
    Measure.TRADING_PARTNER_RANK: "Trading partner rank",
    Measure.EXPORT_DESTINATION_RANK: "Export destination rank",
}
BASES = {
    Basis.CALENDAR_YEAR: "calendar year",
    Basis.SAME_PERIOD: "same period a year earlier",
    Basis.UNSTATED: "period not stated",
}
KINDS = {
    PartnerKind.TERRITORY: "territory",
    PartnerKind.FORMER: "former economy",
    PartnerKind.OTHER: "not a state",
}


@singledispatch
def document(view: object) -> Document:
    """The blocks a person reads for `view`, in order."""
    raise TypeError(f"no human form for {type(view).__name__}")


@document.register
def _list(view: ListView) -> Document:
    title = f"{view.home}'s partners"
    if view.region_filter:
        title += f" in {view.region_filter}"
    rows = tuple(
        (
            line(row.name),
            line(row.region),
            line(since_cell(row)),
            line(fmt.money(row.latest_total) if row.latest_total is not None else ""),
            line(str(row.latest_year) if row.latest_year is not None else ""),
            line(fmt.percent(row.change_pct)),
        )
        for row in view.rows
    )
    grid = Grid(
        ("Partner", "Region", "Relations since", "Trade", "Year", f"Change{DERIVED}"),
        rows,
        right=(3, 4, 5),
        nowrap=(2, 3, 4, 5),
    )
    count = f"{len(view.rows)} partner{'s' if len(view.rows) != 1 else ''}, sorted by {view.sort}."
    note = (
        f"Trade: latest year's exports + imports{DERIVED}; change on the year before{DERIVED}; "
        "blank where unknown."
    )
    if view.trade_source:
        source = view.trade_source
        note += f" Source: [{source.id}] {source.title} (see `bilateral sources`)."
    return (Heading(title), grid, Paragraph(line(count), muted=True), Paragraph(line(note), True))


def since_cell(row: ListRow) -> str:
    if row.since is not None:
        return fmt.date(row.since)
    if row.kind is not PartnerKind.COUNTRY:
        return f"({KINDS[row.kind]})"
    return "none" if row.no_relations else ""


@document.register
def _profile(view: ProfileView) -> Document:
    names = view.name_en if view.name_en == view.name_id else f"{view.name_en} / {view.name_id}"
    facts: list[tuple[str, Line]] = [
        ("Id", line(view.id)),
        ("ISO 3166-1", line(f"{view.iso2} / {view.iso3}")),
        ("Region", line(view.region + (f" (group: {view.group})" if view.group else ""))),
    ]
    if view.aliases:
        facts.append(("Also found as", line(", ".join(view.aliases))))
    facts.append(("Relations since", relations(view)))
    for event in view.events:
        note = f" ({event.note})" if event.note else ""
        text = f"{event.kind.value.capitalize()} {fmt.date(event.date)}{note} "
        facts.append(("Relations", line(text, cite(event.source))))
    out: list[Block] = [Heading(names, level=1), Facts(tuple(facts))]

    if view.highlights:
        out.append(Heading("Highlights"))
        items = []
        for item in view.highlights:
            when = f"{fmt.date(item.date)}: " if item.date else ""
            items.append(Bullet(line(when + item.text + " ", cite(item.source))))
        out.append(Bullets(tuple(items)))

    if view.reported:
        out.append(Heading("As published (figures exactly as the source states them)"))
        out.append(
            Bullets(
                tuple(
                    Bullet(reported(f), (comparison(f),) if f.series is not None else ())
                    for f in view.reported
                )
            )
        )

    if view.trade:
        out.append(
            Heading(f"Trade with {view.home}, USD million (exports = {view.home}'s exports)")
        )
        rows = tuple(
            (
                line(str(row.year)),
                line(fmt.millions(row.exports)),
                line(fmt.millions(row.imports)),
                line(fmt.millions(row.total)),
                line(fmt.millions(row.balance)),
                line(fmt.percent(row.change_pct)),
                line(fmt.share(row.share_pct)),
            )
            for row in view.trade
        )
        columns = (
            "Year",
            "Exports",
            "Imports",
            f"Total{DERIVED}",
            f"Balance{DERIVED}",
            f"Change{DERIVED}",
            f"Share{DERIVED}",
        )
        out.append(Grid(columns, rows, right=(0, 1, 2, 3, 4, 5, 6)))
        note = (
            f"Series: {view.trade_source}. {DERIVED_NOTE} Balance < 0: {view.home}'s "
            f"deficit. Share: of {view.home}'s total trade with the world."
        )
        out.append(Paragraph(line(note), muted=True))
    else:
        out.append(Paragraph(line("No trade series in the dataset."), muted=True))

    out.append(Heading("Sources"))
    out.append(Bullets(tuple(Bullet(source_line(s)) for s in view.sources)))
    return tuple(out)


def relations(view: ProfileView) -> Line:
    if view.no_relations is not None:
        note = f" ({view.no_relations.note})" if view.no_relations.note else ""
        return line(f"no diplomatic relations{note} ", cite(view.no_relations.source))
    if view.kind is not PartnerKind.COUNTRY:
        return line(f"none of its own ({KINDS[view.kind]})")
    if not view.established:
        return line("no established relations recorded")
    parts: list[Span] = []
    for i, claim in enumerate(view.established):
        parts += [Span(("; " if i else "") + fmt.date(claim.date) + " "), cite(claim.source)]
    if not view.claims_agree:
        parts.append(Span(" (sources disagree)", "strong"))
    return tuple(parts)


def figure_text(figure: ReportedView) -> str:
    if figure.rank is not None:
        text = f"No. {figure.rank}"
        return f"{text} {figure.scope}" if figure.scope else text
    if figure.value_usd is None:
        return ""
    if figure.measure is Measure.TRADE_BALANCE:
        kind = "deficit" if figure.value_usd < 0 else "surplus"
        return f"{kind} {fmt.money(abs(figure.value_usd), exact=True)}"
    return fmt.money(figure.value_usd, exact=True)


def reported(figure: ReportedView) -> Line:
    values = [figure_text(figure)] if figure_text(figure) else []
    if figure.growth_pct is not None:
        values.append(fmt.stated_percent(figure.growth_pct))
    text = f"{MEASURES[figure.measure]}: {figure.period}: {', '.join(values)} "
    return line(text, cite(figure.source))


def comparison(figure: ReportedView) -> Line:
    """The official series for the same year, and whether the two can be compared at all."""
    series = figure.series
    assert series is not None
    value = "unknown" if series.value is None else fmt.money(series.value)
    if figure.measure is Measure.TRADE_BALANCE and series.value is not None:
        kind = "deficit" if series.value < 0 else "surplus"
        value = f"{kind} {fmt.money(abs(series.value))}"
    text = f"↳ Official series, calendar {series.year}: {value}{DERIVED}"
    if figure.growth_pct is not None and series.growth_pct is not None:
        text += f", {fmt.percent(series.growth_pct, 2)}{DERIVED}"
    if not series.same_basis:
        text += (
            f". Not the same period: the publication compares with the {BASES[figure.basis]}, "
            "not a calendar year"
        )
    return line(text + " ", cite(series.source))


def source_line(source: Source) -> Line:
    parts = [source.publisher]
    if source.author:
        parts.append(source.author)
    parts.append(f'"{source.title}"')
    parts.append(source.date)
    if source.via:
        parts.append(f"via {source.via}")
    if source.url:
        parts.append(source.url)
    if source.dataset:
        parts.append(source.dataset)
    text = ", ".join(parts) + f". Licence: {source.licence}."
    return line(cite(source.id), " " + text)


def source_note(source: Source) -> Paragraph:
    return Paragraph(line("Source: ", *source_line(source)), muted=True)


@document.register
def _goals(view: GoalsView) -> Document:
    rows = tuple(
        (line(str(g.number)), line(Span(g.title, "strong")), line(g.description))
        for g in view.goals
    )
    return (
        Heading(f"The {len(view.goals)} goals of bilateral cooperation"),
        Grid(("#", "Goal", "Why"), rows, right=(0,)),
        source_note(view.source),
    )


@document.register
def _regions(view: RegionsView) -> Document:
    rows = tuple(
        (line(r.name), line(Span(r.id, "muted")), line(r.group or ""), line(str(r.partners)))
        for r in view.regions
    )
    total = (line(Span("Total", "strong")), line(""), line(""), line(str(view.partners_in_dataset)))
    groups = tuple(
        (line(g.name), line(Span(g.id, "muted")), line(", ".join(g.regions)), line(str(g.partners)))
        for g in view.groups
    )
    territories = view.reported_special_territories
    reported_count = (
        f"Reported: {view.home} cooperates bilaterally with {view.reported_countries} countries "
        f"and {territories} special {'territory' if territories == 1 else 'territories'} "
        "(a publication's count, not the number of partners in this dataset). "
    )
    return (
        Heading(f"{view.home}'s foreign-ministry regions"),
        Grid(("Region", "Id", "Group", "Partners in dataset"), rows, right=(3,), total=total),
        Heading("Groups accepted by --region"),
        Grid(("Group", "Id", "Regions", "Partners"), groups, right=(3,)),
        Paragraph(line(reported_count, cite(view.source.id))),
        Heading("How partners are assigned to regions"),
        Paragraph(line(view.rule)),
        source_note(view.source),
    )


@document.register
def _about(view: AboutView) -> Document:
    return (
        Heading("What bilateral cooperation is"),
        Paragraph(line(view.definition)),
        Heading("Principle"),
        Paragraph(line(view.principle)),
        Heading("Fields it spans"),
        Paragraph(line(", ".join(view.fields))),
        Heading(f"In {view.home}'s practice"),
        Bullets(tuple(Bullet(line(c)) for c in view.context)),
        source_note(view.source),
    )


@document.register
def _sources(view: SourcesView) -> Document:
    out: list[Block] = [Heading("Sources cited by the dataset")]
    for source in view.sources:
        rows: list[tuple[str, Line]] = [
            ("Id", line(Span(source.id, "strong"))),
            ("Publisher", line(source.publisher)),
        ]
        if source.author:
            rows.append(("Author", line(source.author)))
        rows += [("Title", line(source.title)), ("Date", line(source.date))]
        if source.via:
            rows.append(("Via", line(source.via)))
        rows.append(("URL", line(source.url or "not recorded")))
        if source.dataset:
            rows.append(("Dataset", line(source.dataset)))
        rows.append(("Licence", line(source.licence)))
        if source.note:
            rows.append(("Note", line(source.note.en)))
        out.append(Facts(tuple(rows)))
    return tuple(out)


@document.register
def _validation(view: ValidationView) -> Document:
    def problem(p: Problem) -> Bullet:
        where = f"line {p.line}" + (f", column {p.column}" if p.column else "") if p.line else ""
        place = ", ".join(x for x in (where, p.path) if x)
        return Bullet(line(f"{place}: {p.message}" if place else p.message))

    if view.valid:
        summary = f"Valid: {view.partners} partners, {view.sources} sources."
    else:
        count = len(view.errors)
        summary = f"Invalid: {count} problem{'s' if count != 1 else ''}."
    out: list[Block] = [Heading(f"Dataset {view.file}", level=1), Paragraph(line(summary))]
    if view.errors:
        out += [Heading("Errors"), Bullets(tuple(problem(p) for p in view.errors))]
    if view.warnings:
        out += [Heading("Warnings"), Bullets(tuple(problem(p) for p in view.warnings))]
    return tuple(out)
