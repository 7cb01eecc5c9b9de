"""The command line: parse arguments, ask the domain, hand the view to a renderer.

Nothing here computes or formats data. Domain errors become one message on stderr and the
exit status their class names (see `errors.ExitStatus`).
"""

from __future__ import annotations

import functools
import inspect
import signal
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from bilateral_cli import __version__
from bilateral_cli.choices import OutputFormat, SortKey
from bilateral_cli.env import Environment
from bilateral_cli.errors import BilateralError

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset
    from bilateral_cli.views import View

EPILOG = (
    "Exit status: 0 success, 1 other error, 2 usage error (bad option or region), "
    "3 unknown partner, 4 invalid dataset, 130 interrupted."
)

app = typer.Typer(
    name="bilateral",
    help=(
        "Offline reference to Indonesia's bilateral relations: partners, regions, relations "
        "dates and trade, every figure with its source."
    ),
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Settings:
    """What the global and output options chose, shared with commands through the context."""

    data: Path | None
    env: Environment
    output: OutputFormat = OutputFormat.TABLE


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


_OUTPUT_PARAMETERS = (
    inspect.Parameter(
        "output",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=OutputFormat,
        default=typer.Option(
            OutputFormat.TABLE,
            "--format",
            "-f",
            help="table for people; json, csv or markdown for scripts and documents.",
        ),
    ),
    inspect.Parameter(
        "no_color",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=bool,
        default=typer.Option(False, "--no-color", help="No colour or styles (also: NO_COLOR=1)."),
    ),
)


def data_command(command: F) -> F:
    """Give a command `--format` and `--no-color`, and turn domain errors into exit statuses.

    Every command that prints data uses this, so they all take the same output options and
    fail the same way: one message on stderr, nothing on stdout.
    """

    @functools.wraps(command)
    def wrapper(*args: Any, output: OutputFormat, no_color: bool, **kwargs: Any) -> Any:
        settings: Settings = kwargs["ctx"].obj
        settings.output = output
        settings.env.no_color = no_color
        try:
            return command(*args, **kwargs)
        except BilateralError as exc:
            settings.env.error(exc.message)
            raise typer.Exit(int(exc.status)) from None

    signature = inspect.signature(command)
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), *_OUTPUT_PARAMETERS]
    )
    wrapper.__annotations__ = {
        **command.__annotations__,
        "output": OutputFormat,
        "no_color": bool,
    }
    return wrapper  # type: ignore[return-value]


def _dataset(ctx: typer.Context) -> Dataset:
    from bilateral_cli.loader import load_dataset

    settings: Settings = ctx.obj
    return load_dataset(settings.data)


def _show(ctx: typer.Context, view: View) -> None:
    from bilateral_cli.render import render

    settings: Settings = ctx.obj
    settings.env.output(render(view, settings.output))


def _complete_partner(ctx: typer.Context, incomplete: str) -> list[str]:
    """Partner ids and names (either language) that start with what has been typed."""
    from bilateral_cli.queries import completions

    return completions(_completion_dataset(ctx), incomplete, "partner")


def _complete_region(ctx: typer.Context, incomplete: str) -> list[str]:
    """Region and group ids and names that start with what has been typed."""
    from bilateral_cli.queries import completions

    return completions(_completion_dataset(ctx), incomplete, "region")


def _completion_dataset(ctx: typer.Context) -> Dataset:
    from bilateral_cli.loader import load_dataset

    root = ctx.find_root()
    data = root.params.get("data") if root.params else None
    return load_dataset(Path(data) if data else None)


@app.command("list")
@data_command
def list_command(
    ctx: typer.Context,
    region: str | None = typer.Option(
        None,
        "--region",
        "-r",
        help="A region id or name (either language), or a group: americas, europe, asia.",
        autocompletion=_complete_region,
    ),
    sort: SortKey = typer.Option(SortKey.NAME, "--sort", "-s", help="Order of the rows."),
) -> None:
    """List partners with region, relations date and latest trade.

    Example: bilateral list --region americas --sort trade
    """
    from bilateral_cli.queries import list_view

    _show(ctx, list_view(_dataset(ctx), region=region, sort=sort))


@app.command("show")
@data_command
def show_command(
    ctx: typer.Context,
    partner: str = typer.Argument(
        ...,
        metavar="PARTNER",
        help="Partner name (Indonesian or English), ISO code, id or alias.",
        autocompletion=_complete_partner,
    ),
) -> None:
    """Show one partner's profile: relations, highlights, reported figures, trade, sources.

    Example: bilateral show canada   (also: kanada, CA, CAN)
    """
    from bilateral_cli.queries import find_partner, profile_view

    dataset = _dataset(ctx)
    _show(ctx, profile_view(dataset, find_partner(dataset, partner)))


@app.command("goals")
@data_command
def goals_command(ctx: typer.Context) -> None:
    """The six goals of bilateral cooperation.

    Example: bilateral goals
    """
    from bilateral_cli.queries import goals_view

    _show(ctx, goals_view(_dataset(ctx)))


@app.command("regions")
@data_command
def regions_command(ctx: typer.Context) -> None:
    """The eight regions, their partner counts and the groups --region accepts.

    Example: bilateral regions
    """
    from bilateral_cli.queries import regions_view

    _show(ctx, regions_view(_dataset(ctx)))


@app.command("about")
@data_command
def about_command(ctx: typer.Context) -> None:
    """What bilateral cooperation is, its principle and the fields it spans.

    Example: bilateral about
    """
    from bilateral_cli.queries import about_view

    _show(ctx, about_view(_dataset(ctx)))


@app.command("sources")
@data_command
def sources_command(ctx: typer.Context) -> None:
    """Every source the dataset cites: publisher, title, date, URL, licence.

    Example: bilateral sources
    """
    from bilateral_cli.queries import sources_view

    _show(ctx, sources_view(_dataset(ctx)))


@app.command("validate")
@data_command
def validate_command(
    ctx: typer.Context,
    path: Path | None = typer.Argument(
        None, metavar="[PATH]", help="Dataset file (default: --data, else the bundled one)."
    ),
) -> None:
    """Check a dataset: every error with file:line:column and path, and warnings.

    Exit status 0 when valid (warnings or not), 4 when not.

    Example: bilateral validate my-partners.yaml --format json
    """
    from bilateral_cli.validation import validate

    settings: Settings = ctx.obj
    report = validate(path or settings.data)
    _show(ctx, report)
    if not report.valid:
        raise typer.Exit(4)


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: end with 130, the shell's code for SIGINT, and no traceback or 'Aborted!'."""
    raise SystemExit(128 + signum)


def main(prog_name: str | None = None) -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGINT, _interrupted)
    if hasattr(signal, "SIGPIPE"):  # `bilateral list | head` ends quietly, as Unix tools do
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    app(prog_name=prog_name)
