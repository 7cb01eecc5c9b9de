"""The command line: parse arguments, ask the domain, hand the view to a renderer.

The program (`main`, `build_cli`) and its global options; each command is declared in the
module of its family in `commands`, imported only when a run needs it (`COMMANDS`). Nothing
here computes or formats data. Domain errors become one message on stderr and the
exit status their class names (see `errors.ExitStatus`).

Annotations here are evaluated (no `from __future__ import annotations`): Typer reads every
command's signature on every run, and string annotations would be compiled each time.
"""

import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import typer
import typer.main

from bilateral_cli import __version__
from bilateral_cli.commands.base import DATA_COMMANDS, Settings, with_output_options
from bilateral_cli.env import Environment
from bilateral_cli.errors import ExitStatus
from bilateral_cli.framework import (
    ClickException,
    LocalizedCommand,
    LocalizedGroup,
    localize_help,
    usage_error_text,
    use_language,
)
from bilateral_cli.language import detect_language
from bilateral_cli.messages import DEFAULT_LANGUAGE, LANGUAGES, tr


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


COMMANDS: dict[str, str] = {  # each command's family: its module in `commands`, in help's order
    "list": "listing",
    "search": "listing",
    "show": "profile",
    "history": "profile",
    "agreements": "cooperation",
    "groups": "cooperation",
    "goals": "reference",
    "regions": "reference",
    "about": "reference",
    "sources": "reference",
    "compare": "comparing",
    "validate": "maintenance",
    "cache": "maintenance",
    "update": "maintenance",
}


def build_cli(lang: str, only: str | None = None) -> LocalizedGroup:
    """The command line with its help worded in `lang`: every command, or `only` the one run
    (none for `""`).

    Help texts are written as catalog keys (`help.list`) where the commands are declared and
    worded here, once the language is known, so nothing at import time depends on `sys.argv`.
    Typer builds every registered command's parameters on every run (about a quarter of a
    millisecond each), so a run that names its command builds just that one, and imports
    only the module that declares it (`commands`).
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
        add_completion=only is None,  # `--install-completion` comes before any command
    )
    app.callback()(main_options)
    for name, family in COMMANDS.items():
        if only is None or name == only:
            module = importlib.import_module(f"bilateral_cli.commands.{family}")
            command = module.COMMANDS[name]
            if command in DATA_COMMANDS:
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
            return arg if arg in COMMANDS else None
    return None
