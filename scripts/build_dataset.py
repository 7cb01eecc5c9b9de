"""Build data/partners.yaml from the hand-curated file and the staged source files.

    python scripts/build_dataset.py --trade ../shared/data/idn_bilateral_trade_comtrade.csv \
        --relations ../shared/data/idn_diplomatic_relations_wikipedia.csv

The raw files are inputs, never committed: this script carries their figures over, each with
its source id. The output is deterministic (same inputs, byte-identical YAML) and is validated
by the same loader the tool uses before it is written.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from bilateral_cli.errors import DatasetError
from bilateral_cli.loader import load_dataset
from bilateral_cli.yamltree import parse_yaml

ROOT = Path(__file__).resolve().parent.parent
TRADE_SOURCE = "comtrade"
RELATIONS_SOURCE = "wikipedia-relations"

GENERATED_SOURCES: list[dict[str, Any]] = [
    {
        "id": TRADE_SOURCE,
        "publisher": "United Nations Statistics Division (UN Comtrade)",
        "title": "UN Comtrade, reporter Indonesia, total merchandise trade, USD",
        "date": "2000/2024",
        "via": "Statistics Indonesia (BPS), the reporter of these figures",
        "dataset": (
            "UN Comtrade extract by Krisna Gupta, repository imedkrisna/geoeconomics, file "
            "data/idn_bilateral_trade.csv, commit 4ba61058a5f7678d3c4bd8788d70072da2683b52"
        ),
        "url": "https://comtradeplus.un.org/",
        "licence": "UN Comtrade terms of use; extract published under the MIT licence",
        "note": {
            "id": (
                "Angka tahunan dalam USD, dibulatkan ke dolar terdekat. Tahun yang tidak ada "
                "berarti tidak diketahui, bukan nol."
            ),
            "en": (
                "Annual figures in USD, rounded to the nearest dollar. A missing year is "
                "unknown, not zero."
            ),
        },
    },
    {
        "id": RELATIONS_SOURCE,
        "publisher": "Wikipedia contributors",
        "title": "Foreign relations of Indonesia: Diplomatic relations table",
        "date": "2025-11-19",
        "url": "https://en.wikipedia.org/wiki/Foreign_relations_of_Indonesia",
        "dataset": (
            "wikitext saved in repository benj3542/IP_graph, "
            "commit ec9ddb8633b5f0e04f43f6cd06b31f9dd4d6d8b9"
        ),
        "via": "Kemlu's \"Kerja Sama Bilateral\" page, which the table's date column cites",
        "licence": "CC BY-SA 4.0 (text of Wikipedia); attribute when showing these dates",
    },
]

# Wikipedia's English short names that are not pycountry's names or common names.
WIKI_NAME_TO_ISO3 = {
    "Brunei": "BRN",
    "Cape Verde": "CPV",
    "Democratic Republic of the Congo": "COD",
    "Holy See": "VAT",
    "Ivory Coast": "CIV",
    "Russia": "RUS",
    "São Tomé and Príncipe": "STP",
    "State of Palestine": "PSE",
    "Turkey": "TUR",
}


def read_trade(path: Path) -> dict[str, dict[int, dict[str, int]]]:
    """ISO3 -> year -> {"exports"|"imports": whole USD}, from the Comtrade extract."""
    flows = {"X": "exports", "M": "imports"}
    out: dict[str, dict[int, dict[str, int]]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["iso3"]
            flow = flows[row["flowCode"]]
            year = int(row["refYear"])
            value = int(Decimal(row["primaryValue"]).quantize(Decimal(1), ROUND_HALF_UP))
            year_flows = out.setdefault(iso3, {}).setdefault(year, {})
            if flow in year_flows:
                raise SystemExit(f"{path}: two {flow} rows for {iso3} {year}")
            year_flows[flow] = value
    return out


def wiki_iso3(name: str) -> str:
    """Map a Wikipedia country name to ISO 3166-1 alpha-3, loudly failing when unsure."""
    if name in WIKI_NAME_TO_ISO3:
        return WIKI_NAME_TO_ISO3[name]
    import pycountry

    for attr in ("name", "common_name", "official_name"):
        for country in pycountry.countries:
            if getattr(country, attr, None) == name:
                return str(country.alpha_3)
    raise SystemExit(
        f"no ISO code for Wikipedia country name {name!r}: add it to WIKI_NAME_TO_ISO3"
    )


def read_relations(path: Path) -> dict[str, str]:
    """ISO3 -> ISO date (YYYY, YYYY-MM or YYYY-MM-DD) relations were established."""
    out: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = wiki_iso3(row["country"])
            if iso3 in out:
                raise SystemExit(f"{path}: two rows map to {iso3} ({row['country']})")
            out[iso3] = row["date"]
    return out


def build(curated: dict[str, Any], trade_path: Path, relations_path: Path) -> dict[str, Any]:
    """The full dataset document: curated facts plus the staged series, each with its source."""
    trade = read_trade(trade_path)
    relations = read_relations(relations_path)
    doc = dict(curated)
    doc["sources"] = [*curated["sources"], *GENERATED_SOURCES]
    partners = []
    for partner in curated["partners"]:
        partner = dict(partner)
        iso3 = partner["iso3"]
        if iso3 in relations:
            established = [{"date": relations[iso3], "source": RELATIONS_SOURCE}]
            rel = dict(partner.get("relations") or {})
            rel["established"] = established + list(rel.get("established", []))
            partner["relations"] = rel
        if iso3 in trade:
            partner["trade"] = {
                "source": TRADE_SOURCE,
                "years": {
                    year: {
                        k: trade[iso3][year][k]
                        for k in ("exports", "imports")
                        if k in trade[iso3][year]
                    }
                    for year in sorted(trade[iso3])
                },
            }
        partners.append(_ordered(partner))
    doc["partners"] = sorted(partners, key=lambda p: p["id"])
    return doc


PARTNER_KEYS = (
    "id",
    "iso2",
    "iso3",
    "name",
    "aliases",
    "region",
    "relations",
    "highlights",
    "reported",
    "trade",
)


def _ordered(partner: dict[str, Any]) -> dict[str, Any]:
    unknown = set(partner) - set(PARTNER_KEYS)
    if unknown:
        raise SystemExit(f"partner {partner.get('id')!r}: unknown keys {sorted(unknown)}")
    return {k: partner[k] for k in PARTNER_KEYS if k in partner}


class _Flow(dict[Any, Any]):
    """A mapping written on one line: `{exports: 1, imports: 2}`."""


class _FlowList(list[Any]):
    """A list of plain values written on one line: `[2020, 2021]`."""


class _Dumper(yaml.SafeDumper):
    pass


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=None)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(_FlowList, _represent_flow_list)
_Dumper.add_representer(str, _represent_str)


def _flowed(value: Any) -> Any:
    """Short leaf mappings (names, trade years) go on one line to keep diffs readable."""
    if isinstance(value, dict):
        inner = {k: _flowed(v) for k, v in value.items()}
        leaf = all(not isinstance(v, (dict, list)) for v in inner.values())
        short = sum(len(str(v)) for v in inner.values()) <= 70
        return _Flow(inner) if leaf and short else inner
    if isinstance(value, list):
        items = [_flowed(v) for v in value]
        plain = all(not isinstance(v, (dict, list)) for v in items)
        return _FlowList(items) if plain else items
    return value


HEADER = """\
# GENERATED by scripts/build_dataset.py from data/curated.yaml and the staged source files.
# Do not edit by hand: edit data/curated.yaml (or the script) and rebuild; a test fails when
# this file is stale. Every figure carries a source id listed under `sources`.
"""


def render(doc: dict[str, Any]) -> str:
    body = yaml.dump(
        _flowed(doc),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return HEADER + body


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trade", type=Path, required=True, help="UN Comtrade extract (CSV)")
    parser.add_argument("--relations", type=Path, required=True, help="relations table (CSV)")
    parser.add_argument("--curated", type=Path, default=ROOT / "data" / "curated.yaml")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "partners.yaml")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(list(argv) if argv is not None else None)

    curated = parse_yaml(args.curated.read_text(encoding="utf-8"), str(args.curated)).data
    text = render(build(curated, args.trade, args.relations))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: rebuild it with scripts/build_dataset.py", file=sys.stderr)
            return 1
        return 0
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    try:
        load_dataset(tmp)
    except DatasetError as exc:
        tmp.unlink()
        print(exc.message, file=sys.stderr)
        return 1
    tmp.replace(args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
