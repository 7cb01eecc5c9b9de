"""Each command's output, checked on content."""

from __future__ import annotations

import re

import pytest

from bilateral_cli import __version__
from bilateral_cli.dataset import load_dataset
from conftest import Invoke

AMERICAS = ("United States", "Canada", "Mexico")
DATASET = load_dataset()
REGION_GROUP = {r.id: r.group for r in DATASET.regions}


def listed_ids(stdout: str) -> set[str]:
    """The ids of the partners whose English name starts a row of `list` output."""
    starts = {line.split("  ")[0] for line in stdout.splitlines()}
    return {p.id for p in DATASET.partners if p.name.en in starts}


WIDE = {"COLUMNS": "250"}


def test_version(invoke: Invoke) -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"bilateral {__version__}")
    assert "UN Comtrade 2000-2024" in result.stdout  # the bundled data's coverage


def test_no_arguments_shows_short_help(invoke: Invoke) -> None:
    result = invoke()
    assert "Usage" in result.output
    for command in ("list", "show", "goals", "regions", "about", "sources"):
        assert re.search(rf"^\s+{command}\s", result.output, re.M), command


def test_list_shows_every_partner_with_latest_trade(invoke: Invoke) -> None:
    result = invoke("list", env=WIDE)
    assert result.exit_code == 0, result.output
    assert listed_ids(result.stdout) == {p.id for p in DATASET.partners}
    assert f"{len(DATASET.partners)} partners, sorted by name." in result.stdout
    canada = next(line for line in result.stdout.splitlines() if line.startswith("Canada"))
    # 2024 total from the Comtrade series: 1,442.8 m exports + 2,135.7 m imports.
    assert "9 October 1952" in canada
    assert "3,578.5" in canada  # USD million, in the column's one year (2024)
    assert "2024, USD m*" in result.stdout
    assert "+3.6%" in canada


@pytest.mark.parametrize(
    "region",
    [
        "americas",
        "Americas",
        "AMERIKA",
        "The Americas",
        "north-central-america",
        "Amerika Utara dan Tengah",
        "amerika utara dan tengah",
        "North and Central America",
        "northcentralamerica",
        "NORTH CENTRAL AMERICA",
    ],
)
def test_list_region_accepts_ids_names_and_groups(invoke: Invoke, region: str) -> None:
    result = invoke("list", "--region", region, env=WIDE)
    assert result.exit_code == 0, result.output
    for name in AMERICAS:
        assert name in result.stdout


def test_list_region_shows_the_group_and_nothing_else(invoke: Invoke) -> None:
    for group in ("americas", "europe", "asia"):
        result = invoke("list", "--region", group, env=WIDE)
        assert result.exit_code == 0
        expected = {p.id for p in DATASET.partners if REGION_GROUP[p.region] == group}
        assert listed_ids(result.stdout) == expected
    europe = invoke("list", "--region", "europe").stdout
    assert "Germany" in europe and "Poland" in europe and "Japan" not in europe


def test_list_region_by_indonesian_name(invoke: Invoke) -> None:
    result = invoke("list", "--region", "Timur Tengah", env=WIDE)
    expected = {p.id for p in DATASET.partners if p.region == "middle-east"}
    assert listed_ids(result.stdout) == expected
    assert {"egypt", "saudi-arabia", "iran"} <= expected


def row_names(stdout: str) -> list[str]:
    return [line.split("  ")[0] for line in stdout.splitlines()]


def test_list_sort_by_trade_puts_largest_first(invoke: Invoke) -> None:
    names = row_names(invoke("list", "--sort", "trade", env=WIDE).stdout)
    order = [n for n in names if n in AMERICAS]
    assert order == ["United States", "Canada", "Mexico"]
    # 2024 totals in the Comtrade file: China, then the United States, then Japan.
    partners = [n for n in names if n in {p.name.en for p in DATASET.partners}]
    assert partners[:3] == ["China", "United States", "Japan"]


def test_list_sort_by_since_is_chronological(invoke: Invoke) -> None:
    names = row_names(invoke("list", "--sort", "since", env=WIDE).stdout)
    order = [n for n in names if n in AMERICAS]
    assert order == ["United States", "Canada", "Mexico"]  # 1949, 1952, 1953


def test_list_bad_sort_is_a_usage_error(invoke: Invoke) -> None:
    result = invoke("list", "--sort", "size")
    assert result.exit_code == 2
    assert result.stdout == ""


def test_unknown_region_lists_valid_ones(invoke: Invoke) -> None:
    result = invoke("list", "--region", "atlantis")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Unknown region 'atlantis'" in result.stderr
    # named in the chosen language (`--region` takes the names as well as the ids)
    for valid in ("Africa", "Middle East", "The Americas", "Europe", "Asia", "Western Europe"):
        assert valid in result.stderr


def test_show_canada_has_every_seed_fact(invoke: Invoke) -> None:
    result = invoke("show", "canada")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Canada / Kanada" in out
    assert "CA / CAN" in out
    assert "North and Central America (group: The Americas)" in out
    assert "9 October 1952 [wikipedia-relations]; 1952 [liputan6-2023]" in out
    assert "Trade total (2021, against 2020): USD 3.12 billion, +29.57%" in out
    assert "Trade balance (2021): deficit USD 992.4 million" in out
    assert "Indo-Pacific Strategy" in out
    assert "27 November 2022" in out
    assert "CAD 2.3 billion" in out and "USD 1.7 billion" in out
    assert "first five years" in out
    # The official series beside the reported figures, shown as derived.
    assert "calendar 2021: USD 3.12 billion*, +29.64%*" in out
    assert "deficit USD 990.6 million*" in out


def test_show_canada_trade_table_matches_series(invoke: Invoke) -> None:
    out = invoke("show", "canada").stdout
    header = next(line for line in out.splitlines() if line.startswith("Year "))
    assert header.split() == [
        "Year",
        "Exports",
        "Imports",
        "Total*",
        "Balance*",
        "Change*",
        "Share*",
        "Chart",
    ]
    row = next(line for line in out.splitlines() if line.strip().startswith("2021 "))
    # Share: 3,117.3 m of Indonesia's 2021 world trade (W00: 231.5 bn + 196.2 bn) = 0.73%.
    assert row.split()[:7] == ["2021", "1,063.3", "2,054.0", "3,117.3", "-990.6", "+29.6%", "0.73%"]
    assert row.split()[7] == "███████████▋"  # 3,117.3 of the largest total, 4,275.0 (2022)
    first = next(line for line in out.splitlines() if line.strip().startswith("2000 "))
    assert len(first.split()) == 7  # no change for the first year: no year before it


def test_show_lists_sources_it_cites(invoke: Invoke) -> None:
    out = invoke("show", "canada").stdout
    sources = out[out.index("\nSources") :]
    for source_id in ("[liputan6-2023]", "[comtrade]", "[wikipedia-relations]"):
        assert sources.count(source_id) == 1  # once each, one line each
    assert "bilateral sources" in sources  # where the full references and licences are
    assert "CC BY-SA" in invoke("sources").stdout


def test_show_united_states_keeps_reported_period_apart(invoke: Invoke) -> None:
    out = invoke("show", "united-states").stdout
    assert (
        "Trade total (2022, against the same period a year earlier): USD 30.75 billion, +16.67%"
        in out
    )
    assert (
        "Exports (2022, against the same period a year earlier): USD 21.97 billion, +20.38%" in out
    )
    assert "calendar 2022: USD 39.92 billion*" in out
    assert "calendar 2022: USD 28.24 billion*" in out
    assert out.count("Not the same period") == 2
    assert "Trading partner rank (2020 and 2021, two years running): No. 2" in out
    assert "strategic partner" in out


def test_show_mexico_has_every_seed_fact(invoke: Invoke) -> None:
    out = invoke("show", "mexico").stdout
    assert "6 April 1953 [wikipedia-relations]; 1953 [liputan6-2023]" in out
    assert "No. 3 in the Americas, after the United States and Brazil" in out
    assert "Trade total (2021): USD 1.61 billion, +33.46%" in out
    assert "Non-oil-and-gas exports (2021): +46.21%" in out


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("canada", "Canada / Kanada"),
        ("Kanada", "Canada / Kanada"),
        ("CA", "Canada / Kanada"),
        ("can", "Canada / Kanada"),
        ("usa", "United States / Amerika Serikat"),
        ("US", "United States / Amerika Serikat"),
        ("as", "United States / Amerika Serikat"),
        ("amerika serikat", "United States / Amerika Serikat"),
        ("Amerika-Serikat", "United States / Amerika Serikat"),
        ("united_states", "United States / Amerika Serikat"),
        ("MÉXICO", "Mexico / Meksiko"),
        ("meksiko", "Mexico / Meksiko"),
        ("mx", "Mexico / Meksiko"),
    ],
)
def test_show_finds_partners_by_any_name(invoke: Invoke, query: str, name: str) -> None:
    result = invoke("show", query)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == name


def test_unknown_partner_suggests_and_fails_cleanly(invoke: Invoke) -> None:
    result = invoke("show", "canda")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == "Unknown partner 'canda'. Did you mean: Canada?\n"


def test_unknown_partner_without_close_match(invoke: Invoke) -> None:
    result = invoke("show", "zzzzzz")
    assert result.exit_code == 3
    assert result.stdout == ""
    assert "Unknown partner 'zzzzzz'." in result.stderr
    assert "bilateral list" in result.stderr


def test_goals_shows_six_numbered_goals(invoke: Invoke) -> None:
    result = invoke("goals")
    assert result.exit_code == 0
    titles = [
        "Strengthening friendship",
        "Creating world peace",
        "Driving economic growth",
        "Expanding the workforce",
        "Advancing progress in many fields",
        "Supplying national needs",
    ]
    for number, title in enumerate(titles, start=1):
        assert re.search(rf"^\s*{number}\s+{title}", result.stdout, re.M), title
    assert "[liputan6-2023]" in result.stdout


def test_regions_counts_and_reported_total(invoke: Invoke) -> None:
    out = invoke("regions").stdout
    for name in (
        "Africa",
        "Middle East",
        "East Asia and Pacific",
        "South and Central Asia",
        "North and Central America",
        "South America and the Caribbean",
        "Western Europe",
        "Central and Eastern Europe",
    ):
        assert name in out
    counts = {}
    for region in DATASET.regions:
        line = next(line for line in out.splitlines() if line.startswith(region.name.en + " "))
        counts[region.id] = int(line.split()[-1])
        assert counts[region.id] == sum(p.region == region.id for p in DATASET.partners)
    total = next(line for line in out.splitlines() if line.startswith("Total"))
    assert int(total.split()[-1]) == sum(counts.values()) == len(DATASET.partners)
    assert "the dataset's own" in out
    assert "162 countries and 1 special territory" in out
    assert "[liputan6-2023]" in out
    assert re.search(r"americas\s+North and Central America, South America and the Caribbean", out)


def test_about_has_definition_principle_fields_and_source(invoke: Invoke) -> None:
    out = invoke("about").stdout
    assert "directly between two countries" in out
    assert "Mutual benefit" in out
    for field in ("Politics", "Economy, trade and investment", "Culture", "Technology"):
        assert field in out
    assert "17 August 1945" in out
    assert "[liputan6-2023]" in out


def test_sources_lists_every_source_with_licence(invoke: Invoke) -> None:
    out = invoke("sources").stdout
    for source_id in ("liputan6-2023", "comtrade", "wikipedia-relations", "iso-codes"):
        assert re.search(rf"^Id\s+{source_id}\s*$", out, re.M), source_id
    assert out.count("Licence") == len(load_dataset().sources)
    assert "https://en.wikipedia.org/wiki/Foreign_relations_of_Indonesia" in out


def test_bilateral_data_env_and_option_choose_the_dataset(invoke: Invoke, tmp_path) -> None:  # type: ignore[no-untyped-def]
    missing = tmp_path / "nope.yaml"
    by_env = invoke("goals", env={"BILATERAL_DATA": str(missing)})
    by_option = invoke("--data", str(missing), "goals")
    for result in (by_env, by_option):
        assert result.exit_code == 4
        assert result.stdout == ""
        assert f"{missing}: no such file" in result.stderr


@pytest.mark.parametrize("query", ["", "   ", "\x1b[31mred", "x" * 10_000, "🇨🇦", "\u202eadanac"])
def test_any_query_is_a_clean_unknown(invoke: Invoke, query: str) -> None:
    for args in (["show", query], ["list", "--region", query]):
        result = invoke(*args)
        assert result.exit_code in (2, 3), args
        assert result.stdout == ""
        line = result.stderr.splitlines()[0]
        assert line.startswith(("Unknown partner ", "Unknown region "))
        assert len(line) < 400
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
