"""Reading datasets: the one way a validated `Dataset` is made, and nothing about the CLI.

Entry points: `load_dataset(path=None)` (the bundled dataset, or any file), `compile_dataset`
and `encode_dataset` (the wheel's build compiles the bundled dataset with them, see
`hatch_build.py`) and `bundled_dataset_path()`. The modules behind them: `yamltree` (YAML to a
plain tree, refusing what PyYAML would accept silently), `schema` (a tree checked into the
`model`), `bundle`, `framing` and `compiled` (the wheel's pre-validated dataset, decoded by
position), `cache` (other files' validated datasets, compiled the same way), `words` (what Tab
offers, and the keys names are looked up by), `writer` (a dataset back to YAML) and `docpath`
(paths into a document, as problems name them).

This module itself imports nothing heavy: Tab completion needs only the bundle's path, so the
loaders are imported when first asked for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bilateral_cli.dataset.paths import BUNDLE, DATA_DIR, bundled_dataset_path

if TYPE_CHECKING:
    from bilateral_cli.dataset.compiled import encode_dataset
    from bilateral_cli.dataset.loader import compile_dataset, load_dataset

__all__ = [
    "BUNDLE",
    "DATA_DIR",
    "bundled_dataset_path",
    "compile_dataset",
    "encode_dataset",
    "load_dataset",
]


def __getattr__(name: str) -> Any:
    """The loaders, imported on first use (PEP 562)."""
    if name in ("load_dataset", "compile_dataset"):
        from bilateral_cli.dataset import loader

        return getattr(loader, name)
    if name == "encode_dataset":
        from bilateral_cli.dataset import compiled

        return compiled.encode_dataset
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
