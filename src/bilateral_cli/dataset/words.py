"""The words Tab offers for a dataset: partner ids and names, or region and group ids and names.

The bundle stores exactly these (so a Tab press decodes nothing); for any other dataset file
`completion` asks for them here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset


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
