"""The commands `bilateral list` and `bilateral search`.

Annotations here are evaluated, as in `base`.
"""

import typer

from bilateral_cli.commands.base import (
    data_command,
    dataset_of,
    every_field,
    group_option,
    lang_of,
    region_option,
    show,
)
from bilateral_cli.framework import ChoiceOf
from bilateral_cli.vocabulary import SortKey


@data_command
def list_command(
    ctx: typer.Context,
    region: str | None = region_option(),
    sort: SortKey = typer.Option(
        SortKey.NAME.value, "--sort", "-s", help="help.sort", click_type=ChoiceOf(SortKey)
    ),
    group: str | None = group_option(),
    since: int | None = typer.Option(None, "--since", metavar="metavar.year", help="help.since"),
    until: int | None = typer.Option(None, "--until", metavar="metavar.year", help="help.until"),
    year: int | None = typer.Option(
        None, "--year", "-y", metavar="metavar.year", help="help.list_year"
    ),
    kind: str | None = typer.Option(None, "--kind", metavar="metavar.kind", help="help.list_kind"),
    query: str | None = typer.Option(None, "--query", "-q", help="help.query"),
) -> None:
    """List partners with region, relations date and trade in one year."""
    from bilateral_cli.queries import list_view

    view = list_view(
        dataset_of(ctx),
        region=region,
        group=group,
        sort=sort,
        lang=lang_of(ctx),
        since=since,
        until=until,
        year=year,
        kind=kind,
        query=query,
        un_distance=every_field(ctx),
    )
    show(ctx, view)


@data_command
def search_command(
    ctx: typer.Context,
    text: list[str] = typer.Argument(..., metavar="TEXT", help="help.search_text"),
) -> None:
    """Partners whose names (either language), aliases or codes contain TEXT."""
    from bilateral_cli.queries import list_view

    query = " ".join(text)
    view = list_view(dataset_of(ctx), lang=lang_of(ctx), query=query, un_distance=every_field(ctx))
    show(ctx, view)


COMMANDS = {
    "list": list_command,
    "search": search_command,
}
