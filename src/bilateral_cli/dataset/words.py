"""The words Tab offers for a dataset: partner ids and names, or region and group ids and names.

The bundle stores exactly these (so a Tab press decodes nothing); for any other dataset file
`completion` asks for them here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset


def dataset_words(dataset: Dataset, kind: str) -> tuple[list[str], list[str]]:
    """Ids and names (both languages) of a dataset's partners, or of its regions and groups."""
    if kind == "partner":
        partners = dataset.names
        return [p.id for p in partners], [n for p in partners for n in p.name]
    localized = [(r.id, r.name) for r in dataset.regions] + [(g.id, g.name) for g in dataset.groups]
    return [key for key, _ in localized], [n for _, name in localized for n in name]
