"""The wording of `agreements`, `groups` and `show GROUP`, and the agreements `show
PARTNER` lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    chart,
    cite,
    figures,
    line,
    whole,
)
from bilateral_cli.render.human.common import (
    DERIVED,
    sources_block,
    trade_grid,
    wording,
)
from bilateral_cli.views.cooperation import (
    AgreementRow,
    AgreementsView,
    CoverageView,
    GroupProfileView,
    GroupsView,
)

if TYPE_CHECKING:
    from bilateral_cli.model import PartialDate


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


@wording.register(AgreementsView)
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


@wording.register(CoverageView)
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


@wording.register(GroupsView)
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


@wording.register(GroupProfileView)
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
