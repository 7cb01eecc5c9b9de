"""The wording of `validate` and `update`."""

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
    cite,
    figures,
    line,
)
from bilateral_cli.render.human.common import (
    wording,
)
from bilateral_cli.views.maintenance import UpdateView, ValidationView

if TYPE_CHECKING:
    from bilateral_cli.errors import Problem


@wording.register(ValidationView)
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


@wording.register(UpdateView)
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


def number_signed(value: int, lang: str) -> str:
    """A whole difference with its sign: `+1,234`, `-56`."""
    return ("+" if value > 0 else "") + fmt.integer(value, lang)
