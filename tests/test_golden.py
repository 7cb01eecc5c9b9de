"""Golden outputs: every command's exact output on a small fixture dataset.

`tests/golden/dataset.yaml` holds seven partners (a reported figure, gaps, one-flow years, a
territory, a former economy, a country with no relations) and a few groups and agreements;
`tests/golden/products.json` is a product file (`show --products`) for two of them. Each
case runs in both languages and every format (table at 80 columns, no colour) and must match its
file in `tests/golden/` byte for byte. After an intended change, regenerate and review the diff:

    BILATERAL_REGENERATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py
    git diff tests/golden/
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import Invoke

GOLDEN = Path(__file__).parent / "golden"
DATASET = GOLDEN / "dataset.yaml"
PRODUCTS = GOLDEN / "products.json"  # read as the user data directory's product file
REGENERATE = bool(os.environ.get("BILATERAL_REGENERATE_GOLDEN"))
CASES = {
    "list": ["list"],
    "list-trade": ["list", "--sort", "trade"],
    "show-canada": ["show", "canada"],
    "show-palau": ["show", "palau"],
    "show-montserrat": ["show", "montserrat"],
    "show-israel": ["show", "israel"],
    "show-asean": ["show", "asean"],
    "show-canada-products": ["show", "canada", "--products"],
    "show-mexico-products": ["show", "mexico", "--products", "--top", "3"],
    "goals": ["goals"],
    "regions": ["regions"],
    "about": ["about"],
    "sources": ["sources"],
    "compare": ["compare"],
    "compare-named": ["compare", "canada", "mexico", "--from", "2020", "--to", "2021"],
    "compare-by-region": ["compare", "--by", "region"],
    "agreements": ["agreements"],
    "agreements-malaysia": ["agreements", "malaysia"],
    "groups": ["groups"],
    "validate": ["validate"],
}
FORMATS = {"table": "txt", "markdown": "md", "json": "json", "csv": "csv"}


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("output", sorted(FORMATS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_output_is_exactly_the_golden_file(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, case: str, output: str, lang: str
) -> None:
    monkeypatch.chdir(GOLDEN)  # paths in the output are relative: `dataset.yaml`
    args = ["--data", DATASET.name, *CASES[case], "--format", output, "--lang", lang]
    result = invoke(*args, env={"COLUMNS": "80", "BILATERAL_DATA_DIR": str(GOLDEN)})
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    path = GOLDEN / f"{case}.{lang}.{FORMATS[output]}"
    if REGENERATE:
        path.write_bytes(result.stdout.encode("utf-8"))  # bytes: CSV's CRLF records stay
    assert path.exists(), f"no golden file {path.name}: regenerate (see the module docstring)"
    assert result.stdout == path.read_bytes().decode("utf-8")


def test_every_golden_file_belongs_to_a_case() -> None:
    """A renamed or dropped case leaves no stale file behind."""
    langs, exts = ("en", "id"), FORMATS.values()
    expected = {f"{case}.{lang}.{ext}" for case in CASES for lang in langs for ext in exts}
    present = {p.name for p in GOLDEN.iterdir() if p not in (DATASET, PRODUCTS)}
    assert present == expected
