"""Views of `bilateral list` and `bilateral search`: one row per partner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.record import NamedTuple

if TYPE_CHECKING:
    from bilateral_cli.model import (
        Localized,
        PartialDate,
        PartnerKind,
        Source,
    )


class ListRow(NamedTuple):
    id: str
    iso2: str
    iso3: str
    name: str
    names: Localized
    region_id: str
    region: str
    region_short: str  # for narrow tables: `N/C America`
    kind: PartnerKind
    no_relations: bool
    since: PartialDate | None
    latest_year: int | None
    latest_total: int | None
    change_pct: float | None
    year_total: int | None  # in the list's year (`ListView.year`); None where unknown
    year_change_pct: float | None
    un_distance: float | None = None  # UN voting distance in `ListView.un_year`, if reliable


class ListView(NamedTuple):
    home: str
    region_filter: str | None
    region_ids: tuple[str, ...]
    group_filter: str | None
    group_id: str | None
    sort: str
    rows: tuple[ListRow, ...]
    trade_sources: tuple[Source, ...]  # behind the figures shown and their change
    year: int  # the one year the trade column shows and `--sort trade` ranks on
    kind: str | None = None  # `--kind`
    query: str | None = None  # `--query` / `bilateral search`
    un_year: int | None = None  # the latest year of UN votes resting on enough votes
    un_source: str | None = None
