"""Reading datasets: the one way a validated `Dataset` is made, and nothing about the CLI.

Entry points: `load_dataset(path=None)` (the bundled dataset, or any file), `compile_dataset`
and `encode_dataset` (the wheel's build compiles the bundled dataset with them, see
`hatch_build.py`) and `bundled_dataset_path()`. The modules behind them: `yamltree` (YAML to a
plain tree, refusing what PyYAML would accept silently), `cache` (valid trees kept as JSON),
`schema` (a tree checked into the `model`), `bundle` and `compiled` (the wheel's pre-validated
dataset, decoded by position), `words` (what Tab offers), `writer` (a dataset back to YAML)
and `docpath` (paths into a document, as problems name them).

This module itself imports nothing heavy: Tab completion needs only the bundle's path, so the
loaders are imported when first asked for.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bilateral_cli.dataset.compiled import encode_dataset
    from bilateral_cli.dataset.loader import compile_dataset, load_dataset

__all__ = ["BUNDLE", "bundled_dataset_path", "compile_dataset", "encode_dataset", "load_dataset"]

DATA_DIR = Path(__file__).parent.parent / "data"  # the package's data, installed beside the code
BUNDLE = DATA_DIR / "partners.bundle"  # compiled by the wheel's build (`hatch_build.py`)


# An editable install (`pip install -e .`) runs the source tree, whose dataset lies outside the
# package: src/bilateral_cli/dataset/__init__.py -> data/partners.yaml at the repository's top.
SOURCE_TREE_DATASET = Path(__file__).parents[3] / "data" / "partners.yaml"


def bundled_dataset_path() -> Path:
    """The dataset shipped inside the package (in a source tree, the repository's)."""
    installed = DATA_DIR / "partners.yaml"
    if not installed.is_file() and SOURCE_TREE_DATASET.is_file():
        return SOURCE_TREE_DATASET
    return installed


def __getattr__(name: str) -> Any:
    """The loaders, imported on first use (PEP 562)."""
    if name in ("load_dataset", "compile_dataset"):
        from bilateral_cli.dataset import loader

        return getattr(loader, name)
    if name == "encode_dataset":
        from bilateral_cli.dataset import compiled

        return compiled.encode_dataset
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
