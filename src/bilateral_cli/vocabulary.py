"""The domain's vocabulary: the orders, metrics, groupings and formats that queries, renderers
and the command line all speak of. Kept light, so start-up imports little."""

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


class Metric(str, Enum):
    """`compare --metric`: which trade figure to compare, net direct investment (Bank
    Indonesia's), or the UN voting distance."""

    TOTAL = "total"
    EXPORTS = "exports"
    IMPORTS = "imports"
    BALANCE = "balance"
    FDI = "fdi"
    UN_DISTANCE = "un-distance"


class SeriesSource(str, Enum):
    """`compare --source`: UN Comtrade's annual series, or Bank Indonesia's second series
    (balance-of-payments basis, with part-years)."""

    COMTRADE = "comtrade"
    BI = "bi"


class CompareSort(str, Enum):
    """`compare --sort`: largest end value, fastest growth, or name."""

    VALUE = "value"
    GROWTH = "growth"
    NAME = "name"


class GroupBy(str, Enum):
    """`compare --by`: what to sum partners by: regions, or groups (ASEAN, EU, ...)."""

    REGION = "region"
    GROUP = "group"


class AgreementKind(str, Enum):
    """What kind of agreement: free trade, economic partnership, preferential, memorandum..."""

    FTA = "FTA"
    CEPA = "CEPA"
    EPA = "EPA"
    CEP = "CEP"
    PTA = "PTA"
    TIGA = "TIGA"
    ART = "ART"
    MOU = "MOU"


class AgreementStatus(str, Enum):
    """Where an agreement stands, in the order it gets there."""

    NEGOTIATING = "negotiating"
    CONCLUDED = "concluded"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    TERMINATED = "terminated"


class CacheAction(str, Enum):
    """What `bilateral cache` does."""

    CLEAR = "clear"
