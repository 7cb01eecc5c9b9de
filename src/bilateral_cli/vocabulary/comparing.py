"""The choices of `bilateral compare`: metric, series, order and grouping."""

from __future__ import annotations

from bilateral_cli.choice import StrChoice


class Metric(StrChoice):
    """`compare --metric`: which trade figure to compare, net direct investment (Bank
    Indonesia's), or the UN voting distance."""

    TOTAL = "total"
    EXPORTS = "exports"
    IMPORTS = "imports"
    BALANCE = "balance"
    FDI = "fdi"
    UN_DISTANCE = "un-distance"


class SeriesSource(StrChoice):
    """`compare --source`: UN Comtrade's annual series, or Bank Indonesia's second series
    (balance-of-payments basis, with part-years)."""

    COMTRADE = "comtrade"
    BI = "bi"


class CompareSort(StrChoice):
    """`compare --sort`: largest end value, fastest growth, or name."""

    VALUE = "value"
    GROWTH = "growth"
    NAME = "name"


class GroupBy(StrChoice):
    """`compare --by`: what to sum partners by: regions, or groups (ASEAN, EU, ...)."""

    REGION = "region"
    GROUP = "group"
