"""The words that find things in a dataset: what Tab offers (partner ids and names, or region
and group ids and names), and the folded keys a typed name is looked up by.

The bundle stores both (so a Tab press decodes nothing, and a lookup folds nothing); for any
other dataset file they are made here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from bilateral_cli.text import fold

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset, Partner, PartnerNames

# Every folded key to the position of the partner it finds: names (with ids and aliases), and
# ISO codes apart, which only a query written in ASCII may match (`ß` folds to `ss`, but is no
# one's way of writing South Sudan's `SS`).
PartnerIndex = tuple[dict[str, int], dict[str, int]]


def dataset_words(dataset: Dataset, kind: str) -> tuple[list[str], list[str]]:
    """Ids and names (both languages) for a kind of word Tab offers.

    `partner`: partners and groups (`show asean` works); `group`: groups; `region`: regions
    and region groups.
    """
    groups = [(g.id, (*g.short, *g.name)) for g in dataset.cooperation.groups]
    if kind == "group":
        return [key for key, _ in groups], [n for _, names in groups for n in names]
    if kind == "partner":
        partners = dataset.names
        ids = [p.id for p in partners] + [key for key, _ in groups]
        return ids, [n for p in partners for n in p.name] + [n for _, ns in groups for n in ns]
    regions = [(r.id, r.name) for r in dataset.regions]
    regions += [(g.id, g.name) for g in dataset.region_groups]
    return [key for key, _ in regions], [n for _, name in regions for n in name]


def partner_keys(partner: Partner | PartnerNames) -> Iterable[str]:
    """Folded strings that find `partner`, strongest first: id, names, aliases, then ISO codes.

    ISO codes come last so that an alias wins where it equals another partner's code
    (`AS` is the Indonesian short form of Amerika Serikat and American Samoa's alpha-2 code).
    """
    yield fold(partner.id)
    yield fold(partner.name.en)
    yield fold(partner.name.id)
    yield from (fold(alias) for alias in partner.aliases)
    yield fold(partner.iso3)
    yield fold(partner.iso2)


def partner_index(dataset: Dataset) -> PartnerIndex:
    """The lookup index of a dataset's partners: the bundle's own (`lookup` of its partners),
    else made from their names (about 3.5 ms for 237 partners)."""
    held: PartnerIndex | None = getattr(dataset.partners, "lookup", None)
    return held if held is not None else make_partner_index(dataset.names)


def make_partner_index(all_names: Sequence[PartnerNames]) -> PartnerIndex:
    """See `PartnerIndex`; a key that finds several partners finds the first."""
    names: dict[str, int] = {}
    codes: dict[str, int] = {}
    for position, partner in enumerate(all_names):
        keys = list(partner_keys(partner))
        for key in keys[:-2]:
            names.setdefault(key, position)
        for key in keys[-2:]:
            codes.setdefault(key, position)
    return names, codes
