"""Views of `bilateral validate` and `bilateral update`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.errors import Problem
    from bilateral_cli.model import (
        Source,
    )


class ValidationView(NamedTuple):
    file: str
    valid: bool
    errors: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    partners: int
    sources: int


class RevisionRow(NamedTuple):
    """A figure the dataset had that a new retrieval changes; `partner` "world": the world."""

    partner: str
    name: str
    year: int
    flow: str
    old: int | None
    new: int | None
    difference: int | None


class UnknownRow(NamedTuple):
    """A partner code in an answer that names no partner of the dataset (kept out)."""

    code: str
    number: int | None
    name: str
    years: tuple[int, ...]


class UpdateView(NamedTuple):
    """What `bilateral update` did or, with `--dry-run`, would do."""

    action: str  # written, dry_run, unchanged, up_to_date, reset, reset_dry_run, nothing_to_reset
    file: str
    years: tuple[int, ...]  # asked for
    added: tuple[int, ...]  # new to the dataset
    unavailable: tuple[int, ...]  # asked for, but no figures yet
    revisions: tuple[RevisionRow, ...]
    unknown: tuple[UnknownRow, ...]
    calls: int
    received: int  # records
    source: Source | None  # of the new figures
    products: bool = False  # `--products`: the product file, not the dataset
