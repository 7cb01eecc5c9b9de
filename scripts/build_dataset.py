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
import re
import sys
from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from bilateral_cli.dataset import load_dataset
from bilateral_cli.dataset.writer import DatasetDumper
from bilateral_cli.dataset.yamltree import parse_yaml
from bilateral_cli.errors import DatasetError
from bilateral_cli.text import slug
from bilateral_cli.update.codes import STAND_INS, WORLD, dataset_codes, is_partner

ROOT = Path(__file__).resolve().parent.parent
TRADE_SOURCE = "comtrade"
RELATIONS_SOURCE = "wikipedia-relations"

GENERATED_SOURCES: list[dict[str, Any]] = [
    {
        "id": TRADE_SOURCE,
        "publisher": {
            "id": "Divisi Statistik Perserikatan Bangsa-Bangsa (UN Comtrade)",
            "en": "United Nations Statistics Division (UN Comtrade)",
        },
        "title": "UN Comtrade Database",
        "date": "2000/2024",
        "via": {
            "id": "Badan Pusat Statistik (BPS), pelapor angka-angka ini",
            "en": "Statistics Indonesia (BPS), the reporter of these figures",
        },
        "dataset": {
            "id": (
                "Cuplikan UN Comtrade oleh Krisna Gupta, repositori imedkrisna/geoeconomics, "
                "berkas data/idn_bilateral_trade.csv, commit "
                "4ba61058a5f7678d3c4bd8788d70072da2683b52"
            ),
            "en": (
                "UN Comtrade extract by Krisna Gupta, repository imedkrisna/geoeconomics, file "
                "data/idn_bilateral_trade.csv, commit 4ba61058a5f7678d3c4bd8788d70072da2683b52"
            ),
        },
        "url": "https://comtradeplus.un.org/",
        "licence": {
            "id": "Ketentuan penggunaan UN Comtrade; cuplikan diterbitkan dengan lisensi MIT",
            "en": "UN Comtrade terms of use; extract published under the MIT licence",
        },
        "note": {
            "id": (
                "Pelapor Indonesia, total perdagangan barang, dalam USD. Angka tahunan, "
                "dibulatkan ke dolar terdekat. Tahun yang tidak ada berarti tidak diketahui, "
                "bukan nol."
            ),
            "en": (
                "Reporter Indonesia, total merchandise trade, in USD. Annual figures, rounded "
                "to the nearest dollar. A missing year is unknown, not zero."
            ),
        },
    },
    {
        "id": RELATIONS_SOURCE,
        "publisher": {"id": "Kontributor Wikipedia", "en": "Wikipedia contributors"},
        "title": "Foreign relations of Indonesia",
        "date": "2025-11-19",
        "url": "https://en.wikipedia.org/wiki/Foreign_relations_of_Indonesia",
        "dataset": {
            "id": (
                "wikitext tersimpan di repositori benj3542/IP_graph, "
                "commit ec9ddb8633b5f0e04f43f6cd06b31f9dd4d6d8b9"
            ),
            "en": (
                "wikitext saved in repository benj3542/IP_graph, "
                "commit ec9ddb8633b5f0e04f43f6cd06b31f9dd4d6d8b9"
            ),
        },
        "via": {
            "id": 'laman "Kerja Sama Bilateral" Kemlu, rujukan kolom tanggal tabel itu',
            "en": "Kemlu's \"Kerja Sama Bilateral\" page, which the table's date column cites",
        },
        "licence": {
            "id": "CC BY-SA 4.0 (teks Wikipedia); sebutkan sumbernya saat menampilkan tanggal ini",
            "en": "CC BY-SA 4.0 (text of Wikipedia); attribute when showing these dates",
        },
        "note": {
            "id": "Tabel hubungan diplomatik dalam artikel tersebut.",
            "en": "The article's table of diplomatic relations.",
        },
    },
]


def with_licence(source: dict[str, Any], licences: dict[str, Any]) -> dict[str, Any]:
    """A source whose `licence` names a shared licence text (`rights-reserved`), with that text."""
    licence = source["licence"]
    if not isinstance(licence, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", licence):
        return source
    if licence not in licences:
        raise SystemExit(f"source {source['id']}: no licence {licence!r} in build.licences")
    return {**source, "licence": licences[licence]}


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
    return read_relations_with_names(path)[0]


def read_relations_with_names(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """ISO3 -> date, and ISO3 -> the table's English country name."""
    dates: dict[str, str] = {}
    names: dict[str, str] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = wiki_iso3(row["country"])
            if iso3 in dates:
                raise SystemExit(f"{path}: two rows map to {iso3} ({row['country']})")
            dates[iso3] = row["date"]
            names[iso3] = row["country"]
    return dates, names


NAMES_SOURCE = "iso-codes"
NAMES_SOURCE_ENTRY: dict[str, Any] = {
    "id": NAMES_SOURCE,
    "publisher": {
        "id": "Proyek iso-codes Debian, dalam paket pycountry",
        "en": "Debian iso-codes project, as packaged by pycountry",
    },
    "title": "iso-codes: ISO 3166-1",
    "date": "2026-02-16",
    "url": "https://salsa.debian.org/iso-codes-team/iso-codes",
    "dataset": {
        "id": (
            "Paket PyPI pycountry 26.2.16 (iso3166-1.json dan katalog terjemahan iso3166-1 "
            "bahasa Indonesia)"
        ),
        "en": (
            "PyPI package pycountry 26.2.16 (iso3166-1.json and the Indonesian iso3166-1 "
            "translation catalog)"
        ),
    },
    "licence": "LGPL-2.1-or-later",
    "note": {
        "id": (
            "Kode ISO 3166-1 dan nama negara beserta terjemahannya dalam bahasa Indonesia: dasar "
            "nama dan kode dalam dataset ini; nama yang berbeda dari penggunaan resmi pemerintah "
            "Indonesia diganti di data/curated.yaml."
        ),
        "en": (
            "ISO 3166-1 codes and country names with their Indonesian translations: the basis "
            "of this dataset's names and codes; names that differ from Indonesian government "
            "usage are overridden in data/curated.yaml."
        ),
    },
}
NO_RELATIONS_NOTE = {
    "id": "Tidak tercantum dalam tabel hubungan diplomatik Indonesia.",
    "en": "Not listed in the table of Indonesia's diplomatic relations.",
}


def iso_names(code: str) -> tuple[str, str, dict[str, str]]:
    """ISO alpha-2, alpha-3 and names (`en`: short name, `id`: Indonesian) for a code."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(
        alpha_3=code
    )
    if country is None:
        raise SystemExit(f"{code}: not an ISO 3166 code; map it in bilateral_cli.update.codes")
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    en = getattr(country, "common_name", None) or country.name
    return country.alpha_2, country.alpha_3, {"id": indonesian.gettext(country.name), "en": en}


def iso_aliases(code: str, fixes: dict[str, str | None] | None = None) -> list[str]:
    """ISO names people may type, in English (`Korea, Republic of`, `Republic of Korea`) and in
    the Indonesian catalog (`Republik Federal Jerman`, `Kerajaan Arab Saudi`), the catalog's
    as `fixes` (`build.catalog_names`) correct them (None: left out)."""
    import gettext

    import pycountry

    country = pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(
        alpha_3=code
    )
    if country is None:
        return []
    names = [getattr(country, a, None) for a in ("name", "common_name", "official_name")]
    english = [n for n in names if n]
    indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    fixes = fixes or {}
    catalog = (indonesian.gettext(n) for n in english)
    translated = [fixes.get(n, n) for n in catalog if n not in english]
    return list(dict.fromkeys(english + [n for n in translated if n]))


def build(
    curated: dict[str, Any],
    trade_path: Path,
    relations_path: Path,
    cooperation: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The full dataset document: curated facts plus the staged series, each with its source."""
    trade = read_trade(trade_path)
    relations, wiki_names = read_relations_with_names(relations_path)
    rules = curated["build"]
    if WORLD not in trade:
        raise SystemExit(f"{trade_path}: no world total ({WORLD})")
    kinds = {code: kind for kind, codes in rules["kinds"].items() for code in codes}
    home = curated["home"]["iso3"]
    codes = sorted(c for c in set(trade) | set(relations) if is_partner(c, home))
    unassigned = [c for c in codes if c not in rules["regions"]]
    unused = sorted(set(rules["regions"]) - set(codes))
    if unassigned or unused:
        raise SystemExit(f"build.regions: missing {unassigned}, not partners {unused}")
    curated_by_iso3 = {p["iso3"]: p for p in curated["partners"]}

    partners = []
    for code in codes:
        stand_in_iso2, iso_code = dataset_codes(code)
        iso2, iso3, names = iso_names(iso_code)
        iso2 = stand_in_iso2 or iso2
        if code in wiki_names:
            names["en"] = wiki_names[code]
        names.update(rules["names"].get(code, {}))
        aliases = list(rules["aliases"].get(code, []))
        if code not in STAND_INS:  # a stand-in code's ISO names are not its names
            iso = iso_aliases(iso_code, rules.get("catalog_names"))
            aliases += [a for a in iso if a not in aliases]
        aliases = [a for a in aliases if a not in rules.get("shared_names", ())]
        partner: dict[str, Any] = {
            "id": rules["ids"].get(code) or slug(names["en"]),
            "iso2": iso2,
            "iso3": iso3,
            "name": {"id": names["id"], "en": names["en"]},
            "kind": kinds.get(code, "country"),
            "aliases": aliases,
            "region": rules["regions"][code],
        }
        if code in relations:
            partner["relations"] = {
                "established": [{"date": relations[code], "source": RELATIONS_SOURCE}]
            }
        elif partner["kind"] == "country":
            partner["no_relations"] = {"source": RELATIONS_SOURCE, "note": NO_RELATIONS_NOTE}
        extra = curated_by_iso3.pop(iso3, {})
        for key, value in extra.items():
            if key == "relations":
                established = partner.get("relations", {}).get("established", [])
                partner["relations"] = {
                    **value,
                    "established": established + value.get("established", []),
                }
            elif key != "iso3":
                partner[key] = value
        if code in trade:
            partner["trade"] = series(trade[code])
        partners.append(_ordered(partner))
    if curated_by_iso3:
        raise SystemExit(f"curated partners match no economy: {sorted(curated_by_iso3)}")
    partners = _dedupe_aliases(partners)

    doc = {k: v for k, v in curated.items() if k not in ("build", "partners")}
    doc["sources"] = [*curated["sources"], *GENERATED_SOURCES, NAMES_SOURCE_ENTRY]
    doc["region_rule"] = rules["region_rule"]
    doc["names_source"] = NAMES_SOURCE
    doc["partners"] = sorted(partners, key=lambda p: p["id"])
    doc["world_trade"] = series(trade[WORLD])
    cooperation = cooperation or {"sources": [], "groups": {"as_of": "2026-01-01", "items": []}}
    cooperation.setdefault("agreements", {"as_of": cooperation["groups"]["as_of"], "items": []})
    doc["sources"] += cooperation["sources"]
    doc["sources"] = [with_licence(s, rules.get("licences", {})) for s in doc["sources"]]
    home = curated["home"]["iso3"]
    doc["groups"] = {
        "as_of": cooperation["groups"]["as_of"],
        "items": [_group(g, partners, home) for g in cooperation["groups"]["items"]],
    }
    doc["agreements"] = cooperation["agreements"]
    return doc


def _group(group: dict[str, Any], partners: list[dict[str, Any]], home: str) -> dict[str, Any]:
    """A curated group with its members' ISO alpha-3 codes turned into partner ids."""
    ids = {p["iso3"]: p["id"] for p in partners}
    members = []
    for member in group["members"]:
        if member["iso3"] not in ids:
            raise SystemExit(f"group {group['id']}: no partner with ISO code {member['iso3']}")
        members.append({"partner": ids[member["iso3"]], **_without(member, "iso3")})
    out = {**_without(group, "members", "home"), "members": members}
    if "home" in group:
        out["home"] = {"partner": home, **group["home"]}
    return out


def _without(values: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in keys}


def series(years: dict[int, dict[str, int]]) -> dict[str, Any]:
    """A trade series in the dataset's form: years ascending, exports before imports."""
    return {
        "source": TRADE_SOURCE,
        "years": {
            year: {k: years[year][k] for k in ("exports", "imports") if k in years[year]}
            for year in sorted(years)
        },
    }


def _dedupe_aliases(partners: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop aliases that fold to another partner's name, id or alias, or repeat their own names.

    Curated aliases come first in each list, so a generated ISO alias never displaces one.
    """
    from bilateral_cli.text import fold

    owner: dict[str, str] = {}
    for p in partners:
        for text in (p["id"], p["name"]["id"], p["name"]["en"]):
            owner.setdefault(fold(text), p["id"])
    for p in partners:
        kept: list[str] = []
        for alias in p["aliases"]:
            key = fold(alias)
            if (
                owner.setdefault(key, p["id"]) == p["id"]
                and key not in {fold(p["id"]), fold(p["name"]["id"]), fold(p["name"]["en"])}
                and key not in {fold(k) for k in kept}
            ):
                kept.append(alias)
            elif owner[key] != p["id"]:
                print(
                    f"alias {alias!r} of {p['id']} dropped: it names {owner[key]}", file=sys.stderr
                )
        p["aliases"] = kept
        if not kept:
            del p["aliases"]
    return partners


PARTNER_KEYS = (
    "id",
    "iso2",
    "iso3",
    "name",
    "kind",
    "aliases",
    "region",
    "relations",
    "no_relations",
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


class _Dumper(DatasetDumper):
    """The dataset's dumper, plus one-line mappings and lists for readable diffs."""


def _represent_flow(dumper: yaml.SafeDumper, data: _Flow) -> yaml.Node:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.Node:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(_Flow, _represent_flow)
_Dumper.add_representer(_FlowList, _represent_flow_list)


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
    parser.add_argument(
        "--cooperation",
        type=Path,
        default=ROOT / "data" / "cooperation.yaml",
        help="curated groups and agreements (YAML)",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "partners.yaml")
    parser.add_argument("--check", action="store_true", help="fail if --out is not up to date")
    args = parser.parse_args(list(argv) if argv is not None else None)

    curated = parse_yaml(args.curated.read_text(encoding="utf-8"), str(args.curated)).data
    cooperation = parse_yaml(
        args.cooperation.read_text(encoding="utf-8"), str(args.cooperation)
    ).data
    text = render(build(curated, args.trade, args.relations, cooperation))
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
