"""What Tab offers. Its own module: completion runs on every Tab press and needs no views."""

from __future__ import annotations

from bilateral_cli.model import Dataset
from bilateral_cli.text import fold, slug


def completions(dataset: Dataset, incomplete: str, kind: str) -> list[str]:
    """What Tab offers: ids first, then names in both languages, that start as typed.

    Names are offered in their id-like form (`amerika-serikat`): lower case with no spaces, so
    a shell takes them as one word, and every lookup accepts them. Matching ignores case,
    accents, spaces and hyphens, like every lookup.
    """
    if kind == "partner":
        ids = [p.id for p in dataset.names]
        names = [n for p in dataset.names for n in (p.name.en, p.name.id)]
    else:
        ids = [r.id for r in dataset.regions] + [g.id for g in dataset.groups]
        localized = [r.name for r in dataset.regions] + [g.name for g in dataset.groups]
        names = [n for name in localized for n in (name.en, name.id)]
    key = fold(incomplete)
    candidates = sorted(ids) + sorted({slug(name) for name in names})
    return list(dict.fromkeys(c for c in candidates if fold(c).startswith(key)))
