"""The command line: parse arguments, ask the domain, hand the view to a renderer.

Nothing here computes or formats data. Domain errors become one message on stderr and the
exit status their class names (see `errors.ExitStatus`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from bilateral_cli import __version__
from bilateral_cli.choices import SortKey
from bilateral_cli.env import Environment
from bilateral_cli.errors import BilateralError

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset
    from bilateral_cli.views import View

EPILOG = (
    "Exit status: 0 success, 1 other error, 2 usage error (bad option or region), "
    "3 unknown partner, 4 invalid dataset."
)

app = typer.Typer(
    name="bilateral",
    help=(
        "Offline reference to Indonesia's bilateral relations: partners, regions, relations "
        "dates and trade, every figure with its source."
    ),
    epilog=EPILOG,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Settings:
    """What the global options chose, shared with every command through the context."""

    data: Path | None
    env: Environment


def _version(value: bool) -> None:
    if value:
        typer.echo(f"bilateral {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Path | None = typer.Option(
        None,
        "--data",
        envvar="BILATERAL_DATA",
        help="Use this dataset file instead of the bundled one (env: BILATERAL_DATA).",
        dir_okay=True,
        exists=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """Offline reference to Indonesia's bilateral relations."""
    ctx.obj = Settings(data=data, env=Environment())


def handles_errors(command: F) -> F:
    """Turn domain errors into one message on stderr and their exit status."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        settings: Settings = kwargs["ctx"].obj
        try:
            return command(*args, **kwargs)
        except BilateralError as exc:
            settings.env.error(exc.message)
            raise typer.Exit(int(exc.status)) from None

    return wrapper  # type: ignore[return-value]


def _dataset(ctx: typer.Context) -> Dataset:
    from bilateral_cli.loader import load_dataset

    settings: Settings = ctx.obj
    return load_dataset(settings.data)


def _show(ctx: typer.Context, view: View) -> None:
    from bilateral_cli.render.table import render_table

    settings: Settings = ctx.obj
    settings.env.show(render_table(view))


@app.command("list")
@handles_errors
def list_command(
    ctx: typer.Context,
    region: str | None = typer.Option(
        None,
        "--region",
        "-r",
        help="A region id or name (either language), or a group: americas, europe, asia.",
    ),
    sort: SortKey = typer.Option(SortKey.NAME, "--sort", "-s", help="Order of the rows."),
) -> None:
    """List partners with region, relations date and latest trade.

    Example: bilateral list --region americas --sort trade
    """
    from bilateral_cli.queries import list_view

    _show(ctx, list_view(_dataset(ctx), region=region, sort=sort))


@app.command("show")
@handles_errors
def show_command(
    ctx: typer.Context,
    partner: str = typer.Argument(
        ..., metavar="PARTNER", help="Partner name (Indonesian or English), ISO code, id or alias."
    ),
) -> None:
    """Show one partner's profile: relations, highlights, reported figures, trade, sources.

    Example: bilateral show canada   (also: kanada, CA, CAN)
    """
    from bilateral_cli.queries import find_partner, profile_view

    dataset = _dataset(ctx)
    _show(ctx, profile_view(dataset, find_partner(dataset, partner)))


@app.command("goals")
@handles_errors
def goals_command(ctx: typer.Context) -> None:
    """The six goals of bilateral cooperation.

    Example: bilateral goals
    """
    from bilateral_cli.queries import goals_view

    _show(ctx, goals_view(_dataset(ctx)))


@app.command("regions")
@handles_errors
def regions_command(ctx: typer.Context) -> None:
    """The eight regions, their partner counts and the groups --region accepts.

    Example: bilateral regions
    """
    from bilateral_cli.queries import regions_view

    _show(ctx, regions_view(_dataset(ctx)))


@app.command("about")
@handles_errors
def about_command(ctx: typer.Context) -> None:
    """What bilateral cooperation is, its principle and the fields it spans.

    Example: bilateral about
    """
    from bilateral_cli.queries import about_view

    _show(ctx, about_view(_dataset(ctx)))


@app.command("sources")
@handles_errors
def sources_command(ctx: typer.Context) -> None:
    """Every source the dataset cites: publisher, title, date, URL, licence.

    Example: bilateral sources
    """
    from bilateral_cli.queries import sources_view

    _show(ctx, sources_view(_dataset(ctx)))


def main(prog_name: str | None = None) -> None:
    """Console-script entry point."""
    try:
        app(prog_name=prog_name)
    except KeyboardInterrupt:  # pragma: no cover - needs a real signal
        raise SystemExit(130) from None
