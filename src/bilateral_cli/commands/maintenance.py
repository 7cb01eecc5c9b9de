"""The commands `bilateral validate`, `cache` and `update`.

Annotations here are evaluated, as in `base`.
"""

import functools

import typer

from bilateral_cli.choice import StrChoice
from bilateral_cli.commands.base import (
    Settings,
    data_command,
    data_path_of,
    dataset_of,
    dataset_path,
    lang_of,
    refuse_export_onto,
    show,
)
from bilateral_cli.errors import ExitStatus
from bilateral_cli.framework import ChoiceOf
from bilateral_cli.messages import tr


class CacheAction(StrChoice):
    """What `bilateral cache` does (a choice of the command line, not of the domain)."""

    CLEAR = "clear"


@data_command
def validate_command(
    ctx: typer.Context,
    path: str | None = typer.Argument(None, metavar="metavar.optional_path", help="help.path"),
) -> None:
    """Check a dataset: every error with file:line:column and path, and warnings."""
    from bilateral_cli.validation import validate

    settings: Settings = ctx.obj
    given = settings.data if path is None else path
    if settings.export is not None:
        refuse_export_onto(settings.export, given or (str(data_path_of(ctx) or "") or None))
    report = validate(dataset_path(given) if given is not None else data_path_of(ctx))
    show(ctx, report)
    if not report.valid:
        raise typer.Exit(int(ExitStatus.BAD_DATASET))


def cache_command(
    ctx: typer.Context,
    action: CacheAction = typer.Argument(
        ..., metavar="metavar.action", help="help.cache_action", click_type=ChoiceOf(CacheAction)
    ),
) -> None:
    """Clear the cache of parsed `--data` files (see README, Speed)."""
    from bilateral_cli.dataset import cache

    settings: Settings = ctx.obj
    directory, removed = cache.clear()  # `clear` is the only action
    if directory is None:
        settings.env.output(tr("cache.off", settings.help_lang) + "\n")
    else:
        text = tr("cache.cleared", settings.help_lang, count=removed, dir=str(directory))
        settings.env.output(text + "\n")


@data_command
def update_command(
    ctx: typer.Context,
    years: str | None = typer.Option(None, "--years", metavar="metavar.years", help="help.years"),
    dry_run: bool = typer.Option(False, "--dry-run", help="help.dry_run"),
    reset: bool = typer.Option(False, "--reset", help="help.reset"),
    products: bool = typer.Option(False, "--products", help="help.update_products"),
) -> None:
    """Fetch the latest official trade figures from UN Comtrade into the user's dataset."""
    from bilateral_cli.update import run
    from bilateral_cli.userdata import dataset_path, products_path

    settings: Settings = ctx.obj
    lang = lang_of(ctx)
    target = products_path() if products else dataset_path()
    if reset:
        view = run.reset(target, dry_run, dataset_of(ctx), lang, products=products)
    else:

        def describe(calls: int, total: int, records: int) -> str:
            return tr("update.progress", lang, calls=calls, total=total, records=records)

        progress = functools.partial(settings.env.progress, describe=describe)
        fetch = run.update_products if products else run.update
        view = fetch(
            dataset_of(ctx), target, years=years, dry_run=dry_run, lang=lang, progress=progress
        )
    show(ctx, view)


COMMANDS = {
    "validate": validate_command,
    "cache": cache_command,
    "update": update_command,
}
