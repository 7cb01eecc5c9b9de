"""Fetched figures into a new `Dataset`: the bundled (or current) data plus what changed.

A year's figures for a partner are replaced only when they differ from what the dataset holds;
the new figures then cite the new retrieval (`TradeSeries.year_sources`), and every changed
figure of a year the dataset already had is listed as a revision. Codes that name no partner
of the dataset are listed and kept out; Comtrade's "nes" areas and the home country are not
partners, and its world total is the dataset's `world_trade`. Product figures (`--products`)
are placed the same way, into the product file (`bilateral_cli.products`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bilateral_cli.model import Dataset, Source, TradeSeries, TradeYear
from bilateral_cli.products import PartnerProducts, Products, ProductYear
from bilateral_cli.record import NamedTuple
from bilateral_cli.update.codes import WORLD, dataset_codes, is_partner
from bilateral_cli.update.comtrade import Record

FlowValues = dict[str, int]


class Revision(NamedTuple):
    """A figure the dataset had that the new retrieval changes; `partner` None: the world."""

    partner: str | None
    year: int
    flow: str
    old: int | None
    new: int | None


class UnknownPartner(NamedTuple):
    """A partner code in the answer that names no partner of the dataset (kept out)."""

    code: str
    number: int | None
    name: str
    years: tuple[int, ...]


class Plan(NamedTuple):
    dataset: Dataset
    added: tuple[int, ...]  # years the dataset did not have
    revisions: tuple[Revision, ...]
    unknown: tuple[UnknownPartner, ...]
    changed: bool


class Placed(NamedTuple):
    """An answer's records by whom they are about."""

    world: dict[int, list[Record]]  # year → the world total's records
    partners: dict[int, dict[int, list[Record]]]  # partner's index → year → records
    unknown: tuple[UnknownPartner, ...]


def place(dataset: Dataset, fetched: Mapping[int, Sequence[Record]]) -> Placed:
    """Each record to the world, a partner of the dataset or the unknown codes; Comtrade's
    "nes" areas and the home country itself are no partner and left out."""
    index = {partner.iso3: i for i, partner in enumerate(dataset.partners)}
    world: dict[int, list[Record]] = {}
    partners: dict[int, dict[int, list[Record]]] = {}
    unknown: dict[tuple[str, int | None, str], list[int]] = {}
    for year, records in fetched.items():
        for record in records:
            if record.code == WORLD:
                world.setdefault(year, []).append(record)
            elif is_partner(record.code, dataset.home.iso3):
                at = index.get(dataset_codes(record.code)[1]) if record.code else None
                if at is None:
                    seen = unknown.setdefault((record.code, record.number, record.name), [])
                    if year not in seen:
                        seen.append(year)
                else:
                    partners.setdefault(at, {}).setdefault(year, []).append(record)
    return Placed(
        world, partners, tuple(UnknownPartner(*key, tuple(years)) for key, years in unknown.items())
    )


def merge(dataset: Dataset, fetched: Mapping[int, Sequence[Record]], source: Source) -> Plan:
    """The dataset with the fetched figures, citing `source` (added to the sources if used)."""
    placed = place(dataset, fetched)
    world = {year: _flows(records) for year, records in placed.world.items()}
    revisions: list[Revision] = []
    world_trade, changes = _merged(dataset.world_trade, world, source.id)
    revisions += [Revision(None, *change) for change in changes]
    new_partners = list(dataset.partners)
    for at, years in placed.partners.items():
        partner = new_partners[at]
        flows = {year: _flows(records) for year, records in years.items()}
        trade, changes = _merged(partner.trade, flows, source.id)
        revisions += [Revision(partner.id, *change) for change in changes]
        new_partners[at] = partner._replace(trade=trade)
    changed = world_trade != dataset.world_trade or new_partners != list(dataset.partners)
    sources = dict(dataset.sources)
    if changed:
        sources[source.id] = source
    merged = dataset._replace(
        sources=sources, partners=tuple(new_partners), world_trade=world_trade
    )
    added = tuple(sorted(set(world_trade.years) - set(dataset.world_trade.years)))
    return Plan(
        dataset=merged,
        added=added,
        revisions=tuple(revisions),
        unknown=placed.unknown,
        changed=changed,
    )


def _flows(records: Sequence[Record]) -> FlowValues:
    return {record.flow: record.value for record in records}


def _merged(
    series: TradeSeries | None, fresh: Mapping[int, FlowValues], source: str
) -> tuple[TradeSeries, list[tuple[int, str, int | None, int | None]]]:
    """`series` with the fresh years that differ, and each changed figure it already had."""
    years = dict(series.years) if series else {}
    year_sources = dict(series.year_sources) if series else {}
    changes = []
    for year, flows in sorted(fresh.items()):
        new = TradeYear(flows.get("exports"), flows.get("imports"))
        old = years.get(year)
        if old == new:
            continue
        if old is not None:
            changes += [
                (year, flow, getattr(old, flow), getattr(new, flow))
                for flow in ("exports", "imports")
                if getattr(old, flow) != getattr(new, flow)
            ]
        years[year] = new
        year_sources[year] = source
    if series is None:
        return TradeSeries(source, dict(sorted(years.items()))), changes
    overrides = {y: s for y, s in sorted(year_sources.items()) if s != series.source}
    return TradeSeries(series.source, dict(sorted(years.items())), overrides), changes


class ProductsPlan(NamedTuple):
    products: Products
    written: tuple[int, ...]  # years new to the product file, or whose figures changed
    unknown: tuple[UnknownPartner, ...]
    changed: bool


def merge_products(
    dataset: Dataset,
    fetched: Mapping[int, Sequence[Record]],
    source: Source,
    current: Products | None,
) -> ProductsPlan:
    """The product file with the fetched years: a year with figures replaces the one held
    (it is one retrieval, one source); a year without any keeps what the file had."""
    placed = place(dataset, fetched)
    years = dict(current.years) if current else {}
    written = []
    for year in sorted(fetched):
        partners: dict[str, PartnerProducts] = {}
        for at, by_year in placed.partners.items():
            flows: PartnerProducts = {}
            for record in by_year.get(year, ()):
                flows.setdefault(record.flow, {})[record.cmd] = record.value
            if flows:
                partners[dataset.partners[at].id] = flows
        old = years.get(year)
        if partners and (old is None or old.partners != partners):
            years[year] = ProductYear(source.id, partners)
            written.append(year)
    sources = dict(current.sources) if current else {}
    sources[source.id] = source
    cited = {entry.source for entry in years.values()}
    products = Products(
        {sid: s for sid, s in sources.items() if sid in cited}, dict(sorted(years.items()))
    )
    return ProductsPlan(products, tuple(written), placed.unknown, bool(written))
