"""Hostile and broken input: validate, limits, fuzzing, round trips. Never a traceback."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bilateral_cli.dataset import load_dataset, loader
from bilateral_cli.dataset.writer import dataset_document, dump_yaml
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.model import Dataset, Localized, TradeYear
from bilateral_cli.profile import profile_view
from bilateral_cli.queries import list_view
from bilateral_cli.render.csv import render_csv
from bilateral_cli.render.json import render_json
from bilateral_cli.render.table import render_table
from conftest import Invoke, line_of, only_partners

Variant = Callable[..., Path]
BUNDLED = load_dataset()
SMALL = only_partners(BUNDLED, {"canada", "mexico", "united-states"})


def write(dataset: Dataset, path: Path) -> Path:
    path.write_text(dump_yaml(dataset_document(dataset)), "utf-8")
    return path


def test_validate_valid_dataset_with_warnings(invoke: Invoke) -> None:
    result = invoke("validate")
    assert result.exit_code == 0
    assert f"Valid: {len(BUNDLED.partners)} partners" in result.stdout
    assert "liechtenstein has no trade series and no reported figures" in result.stdout
    assert "israel: no figures for 2001, 2002" in " ".join(result.stdout.split())


def test_validate_reports_growth_that_disagrees_with_the_series(
    invoke: Invoke, variant: Variant
) -> None:
    path = variant(("growth_pct: 29.57", "growth_pct: 19.57"))
    data = json.loads(invoke("validate", str(path), "-f", "json").stdout)
    assert data["valid"] is True
    [warning] = [w for w in data["warnings"] if "reported growth" in w["message"]]
    assert warning["line"] == line_of(path, "growth_pct: 19.57")
    assert "+19.57% for 2021 differs from the series' +29.64%" in warning["message"]


def test_validate_invalid_dataset_lists_every_error(invoke: Invoke, variant: Variant) -> None:
    path = variant(("schema: 2", "schema: 9"), ("growth_pct: 29.57", "growth_pct: .inf"))
    result = invoke("validate", str(path), "--format", "json")
    assert result.exit_code == 4
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert {e["line"] for e in data["errors"]} == {
        line_of(path, "schema: 9"),
        line_of(path, "growth_pct: .inf"),
    }
    assert all(e["column"] and e["path"] for e in data["errors"])
    rows = list(csv.DictReader(io.StringIO(invoke("validate", str(path), "-f", "csv").stdout)))
    assert [r["severity"] for r in rows] == ["error", "error"]


def test_validate_uses_data_option_and_missing_files(invoke: Invoke, tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = invoke("--data", str(missing), "validate")
    assert result.exit_code == 4
    assert "no such file" in result.stdout


def problems(path: Path) -> list[Problem]:
    """What loading `path` refuses (no clock: tests assert the work done, not its speed)."""
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    return list(caught.value.problems)


def messages(path: Path) -> list[str]:
    return [p.message for p in problems(path)]


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 20):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert "YAML aliases (*name) are not allowed in a dataset" in messages(path)


@pytest.mark.parametrize("pure_python", [False, True], ids=["libyaml", "pure-python"])
def test_deep_nesting_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pure_python: bool
) -> None:
    if pure_python:
        from bilateral_cli.dataset import yamltree

        monkeypatch.setattr(yamltree, "_FAST", None)
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    [problem] = problems(path)
    assert "nest" in problem.message
    if pure_python:  # refused while composing, at the 33rd level, not after 5000
        assert (problem.line, problem.column) == (1, 3 + 33)
    shallow = tmp_path / "forty.yaml"
    shallow.write_text("a: " + "[" * 40 + "]" * 40 + "\n", encoding="utf-8")
    assert any("nested deeper than 32 levels" in p.message for p in problems(shallow))


def test_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 2000 + "\n", encoding="utf-8")
    assert messages(path) == ["is larger than the 1000 bytes limit"]


def test_reading_a_dataset_allocates_about_its_size(tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_bytes(b"a: 1\n" * 1000)
    tracemalloc.start()
    try:
        assert loader.read_dataset_bytes(path) == path.read_bytes()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000  # not a buffer of the 64 MiB limit


def test_dev_zero_is_refused(invoke: Invoke) -> None:
    result = invoke("--data", "/dev/zero", "goals")
    assert result.exit_code == 4
    assert "/dev/zero: is not a regular file" in result.stderr


def test_keys_of_unexpected_type(variant: Variant) -> None:
    path = variant(("  iso2: CA\n", "  iso2: CA\n  1952: founded\n"))
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    assert "unknown field 1952" in str(caught.value)


def test_bidi_and_very_long_strings_keep_the_layout(invoke: Invoke, variant: Variant) -> None:
    long_name = "N" * 10_000
    path = variant(
        ("name: {id: Kanada, en: Canada}", f"name: {{id: Kanada, en: '\u202eadanaC {long_name}'}}"),
    )
    result = invoke("--data", str(path), "list", "--region", "americas")
    assert result.exit_code == 0
    assert "\u202e" not in result.stdout and "\\u202e" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 120
    assert "Mexico" in result.stdout


names = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
).filter(lambda s: any(ch.isalnum() for ch in s))


@given(
    en=names,
    exports=st.one_of(st.none(), st.integers(0, 10**13)),
    imports=st.integers(0, 10**13),
    growth=st.floats(-100, 1000, allow_nan=False),
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_load_write_load_round_trips_and_renderers_parse_back(
    tmp_path: Path, en: str, exports: int | None, imports: int | None, growth: float
) -> None:
    canada = next(p for p in SMALL.partners if p.id == "canada")
    assert canada.trade is not None
    years = dict(canada.trade.years)
    years[2024] = TradeYear(exports, imports)
    changed = canada._replace(
        name=Localized(id="Kanada", en=en.strip() or "x"),
        trade=canada.trade._replace(years=years),
        reported=tuple(f._replace(growth_pct=growth) for f in canada.reported),
    )
    dataset = SMALL._replace(
        partners=tuple(changed if p.id == "canada" else p for p in SMALL.partners)
    )
    path = write(dataset, tmp_path / "round.yaml")
    try:
        loaded = load_dataset(path)
    except DatasetError as exc:  # a generated name may collide with another partner's name
        assert all("also names partner" in p.message for p in exc.problems), exc.problems
        return
    assert loaded == dataset
    assert load_dataset(write(loaded, tmp_path / "again.yaml")) == loaded
    for view in (list_view(loaded), profile_view(loaded, changed)):
        data = json.loads(render_json(view))
        assert data
        rows = list(csv.reader(io.StringIO(render_csv(view), newline="")))
        assert len({len(r) for r in rows}) == 1
        render_table(view)
    listed = json.loads(render_json(list_view(loaded)))
    assert any(p["names"]["en"] == changed.name.en for p in listed["partners"])


def test_mutated_datasets_are_valid_or_a_clean_error(tmp_path: Path, bundled_text: str) -> None:
    rng = random.Random(20261125)
    base = bundled_text[:20_000] + bundled_text[-3_000:]  # the header, a few partners, world
    pieces = [":", "-", " ", "\n", "[", "]", "{", "}", "&a", "*a", "!!str", "'", '"', "\t", "#"]
    for i in range(150):
        text = list(base)
        for _ in range(rng.randint(1, 5)):
            at = rng.randrange(len(text))
            choice = rng.random()
            if choice < 0.4:
                del text[at : at + rng.randint(1, 20)]
            elif choice < 0.8:
                text.insert(at, rng.choice(pieces))
            else:
                text[at] = rng.choice("0123456789xyz")
        path = tmp_path / f"mutant-{i}.yaml"
        path.write_text("".join(text), encoding="utf-8")
        try:
            load_dataset(path)
        except DatasetError as exc:
            assert exc.problems
            assert all(p.file == str(path) for p in exc.problems)


def test_years_out_of_range(variant: Variant) -> None:
    path = variant(("      2021: {exports: 1063340426", "      1800: {exports: 1063340426"))
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    assert "year 1800 is outside 1900-2100" in str(caught.value)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads any file",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.yaml"
    path.write_text("schema: 1\n", encoding="utf-8")
    path.chmod(0)
    assert messages(path) == ["permission denied"]
