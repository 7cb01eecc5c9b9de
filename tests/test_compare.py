"""`bilateral compare`: growth, CAGR, shares, ranks and bars, checked by hand against the CSV."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bilateral_cli.comparison import cagr_pct, compare_view, growth, metric_value
from bilateral_cli.dataset import load_dataset
from bilateral_cli.errors import BilateralError
from bilateral_cli.model import TradeYear
from bilateral_cli.vocabulary.comparing import CompareSort, GroupBy, Metric
from conftest import Invoke, flat

DATASET = load_dataset()
WIDE = {"COLUMNS": "200"}

# From the staged Comtrade file (whole USD), for hand computation:
# Canada 2020: X 789116393, M 1615455845; 2021: X 1063340426, M 2053964077.
CANADA_2020 = 789_116_393 + 1_615_455_845
CANADA_2021 = 1_063_340_426 + 2_053_964_077
# United States exports 2014 and 2024.
US_EXPORTS_2024 = 26_593_055_006


def test_year_on_year_growth_by_hand() -> None:
    view = compare_view(DATASET, ["canada"], start=2020, end=2021)
    [row] = view.rows
    assert view.growth_kind == "yoy"
    assert row.start_value == CANADA_2020 and row.end_value == CANADA_2021
    assert row.change == CANADA_2021 - CANADA_2020
    assert row.growth_pct == pytest.approx((CANADA_2021 / CANADA_2020 - 1) * 100)
    assert row.growth_pct == pytest.approx(29.6407, abs=1e-4)
    assert row.reported_growth_pct == 29.57 and row.reported_source == "liputan6-2023"


def test_cagr_by_hand() -> None:
    view = compare_view(DATASET, ["japan", "china"], start=2014, end=2024)
    assert view.growth_kind == "cagr"
    for row in view.rows:
        partner = next(p for p in DATASET.partners if p.id == row.id)
        assert partner.trade is not None
        first, last = partner.trade.years[2014], partner.trade.years[2024]
        start = first.exports + first.imports  # type: ignore[operator]
        end = last.exports + last.imports  # type: ignore[operator]
        assert row.growth_pct == pytest.approx(((end / start) ** (1 / 10) - 1) * 100)
        assert row.reported_growth_pct is None  # no publication states a 2014-2024 growth


def test_shares_and_ranks_against_world_totals() -> None:
    view = compare_view(DATASET, start=2023, end=2024, top=3)
    world = DATASET.world_trade.years[2024]
    world_total = world.exports + world.imports  # type: ignore[operator]
    assert [r.id for r in view.rows] == ["china", "united-states", "japan"]
    assert [r.rank for r in view.rows] == [1, 2, 3]
    for row in view.rows:
        assert row.end_value is not None
        assert row.share_pct == pytest.approx(row.end_value / world_total * 100)
    assert view.ranked == sum(
        1
        for p in DATASET.partners
        if p.trade and metric_value(p.trade.years.get(2024), Metric.TOTAL) is not None
    )


def test_exports_in_the_americas_ranked_in_order() -> None:
    view = compare_view(DATASET, region="americas", end=2024, metric=Metric.EXPORTS, top=5)
    assert [r.id for r in view.rows] == ["united-states", "mexico", "brazil", "canada", "chile"]
    values = [r.end_value for r in view.rows]
    assert values == sorted(values, reverse=True)  # type: ignore[type-var]
    assert view.rows[0].end_value == US_EXPORTS_2024
    assert view.start == 2023  # the year before by default


def test_sorting_and_top() -> None:
    by_growth = compare_view(DATASET, region="asia", sort=CompareSort.GROWTH, top=5).rows
    growths = [r.growth_pct for r in by_growth]
    assert growths == sorted(growths, reverse=True)  # type: ignore[type-var]
    by_name = compare_view(DATASET, ["mexico", "canada", "japan"], sort=CompareSort.NAME).rows
    assert [r.id for r in by_name] == ["canada", "japan", "mexico"]
    assert len(compare_view(DATASET).rows) == 10  # the default top


def test_missing_years_and_zero_bases_give_blanks_not_zero() -> None:
    # Israel has no Comtrade figures for 2001-2006.
    [row] = compare_view(DATASET, ["israel"], start=2000, end=2003).rows
    assert row.end_value is None and row.change is None and row.growth_pct is None
    assert growth(0, 10, 1) is None and growth(None, 10, 1) is None
    assert cagr_pct(-5, 10, 3) is None and cagr_pct(5, 0, 3) is None
    assert metric_value(TradeYear(None, 5), Metric.TOTAL) is None
    assert metric_value(TradeYear(7, 5), Metric.BALANCE) == 2


def test_balance_has_no_share_and_no_growth_from_a_deficit() -> None:
    [row] = compare_view(DATASET, ["canada"], start=2020, end=2021, metric=Metric.BALANCE).rows
    assert row.share_pct is None
    assert row.start_value is not None and row.start_value < 0
    assert row.growth_pct is None  # a deficit is no base for a growth rate


def test_year_order_is_checked() -> None:
    with pytest.raises(BilateralError):
        compare_view(DATASET, start=2024, end=2020)


def test_by_region_sums_partners() -> None:
    view = compare_view(DATASET, by=GroupBy.REGION, start=2023, end=2024)
    regions, groups = list(view.rows), list(view.sums)
    assert all(r.rank is not None for r in regions) and all(g.rank is None for g in groups)
    assert len(regions) == 8 and [g.id for g in groups] == ["americas", "europe", "asia"]
    expected = 0
    for partner in DATASET.partners:
        if partner.region == "middle-east" and partner.trade:
            a = metric_value(partner.trade.years.get(2023), Metric.TOTAL)
            b = metric_value(partner.trade.years.get(2024), Metric.TOTAL)
            if a is not None and b is not None:
                expected += b
    assert next(r for r in regions if r.id == "middle-east").end_value == expected
    americas = next(g for g in groups if g.id == "americas")
    parts = [r for r in regions if r.id in ("north-central-america", "south-america-caribbean")]
    assert americas.end_value == sum(r.end_value for r in parts)  # type: ignore[misc]


def test_done_when_canada_beside_the_article(invoke: Invoke) -> None:
    out = invoke(
        "compare", "united-states", "canada", "mexico", "--from", "2020", "--to", "2021", env=WIDE
    ).stdout
    canada = flat(next(line for line in out.splitlines() if "Canada" in line))
    assert "+29.6%" in canada
    reported = flat(out[out.index("As published") :])
    assert "Canada: reported +29.57% [liputan6-2023]; computed +29.64%*" in reported
    assert "+0.07 pt" in reported
    assert "YoY*" in out


def test_done_when_americas_exports_with_bars(invoke: Invoke) -> None:
    out = invoke(
        "compare",
        "--region",
        "americas",
        "--top",
        "5",
        "--metric",
        "exports",
        "--to",
        "2024",
        env=WIDE,
    ).stdout
    rows = [line for line in out.splitlines() if any(ch in line for ch in "█▏▎▍▌▋▊▉")]
    names = [
        n
        for line in rows
        for n in ("United States", "Mexico", "Brazil", "Canada", "Chile")
        if n in line
    ]
    assert names == ["United States", "Mexico", "Brazil", "Canada", "Chile"]
    assert rows[0].count("█") == 20  # the largest value has the full bar


def test_compare_json_and_indonesian(invoke: Invoke) -> None:
    data = json.loads(
        invoke("compare", "canada", "--from", "2020", "--to", "2021", "-f", "json").stdout
    )
    [row] = data["rows"]
    assert row["from"] == CANADA_2020 and row["to"] == CANADA_2021
    assert row["difference_pct"] == pytest.approx(row["growth_pct"] - 29.57)
    out = flat(invoke("compare", "canada", "--from", "2020", "--to", "2021", "--lang", "id").stdout)
    assert "+29,6%" in out and "+29,57%" in out and "+0,07 persen poin" in out


def test_export_svg_is_well_formed_and_holds_the_names(invoke: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "report.svg"
    result = invoke("compare", "--region", "americas", "--top", "3", "--export", str(target))
    assert result.exit_code == 0
    root = ET.fromstring(target.read_text(encoding="utf-8"))
    assert root.tag.endswith("svg")
    text = " ".join("".join(node.itertext()) for node in root.iter())
    for name in ("United", "Brazil", "Canada"):
        assert name in text.replace("\xa0", " ")
    html = tmp_path / "report.html"
    assert invoke("goals", "--export", str(html)).exit_code == 0
    assert "Strengthening friendship" in html.read_text(encoding="utf-8")


def test_export_refuses_unknown_files_and_machine_formats(invoke: Invoke, tmp_path: Path) -> None:
    bad = invoke("compare", "--export", str(tmp_path / "x.png"))
    assert bad.exit_code == 2 and bad.stdout == "" and ".svg or .html" in bad.stderr
    machine = invoke("compare", "-f", "json", "--export", str(tmp_path / "x.svg"))
    assert machine.exit_code == 2 and machine.stdout == ""


def test_show_has_a_chart_of_the_series(invoke: Invoke) -> None:
    out = invoke("show", "canada").stdout
    peak = next(line for line in out.splitlines() if line.startswith("2022 "))
    assert peak.rstrip().endswith("█" * 16)  # the largest total fills the chart column


def test_by_region_refuses_partners_and_region(invoke: Invoke) -> None:
    for args in (["canada", "--by", "region"], ["--region", "asia", "--by", "region"]):
        result = invoke("compare", *args)
        assert result.exit_code == 2 and result.stdout == ""
        assert "--by region compares every region" in result.stderr
    bad = invoke("compare", "--by", "partner")
    assert bad.exit_code == 2 and "--by" in bad.stderr
