"""The domain's vocabulary: the orders, metrics, groupings and formats that queries, renderers
and the command line all speak of. Kept light, so start-up imports little: the choices of one
family of commands live in a module of their own (`comparing`, `cooperation`), so that a run
makes the enums of its own command only (an `Enum` costs about 0.15 ms to make)."""

from __future__ import annotations

from enum import Enum
from typing import NoReturn


def assert_never(value: NoReturn) -> NoReturn:
    """The end of a dispatch over a choice: mypy fails where a member has no branch."""
    raise AssertionError(f"unhandled choice: {value!r}")


class SortKey(str, Enum):
    """Orders for `list`."""

    NAME = "name"
    REGION = "region"
    SINCE = "since"
    TRADE = "trade"
    UN_DISTANCE = "un-distance"  # closest UN voting first


class OutputFormat(str, Enum):
    """`--format`: a terminal table for people; JSON, CSV or Markdown for scripts and documents."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
