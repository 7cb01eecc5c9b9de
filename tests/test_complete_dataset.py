"""The complete dataset against its inputs: every economy, every year, every relations date."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import pycountry
import pytest

from bilateral_cli.dataset import load_dataset
from bilateral_cli.model import PartnerKind
from conftest import SHARED_DATA, Invoke, flat

DATASET = load_dataset()
BY_ISO3 = {p.iso3: p for p in DATASET.partners}
TRADE_CSV = SHARED_DATA / "idn_bilateral_trade_comtrade.csv"
RELATIONS_CSV = SHARED_DATA / "idn_diplomatic_relations_wikipedia.csv"
needs_staged = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="staged files absent")
NOT_PARTNERS = {"W00", "E19", "F19", "O19", "A59", "_X ", "IDN"}
STAND_INS = {"S19": "TWN"}  # Comtrade's "Other Asia, nes"


def csv_trade() -> dict[str, dict[int, dict[str, int]]]:
    out: dict[str, dict[int, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    with TRADE_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            flow = "exports" if row["flowCode"] == "X" else "imports"
            value = Decimal(row["primaryValue"]).quantize(Decimal(1), ROUND_HALF_UP)
            out[row["iso3"]][int(row["refYear"])][flow] = int(value)
    return out


def test_counts() -> None:
    with_relations = [p for p in DATASET.partners if p.relations]
    with_trade = [p for p in DATASET.partners if p.trade and p.trade.years]
    assert len(with_relations) >= 195
    assert len(with_trade) >= 200
    assert len(DATASET.partners) >= 230


def test_every_partner_has_region_names_and_status() -> None:
    regions = {r.id for r in DATASET.regions}
    for partner in DATASET.partners:
        assert partner.region in regions
        assert partner.name.id.strip() and partner.name.en.strip()
        if partner.kind is PartnerKind.COUNTRY:
            assert (partner.relations is None) != (partner.no_relations is None), partner.id
        else:  # a source may say there are none (Taiwan), but none are its own
            assert partner.relations is None, partner.id
            assert partner.no_relations is None or partner.iso3 == "TWN", partner.id


def test_iso_codes_are_real_and_match_each_other() -> None:
    for partner in DATASET.partners:
        country = pycountry.countries.get(alpha_3=partner.iso3) or (
            pycountry.historic_countries.get(alpha_3=partner.iso3)
        )
        assert country is not None, partner.id
        assert country.alpha_2 == partner.iso2, partner.id


def test_aggregates_and_home_are_not_partners() -> None:
    assert not NOT_PARTNERS & set(BY_ISO3)
    names = {p.name.en.casefold() for p in DATASET.partners}
    assert "world" not in names and "indonesia" not in names


def test_indonesian_names_follow_government_usage() -> None:
    expected = {
        "CHN": "Tiongkok",
        "TLS": "Timor-Leste",
        "CZE": "Ceko",
        "CPV": "Tanjung Verde",
        "ETH": "Etiopia",
        "USA": "Amerika Serikat",
        "JPN": "Jepang",
        "KOR": "Korea Selatan",
        "NLD": "Belanda",
        "DEU": "Jerman",
        "RUS": "Rusia",
        "SYR": "Suriah",
        "FRA": "Prancis",
    }
    for iso3, name in expected.items():
        assert BY_ISO3[iso3].name.id == name


def test_regions_of_well_known_partners() -> None:
    expected = {
        "JPN": "east-asia-pacific",
        "AUS": "east-asia-pacific",
        "IND": "south-central-asia",
        "KAZ": "south-central-asia",
        "SAU": "middle-east",
        "EGY": "middle-east",
        "NGA": "africa",
        "ZAF": "africa",
        "BRA": "south-america-caribbean",
        "JAM": "south-america-caribbean",
        "USA": "north-central-america",
        "PAN": "north-central-america",
        "DEU": "western-europe",
        "GBR": "western-europe",
        "POL": "central-eastern-europe",
        "RUS": "central-eastern-europe",
    }
    for iso3, region in expected.items():
        assert BY_ISO3[iso3].region == region, iso3


@needs_staged
def test_every_trade_figure_equals_the_comtrade_file() -> None:
    staged = csv_trade()
    compared = 0
    for code, years in staged.items():
        if code in NOT_PARTNERS:
            continue
        partner = BY_ISO3[STAND_INS.get(code, code)]
        assert partner.trade is not None
        assert set(partner.trade.years) == set(years), partner.id  # no year lost or invented
        for year, flows in years.items():
            stored = partner.trade.years[year]
            assert stored.exports == flows.get("exports"), (partner.id, year)
            assert stored.imports == flows.get("imports"), (partner.id, year)
            compared += 1
    assert compared > 5000


@needs_staged
def test_world_totals_equal_the_comtrade_file() -> None:
    staged = csv_trade()["W00"]
    assert {y: (t.exports, t.imports) for y, t in DATASET.world_trade.years.items()} == {
        y: (f.get("exports"), f.get("imports")) for y, f in staged.items()
    }


@needs_staged
def test_every_relations_date_equals_the_table() -> None:
    import build_dataset

    dates = build_dataset.read_relations(RELATIONS_CSV)
    assert len(dates) == 195
    for iso3, date in dates.items():
        relations = BY_ISO3[iso3].relations
        assert relations is not None, iso3
        wiki = [c for c in relations.established if c.source == "wikipedia-relations"]
        assert [c.date.iso() for c in wiki] == [date], iso3


def test_a_missing_year_stays_missing(invoke: Invoke) -> None:
    # Israel has no Comtrade rows for 2001-2006.
    data = json.loads(invoke("show", "israel", "-f", "json").stdout)
    years = {row["year"]: row for row in data["trade"]["years"]}
    assert not set(range(2001, 2007)) & set(years)
    assert 2000 in years and 2007 in years
    assert years[2007]["change_pct"] is None  # no 2006 to compare with: unknown, not zero


@pytest.mark.parametrize("query", ["japan", "jepang", "JPN"])
def test_show_japan_has_the_whole_series(invoke: Invoke, query: str) -> None:
    out = invoke("show", query).stdout.split("Bank Indonesia's figures")[0]  # Comtrade's table
    japan = BY_ISO3["JPN"]
    assert japan.trade is not None
    rows = {
        line.split()[0]: line.split()
        for line in out.splitlines()
        if line[:4].isdigit() and line[4:5] == " "
    }
    assert sorted(int(y) for y in rows) == list(range(2000, 2025))
    for year, flows in japan.trade.years.items():
        assert flows.exports is not None and flows.imports is not None
        assert rows[str(year)][1] == f"{flows.exports / 1e6:,.1f}"
        assert rows[str(year)][2] == f"{flows.imports / 1e6:,.1f}"


def test_show_taiwan_says_what_the_comtrade_code_holds(invoke: Invoke) -> None:
    out = flat(invoke("show", "taiwan").stdout)
    assert out.startswith("Taiwan ")
    assert 'records this trade as "Other Asia, nes" (code 490), which by Comtrade' in out
    assert "convention holds trade with Taiwan" in out


def test_show_israel_has_no_diplomatic_relations(invoke: Invoke) -> None:
    out = flat(invoke("show", "israel").stdout)
    assert "no diplomatic relations (Indonesia has never opened diplomatic relations" in out
    assert "[tempo-en-2023-03-20]" in out


def test_show_territory_has_no_relations_of_its_own(invoke: Invoke) -> None:
    out = invoke("show", "hong kong").stdout
    assert "none of its own (territory)" in out
