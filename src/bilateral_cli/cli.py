"""The command line: parse arguments, ask the domain, hand the view to a renderer.

Nothing here computes or formats data. Domain errors become one message on stderr and the
exit status their class names (see `errors.ExitStatus`).

Annotations here are evaluated (no `from __future__ import annotations`): Typer reads every
command's signature on every run, and string annotations would be compiled each time.
"""

import functools
import inspect
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer
import typer.main

from bilateral_cli import __version__
from bilateral_cli.env import Environment
from bilateral_cli.errors import BilateralError, DatasetError, ExitStatus, Problem, UsageProblem
from bilateral_cli.framework import (
    ClickException,
    LocalizedCommand,
    LocalizedGroup,
    localize_help,
    usage_error_text,
    use_language,
)
from bilateral_cli.language import check_language, detect_language
from bilateral_cli.messages import DEFAULT_LANGUAGE, LANGUAGES, msg, tr
from bilateral_cli.vocabulary import (
    AgreementKind,
    AgreementStatus,
    CacheAction,
    CompareSort,
    GroupBy,
    Metric,
    OutputFormat,
    SeriesSource,
    SortKey,
)

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


def _version(ctx: typer.Context, value: bool) -> None:
    if value:
        settings: Settings = ctx.obj
        text = f"bilateral {__version__}"
        coverage = Path(__file__).with_name("data") / "coverage.txt"  # written by the build
        try:
            first, last, relations = coverage.read_text(encoding="utf-8").split()
            words = {"first": first, "last": last, "relations": relations}
            text += f" ({tr('version.data', settings.help_lang, **words)})"
        except (OSError, ValueError):
            pass
        if not os.environ.get("BILATERAL_DATA"):  # `--data` on the line: no dataset is read
            from bilateral_cli.userdata import stamp, user_dataset

            path = user_dataset()
            date = stamp(path) if path else None
            if date:
                from bilateral_cli.render.fmt import iso_date

                full = iso_date(date, settings.help_lang)
                text += f" ({tr('update.version', settings.help_lang, date=full)})"
        typer.echo(text)
        raise typer.Exit()


def main_options(
    ctx: typer.Context,
    data: str | None = typer.Option(  # a string: the loader, not Click, judges the path
        None,
        "--data",
        envvar="BILATERAL_DATA",
        metavar="metavar.path",
        help="help.data",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="help.version"
    ),
    lang: str | None = typer.Option(None, "--lang", metavar="id|en", help="help.lang"),
    no_pager: bool = typer.Option(False, "--no-pager", help="help.no_pager"),
) -> None:
    settings: Settings = ctx.obj
    settings.data = data
    settings.lang_option = lang
    settings.env.pager = not no_pager


_OUTPUT_PARAMETERS = (
    inspect.Parameter(
        "output",
        inspect.Parameter.KEYWORD_ONLY,
        annotation=OutputFormat,
        default=typer.Option(
            OutputFormat.TABLE,
            "--format",
            "-f",
            help="help.format",
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


_DATA_COMMANDS: set[Callable[..., Any]] = set()


def data_command(command: F) -> F:
    """Mark a command as printing data: `build_cli` gives it the output options (see
    `with_output_options`) when it builds it, so a run pays for the command it runs only."""
    _DATA_COMMANDS.add(command)
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


def _data_path(ctx: typer.Context) -> Path | None:
    """`--data` (or BILATERAL_DATA), else the dataset `bilateral update` wrote, else None (the
    bundled one): one `stat` when there is no updated dataset."""
    settings: Settings = ctx.obj
    if settings.data is not None:
        return dataset_path(settings.data)
    from bilateral_cli.userdata import user_dataset

    return user_dataset()


def _dataset(ctx: typer.Context) -> "Dataset":
    from bilateral_cli.dataset import load_dataset

    return load_dataset(_data_path(ctx))


def _lang(ctx: typer.Context) -> str:
    settings: Settings = ctx.obj
    return settings.lang


def _every_field(ctx: typer.Context) -> bool:
    """Whether the output holds every field of a view (JSON, CSV), not only what a table or
    a document shows: figures a table leaves out need not be computed for it."""
    settings: Settings = ctx.obj
    return settings.output in (OutputFormat.JSON, OutputFormat.CSV)


def _show(ctx: typer.Context, view: "View") -> None:
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


def _complete_partner(ctx: typer.Context, incomplete: str) -> list[str]:
    """Partner ids and names (either language) that start with what has been typed; for
    `show` and `agreements`, one partner only (their words join into one name)."""
    from bilateral_cli.completion import completions

    if ctx.info_name in ("show", "history", "agreements") and ctx.params.get("partner"):
        return []

    return completions(_completion_data(ctx), incomplete, "partner")


def _complete_region(ctx: typer.Context, incomplete: str) -> list[str]:
    """Region and group ids and names that start with what has been typed."""
    from bilateral_cli.completion import completions

    return completions(_completion_data(ctx), incomplete, "region")


def _complete_group(ctx: typer.Context, incomplete: str) -> list[str]:
    """Group ids and names (ASEAN, EU, ...) that start with what has been typed."""
    from bilateral_cli.completion import completions

    return completions(_completion_data(ctx), incomplete, "group")


def _completion_data(ctx: typer.Context) -> Path | None:
    """The `--data` typed so far on the command line, if any."""
    root = ctx.find_root()
    data = root.params.get("data") if root.params else None
    return Path(data) if data else None


def _region_option() -> Any:
    """`--region`, as `list` and `compare` take it."""
    return typer.Option(
        None,
        "--region",
        "-r",
        metavar="metavar.region",
        help="help.region",
        autocompletion=_complete_region,
    )


def _group_option() -> Any:
    """`--group`, as `list` and `compare` take it."""
    return typer.Option(
        None,
        "--group",
        "-g",
        metavar="metavar.group",
        help="help.group",
        autocompletion=_complete_group,
    )


@data_command
def list_command(
    ctx: typer.Context,
    region: str | None = _region_option(),
    sort: SortKey = typer.Option(SortKey.NAME, "--sort", "-s", help="help.sort"),
    group: str | None = _group_option(),
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
        _dataset(ctx),
        region=region,
        group=group,
        sort=sort,
        lang=_lang(ctx),
        since=since,
        until=until,
        year=year,
        kind=kind,
        query=query,
        un_distance=_every_field(ctx),
    )
    _show(ctx, view)


@data_command
def search_command(
    ctx: typer.Context,
    text: list[str] = typer.Argument(..., metavar="TEXT", help="help.search_text"),
) -> None:
    """Partners whose names (either language), aliases or codes contain TEXT."""
    from bilateral_cli.queries import list_view

    query = " ".join(text)
    view = list_view(_dataset(ctx), lang=_lang(ctx), query=query, un_distance=_every_field(ctx))
    _show(ctx, view)


@data_command
def history_command(
    ctx: typer.Context,
    partner: list[str] = typer.Argument(
        ..., metavar="metavar.partner", help="help.partner", autocompletion=_complete_partner
    ),
) -> None:
    """How relations went: established, suspended, severed, restored, each with its source."""
    from bilateral_cli.queries import find_partner, history_view

    dataset = _dataset(ctx)
    lang = _lang(ctx)
    _show(ctx, history_view(dataset, find_partner(dataset, " ".join(partner), lang), lang))


@data_command
def show_command(
    ctx: typer.Context,
    partner: list[str] = typer.Argument(
        ...,
        metavar="metavar.partner",
        help="help.partner",
        autocompletion=_complete_partner,
    ),
    products: bool = typer.Option(False, "--products", help="help.show_products"),
    top: int | None = typer.Option(None, "--top", "-n", min=1, help="help.products_top"),
    brief: bool = typer.Option(False, "--brief", "-b", help="help.brief"),
) -> None:
    """Show one partner's (or group's) profile: relations, trade, agreements, sources."""
    if products:
        from bilateral_cli.products import load_products, products_view
        from bilateral_cli.userdata import products_path

        found = load_products(products_path())
        query = " ".join(partner)
        _show(ctx, products_view(_dataset(ctx), query, found, top or 10, _lang(ctx)))
        return
    if top is not None:
        raise UsageProblem(msg("products.error.top_alone"))
    from bilateral_cli.queries import show_view
    from bilateral_cli.views import BriefView, ProfileView

    view = show_view(_dataset(ctx), " ".join(partner), _lang(ctx))
    _show(ctx, BriefView(view) if brief and isinstance(view, ProfileView) else view)


@data_command
def agreements_command(
    ctx: typer.Context,
    partner: list[str] | None = typer.Argument(
        None,
        metavar="metavar.optional_partner",
        help="help.agreements_partner",
        autocompletion=_complete_partner,
    ),
    status: AgreementStatus | None = typer.Option(
        None, "--status", help="help.status", case_sensitive=False
    ),
    kind: AgreementKind | None = typer.Option(
        None, "--kind", help="help.kind", case_sensitive=False
    ),
    coverage: bool = typer.Option(False, "--coverage", help="help.coverage"),
    top: int | None = typer.Option(
        None, "--top", "-n", min=1, metavar="metavar.count", help="help.coverage_top"
    ),
) -> None:
    """Trade and economic agreements: all, or those covering a partner or group."""
    from bilateral_cli.cooperation import agreements_view, coverage_view
    from bilateral_cli.queries import find_subject

    dataset = _dataset(ctx)
    lang = _lang(ctx)
    if coverage:
        if partner or status is not None or kind is not None:
            raise UsageProblem(msg("error.coverage_alone"))
        _show(ctx, coverage_view(dataset, top or 20, lang))
        return
    subject = find_subject(dataset, " ".join(partner), lang) if partner else None
    _show(ctx, agreements_view(dataset, subject, status=status, kind=kind, lang=lang))


@data_command
def groups_command(ctx: typer.Context) -> None:
    """Groups and organisations: members, and whether Indonesia belongs."""
    from bilateral_cli.cooperation import groups_view

    _show(ctx, groups_view(_dataset(ctx), _lang(ctx)))


@data_command
def goals_command(ctx: typer.Context) -> None:
    """The six goals of bilateral cooperation."""
    from bilateral_cli.queries import goals_view

    _show(ctx, goals_view(_dataset(ctx), _lang(ctx)))


@data_command
def regions_command(ctx: typer.Context) -> None:
    """The eight regions, their partner counts and the groups --region accepts."""
    from bilateral_cli.queries import regions_view

    _show(ctx, regions_view(_dataset(ctx), _lang(ctx)))


@data_command
def about_command(ctx: typer.Context) -> None:
    """What bilateral cooperation is, its principle and the fields it spans."""
    from bilateral_cli.queries import about_view

    _show(ctx, about_view(_dataset(ctx), _lang(ctx)))


@data_command
def sources_command(ctx: typer.Context) -> None:
    """Every source the dataset cites: publisher, title, date, URL, licence."""
    from bilateral_cli.queries import sources_view
    from bilateral_cli.userdata import stamp

    settings: Settings = ctx.obj
    path = _data_path(ctx)
    updated = stamp(path) if path is not None and settings.data is None else None
    _show(ctx, sources_view(_dataset(ctx), updated))


@data_command
def compare_command(
    ctx: typer.Context,
    partners: list[str] | None = typer.Argument(
        None, metavar="metavar.partners", help="help.partners", autocompletion=_complete_partner
    ),
    region: str | None = _region_option(),
    start: int | None = typer.Option(None, "--from", metavar="metavar.year", help="help.from"),
    end: int | None = typer.Option(None, "--to", metavar="metavar.year", help="help.to"),
    metric: Metric = typer.Option(Metric.TOTAL, "--metric", "-m", help="help.metric"),
    sort: CompareSort = typer.Option(CompareSort.VALUE, "--sort", "-s", help="help.compare_sort"),
    top: str | None = typer.Option(None, "--top", "-n", metavar="N|all", help="help.top"),
    by: GroupBy | None = typer.Option(None, "--by", help="help.by"),
    group: str | None = _group_option(),
    min_value: int | None = typer.Option(
        None, "--min-value", min=0, metavar="USD_MILLION", help="help.min_value"
    ),
    source: SeriesSource = typer.Option(SeriesSource.COMTRADE, "--source", help="help.source"),
    period: str | None = typer.Option(
        None, "--period", metavar="metavar.period", help="help.period"
    ),
) -> None:
    """Compare partners or regions between two years."""
    from bilateral_cli.comparison import alignment_compare_view, compare_view, parse_top

    dataset, lang, chosen = _dataset(ctx), _lang(ctx), partners or ()
    if metric is Metric.UN_DISTANCE:
        if source is not SeriesSource.COMTRADE or period is not None or min_value is not None:
            raise UsageProblem(msg("error.un_source"))
        view: View = alignment_compare_view(
            dataset, chosen, region, group, start, end, sort, parse_top(top), by, lang
        )
    else:
        view = compare_view(
            dataset,
            partners=chosen,
            region=region,
            group=group,
            start=start,
            end=end,
            metric=metric,
            sort=sort,
            top=parse_top(top),
            by=by,
            lang=lang,
            min_value=min_value,
            source=source,
            period=period,
        )
    _show(ctx, view)


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
        refuse_export_onto(settings.export, given or (str(_data_path(ctx) or "") or None))
    report = validate(dataset_path(given) if given is not None else _data_path(ctx))
    _show(ctx, report)
    if not report.valid:
        raise typer.Exit(int(ExitStatus.BAD_DATASET))


def cache_command(
    ctx: typer.Context,
    action: CacheAction = typer.Argument(..., metavar="metavar.action", help="help.cache_action"),
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
    lang = _lang(ctx)
    target = products_path() if products else dataset_path()
    if reset:
        view = run.reset(target, dry_run, _dataset(ctx), lang, products=products)
    else:

        def describe(calls: int, total: int, records: int) -> str:
            return tr("update.progress", lang, calls=calls, total=total, records=records)

        progress = functools.partial(settings.env.progress, describe=describe)
        fetch = run.update_products if products else run.update
        view = fetch(
            _dataset(ctx), target, years=years, dry_run=dry_run, lang=lang, progress=progress
        )
    _show(ctx, view)


COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("list", list_command),
    ("search", search_command),
    ("show", show_command),
    ("history", history_command),
    ("agreements", agreements_command),
    ("groups", groups_command),
    ("goals", goals_command),
    ("regions", regions_command),
    ("about", about_command),
    ("sources", sources_command),
    ("compare", compare_command),
    ("validate", validate_command),
    ("cache", cache_command),
    ("update", update_command),
)


def build_cli(lang: str, only: str | None = None) -> LocalizedGroup:
    """The command line with its help worded in `lang`: every command, or `only` the one run
    (none for `""`).

    Help texts are written as catalog keys (`help.list`) where the commands are declared and
    worded here, once the language is known, so nothing at import time depends on `sys.argv`.
    Typer builds every registered command's parameters on every run (about a quarter of a
    millisecond each), so a run that names its command builds just that one.
    """
    app = typer.Typer(
        name="bilateral",
        cls=LocalizedGroup,
        help="help.app",
        epilog="help.epilog",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(main_options)
    for name, command in COMMANDS:
        if only is None or name == only:
            if command in _DATA_COMMANDS:
                command = with_output_options(command)
            app.command(name, help=f"help.{name}", cls=LocalizedCommand)(command)
    group = typer.main.get_command(app)
    assert isinstance(group, LocalizedGroup)
    localize_help(group, lang)
    return group


def main(argv: Sequence[str] | None = None, env: Environment | None = None) -> int:
    """Run the command line on `argv` (default: `sys.argv[1:]`) and return the exit status.

    `env` owns the output streams (see `Environment`); tests pass one with string buffers.
    Everything Typer and Click print themselves goes to the same streams. Signals are the
    entry's business (`__main__`), set before the heavy imports.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    env = env or Environment()
    env.prepare()
    help_lang = detect_language(args)
    if help_lang not in LANGUAGES:  # refused by `--lang` itself once options are parsed
        help_lang = DEFAULT_LANGUAGE
    use_language(help_lang)
    settings = Settings(env, help_lang)
    with env.redirected():
        try:
            status = build_cli(help_lang, requested_command(args)).main(
                args=args, prog_name="bilateral", standalone_mode=False, obj=settings
            )
            env.stdout_file.flush()
        except ClickException as exc:  # a usage error, worded in the help's language
            env.error(usage_error_text(exc, help_lang))
            return exc.exit_code
        except SystemExit as exc:  # Click's shell completion and Typer's `--install-completion`
            return exc.code if isinstance(exc.code, int) else int(exc.code is not None)
        except (OSError, UnicodeEncodeError) as exc:  # stdout full, closed, over `ulimit -f`
            env.lose_stdout()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            env.error(tr("error.output", help_lang, reason=reason))
            return int(ExitStatus.OUTPUT)
        except Exception as exc:  # a bug: say so in one line; BILATERAL_DEBUG=1 shows the traceback
            if os.environ.get("BILATERAL_DEBUG"):
                raise
            if os.environ.get(COMPLETE_VARIABLE):  # a Tab press with odd COMP_* offers nothing
                return int(ExitStatus.OK)
            env.error(tr("error.internal", help_lang, error=f"{type(exc).__name__}: {exc}"))
            return int(ExitStatus.ERROR)
    return status if isinstance(status, int) else int(ExitStatus.OK)


COMPLETE_VARIABLE = "_BILATERAL_COMPLETE"  # Click's shell completion, named after the program
_VALUED_OPTIONS = ("--data", "--lang")  # the global options that take a value


def requested_command(args: Sequence[str]) -> str | None:
    """The command a command line runs, if it names one before anything else would need the
    whole program (help, a typo's suggestions, shell completion): else None."""
    if os.environ.get(COMPLETE_VARIABLE):
        return None
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif arg == "--version":
            return ""  # answered before any command is needed: build none
        elif arg.startswith("-"):
            if not arg.startswith(tuple(f"{o}=" for o in _VALUED_OPTIONS)):
                return None  # --help, --install-completion...
        else:
            return arg if arg in dict(COMMANDS) else None
    return None
