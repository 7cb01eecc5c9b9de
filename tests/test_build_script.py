"""The build script's readers: the relations-table name mapping and the trade figures.

A wrong name match would be silent data corruption, so the mapping is checked row by row
where the staged files are present.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import build_dataset
from conftest import SHARED_DATA

TRADE_CSV = SHARED_DATA / "idn_bilateral_trade_comtrade.csv"
RELATIONS_CSV = SHARED_DATA / "idn_diplomatic_relations_wikipedia.csv"
needs_staged = pytest.mark.skipif(not SHARED_DATA.is_dir(), reason="staged files absent")


@needs_staged
def test_every_relations_row_maps_to_its_own_iso_code() -> None:
    with RELATIONS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    mapping = build_dataset.read_relations(RELATIONS_CSV)
    assert len(rows) == len(mapping) == 195
    by_name = {row["country"]: build_dataset.wiki_iso3(row["country"]) for row in rows}
    expected = {
        "Ivory Coast": "CIV",
        "Czech Republic": "CZE",
        "Federated States of Micronesia": "FSM",
        "Republic of the Congo": "COG",
        "Democratic Republic of the Congo": "COD",
        "North Korea": "PRK",
        "South Korea": "KOR",
        "Holy See": "VAT",
        "State of Palestine": "PSE",
        "Niger": "NER",
        "Nigeria": "NGA",
        "Guinea": "GIN",
        "Guinea-Bissau": "GNB",
        "Equatorial Guinea": "GNQ",
        "Dominica": "DMA",
        "Dominican Republic": "DOM",
        "Sudan": "SDN",
        "South Sudan": "SSD",
        "Canada": "CAN",
        "Mexico": "MEX",
        "United States": "USA",
        "China": "CHN",
    }
    for name, iso3 in expected.items():
        assert by_name[name] == iso3, name


def test_unknown_relations_name_fails_loudly() -> None:
    with pytest.raises(SystemExit, match="WIKI_NAME_TO_ISO3"):
        build_dataset.wiki_iso3("Atlantis")


@needs_staged
def test_trade_values_round_to_whole_usd_and_match_the_file() -> None:
    trade = build_dataset.read_trade(TRADE_CSV)
    # 2021,X,124,1063340426.186,CAN and 2021,M,124,2053964077.0,CAN in the staged file.
    assert trade["CAN"][2021] == {"exports": 1063340426, "imports": 2053964077}
    assert trade["USA"][2022]["exports"] == 28235188500  # 28235188499.988 rounds up
    assert sum(trade["W00"][2022].values()) > 0


def test_trade_rounding_is_half_up(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "refYear,flowCode,partnerCode,primaryValue,iso3\n"
        "2020,X,124,10.5,CAN\n2020,M,124,2.4999,CAN\n",
        encoding="utf-8",
    )
    assert build_dataset.read_trade(path) == {"CAN": {2020: {"exports": 11, "imports": 2}}}


def test_duplicate_trade_row_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "refYear,flowCode,partnerCode,primaryValue,iso3\n2020,X,124,1,CAN\n2020,X,124,2,CAN\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit, match="two exports rows for CAN 2020"):
        build_dataset.read_trade(path)
