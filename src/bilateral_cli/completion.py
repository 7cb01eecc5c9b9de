"""What Tab offers. Every Tab press runs the program, so this path is kept bare: for the bundled
dataset it reads the words straight from the bundle's `names` section, without the model, the
views or Rich.
"""

from __future__ import annotations

from pathlib import Path

from bilateral_cli.text import fold, slug


def completions(data: Path | None, incomplete: str, kind: str) -> list[str]:
    """What Tab offers: ids first, then names in both languages, that start as typed.

    `kind` is "partner" or "region" (regions and groups); `data` a dataset file, or None for the
    bundled one. Names are offered in their id-like form (`amerika-serikat`): lower case with
    no spaces, so a shell takes them as one word, and every lookup accepts them. Matching
    ignores case, accents, spaces and hyphens, like every lookup.
    """
    ids, names = _words(data, kind)
    key = fold(incomplete)
    candidates = sorted(ids) + sorted({slug(name) for name in names})
    return list(dict.fromkeys(c for c in candidates if fold(c).startswith(key)))


def _words(data: Path | None, kind: str) -> tuple[list[str], list[str]]:
    """The words to offer; none where the dataset cannot be read (a Tab press prints no error:
    the command itself will say what is wrong)."""
    from bilateral_cli.dataset import BUNDLE, load_dataset
    from bilateral_cli.dataset.words import dataset_words
    from bilateral_cli.errors import DatasetError

    if data is None:
        from bilateral_cli.dataset.bundle import read_words

        words = read_words(BUNDLE, kind)
        if words is not None:
            return words
    try:
        return dataset_words(load_dataset(data), kind)
    except DatasetError:
        return [], []
