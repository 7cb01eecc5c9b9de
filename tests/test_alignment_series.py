"""UN voting alignment and Bank Indonesia's series (issue 13): figures checked against the
staged files by hand, reliability, historical codes, part-years never against full years."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

import build_dataset
from bilateral_cli.alignment import MIN_VOTES, distance
from bilateral_cli.comparison import alignment_compare_view, compare_view, parse_period
from bilateral_cli.dataset import load_dataset
from bilateral_cli.dataset.compiled import LazyYears, encode_dataset, read_dataset
from bilateral_cli.errors import UsageProblem
from bilateral_cli.model import IdealPoint, Period
from bilateral_cli.profile_series import alignment_view, bop_view, investment_view
from bilateral_cli.queries import find_partner
from bilateral_cli.vocabulary.comparing import GroupBy, Metric, SeriesSource
from conftest import REPO, SHARED_DATA, Invoke, flat

DATASET = load_dataset()
IDEAL_POINTS = SHARED_DATA / "unga_ideal_points_1946_2025.tab"
needs_staged = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="staged files absent")


def staged_row(ccode: int, year: int) -> dict[str, str]:
    with IDEAL_POINTS.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if int(row["ccode"]) == ccode and int(row["year"]) == year:
                return row
    raise AssertionError(f"no row {ccode} {year}")


def test_distances_by_hand() -> None:
    # Staged file, 2025: Indonesia (850) -0.7842167, 158 votes, Q5 -1.183049, Q95 -0.4267497;
    # Malaysia (820) -0.7012448, Q5 -1.047212, Q95 -0.3812731; United States (2) 3.362142.
    malaysia = alignment_view(DATASET, find_partner(DATASET, "malaysia"), "en")
    assert malaysia is not None and malaysia.latest is not None
    assert malaysia.latest.year == 2025
    assert malaysia.latest.value == pytest.approx(0.0829719, abs=1e-9)
    assert malaysia.latest.high == pytest.approx(-0.3812731 + 1.183049, abs=1e-9)
    assert malaysia.latest.low == 0.0  # the two 5-95% intervals overlap
    assert (malaysia.latest.home_votes, malaysia.latest.votes) == (158, 158)
    usa = alignment_view(DATASET, find_partner(DATASET, "united-states"), "en")
    assert usa is not None and usa.latest is not None
    assert usa.latest.value == pytest.approx(3.362142 + 0.7842167, abs=1e-9)
    assert usa.latest.low == pytest.approx(3.18864 + 0.4267497, abs=1e-9)  # apart: no overlap
    assert usa.rank == usa.ranked  # the furthest of all


@needs_staged
@pytest.mark.parametrize(("partner", "ccode", "year"), [("china", 710, 2000), ("japan", 740, 2010)])
def test_distance_matches_the_staged_rows(partner: str, ccode: int, year: int) -> None:
    home, other = staged_row(850, year), staged_row(ccode, year)
    expected = abs(float(home["IdealPointFP"]) - float(other["IdealPointFP"]))
    view = alignment_view(DATASET, find_partner(DATASET, partner), "en")
    assert view is not None
    [found] = [d for d in view.years if d.year == year]
    assert found.value == pytest.approx(expected, abs=1e-9)
    assert found.votes == int(other["NVotesFP"])


def test_band_is_the_range_of_the_distance_over_both_intervals() -> None:
    home, partner = IdealPoint(0.0, 50, -1.0, 1.0), IdealPoint(3.0, 50, 2.5, 3.5)
    d = distance(2020, home, partner)
    assert (d.value, d.low, d.high) == (3.0, 1.5, 4.5)
    assert d.reliable
    assert not distance(2024, home._replace(votes=MIN_VOTES - 1), partner).reliable


def test_2024_is_unreliable_and_never_the_latest() -> None:
    view = alignment_view(DATASET, find_partner(DATASET, "china"), "en")
    assert view is not None and view.latest is not None
    [year_2024] = [d for d in view.years if d.year == 2024]
    assert not year_2024.reliable and year_2024.home_votes == 8
    assert view.latest.year == 2025
    # without 2025, the latest is 2023 and 2024 is named as not used
    voting = DATASET.un_voting
    assert voting is not None
    years = {y: voting.years[y] for y in voting.years if y != 2025}
    older = DATASET._replace(un_voting=voting._replace(years=years))
    view = alignment_view(older, find_partner(older, "china"), "en")
    assert view is not None and view.latest is not None
    assert view.latest.year == 2023
    assert [d.year for d in view.unused] == [2024]


def test_asking_for_an_unreliable_year_is_an_error(invoke: Invoke) -> None:
    result = invoke("compare", "--metric", "un-distance", "--to", "2024")
    assert result.exit_code == 2 and result.stdout == ""
    assert "2024 rests on too few UN votes (8; at least 20 needed)" in flat(result.stderr)


def test_historical_codes() -> None:
    """The USSR's votes are Russia's and West Germany's Germany's (continuing states); the GDR,
    Czechoslovakia, the Yugoslavia before 1992 and the Republic of China's seat are left out."""
    voting = DATASET.un_voting
    assert voting is not None
    year_1980 = voting.years[1980]
    assert "russia" in year_1980 and "germany" in year_1980
    assert "czechia" not in voting.years[1990] and "slovakia" not in voting.years[1990]
    assert "serbia" not in voting.years[1990]
    assert "serbia-and-montenegro" in voting.years[2003] and "serbia" not in voting.years[2003]
    assert "serbia" in voting.years[2010]
    assert all("other-asia-nes" not in voting.years[y] for y in voting.years)
    assert {"russia", "germany", "serbia"} <= set(voting.notes)
    assert min(voting.years) == 1950  # Indonesia's first year in the file


@needs_staged
def test_historical_codes_carry_the_staged_rows() -> None:
    voting = DATASET.un_voting
    assert voting is not None
    for key, ccode, year in (("russia", 365, 1980), ("germany", 260, 1980), ("serbia", 345, 2010)):
        row = staged_row(ccode, year)
        assert voting.years[year][key].point == float(row["IdealPointFP"])
    assert build_dataset.ideal_point_code(265, "DDR", 1980) is None
    assert build_dataset.ideal_point_code(315, "CSK", 1990) is None
    assert build_dataset.ideal_point_code(345, "YUG", 1991) is None
    assert build_dataset.ideal_point_code(713, "TWN", 1960) is None


def test_asean_member_voting_most_like_indonesia(invoke: Invoke) -> None:
    view = alignment_compare_view(DATASET, group="asean")
    assert view.rows[0].id == "laos"
    assert [r.end_value for r in view.rows] == sorted(r.end_value or 0 for r in view.rows)
    out = flat(invoke("compare", "--metric", "un-distance", "--group", "asean").stdout)
    assert "lower = closer" in out and "Laos 0.24 0.01" in out
    out = flat(invoke("compare", "--metric", "un-distance", "-g", "asean", "--lang", "id").stdout)
    assert "makin kecil = makin dekat" in out and "Laos 0,24 0,01" in out


def test_group_distance_is_the_mean_of_its_members() -> None:
    view = alignment_compare_view(DATASET, by=GroupBy.GROUP)
    [asean] = [r for r in view.rows if r.id == "asean"]
    members = alignment_compare_view(DATASET, group="asean").rows
    values = [r.end_value for r in members if r.end_value is not None]
    assert asean.end_value == pytest.approx(sum(values) / len(values))
    with pytest.raises(UsageProblem):
        alignment_compare_view(DATASET, by=GroupBy.REGION)


def test_bi_figures_match_the_staged_files() -> None:
    singapore = find_partner(DATASET, "singapore")
    bop = bop_view(singapore)
    assert bop is not None and bop.latest is not None
    # Singapore,2025-01/05,4831259000 and Singapore,2024-01/05,4239042000 (exports)
    assert bop.latest.period == Period(2025, 1, 5) and bop.latest.before == Period(2024, 1, 5)
    assert bop.latest.exports == 4_831_259_000
    assert bop.latest.exports_growth_pct == pytest.approx((4831259000 / 4239042000 - 1) * 100)
    assert bop.latest.preliminary
    [year_2022] = [y for y in bop.years if y.year == 2022]
    assert year_2022.bi_exports == 14_972_580_000
    assert year_2022.exports == singapore.trade.years[2022].exports  # type: ignore[union-attr]
    fdi = investment_view(find_partner(DATASET, "malaysia"))
    assert fdi is not None
    assert fdi.years[-1].value == -191_000_000  # Malaysia,2024,-191.0: net disinvestment
    assert fdi.part is not None and fdi.part.period == Period(2025, 1, 3)


def test_bi_aggregates_are_not_partners() -> None:
    for label in ("Total ASEAN", "Other Europe", "Asia", "Others", "Total", "ASEAN"):
        assert build_dataset.bi_label(label) is None
    assert build_dataset.bi_label("Unclassified exports(1)") is None
    assert build_dataset.bi_label("People\u2019s Republic of China") == "CHN"
    assert build_dataset.bi_label("PDR Laos") == build_dataset.bi_label("Lao PDR") == "LAO"
    with pytest.raises(SystemExit, match="BI_LABELS"):
        build_dataset.bi_label("Atlantis")
    with_bi = [p.iso3 for p in DATASET.partners if p.bop_trade is not None]
    assert "TWN" in with_bi  # BI's "Taiwan": the economy Comtrade holds as "Other Asia, nes"
    assert len(with_bi) == 35


def test_part_years_are_never_compared_with_full_years(invoke: Invoke) -> None:
    view = compare_view(DATASET, source=SeriesSource.BI, period="2025-01/05")
    assert (view.start_period, view.end_period) == (Period(2024, 1, 5), Period(2025, 1, 5))
    with pytest.raises(UsageProblem):
        compare_view(DATASET, source=SeriesSource.BI, period="2025-01/05", start=2024)
    with pytest.raises(UsageProblem):
        compare_view(DATASET, period="2025-01/05")  # Comtrade has no months
    with pytest.raises(UsageProblem):
        compare_view(DATASET, source=SeriesSource.BI, period="2025-01/04")  # not published
    result = invoke("compare", "--source", "bi", "--period", "2025-01/05", "--to", "2025")
    assert result.exit_code == 2 and "never with a full year" in result.stderr
    assert parse_period("2025-Q1") == Period(2025, 1, 3)


def test_compare_fdi_and_bi_in_both_languages(invoke: Invoke) -> None:
    view = compare_view(DATASET, metric=Metric.FDI, period="2025-Q1")
    top = view.rows[0]
    assert top.id == "hong-kong" and top.end_value == 885_000_000
    out = flat(invoke("compare", "--source", "bi", "--period", "2025-01/05").stdout)
    assert "January\u2013May 2024 → January\u2013May 2025 (USD million) (Bank Indonesia)" in out
    out = flat(invoke("compare", "--metric", "fdi", "--lang", "id").stdout)
    assert "Investasi langsung neto di Indonesia dari mitra, 2023 → 2024" in out
    args = ("compare", "--source", "bi", "--period", "2025-01/05", "-f", "json")
    data = json.loads(invoke(*args).stdout)
    assert (data["series"], data["from_period"], data["to_period"]) == (
        "bi",
        "2024-01/05",
        "2025-01/05",
    )


@pytest.mark.parametrize("partner", ["china", "malaysia", "japan", "united-states", "singapore"])
def test_show_tells_alignment_investment_and_latest_months(invoke: Invoke, partner: str) -> None:
    en = flat(invoke("show", partner).stdout)
    assert "Latest published: January\u2013May 2025: exports USD" in en
    assert "on January\u2013May 2024" in en and "(preliminary) [bi-trade-2025]" in en
    assert "Investment in Indonesia: net direct investment from" in en
    assert "UN voting alignment" in en and "Distance in 2025:" in en
    assert "Bailey, Strezhnev & Voeten" in en and "[unga-ideal-points]" in en
    assert "balance-of-payments basis (change of ownership)" in en
    id_ = flat(invoke("show", partner, "--lang", "id").stdout)
    assert "Terbaru yang diterbitkan: Januari\u2013Mei 2025: ekspor USD" in id_
    assert "Investasi di Indonesia: investasi langsung neto dari" in id_
    assert "Keselarasan suara di PBB" in id_ and "Jarak pada 2025:" in id_
    data = json.loads(invoke("show", partner, "-f", "json").stdout)
    assert data["un_voting"]["latest"]["year"] == 2025
    assert data["bop_trade"]["latest"]["period"] == "2025-01/05"
    assert data["fdi"]["years"][-1]["period"] == "2024"


def test_show_says_net_disinvestment(invoke: Invoke) -> None:
    assert "2024: net disinvestment of USD 191.0 million" in flat(invoke("show", "malaysia").stdout)
    out = flat(invoke("show", "malaysia", "--lang", "id").stdout)
    assert "divestasi neto sebesar USD 191,0 juta" in out


def test_list_sorted_by_un_distance(invoke: Invoke) -> None:
    data = json.loads(invoke("list", "--sort", "un-distance", "-f", "json").stdout)
    values = [p["un_distance"] for p in data["partners"] if p["un_distance"] is not None]
    assert values == sorted(values) and len(values) > 150
    assert data["un_distance"]["year"] == 2025
    out = flat(invoke("list", "--sort", "un-distance").stdout)
    assert "UN*" in out and "UN*: the UN voting distance" in out and "votes in 2025" in out


def test_votes_are_decoded_year_by_year(tmp_path: Path) -> None:
    """`show` decodes the two states' own lines and the one year its rank needs."""
    path = tmp_path / "partners.bundle"
    path.write_bytes(encode_dataset(load_dataset(REPO / "data" / "partners.yaml")))
    fresh = read_dataset(path)
    assert fresh is not None and fresh.un_voting is not None
    years = fresh.un_voting.years
    assert isinstance(years, LazyYears) and not years._decoded
    alignment_view(fresh, find_partner(fresh, "japan"), "en")
    assert list(years._decoded) == [2025]
    assert fresh == DATASET  # the round trip loses nothing
