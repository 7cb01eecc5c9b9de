"""The commands `bilateral goals`, `regions`, `about` and `sources`.

Annotations here are evaluated, as in `base`.
"""

import typer

from bilateral_cli.commands.base import (
    Settings,
    data_command,
    data_path_of,
    dataset_of,
    lang_of,
    show,
)


@data_command
def goals_command(ctx: typer.Context) -> None:
    """The six goals of bilateral cooperation."""
    from bilateral_cli.reference import goals_view

    show(ctx, goals_view(dataset_of(ctx), lang_of(ctx)))


@data_command
def regions_command(ctx: typer.Context) -> None:
    """The eight regions, their partner counts and the groups --region accepts."""
    from bilateral_cli.reference import regions_view

    show(ctx, regions_view(dataset_of(ctx), lang_of(ctx)))


@data_command
def about_command(ctx: typer.Context) -> None:
    """What bilateral cooperation is, its principle and the fields it spans."""
    from bilateral_cli.reference import about_view

    show(ctx, about_view(dataset_of(ctx), lang_of(ctx)))


@data_command
def sources_command(ctx: typer.Context) -> None:
    """Every source the dataset cites: publisher, title, date, URL, licence."""
    from bilateral_cli.reference import sources_view
    from bilateral_cli.userdata import stamp

    settings: Settings = ctx.obj
    path = data_path_of(ctx)
    updated = stamp(path) if path is not None and settings.data is None else None
    show(ctx, sources_view(dataset_of(ctx), updated))


COMMANDS = {
    "goals": goals_command,
    "regions": regions_command,
    "about": about_command,
    "sources": sources_command,
}
