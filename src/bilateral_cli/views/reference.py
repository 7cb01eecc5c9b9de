"""Views of The reference pages: `bilateral goals`, `regions`, `about`, `sources`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.model import (
        Source,
    )


class GoalView(NamedTuple):
    number: int
    id: str
    title: str
    description: str


class GoalsView(NamedTuple):
    goals: tuple[GoalView, ...]
    source: Source


class RegionRow(NamedTuple):
    id: str
    name: str
    group_id: str | None
    group: str | None
    partners: int


class RegionGroupRow(NamedTuple):
    id: str
    name: str
    region_ids: tuple[str, ...]
    regions: tuple[str, ...]
    partners: int


class RegionsView(NamedTuple):
    home: str
    rule: str
    regions: tuple[RegionRow, ...]
    groups: tuple[RegionGroupRow, ...]
    partners_in_dataset: int
    reported_countries: int
    reported_special_territories: int
    source: Source


class AboutView(NamedTuple):
    home: str
    definition: str
    principle: str
    fields: tuple[str, ...]
    context: tuple[str, ...]
    source: Source


class SourcesView(NamedTuple):
    sources: tuple[Source, ...]
    updated: str | None = None  # the date of the updated dataset in use (`bilateral update`)
