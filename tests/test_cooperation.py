"""Groups and agreements: the data against its sources, group totals by hand, the commands."""

from __future__ import annotations

import csv
import json
from collections import defaultdict

import pytest

from bilateral_cli.comparison import compare_view
from bilateral_cli.completion import completions
from bilateral_cli.cooperation import covering, group_trade
from bilateral_cli.dataset import load_dataset
from bilateral_cli.model import MilestoneKind
from conftest import SHARED_DATA, Invoke, flat

DATASET = load_dataset()
GROUPS = {g.id: g for g in DATASET.cooperation.groups}
AGREEMENTS = {a.id: a for a in DATASET.cooperation.agreements}
staged = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="the staged files are not here")


def comtrade_by_iso3() -> dict[str, dict[int, dict[str, int]]]:
    """The staged Comtrade file: exports and imports per ISO code and year, whole USD."""
    out: dict[str, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    path = SHARED_DATA / "idn_bilateral_trade_comtrade.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            flow = "exports" if row["flowCode"] == "X" else "imports"
            value = int(float(row["primaryValue"]) + 0.5)
            out[row["iso3"].strip()][int(row["refYear"])][flow] = value
    return out


@staged
def test_a_groups_total_is_the_sum_of_its_members_from_the_staged_file() -> None:
    """ASEAN 2024 and 2015, by hand from the CSV: every current member, both flows."""
    staged_values = comtrade_by_iso3()
    codes = {p.id: p.iso3 for p in DATASET.partners}
    rows = {r.year: r for r in group_trade(DATASET, GROUPS["asean"], "en")}
    for year in (2015, 2024):
        members = [codes[m] for m in GROUPS["asean"].current_members()]
        exports = sum(staged_values[c][year]["exports"] for c in members)
        imports = sum(staged_values[c][year]["imports"] for c in members)
        assert (rows[year].exports, rows[year].imports) == (exports, imports)
        assert rows[year].total == exports + imports and rows[year].missing == ()


def test_a_member_without_figures_is_listed_never_counted_as_zero() -> None:
    nam = GROUPS["nam"]
    rows = group_trade(DATASET, nam, "en")
    missing = [r for r in rows if r.missing]
    assert missing, "NAM has members without figures in some year"
    for row in missing:
        assert row.change_pct is None  # never a growth across a change of composition
    year = missing[-1].year
    names = {p.name.en: p for p in DATASET.partners if p.id in nam.current_members()}
    for name in missing[-1].missing:
        series = names[name].trade
        flows = series.years.get(year) if series else None
        assert flows is None or flows.exports is None or flows.imports is None


@staged
def test_desta_years_match_the_staged_file() -> None:
    """Every DESTA-sourced milestone's year is a year the DESTA extract gives."""
    path = SHARED_DATA / "idn_trade_agreements_desta_v2_2.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    years = {int(r[k]) for r in rows for k in ("year_signed", "year_in_force") if r[k]}
    desta = [m for a in AGREEMENTS.values() for m in a.milestones if m.source == "desta-2-2"]
    assert desta
    for milestone in desta:
        assert milestone.date.precision.value == "year" and milestone.date.year in years


def test_every_agreement_date_and_status_has_a_source() -> None:
    for agreement in AGREEMENTS.values():
        assert agreement.status.source in DATASET.sources
        for milestone in agreement.milestones:
            assert milestone.source in DATASET.sources
    for group in GROUPS.values():
        assert group.source in DATASET.sources
        for member in group.members:
            if member.joined or member.left:
                assert member.source in DATASET.sources


def test_japan_is_covered_directly_and_through_asean() -> None:
    found = {a.id: through for a, through in covering(DATASET, "japan")}
    assert found == {"ij-epa": None, "ajcep": None, "rcep": None}
    malaysia = {a.id: through for a, through in covering(DATASET, "malaysia")}
    assert malaysia["atiga"] == "asean" and "ajcep" not in malaysia  # both on ASEAN's side
    in_force = AGREEMENTS["rcep"].milestones
    home = [m for m in in_force if m.kind is MilestoneKind.IN_FORCE and m.home]
    assert [m.date.iso() for m in home] == ["2023-01-02"]


def test_agreements_for_japan_say_since_when_in_force(invoke: Invoke) -> None:
    out = flat(invoke("agreements", "japan").stdout)
    assert "IJEPA (EPA)" in out and "1 July 2008" in out and "[ictsd-ijepa-2008]" in out
    assert "2 January 2023 (for" in out and "[collessyoung-rcep-2022]" in out
    data = json.loads(invoke("agreements", "japan", "-f", "json").stdout)
    assert [a["id"] for a in data["agreements"]] == ["ajcep", "ij-epa", "rcep"]
    assert data["as_of"] == "2026-11-26"


def test_brics_membership_and_asean_growth(invoke: Invoke) -> None:
    brics = flat(invoke("show", "brics").stdout)
    assert "Indonesia member since 6 January 2025" in brics
    data = json.loads(
        invoke("compare", "asean", "--from", "2015", "--to", "2024", "-f", "json").stdout
    )
    [asean] = [r for r in data["rows"] if r["id"] == "asean"]
    rows = {r.year: r for r in group_trade(DATASET, GROUPS["asean"], "en")}
    assert (asean["from"], asean["to"]) == (rows[2015].total, rows[2024].total)
    assert asean["growth_pct"] == pytest.approx(
        ((rows[2024].total / rows[2015].total) ** (1 / 9) - 1) * 100
    )


def test_coverage_names_large_partners_without_an_agreement(invoke: Invoke) -> None:
    data = json.loads(invoke("agreements", "--coverage", "--top", "20", "-f", "json").stdout)
    assert len(data["partners"]) == 20
    none = [p["id"] for p in data["partners"] if not p["agreements_in_force"]]
    assert "united-states" in none and "japan" not in none
    totals = [p["total"] for p in data["partners"]]
    assert totals == sorted(totals, reverse=True)


@pytest.mark.parametrize("query", ["asean", "ASEAN", "eu", "uni eropa", "European Union", "ue"])
def test_groups_are_found_in_both_languages(invoke: Invoke, query: str) -> None:
    result = invoke("show", query, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["kind"] == "group"


def test_an_unknown_group_is_a_usage_error_listing_the_valid_ones(invoke: Invoke) -> None:
    result = invoke("list", "--group", "nato")
    assert result.exit_code == 2 and result.stdout == ""
    assert "Unknown group 'nato'" in result.stderr and "asean" in result.stderr
    indonesian = invoke("compare", "--group", "nato", "--lang", "id")
    assert indonesian.exit_code == 2 and "Kelompok tidak dikenal" in indonesian.stderr


def test_group_filters_and_totals(invoke: Invoke) -> None:
    listed = json.loads(invoke("list", "--group", "uni eropa", "-f", "json").stdout)
    assert {p["id"] for p in listed["partners"]} == set(GROUPS["eu"].current_members())
    assert "united-kingdom" not in {p["id"] for p in listed["partners"]}  # left on 2020-01-31
    view = compare_view(DATASET, group="eu", start=2019, end=2024)
    assert view.total is not None
    assert view.total.end_value == sum(r.end_value or 0 for r in view.rows)


def test_compare_by_group_ranks_groups() -> None:
    from bilateral_cli.vocabulary.comparing import GroupBy

    view = compare_view(DATASET, by=GroupBy.GROUP, top=None, start=2023, end=2024)
    assert {r.id for r in view.rows} <= set(GROUPS)
    values = [r.end_value for r in view.rows if r.end_value is not None]
    assert values == sorted(values, reverse=True)


def test_tab_offers_groups() -> None:
    assert "asean" in completions(None, "as", "partner")
    assert "brics" in completions(None, "b", "group")
    assert "uni-eropa" in completions(None, "uni", "group")


def test_an_impossible_filter_is_an_error_not_an_empty_table(invoke: Invoke) -> None:
    result = invoke("agreements", "malaysia", "--kind", "mou")
    assert result.exit_code == 2 and result.stdout == ""
