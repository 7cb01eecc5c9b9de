"""Enumerated choices users pass on the command line; kept light so start-up imports little."""

from __future__ import annotations

from enum import Enum


class SortKey(str, Enum):
    """Orders for `list`."""

    NAME = "name"
    REGION = "region"
    SINCE = "since"
    TRADE = "trade"


class OutputFormat(str, Enum):
    """`--format`: a terminal table for people; JSON, CSV or Markdown for scripts and documents."""

    TABLE = "table"
    JSON = "json"
    CSV = "csv"
    MARKDOWN = "markdown"
