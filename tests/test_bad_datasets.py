"""Each kind of broken dataset ends in its own clean error, located as file:line."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from bilateral_cli.dataset import load_dataset
from bilateral_cli.errors import DatasetError
from conftest import Invoke, line_of

Variant = Callable[..., Path]
PARTNER_IDS = [p.id for p in load_dataset().partners]
CANADA = f"partners[{PARTNER_IDS.index('canada')}]"
MEXICO = f"partners[{PARTNER_IDS.index('mexico')}]"
CANADA_REGION = (
    "  name: {id: Kanada, en: Canada}\n  kind: country\n  region: north-central-america\n",
    "  name: {id: Kanada, en: Canada}\n  kind: country\n  region: atlantis\n",
)


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    return [str(p) for p in caught.value.problems]


def test_bundled_dataset_is_valid() -> None:
    dataset = load_dataset()
    assert {p.id for p in dataset.partners} >= {"canada", "mexico", "united-states"}


def test_duplicate_key_is_data_loss_and_refused(variant: Variant) -> None:
    path = variant(("  iso2: CA\n", "  iso2: CA\n  iso2: CX\n"))
    [problem] = problems_of(path)
    line = line_of(path, "iso2: CX")
    assert problem.startswith(f"{path}:{line}:3: {CANADA}.iso2: duplicate key 'iso2'")
    assert f"first at line {line - 1}" in problem


def test_duplicate_year_in_trade_series(variant: Variant) -> None:
    path = variant(
        (
            "      2021: {exports: 1063340426",
            "      2021: {exports: 1}\n      2021: {exports: 1063340426",
        )
    )
    [problem] = problems_of(path)
    assert f"{CANADA}.trade.years.2021: duplicate key 2021" in problem


def test_wrong_type_names_its_path_and_line(variant: Variant) -> None:
    path = variant(("2021: {exports: 1063340426", "2021: {exports: lots"))
    [problem] = problems_of(path)
    line = line_of(path, "exports: lots")
    assert problem.startswith(f"{path}:{line}:")
    assert f"{CANADA}.trade.years.2021.exports: expected a whole number, got text 'lots'" in problem


def test_negative_and_fractional_trade_values(variant: Variant) -> None:
    path = variant(
        ("2021: {exports: 1063340426", "2021: {exports: -5"),
        ("2022: {exports: 1276005486", "2022: {exports: 1.5"),
    )
    problems = problems_of(path)
    negative = "trade.years.2021.exports: must be between 0 and 999,999,999,999,999, got -5"
    assert any(negative in p for p in problems)
    assert any(
        "trade.years.2022.exports: expected a whole number, got float 1.5" in p for p in problems
    )


def test_unknown_region(variant: Variant) -> None:
    path = variant(CANADA_REGION)
    [problem] = problems_of(path)
    assert f"{CANADA}.region: unknown region 'atlantis'" in problem
    assert f":{line_of(path, 'region: atlantis')}:" in problem


def test_unknown_source(variant: Variant) -> None:
    path = variant(("source: liputan6-2023", "source: nowhere"))
    problems = problems_of(path)
    assert any("unknown source 'nowhere'" in p for p in problems)


def test_duplicate_partner_id(variant: Variant) -> None:
    path = variant(("- id: mexico\n", "- id: canada\n"))
    problems = problems_of(path)
    assert any(f"{MEXICO}.id: duplicate partner id 'canada'" in p for p in problems)


def test_duplicate_alias_across_partners(variant: Variant) -> None:
    path = variant(("aliases: [USA, US, AS,", "aliases: [USA, US, AS, Kanada,"))
    problems = problems_of(path)
    assert any("'Kanada' also names partner 'canada'" in p for p in problems)


def test_missing_required_field(variant: Variant) -> None:
    path = variant(("  name: {id: Kanada, en: Canada}\n", ""))
    [problem] = problems_of(path)
    assert f"{CANADA}: missing required field 'name'" in problem
    assert f":{line_of(path, '- id: canada')}:" in problem


def test_unknown_field_is_not_silently_ignored(variant: Variant) -> None:
    path = variant(("  iso2: CA\n", "  iso2: CA\n  capital: Ottawa\n"))
    [problem] = problems_of(path)
    assert f"{CANADA}.capital: unknown field 'capital'" in problem


def test_every_problem_reported_at_once(variant: Variant) -> None:
    path = variant(
        CANADA_REGION,
        ("2021: {exports: 1063340426", "2021: {exports: lots"),
        ("schema: 2", "schema: 9"),
    )
    assert len(problems_of(path)) == 3


def test_impossible_date(variant: Variant) -> None:
    path = variant(("date: '1952-10-09'", "date: '2021-02-30'"))
    [problem] = problems_of(path)
    assert "'2021-02-30' is not a real date" in problem


def test_nan_growth(variant: Variant) -> None:
    path = variant(("growth_pct: 29.57", "growth_pct: .nan"))
    [problem] = problems_of(path)
    assert "growth_pct: must be a finite number" in problem


def test_yaml_syntax_error_has_line_and_column(variant: Variant) -> None:
    path = variant(("  iso2: CA\n", "  iso2: [CA\n"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:")
    assert problem.split(":")[1].isdigit()


def test_more_than_one_document(variant: Variant, bundled_text: str) -> None:
    path = variant(text=bundled_text + "\n---\nschema: 2\n")
    [problem] = problems_of(path)
    assert "single document" in problem


def test_aliases_and_custom_tags_are_refused(variant: Variant) -> None:
    path = variant(
        (
            "  name: {id: Kanada, en: Canada}\n",
            "  name: &n {id: Kanada, en: Canada}\n  aliases: *n\n",
        ),
        ("  iso2: MX\n", "  iso2: !!python/name:os.system MX\n"),
    )
    problems = problems_of(path)
    assert any("aliases (*name) are not allowed" in p for p in problems)
    assert any(
        "tag 'tag:yaml.org,2002:python/name:os.system' is not allowed" in p for p in problems
    )


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("schema: 1\nname: M\xe9xico\n".encode("latin-1"))
    [problem] = problems_of(path)
    assert problem == f"{path}:2: is not valid UTF-8 text"


def test_directory_and_missing_file(tmp_path: Path) -> None:
    assert problems_of(tmp_path) == [f"{tmp_path}: is a directory, not a dataset file"]
    assert problems_of(tmp_path / "x.yaml") == [f"{tmp_path / 'x.yaml'}: no such file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    assert problems_of(fifo) == [f"{fifo}: is not a regular file"]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    assert problems_of(path) == [f"{path}: expected a mapping, got nothing"]


def test_cli_bad_dataset_is_one_clean_error(invoke: Invoke, variant: Variant) -> None:
    path = variant(CANADA_REGION)
    for args in (["show", "canada"], ["list"], ["goals"], ["regions"], ["about"], ["sources"]):
        result = invoke("--data", str(path), *args)
        assert result.exit_code == 4, args
        assert result.stdout == ""
        assert result.stderr.startswith(f"Invalid dataset {path}: 1 problem\n")
        assert f"{path}:{line_of(path, 'region: atlantis')}:" in result.stderr
        assert "Traceback" not in result.stderr


def test_markup_and_control_characters_in_data_print_literally(
    invoke: Invoke, variant: Variant
) -> None:
    path = variant(
        ("name: {id: Kanada, en: Canada}", 'name: {id: Kanada, en: "[bold]Can[/bold]\\e[31mada"}'),
    )
    result = invoke("--data", str(path), "show", "canada", env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0, result.output
    assert "[bold]Can[/bold]\\u001b[31mada" in result.stdout
    assert "\x1b[31m" not in result.stdout


def test_pure_python_loader_reads_the_same_dataset(monkeypatch: pytest.MonkeyPatch) -> None:
    from bilateral_cli.dataset import yamltree

    with_libyaml = load_dataset()
    monkeypatch.setattr(yamltree, "_FAST", None)
    assert load_dataset() == with_libyaml


def test_pure_python_loader_locates_problems_too(
    monkeypatch: pytest.MonkeyPatch, variant: Variant
) -> None:
    from bilateral_cli.dataset import yamltree

    monkeypatch.setattr(yamltree, "_FAST", None)
    path = variant(("  iso2: CA\n", "  iso2: CA\n  iso2: CX\n"))
    [problem] = problems_of(path)
    assert problem.startswith(f"{path}:{line_of(path, 'iso2: CX')}:3: {CANADA}.iso2: duplicate")
