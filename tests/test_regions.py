"""Every partner's region follows the dataset's stated rule (`region_rule`), checked against the
UN's M49 sub-regions: a table of sub-region to region, and the economies the rule names as
placed otherwise (data/curated.yaml, `build.region_rule_table` and `build.region_rule_exceptions`).
"""

from __future__ import annotations

import csv
import importlib.resources

import yaml

from bilateral_cli.dataset import load_dataset
from conftest import REPO

DATASET = load_dataset()
RULES = yaml.safe_load((REPO / "data" / "curated.yaml").read_text(encoding="utf-8"))["build"]
TABLE: dict[str, str] = RULES["region_rule_table"]
EXCEPTIONS: dict[str, str] = RULES["region_rule_exceptions"]


def m49_subregions() -> dict[str, str]:
    """ISO alpha-3 code to UN M49 sub-region, as the country_converter package ships them."""
    data = importlib.resources.files("country_converter") / "country_data.tsv"
    with data.open(encoding="utf-8") as handle:
        return {row["ISO3"]: row["UNregion"] for row in csv.DictReader(handle, delimiter="\t")}


def test_every_partner_is_where_the_rule_puts_it() -> None:
    subregions = m49_subregions()
    wrong = []
    for partner in DATASET.partners:
        expected = EXCEPTIONS.get(partner.iso3) or TABLE.get(subregions.get(partner.iso3, ""))
        if partner.region != expected:
            wrong.append((partner.iso3, partner.region, expected))
    assert wrong == []


def test_every_exception_is_one_and_is_named_in_the_rule() -> None:
    subregions = m49_subregions()
    for code, region in EXCEPTIONS.items():
        assert TABLE.get(subregions.get(code, "")) != region, f"{code} needs no exception"
    rule = DATASET.region_rule.en
    for name in ("Greece", "Cyprus", "Iran", "Antarctica", "British Indian Ocean Territory"):
        assert name in rule
    assert "the Balkans" not in rule  # named state by state: Greece is on the peninsula too
