"""Where `bilateral update` keeps the user's dataset, and how a run finds it cheaply.

Every command asks `user_dataset()` once: one `os.stat` when there is none, so the bundled
path stays as fast as before. The file's first line says when it was updated (`stamp`), so
`--version` can say so without reading the dataset.
"""

from __future__ import annotations

import os
from pathlib import Path

DATASET_NAME = "partners.yaml"
PRODUCTS_NAME = "products.json"  # `bilateral update --products` (see `products`)
STAMP = "# bilateral update "  # then the retrieval date, ISO 8601, and the rest of the line


def data_dir() -> Path:
    """`$BILATERAL_DATA_DIR`, else `$XDG_DATA_HOME/bilateral` (absolute only, as the XDG
    specification says), else `~/.local/share/bilateral`."""
    configured = os.environ.get("BILATERAL_DATA_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_DATA_HOME", "")
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local" / "share"
    return root / "bilateral"


def dataset_path() -> Path:
    """Where the updated dataset lives (whether or not it exists)."""
    return data_dir() / DATASET_NAME


def products_path() -> Path:
    """Where the product figures live (whether or not they exist)."""
    return data_dir() / PRODUCTS_NAME


def user_dataset() -> Path | None:
    """The updated dataset, if `bilateral update` has written one."""
    path = dataset_path()
    return path if path.is_file() else None


def header(date: str) -> str:
    """The updated dataset's first lines: the stamp, then what to do with the file."""
    return (
        f"{STAMP}{date} from UN Comtrade\n"
        "# Written by `bilateral update`; `bilateral update --reset` returns to the bundled data.\n"
    )


def stamp(path: Path) -> str | None:
    """The date on an updated dataset's first line, or None if it has none."""
    try:
        with path.open("rb") as handle:
            first = handle.readline(200).decode("utf-8", "replace")
    except OSError:
        return None
    if not first.startswith(STAMP):
        return None
    date = first[len(STAMP) :].split(" ", 1)[0].strip()
    return date or None
