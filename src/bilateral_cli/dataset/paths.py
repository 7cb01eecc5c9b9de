"""Where the bundled dataset lies: in the installed package, or in a source tree."""

from __future__ import annotations

from pathlib import Path

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
