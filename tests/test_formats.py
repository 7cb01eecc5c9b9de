"""Machine and document formats: parsed back and compared with the dataset."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bilateral_cli.dataset import load_dataset
from conftest import Invoke

DATASET = load_dataset()
PARTNERS = {p.id: p for p in DATASET.partners}
COMMANDS = [
    ["list"],
    ["show", "canada"],
    ["goals"],
    ["regions"],
    ["about"],
    ["sources"],
    ["compare"],
    ["compare", "--by", "region"],
    ["validate"],
]


def parsed_json(invoke: Invoke, *args: str) -> dict:  # type: ignore[type-arg]
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data: dict = json.loads(result.stdout)  # type: ignore[type-arg]
    return data


def parsed_csv(invoke: Invoke, *args: str) -> list[dict[str, str]]:
    result = invoke(*args, "--format", "csv")
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def test_list_json_is_every_partner_with_its_figures(invoke: Invoke) -> None:
    data = parsed_json(invoke, "list")
    assert sorted(p["id"] for p in data["partners"]) == sorted(PARTNERS)
    canada = next(p for p in data["partners"] if p["id"] == "canada")
    trade = PARTNERS["canada"].trade
    assert trade is not None
    y2023, y2024 = trade.years[2023], trade.years[2024]
    total_2023 = y2023.exports + y2023.imports  # type: ignore[operator]
    total_2024 = y2024.exports + y2024.imports  # type: ignore[operator]
    assert canada["latest"] == {
        "year": 2024,
        "total": total_2024,
        "change_pct": pytest.approx((total_2024 / total_2023 - 1) * 100),
    }
    assert isinstance(canada["latest"]["total"], int)
    assert canada["relations_since"] == {"date": "1952-10-09", "precision": "day"}
    assert canada["names"] == {"id": "Kanada", "en": "Canada"}
    hong_kong = next(p for p in data["partners"] if p["id"] == "hong-kong")
    assert hong_kong["relations_since"] is None and hong_kong["kind"] == "territory"


def test_list_json_region_filter_uses_ids(invoke: Invoke) -> None:
    data = parsed_json(invoke, "list", "--region", "americas")
    assert data["region_filter"] == ["north-central-america", "south-america-caribbean"]
    assert {p["region"] for p in data["partners"]} == set(data["region_filter"])


def test_show_json_trade_equals_the_dataset(invoke: Invoke) -> None:
    data = parsed_json(invoke, "show", "kanada")
    trade = PARTNERS["canada"].trade
    assert trade is not None
    assert data["trade"]["unit"] == "USD"
    assert data["trade"]["derived"] == ["total", "balance", "change_pct", "share_pct"]
    years = {row["year"]: row for row in data["trade"]["years"]}
    assert set(years) == set(trade.years)
    for year, flows in trade.years.items():
        assert years[year]["exports"] == flows.exports
        assert years[year]["imports"] == flows.imports
    assert years[2000]["change_pct"] is None  # unknown is null, never 0
    reported = {r["measure"]: r for r in data["reported"]}
    assert reported["trade_total"]["value_usd"] == 3_120_000_000
    assert reported["trade_total"]["growth_pct"] == 29.57
    assert reported["trade_total"]["series"]["value_usd"] == 3_117_304_503
    assert reported["trade_balance"]["value_usd"] == -992_400_000
    assert data["relations"]["established"][0] == {
        "date": "1952-10-09",
        "precision": "day",
        "source": "wikipedia-relations",
        "note": None,
    }
    cited = {"liputan6-2023", "comtrade", "wikipedia-relations"}
    cited |= {g["source"] for g in data["groups"]["items"]}
    cited |= {data[k]["source"] for k in ("un_voting", "bop_trade", "fdi") if data[k]}
    for agreement in data["agreements"]["items"]:
        cited.add(agreement["status"]["source"])
        cited |= {agreement[k]["source"] for k in ("signed", "in_force") if agreement[k]}
    assert {s["id"] for s in data["sources"]} == cited


def test_goals_regions_about_sources_json(invoke: Invoke) -> None:
    goals = parsed_json(invoke, "goals")
    assert [g["number"] for g in goals["goals"]] == [1, 2, 3, 4, 5, 6]
    assert goals["source"]["id"] == "liputan6-2023"
    regions = parsed_json(invoke, "regions")
    assert sum(r["partners"] for r in regions["regions"]) == regions["partners_in_dataset"]
    assert regions["reported"] == {
        "countries": 162,
        "special_territories": 1,
        "source": "liputan6-2023",
    }
    about = parsed_json(invoke, "about")
    assert "Mutual benefit" in about["principle"]
    sources = parsed_json(invoke, "sources")
    assert [s["id"] for s in sources["sources"]] == list(DATASET.sources)


def test_list_csv_reads_back(invoke: Invoke) -> None:
    rows = parsed_csv(invoke, "list")
    assert len(rows) == len(PARTNERS)
    by_id = {r["id"]: r for r in rows}
    assert by_id["canada"]["relations_since"] == "1952-10-09"
    assert by_id["canada"]["latest_year"] == "2024"
    assert by_id["israel"]["no_relations"] == "true"
    assert by_id["hong-kong"]["relations_since"] == ""  # unknown is empty, never 0
    assert by_id["saint-helena"]["name"] == "Saint Helena, Ascension and Tristan da Cunha"  # comma


def test_show_csv_is_the_trade_series(invoke: Invoke) -> None:
    rows = parsed_csv(invoke, "show", "japan")
    trade = PARTNERS["japan"].trade
    assert trade is not None
    assert [int(r["year"]) for r in rows] == list(trade.years)
    for row in rows:
        flows = trade.years[int(row["year"])]
        assert int(row["exports"]) == flows.exports
        assert int(row["imports"]) == flows.imports


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_every_command_speaks_every_format(invoke: Invoke, args: list[str]) -> None:
    for output in ("table", "json", "csv", "markdown"):
        result = invoke(*args, "--format", output)
        assert result.exit_code == 0, (args, output, result.output)
        assert result.stdout.strip()
    json.loads(invoke(*args, "-f", "json").stdout)
    rows = list(csv.reader(io.StringIO(invoke(*args, "-f", "csv").stdout)))
    assert len({len(row) for row in rows}) == 1  # every record has the header's fields


def test_machine_formats_are_never_wrapped(invoke: Invoke) -> None:
    narrow = {"COLUMNS": "30"}
    data = json.loads(invoke("goals", "-f", "json", env=narrow).stdout)
    assert len(data["goals"][5]["description"]) > 100
    rows = list(csv.reader(io.StringIO(invoke("list", "-f", "csv", env=narrow).stdout)))
    assert len(rows) == len(PARTNERS) + 1


def test_markdown_is_a_github_table_with_escaped_data(invoke: Invoke, variant) -> None:  # type: ignore[no-untyped-def]
    out = invoke("regions", "-f", "markdown").stdout
    assert "| Region | Id | Group | Partners in dataset |" in out
    assert "| --- | --- | --- | ---: |" in out
    assert "| North and Central America | north-central-america | The Americas | 13 |" in out
    path = variant(("name: {id: Kanada, en: Canada}", 'name: {id: Kanada, en: "Can|ada *x*"}'))
    shown = invoke("--data", str(path), "list", "-f", "markdown").stdout
    assert "| Can\\|ada \\*x\\* |" in shown


def test_unknown_format_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("goals", "--format", "xml")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "xml" in result.stderr
