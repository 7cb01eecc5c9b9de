"""What every command shares: the settings the global and output options chose, the output
options themselves, loading the dataset, showing a view, Tab completion of names.

Annotations here are evaluated (no `from __future__ import annotations`): Typer reads every
command's signature on every run, and string annotations would be compiled each time.
"""

import functools
import inspect
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from bilateral_cli.env import Environment
from bilateral_cli.errors import BilateralError, DatasetError, Problem, UsageProblem
from bilateral_cli.framework import ChoiceOf
from bilateral_cli.language import check_language, detect_language
from bilateral_cli.messages import LANGUAGES, msg
from bilateral_cli.vocabulary import OutputFormat

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset
    from bilateral_cli.views import View


F = TypeVar("F", bound=Callable[..., Any])


class Settings:
    """What the global and output options chose, shared with commands through the context.

    A plain class: a dataclass would cost the `dataclasses` import on every run.
    """

    def __init__(self, env: Environment, help_lang: str) -> None:
        self.data: str | None = None  # as given: `--data ""` is an error, not `.`
        self.env = env
        self.help_lang = help_lang  # the language of help and usage errors (see `main`)
        self.output = OutputFormat.TABLE
        self.lang = help_lang
        self.lang_option: str | None = None  # `bilateral --lang id show …`
        self.export: Path | None = None


_OUTPUT_PARAMETERS = (
    inspect.Parameter(
        "output",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=OutputFormat,
        default=typer.Option(
            OutputFormat.TABLE.value,
            "--format",
            "-f",
            help="help.format",
            click_type=ChoiceOf(OutputFormat),
        ),
    ),
    inspect.Parameter(
        "no_color",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=bool,
        default=typer.Option(False, "--no-color", help="help.no_color"),
    ),
    inspect.Parameter(
        "lang",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=str | None,
        default=typer.Option(None, "--lang", metavar="id|en", help="help.lang"),
    ),
    inspect.Parameter(
        "export",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=Path | None,
        default=typer.Option(None, "--export", metavar="metavar.file", help="help.export"),
    ),
)


DATA_COMMANDS: set[Callable[..., Any]] = set()


def data_command(command: F) -> F:
    """Mark a command as printing data: `build_cli` gives it the output options (see
    `with_output_options`) when it builds it, so a run pays for the command it runs only."""
    DATA_COMMANDS.add(command)
    return command


def with_output_options(command: F) -> F:
    """Give a command `--format`, `--no-color`, `--lang`, `--export`; map domain errors to statuses.

    Every command that prints data uses this, so they all take the same output options and
    fail the same way: one message on stderr, nothing on stdout.
    """

    @functools.wraps(command)
    def wrapper(
        *args: Any,
        output: OutputFormat,
        no_color: bool,
        lang: str | None,
        export: Path | None,
        **kwargs: Any,
    ) -> Any:
        settings: Settings = kwargs["ctx"].obj
        settings.output = output
        settings.env.no_color = no_color
        try:
            settings.lang = check_language(lang or settings.lang_option or detect_language([]))
            if export is not None:
                if export.suffix.lower() not in (".svg", ".html"):
                    raise UsageProblem(msg("error.export", file=str(export)))
                if output is not OutputFormat.TABLE:
                    raise UsageProblem(msg("error.export_format"))
                refuse_export_onto(export, settings.data)
                settings.export = export
                settings.env.record = True
            return command(*args, **kwargs)
        except BilateralError as exc:
            message_lang = settings.lang if settings.lang in LANGUAGES else settings.help_lang
            settings.env.error(exc.localized(message_lang))
            raise typer.Exit(int(exc.status)) from None

    signature = inspect.signature(command)
    wrapper.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[*signature.parameters.values(), *_OUTPUT_PARAMETERS]
    )
    wrapper.__annotations__ = {
        **command.__annotations__,
        "output": OutputFormat,
        "no_color": bool,
        "lang": str | None,
        "export": Path | None,
    }
    return wrapper  # type: ignore[return-value]


def refuse_export_onto(export: Path, dataset: str | None) -> None:
    """`--export` must not overwrite the dataset being read (the same file, by any name)."""
    try:
        same = bool(dataset) and export.samefile(str(dataset))
    except OSError:  # either does not exist (yet): not the same file
        same = False
    if same:
        raise UsageProblem(msg("error.export_dataset", file=str(export)))


def dataset_path(given: str | None) -> Path | None:
    """A dataset path as typed (None: the bundled dataset); an empty one is an error."""
    if given == "":
        raise DatasetError("--data", [Problem("--data", msg("problem.no_path"))])
    return None if given is None else Path(given)


def data_path_of(ctx: typer.Context) -> Path | None:
    """`--data` (or BILATERAL_DATA), else the dataset `bilateral update` wrote, else None (the
    bundled one): one `stat` when there is no updated dataset."""
    settings: Settings = ctx.obj
    if settings.data is not None:
        return dataset_path(settings.data)
    from bilateral_cli.userdata import user_dataset

    return user_dataset()


def dataset_of(ctx: typer.Context) -> "Dataset":
    from bilateral_cli.dataset import load_dataset

    return load_dataset(data_path_of(ctx))


def lang_of(ctx: typer.Context) -> str:
    settings: Settings = ctx.obj
    return settings.lang


def every_field(ctx: typer.Context) -> bool:
    """Whether the output holds every field of a view (JSON, CSV), not only what a table or
    a document shows: figures a table leaves out need not be computed for it."""
    settings: Settings = ctx.obj
    return settings.output in (OutputFormat.JSON, OutputFormat.CSV)


def show(ctx: typer.Context, view: "View") -> None:
    from bilateral_cli.render import render

    settings: Settings = ctx.obj
    settings.env.output(render(view, settings.output, settings.lang))
    if settings.export is not None:
        try:
            settings.env.export(settings.export, title=f"bilateral {ctx.info_name}")
        except OSError as exc:
            reason = exc.strerror or str(exc)
            detail = msg("error.export_write", file=str(settings.export), reason=reason)
            raise BilateralError(detail) from None
        settings.env.release()  # only now: a failed export leaves stdout empty


def complete_partner(ctx: typer.Context, incomplete: str) -> list[str]:
    """Partner ids and names (either language) that start with what has been typed; for
    `show` and `agreements`, one partner only (their words join into one name)."""
    from bilateral_cli.completion import completions

    if ctx.info_name in ("show", "history", "agreements") and ctx.params.get("partner"):
        return []

    return completions(completion_data(ctx), incomplete, "partner")


def complete_region(ctx: typer.Context, incomplete: str) -> list[str]:
    """Region and group ids and names that start with what has been typed."""
    from bilateral_cli.completion import completions

    return completions(completion_data(ctx), incomplete, "region")


def complete_group(ctx: typer.Context, incomplete: str) -> list[str]:
    """Group ids and names (ASEAN, EU, ...) that start with what has been typed."""
    from bilateral_cli.completion import completions

    return completions(completion_data(ctx), incomplete, "group")


def completion_data(ctx: typer.Context) -> Path | None:
    """The `--data` typed so far on the command line, if any."""
    root = ctx.find_root()
    data = root.params.get("data") if root.params else None
    return Path(data) if data else None


def region_option() -> Any:
    """`--region`, as `list` and `compare` take it."""
    return typer.Option(
        None,
        "--region",
        "-r",
        metavar="metavar.region",
        help="help.region",
        autocompletion=complete_region,
    )


def group_option() -> Any:
    """`--group`, as `list` and `compare` take it."""
    return typer.Option(
        None,
        "--group",
        "-g",
        metavar="metavar.group",
        help="help.group",
        autocompletion=complete_group,
    )
