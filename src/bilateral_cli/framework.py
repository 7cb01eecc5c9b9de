"""Typer's and Click's own words (usage lines, help sections, usage errors) in our language.

Typer 0.28 vendors Click; its help sections go through `gettext`, and its usage errors are
English f-strings. This module is the one place that reaches into them: command classes that
word the usage line and the help option, a translation hook for Typer's `gettext` words, and a
renderer for usage errors. Typer is pinned below 0.29 (see pyproject), and tests check every
piece in Indonesian, so an upgrade that moves them fails loudly.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import typer.core
from typer._click import exceptions as click_errors
from typer._types import TyperChoice
from typer.core import TyperCommand, TyperGroup

from bilateral_cli.messages import MESSAGES, tr

if TYPE_CHECKING:
    from bilateral_cli.choice import StrChoice

_LANG = {"value": "en"}
# Typer's gettext words, by their English text, to our catalog keys.
_TYPER_KEYS = tuple(key for key in MESSAGES if key.startswith("framework."))
_TYPER_WORDS = {MESSAGES[key]["en"]: key for key in _TYPER_KEYS}


def use_language(lang: str) -> None:
    """Word Typer's help in `lang` from now on."""
    _LANG["value"] = lang
    typer.core._ = _typer_gettext  # type: ignore[attr-defined,assignment]


def _typer_gettext(text: str) -> str:
    key = _TYPER_WORDS.get(text)
    return MESSAGES[key][_LANG["value"]] if key else text


class ChoiceOf(TyperChoice[str]):
    """A choice of the command line among a `StrChoice`'s values, handed to the command as
    the member: Typer makes choices of `Enum`s only, and an `Enum` costs five times as much
    to make (see `choice`). Help, completion and errors are Typer's own for a choice."""

    def __init__(self, kind: type[StrChoice], case_sensitive: bool = True) -> None:
        super().__init__([member.value for member in kind], case_sensitive=case_sensitive)
        self.kind = kind

    def convert(self, value: Any, param: Any, ctx: Any) -> Any:
        if isinstance(value, self.kind):
            return value
        return self.kind(super().convert(value, param, ctx))

    def get_missing_message(self, param: Any, ctx: Any) -> str:
        """The choices, on the error's own line (Typer's put them after a tab)."""
        choices = ", ".join(repr(member.value) for member in self.kind)
        return tr("usage.choose_from", _LANG["value"], choices=choices)


class _Localized:
    """The usage line and the help option's text, in the chosen language."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        prefix = tr("help.usage", _LANG["value"])
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=prefix)

    def get_params(self, ctx: Any) -> Any:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if param.name in ("install_completion", "show_completion"):
                param.help = tr(f"help.{param.name}", _LANG["value"])
        return params

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = tr("help.help", _LANG["value"])
        return option


class LocalizedGroup(_Localized, TyperGroup):
    pass


class LocalizedCommand(_Localized, TyperCommand):
    pass


# Click's English usage errors, by their wording in the pinned Typer (see the module's docstring);
# patterns compiled only when an error needs them (`re` keeps them).
_NOT_ONE_OF = r"^(?P<value>'.*') is not one of (?P<choices>.*)\.$"
_NOT_A = r"^(?P<value>.*) is not a valid (?P<type>int|integer|float|boolean)\b"
_NOT_IN_RANGE = r"^(?P<value>.*) is not in the range .*\.$"
_NEEDS_VALUE = r"^Option (?P<name>'.*') requires an argument\.$"
_NO_VALUE = r"^Option (?P<name>'.*') does not take a value\.$"
_EXTRA = r"^Got unexpected extra argument\(s\) \((?P<args>.*)\)$"


def localize_help(group: Any, lang: str) -> None:
    """Word the help of a built command line in `lang`: its texts and metavariables are
    declared as catalog keys; Click's usage pieces and range hints are worded here too."""
    group.subcommand_metavar = tr("help.command_metavar", lang)
    for command in (group, *group.commands.values()):
        command.options_metavar = tr("help.options_metavar", lang)
        for attribute in ("help", "epilog"):
            key = getattr(command, attribute, None)
            if key in MESSAGES:
                setattr(command, attribute, tr(key, lang))
        for param in command.params:
            if getattr(param, "help", None) in MESSAGES:
                param.help = tr(param.help, lang)
            if getattr(param, "metavar", None) in MESSAGES:
                param.metavar = tr(param.metavar, lang)
            if lang != "en" and hasattr(param.type, "_describe_range"):
                param.type._describe_range = functools.partial(_range, param.type, lang)


def _range(kind: Any, lang: str) -> str:
    """`[x>=1]` in words: `minimal 1`, `maksimal 9`, `1 sampai 9`."""
    if kind.max is None:
        return tr("usage.at_least", lang, low=kind.min)
    if kind.min is None:
        return tr("usage.at_most", lang, high=kind.max)
    return tr("usage.between", lang, low=kind.min, high=kind.max)


def usage_error_text(exc: click_errors.ClickException, lang: str) -> str:
    """A Click error as Click words it (usage line, hint, error), in `lang`."""
    if isinstance(exc, click_errors.NoArgsIsHelpError):
        return exc.format_message()  # the help itself
    lines = []
    if isinstance(exc, click_errors.UsageError) and exc.ctx is not None:
        lines.append(exc.ctx.get_usage())
        if exc.ctx.command.get_help_option(exc.ctx) is not None:
            command = exc.ctx.command_path
            option = exc.ctx.help_option_names[0]
            lines.append(tr("usage.try", lang, command=command, option=option))
        lines.append("")
    lines.append(tr("usage.error", lang, detail=_detail(exc, lang)))
    return "\n".join(lines)


def _detail(exc: click_errors.ClickException, lang: str) -> str:
    """What went wrong with the command line, in `lang`."""
    if lang == "en" or not isinstance(exc, click_errors.UsageError):
        return exc.format_message()
    if isinstance(exc, click_errors.MissingParameter) and exc.param is not None:
        names = "'" + " / ".join(exc.param.opts or [exc.param.name or "?"]) + "'"
        if exc.param.param_type_name == "argument":
            names = f"'{exc.param.human_readable_name}'"
        text = tr("usage.missing", lang, name=names)
        if isinstance(exc.param.type, ChoiceOf):
            text += " " + exc.param.type.get_missing_message(exc.param, exc.ctx)
        return text
    if isinstance(exc, click_errors.NoSuchOption):
        text = tr("usage.no_such_option", lang, name=exc.option_name)
        if exc.possibilities:
            text += tr("error.did_you_mean", lang, names=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, click_errors.BadParameter) and exc.param is not None:
        hint = " / ".join(f"'{o}'" for o in (exc.param.opts or [exc.param.human_readable_name]))
        return tr("usage.invalid", lang, hint=hint, detail=_value_detail(exc, lang))
    return _message(exc.message, lang)


def _value_detail(exc: click_errors.BadParameter, lang: str) -> str:
    """Why a value was refused, in `lang`."""
    detail = exc.message
    if match := re.match(_NOT_ONE_OF, detail):
        return tr("usage.not_one_of", lang, **match.groupdict())
    if match := re.match(_NOT_A, detail):
        kind = tr(f"usage.type_{match['type'][:3]}", lang)
        return tr("usage.not_a", lang, value=match["value"], type=kind)
    if (match := re.match(_NOT_IN_RANGE, detail)) and exc.param is not None:
        bounds = _range(exc.param.type, lang)
        return tr("usage.not_in_range", lang, value=match["value"], range=bounds)
    return tr("usage.framework", lang, detail=detail)


def _message(detail: str, lang: str) -> str:
    """A usage error's own message (an option's use, extra arguments), in `lang`."""
    if match := re.match(_NEEDS_VALUE, detail):
        return tr("usage.needs_value", lang, name=match["name"])
    if match := re.match(_NO_VALUE, detail):
        return tr("usage.no_value", lang, name=match["name"])
    if match := re.match(_EXTRA, detail):
        return tr("usage.extra", lang, args=match["args"])
    if any(_worded(MESSAGES[key][lang]).match(detail) for key in _TYPER_KEYS):
        return detail  # worded through the gettext hook already
    return tr("usage.framework", lang, detail=detail)


def _worded(template: str) -> re.Pattern[str]:
    """A catalog text with its placeholders matching anything."""
    parts = re.split(r"\{[^}]*\}", template)
    return re.compile(".*".join(map(re.escape, parts)) + r"\Z", re.S)


ClickException = click_errors.ClickException
