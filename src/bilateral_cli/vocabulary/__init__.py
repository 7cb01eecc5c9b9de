"""The domain's vocabulary: the orders, metrics, groupings and formats that queries, renderers
and the command line all speak of. Kept light, so start-up imports little: the choices of one
family of commands live in a module of their own (`comparing`, `cooperation`), so that a run
makes the choices of its own command only. They are `choice.StrChoice`s, which cost a fifth
of an `Enum` to make; the command line offers them through `framework.ChoiceOf`."""

from __future__ import annotations

from typing import NoReturn

from bilateral_cli.choice import StrChoice


def assert_never(value: NoReturn) -> NoReturn:
    """The end of a dispatch over a choice: mypy fails where a member has no branch."""
    raise AssertionError(f"unhandled choice: {value!r}")


class SortKey(StrChoice):
    """Orders for `list`."""

    NAME = "name"
    REGION = "region"
    SINCE = "since"
    TRADE = "trade"
    UN_DISTANCE = "un-distance"  # closest UN voting first


class OutputFormat(StrChoice):
    """`--format`: a terminal table for people; JSON, CSV or Markdown for scripts and documents."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
