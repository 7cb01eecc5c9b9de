"""The human format: Rich tables and text built from view data.

Every data string enters Rich as a `Text` (never as markup) after `clean`, so a name holding
`[bold]` or an escape sequence prints as the characters it is.
"""

from __future__ import annotations

from functools import singledispatch

from rich import box
from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from bilateral_cli import fmt
from bilateral_cli.model import Basis, Measure, PartnerKind, Source
from bilateral_cli.text import clean
from bilateral_cli.views import (
    AboutView,
    GoalsView,
    ListRow,
    ListView,
    ProfileView,
    RegionsView,
    ReportedView,
    SourcesView,
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


def t(text: str, style: str = "") -> Text:
    """Data as a literal, terminal-safe `Text`."""
    return Text(clean(text), style=style)


def heading(text: str) -> Text:
    """A section title, set off from what comes before by a blank line."""
    return Text.assemble("\n", (text, "bold"))


def label(text: str) -> Text:
    return Text(text, style="bold")


def cite(source_id: str) -> Text:
    return t(f"[{source_id}]", "dim")


def _table(*columns: str, right: tuple[int, ...] = (), nowrap: tuple[int, ...] = ()) -> Table:
    """A plain table; `right` columns are figures, `nowrap` columns never break a value."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for i, name in enumerate(columns):
        table.add_column(
            name, justify="right" if i in right else "left", overflow="fold", no_wrap=i in nowrap
        )
    return table


@singledispatch
def render_table(view: object) -> list[RenderableType]:
    """The renderables for a view, in order; the caller prints them."""
    raise TypeError(f"no table renderer for {type(view).__name__}")


@render_table.register
def _list(view: ListView) -> list[RenderableType]:
    title = f"{view.home}'s partners"
    if view.region_filter:
        title += f" in {view.region_filter}"
    table = _table(
        "Partner",
        "Region",
        "Relations since",
        "Trade",
        "Year",
        f"Change{DERIVED}",
        right=(3, 4, 5),
        nowrap=(2, 3, 4, 5),
    )
    for row in view.rows:
        table.add_row(
            t(row.name),
            t(row.region),
            Text(_since_cell(row)),
            Text(fmt.money(row.latest_total) if row.latest_total is not None else ""),
            Text(str(row.latest_year) if row.latest_year is not None else ""),
            Text(fmt.percent(row.change_pct)),
        )
    count = f"{len(view.rows)} partner{'s' if len(view.rows) != 1 else ''}, sorted by {view.sort}."
    note = (
        f"Trade: latest year's exports + imports{DERIVED}; change on the year before{DERIVED}; "
        "blank where unknown."
    )
    if view.trade_source:
        source = view.trade_source
        note += f" Source: [{source.id}] {source.title} (see `bilateral sources`)."
    return [heading(title), table, t(count, "dim"), t(note, "dim")]


KINDS = {
    PartnerKind.TERRITORY: "territory",
    PartnerKind.FORMER: "former economy",
    PartnerKind.OTHER: "not a state",
}


def _since_cell(row: ListRow) -> str:
    if row.since is not None:
        return fmt.date(row.since)
    if row.kind is not PartnerKind.COUNTRY:
        return f"({KINDS[row.kind]})"
    return "none" if row.no_relations else ""


@render_table.register
def _profile(view: ProfileView) -> list[RenderableType]:
    out: list[RenderableType] = []
    names = view.name_en if view.name_en == view.name_id else f"{view.name_en} / {view.name_id}"
    out.append(t(names, "bold"))
    facts = _table("", "", right=())
    facts.show_header = False
    facts.add_row(label("Id"), t(view.id))
    facts.add_row(label("ISO 3166-1"), t(f"{view.iso2} / {view.iso3}"))
    region = view.region + (f" (group: {view.group})" if view.group else "")
    facts.add_row(label("Region"), t(region))
    if view.aliases:
        facts.add_row(label("Also found as"), t(", ".join(view.aliases)))
    facts.add_row(label("Relations since"), _relations(view))
    for event in view.events:
        line = Text.assemble(
            t(f"{event.kind.value.capitalize()} {fmt.date(event.date)}"),
            t(f" ({event.note})" if event.note else ""),
            " ",
            cite(event.source),
        )
        facts.add_row(label("Relations"), line)
    out.append(facts)

    if view.highlights:
        out.append(heading("Highlights"))
        for item in view.highlights:
            when = f"{fmt.date(item.date)}: " if item.date else ""
            out.append(_bullet(Text.assemble(t(when + item.text), " ", cite(item.source))))

    if view.reported:
        out.append(heading("As published (figures exactly as the source states them)"))
        for figure in view.reported:
            out.append(_bullet(_reported(figure)))
            if figure.series is not None:
                out.append(Padding(_comparison(figure), (0, 0, 0, 4)))

    if view.trade:
        out.append(
            heading(f"Trade with {view.home}, USD million (exports = {view.home}'s exports)")
        )
        table = _table(
            "Year",
            "Exports",
            "Imports",
            f"Total{DERIVED}",
            f"Balance{DERIVED}",
            f"Change{DERIVED}",
            f"Share{DERIVED}",
            right=(0, 1, 2, 3, 4, 5, 6),
        )
        for row in view.trade:
            table.add_row(
                str(row.year),
                fmt.millions(row.exports),
                fmt.millions(row.imports),
                fmt.millions(row.total),
                fmt.millions(row.balance),
                fmt.percent(row.change_pct),
                fmt.share(row.share_pct),
            )
        out.append(table)
        out.append(
            t(
                f"Series: {view.trade_source}. {DERIVED_NOTE} Balance < 0: {view.home}'s "
                f"deficit. Share: of {view.home}'s total trade with the world.",
                "dim",
            )
        )
    else:
        out.append(t("No trade series in the dataset.", "dim"))

    out.append(heading("Sources"))
    out.extend(Padding(_source_text(s), (0, 0, 0, 2)) for s in view.sources)
    return out


def _bullet(text: Text) -> Padding:
    return Padding(Text.assemble("• ", text), (0, 0, 0, 2))


def _reported(figure: ReportedView) -> Text:
    parts = [MEASURES[figure.measure], figure.period]
    figure_text = _figure(figure)
    if figure_text:
        parts.append(figure_text)
    if figure.growth_pct is not None:
        parts.append(fmt.stated_percent(figure.growth_pct))
    return Text.assemble(
        t(": ".join(parts[:2]) + ": " + ", ".join(parts[2:])), " ", cite(figure.source)
    )


def _relations(view: ProfileView) -> Text:
    if view.no_relations is not None:
        note = f" ({view.no_relations.note})" if view.no_relations.note else ""
        return Text.assemble(
            t("no diplomatic relations" + note), " ", cite(view.no_relations.source)
        )
    if view.kind is not PartnerKind.COUNTRY:
        return t(f"none of its own ({KINDS[view.kind]})")
    if not view.established:
        return t("no established relations recorded")
    parts: list[Text] = []
    for claim in view.established:
        parts.append(Text.assemble(t(fmt.date(claim.date)), " ", cite(claim.source)))
    line = Text("; ").join(parts)
    if not view.claims_agree:
        line.append(" (sources disagree)", style="bold")
    return line


def _figure(figure: ReportedView) -> str:
    if figure.rank is not None:
        text = f"No. {figure.rank}"
        return f"{text} {figure.scope}" if figure.scope else text
    if figure.value_usd is None:
        return ""
    if figure.measure is Measure.TRADE_BALANCE:
        kind = "deficit" if figure.value_usd < 0 else "surplus"
        return f"{kind} {fmt.money(abs(figure.value_usd), exact=True)}"
    return fmt.money(figure.value_usd, exact=True)


def _comparison(figure: ReportedView) -> Text:
    """The official series for the same year, and whether the two can be compared at all."""
    series = figure.series
    assert series is not None
    value = "unknown" if series.value is None else fmt.money(series.value)
    if figure.measure is Measure.TRADE_BALANCE and series.value is not None:
        kind = "deficit" if series.value < 0 else "surplus"
        value = f"{kind} {fmt.money(abs(series.value))}"
    text = f"Official series, calendar {series.year}: {value}{DERIVED}"
    if figure.growth_pct is not None and series.growth_pct is not None:
        text += f", {fmt.percent(series.growth_pct, 2)}{DERIVED}"
    if not series.same_basis:
        text += (
            f". Not the same period: the publication compares with the {BASES[figure.basis]}, "
            "not a calendar year"
        )
    return Text.assemble("↳ ", t(text), " ", cite(series.source))


def _source_text(source: Source) -> Text:
    return Text.assemble(cite(source.id), " ", t(_source_line(source)))


def _source_line(source: Source) -> str:
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
    parts.append(f"Licence: {source.licence}")
    return ", ".join(parts[:-1]) + ". " + parts[-1] + "."


@render_table.register
def _goals(view: GoalsView) -> list[RenderableType]:
    table = _table("#", "Goal", "Why", right=(0,))
    for goal in view.goals:
        table.add_row(str(goal.number), t(goal.title, "bold"), t(goal.description))
    return [
        heading(f"The {len(view.goals)} goals of bilateral cooperation"),
        table,
        Text.assemble(t("Source: ", "dim"), _source_text(view.source)),
    ]


@render_table.register
def _regions(view: RegionsView) -> list[RenderableType]:
    table = _table("Region", "Id", "Group", "Partners in dataset", right=(3,))
    for row in view.regions:
        table.add_row(t(row.name), t(row.id, "dim"), t(row.group or ""), str(row.partners))
    table.add_section()
    table.add_row(label("Total"), "", "", str(view.partners_in_dataset))
    groups = _table("Group", "Id", "Regions", "Partners", right=(3,))
    for group in view.groups:
        groups.add_row(
            t(group.name), t(group.id, "dim"), t(", ".join(group.regions)), str(group.partners)
        )
    territories = view.reported_special_territories
    reported = (
        f"Reported: {view.home} cooperates bilaterally with {view.reported_countries} countries "
        f"and {territories} special {'territory' if territories == 1 else 'territories'} "
        "(a publication's count, not the number of partners in this dataset)."
    )
    return [
        heading(f"{view.home}'s foreign-ministry regions"),
        table,
        heading("Groups accepted by --region"),
        groups,
        Text.assemble(t(reported), " ", cite(view.source.id)),
        heading("How partners are assigned to regions"),
        t(view.rule),
        Text.assemble(t("Source: ", "dim"), _source_text(view.source)),
    ]


@render_table.register
def _about(view: AboutView) -> list[RenderableType]:
    return [
        heading("What bilateral cooperation is"),
        t(view.definition),
        heading("Principle"),
        t(view.principle),
        heading("Fields it spans"),
        t(", ".join(view.fields)),
        heading(f"In {view.home}'s practice"),
        *(Padding(Text.assemble("• ", t(c)), (0, 0, 0, 2)) for c in view.context),
        Text.assemble(t("Source: ", "dim"), _source_text(view.source)),
    ]


@render_table.register
def _sources(view: SourcesView) -> list[RenderableType]:
    out: list[RenderableType] = [heading("Sources cited by the dataset")]
    for source in view.sources:
        facts = _table("", "")
        facts.show_header = False
        facts.add_row(label("Id"), t(source.id, "bold"))
        facts.add_row(label("Publisher"), t(source.publisher))
        if source.author:
            facts.add_row(label("Author"), t(source.author))
        facts.add_row(label("Title"), t(source.title))
        facts.add_row(label("Date"), t(source.date))
        if source.via:
            facts.add_row(label("Via"), t(source.via))
        facts.add_row(label("URL"), t(source.url or "not recorded"))
        if source.dataset:
            facts.add_row(label("Dataset"), t(source.dataset))
        facts.add_row(label("Licence"), t(source.licence))
        if source.note:
            facts.add_row(label("Note"), t(source.note.en))
        out.extend([facts, Text("")])
    return out
