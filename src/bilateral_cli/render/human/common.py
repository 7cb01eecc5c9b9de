"""The wording shared by the families of views: the registry every family adds to
(`wording`), sources and citations, the trade grid."""

from __future__ import annotations

from functools import singledispatch
from typing import TYPE_CHECKING

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
    cite,
    figures,
    line,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bilateral_cli.model import Source
    from bilateral_cli.trade import TradeRow
    from bilateral_cli.views.cooperation import (
        GroupTradeRow,
    )

DERIVED = "*"


@singledispatch
def wording(view: object, lang: str = "en") -> Document:
    """The blocks a person reads for `view`, in order, in `lang`: each family's module
    registers its views (see `human.document`, which imports the family of a view)."""
    raise TypeError(f"no human form for {type(view).__name__}")


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
