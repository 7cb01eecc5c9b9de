"""Paths into a dataset document, as problems name them: `partners[3].trade.years.2021`."""

from __future__ import annotations

from collections.abc import Sequence

PathPart = str | int  # a mapping key (always as text) or a list index
Path = tuple[PathPart, ...]


def format_path(path: Sequence[PathPart]) -> str:
    """`("partners", 3, "trade", "years", "2021")` -> `partners[3].trade.years.2021`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out
