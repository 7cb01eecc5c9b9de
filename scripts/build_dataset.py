"""Build data/partners.yaml from the hand-curated file and the staged source files.

    D=../shared/data
    python scripts/build_dataset.py --trade $D/idn_bilateral_trade_comtrade.csv \
        --relations $D/idn_diplomatic_relations_wikipedia.csv \
        --ideal-points $D/unga_ideal_points_1946_2025.tab \
        --bi-exports $D/idn_exports_by_destination_bi_18k_2025.csv \
        --bi-imports $D/idn_imports_by_origin_bi_18k_2025.csv \
        --bi-fdi $D/idn_fdi_by_origin_bi_18k_2025.csv

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

IDEAL_POINTS_SOURCE = "unga-ideal-points"
BI_TRADE_SOURCE = "bi-trade-2025"
BI_FDI_SOURCE = "bi-fdi-2025"
_FILING = (
    '"Description of the Republic of Indonesia" dated 25 July 2025, Exhibit 99.D to the Republic '
    "of Indonesia's Form 18-K/A filed with the US Securities and Exchange Commission"
)
_FILING_FILE = (
    "knowledge_base/recent_developments/indonesia_sec_filing_2025.md, commit "
    "f17ac487e1d70afac91224ce3955d26795b3d8b8"
)
_PUBLISHER = {
    "id": "Bank Indonesia, dalam Form 18-K/A Republik Indonesia (US SEC)",
    "en": "Bank Indonesia, in the Republic of Indonesia's Form 18-K/A (US SEC)",
}
_LICENCE = {
    "id": "Dokumen resmi pemerintah yang terbuka untuk umum; angka dikutip",
    "en": "Public government filing; figures cited",
}


def _filing_copy(unit_id: str, unit_en: str) -> dict[str, str]:
    """Where the figures were read, and the unit the filing gives them in."""
    return {
        "id": (
            f"salinan markdown dokumen itu di repositori arifpras/perisai-bot, berkas "
            f"{_FILING_FILE}; {unit_id} dalam dokumen, USD utuh di sini"
        ),
        "en": (
            f"markdown copy of the filing in repository arifpras/perisai-bot, file "
            f"{_FILING_FILE}; {unit_en} in the filing, whole USD here"
        ),
    }
_FILING_URL = (
    "https://github.com/arifpras/perisai-bot/blob/f17ac487e1d70afac91224ce3955d26795b3d8b8/"
    "knowledge_base/recent_developments/indonesia_sec_filing_2025.md"
)
SERIES_SOURCES: list[dict[str, Any]] = [
    {
        "id": IDEAL_POINTS_SOURCE,
        "publisher": "Harvard Dataverse",  # a proper name, the same in both languages
        "author": "Michael A. Bailey, Anton Strezhnev and Erik Voeten",
        "title": (
            "United Nations General Assembly Voting Data: ideal point estimates 1946-2025 "
            '(Bailey, Strezhnev & Voeten (2017), "Estimating Dynamic State Preferences from '
            'United Nations Voting Data", Journal of Conflict Resolution 61(2))'
        ),
        "date": "1946/2025",
        "url": "https://doi.org/10.7910/DVN/LEJUQZ",
        "dataset": {
            "id": (
                "berkas Idealpointestimates1946-2025.tab, doi:10.7910/DVN/LEJUQZ; salinan yang "
                "dibaca adalah data/ideal_points_1946_2025.tab di repositori "
                "imedkrisna/geoeconomics, commit 4ba61058a5f7678d3c4bd8788d70072da2683b52 "
                "(identik byte demi byte)"
            ),
            "en": (
                "file Idealpointestimates1946-2025.tab, doi:10.7910/DVN/LEJUQZ; the copy read is "
                "data/ideal_points_1946_2025.tab in repository imedkrisna/geoeconomics, commit "
                "4ba61058a5f7678d3c4bd8788d70072da2683b52 (byte-identical)"
            ),
        },
        "licence": {
            "id": "CC0 1.0 (Harvard Dataverse); kutip Bailey, Strezhnev & Voeten (2017)",
            "en": "CC0 1.0 (Harvard Dataverse); cite Bailey, Strezhnev & Voeten (2017)",
        },
        "note": {
            "id": (
                "Titik ideal dimensi pertama per negara dan tahun, diperkirakan dari pemungutan "
                "suara di Majelis Umum PBB (makin tinggi, makin dekat dengan tatanan liberal "
                "pimpinan AS), dengan jumlah suara yang mendasarinya dan kuantil 5% dan 95%. "
                "Disimpan sejak tahun pertama Indonesia memiliki titik ideal (1950); sesi "
                "melintasi tahun kalender, dan 2024 hanya bersandar pada sedikit suara "
                "(Indonesia: 8). Kode historis: lihat README."
            ),
            "en": (
                "First-dimension ideal points per state and year, estimated from UN General "
                "Assembly votes (higher = closer to the US-led liberal order), with the number "
                "of votes each rests on and the 5% and 95% quantiles. Kept from the first year "
                "Indonesia has one (1950); sessions straddle calendar years, and 2024 rests on "
                "very few votes (Indonesia: 8). Historical codes: see the README."
            ),
        },
    },
    {
        "id": BI_TRADE_SOURCE,
        "publisher": _PUBLISHER,
        "title": (
            "Exports by destination and imports by origin (balance-of-payments basis, f.o.b.), "
            "2020-2024 and January-May 2024 and 2025, tables in " + _FILING
        ),
        "date": "2025-07-25",
        "url": _FILING_URL,
        "dataset": _filing_copy("ribuan USD", "thousands of USD"),
        "licence": _LICENCE,
        "note": {
            "id": (
                "Dasar neraca pembayaran (perpindahan kepemilikan, f.o.b.), bukan dasar "
                "kepabeanan yang dilaporkan BPS ke UN Comtrade, sehingga berbeda beberapa "
                "persen; kedua seri ditampilkan berdampingan, tidak pernah digabung. Periode: "
                "2020-2024 (2024 sementara) serta Januari-Mei 2024 dan Januari-Mei 2025 "
                "(sementara), sekitar 40 mitra bernama; keadaan per 25 Juli 2025. Baris "
                "\"Total\", \"Other\" dan \"Unclassified\" bukan mitra."
            ),
            "en": (
                "Balance-of-payments basis (change of ownership, f.o.b.), not the customs "
                "basis BPS reports to UN Comtrade, so the two differ by a few percent; shown "
                "side by side, never merged. Periods: 2020-2024 (2024 preliminary) and "
                "January-May 2024 and January-May 2025 (preliminary), about 40 named partners; "
                "as of 25 July 2025. Rows \"Total\", \"Other\" and \"Unclassified\" are "
                "not partners."
            ),
        },
    },
    {
        "id": BI_FDI_SOURCE,
        "publisher": _PUBLISHER,
        "title": (
            "Foreign Direct Investment in Indonesia by Country of Origin (net, USD million), "
            "2020-2024 and first quarters 2024 and 2025, table in " + _FILING
        ),
        "date": "2025-07-25",
        "url": _FILING_URL,
        "dataset": _filing_copy("jutaan USD", "millions of USD"),
        "licence": _LICENCE,
        "note": {
            "id": (
                "Investasi langsung asing neto di Indonesia menurut negara asal (dasar neraca "
                "pembayaran); nilai negatif berarti divestasi neto. Periode: 2020-2024 (2024 "
                "sementara) serta triwulan I 2024 dan 2025; keadaan per 25 Juli 2025. Tanda "
                "pisah dalam tabel tidak disimpan. Baris kawasan (\"Asia\", \"ASEAN\", "
                "\"Others\", \"Total\") bukan mitra."
            ),
            "en": (
                "Net foreign direct investment in Indonesia by country of origin "
                "(balance-of-payments basis); negative values are net disinvestment. Periods: "
                "2020-2024 (2024 preliminary) and the first quarters of 2024 and 2025; as of "
                "25 July 2025. Dashes in the table are not stored. Region rows (\"Asia\", "
                "\"ASEAN\", \"Others\", \"Total\") are not partners."
            ),
        },
    },
]

# Bank Indonesia's row labels: the partner's ISO alpha-3 code, or None for an aggregate (region
# totals, "Other ...", "Unclassified", the filing's footnote marks included). Any other label
# stops the build. BI's "Taiwan" is the partner Comtrade holds as "Other Asia, nes" (TWN).
BI_LABELS: dict[str, str | None] = {
    "United States of America": "USA",
    "USA": "USA",
    "Canada": "CAN",
    "Argentina": "ARG",
    "Brazil": "BRA",
    "Mexico": "MEX",
    "Cayman Islands": "CYM",
    "Netherlands": "NLD",
    "Belgium": "BEL",
    "Italy": "ITA",
    "Germany": "DEU",
    "France": "FRA",
    "Spain": "ESP",
    "Austria": "AUT",
    "Denmark": "DNK",
    "Finland": "FIN",
    "Greece": "GRC",
    "Ireland": "IRL",
    "Luxembourg": "LUX",
    "Portugal": "PRT",
    "Sweden": "SWE",
    "United Kingdom": "GBR",
    "Russia": "RUS",
    "Turkey": "TUR",
    "Brunei Darussalam": "BRN",
    "Philippines": "PHL",
    "Cambodia": "KHM",
    "PDR Laos": "LAO",
    "Lao PDR": "LAO",
    "Malaysia": "MYS",
    "Myanmar": "MMR",
    "Singapore": "SGP",
    "Thailand": "THA",
    "Vietnam": "VNM",
    "Hong Kong SAR": "HKG",
    "India": "IND",
    "Iraq": "IRQ",
    "Japan": "JPN",
    "South Korea": "KOR",
    "Pakistan": "PAK",
    "People\u2019s Republic of China": "CHN",
    "Saudi Arabia": "SAU",
    "Taiwan": "TWN",
    "Australia": "AUS",
    "New Zealand": "NZL",
    "South Africa": "ZAF",
}
BI_TOTALS = ("Total (f.o.b.)", "Total")  # the home country's totals: `bop_world`, `fdi_world`
BI_AGGREGATES = (
    "North America",
    "Central and South America",
    "Europe",
    "European Union and United Kingdom",
    "Asia",
    "ASEAN",
    "Australia and Oceania",
    "Africa",
    "Others",
)


def bi_label(label: str) -> str | None:
    """A Bank Indonesia row's partner (ISO alpha-3), or None for a total or an aggregate."""
    if label in BI_LABELS:
        return BI_LABELS[label]
    if label in BI_TOTALS or label in BI_AGGREGATES:
        return None
    if label.startswith(("Total ", "Other ", "Unclassified ")):
        return None
    raise SystemExit(f"Bank Indonesia label {label!r}: add it to BI_LABELS or BI_AGGREGATES")


def bi_period(text: str) -> str:
    """`2024`, `2025-01/05`; a first quarter (`2025-Q1`) as its months, `2025-01/03`."""
    if text.endswith("-Q1"):
        return text[:4] + "-01/03"
    return text


# Periods the filing marks preliminary.
BI_PRELIMINARY = ("2024", "2025-01/05", "2025-01/03")


def read_bi(
    path: Path, column: str, scale: int
) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """ISO3 -> period -> whole USD, and the totals, from one of Bank Indonesia's tables
    (`scale`: 1,000 for thousands is already applied in the staged file; 1,000,000 for
    millions). An empty cell (a dash in the filing) is not stored."""
    by_partner: dict[str, dict[str, int]] = {}
    totals: dict[str, int] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            label, period, text = row["label"], bi_period(row["period"]), row[column]
            code = bi_label(label)
            if text == "":
                continue
            exact = Decimal(text) * scale
            if exact != exact.to_integral_value():
                raise SystemExit(f"{path}: {label} {period}: {text} is not whole USD")
            value = int(exact)
            if label in BI_TOTALS:
                totals[period] = value
                continue
            if code is None:
                continue
            periods = by_partner.setdefault(code, {})
            if period in periods:
                raise SystemExit(f"{path}: two rows for {code} {period} ({label})")
            periods[period] = value
    return by_partner, totals


def bi_trade_series(exports: dict[str, int], imports: dict[str, int]) -> dict[str, Any]:
    periods = list(dict.fromkeys([*exports, *imports]))
    return _periods_doc(
        BI_TRADE_SOURCE,
        {
            p: {k: v[p] for k, v in (("exports", exports), ("imports", imports)) if p in v}
            for p in periods
        },
    )


def _periods_doc(source: str, periods: dict[str, Any]) -> dict[str, Any]:
    preliminary = [p for p in BI_PRELIMINARY if p in periods]
    doc: dict[str, Any] = {"source": source}
    if preliminary:
        doc["preliminary"] = preliminary
    doc["periods"] = periods
    return doc


# UN ideal points: states by Correlates of War code whose votes belong to another partner of
# the dataset, and states left out. The mapping follows continuity of UN membership:
# - 365 (the file writes "RUS" for every year): the USSR until 1991, whose seat the Russian
#   Federation continued; its years go to Russia, noted.
# - 260, the Federal Republic of Germany (1973-1989): Germany continues it (the GDR acceded in
#   1990); noted. 265, the German Democratic Republic, has no continuing state: left out.
# - 345, Yugoslavia: 1946-1992 the Socialist Federal Republic, dissolved, left out; 2000-2005
#   the Federal Republic of Yugoslavia / Serbia and Montenegro (the dataset's former economy
#   SCG); from 2006 Serbia, which continued Serbia and Montenegro's membership.
# - 315, Czechoslovakia: dissolved in 1993 into two new members, no continuing state: left out.
# - 713, the Republic of China, which held China's seat until 1971: not the dataset's Taiwan
#   partner ("Other Asia, nes", an economy, not a state), nor the People's Republic: left out.
# - 678 and 680, the two Yemens before 1990: left out; 679, Yemen, from 1990.
IDEAL_POINT_CODES: dict[int, str] = {365: "RUS", 260: "DEU"}
IDEAL_POINTS_LEFT_OUT = {265, 315, 713, 678, 680}
IDEAL_POINT_NOTES: dict[str, dict[str, str]] = {
    "RUS": {
        "id": (
            "1946-1991: suara Uni Soviet, yang kursinya di PBB dilanjutkan oleh Federasi Rusia."
        ),
        "en": "1946-1991: the Soviet Union's votes; the Russian Federation continued its UN seat.",
    },
    "DEU": {
        "id": (
            "1973-1989: suara Republik Federal Jerman (Jerman Barat), yang dilanjutkan oleh "
            "Jerman bersatu; suara Republik Demokratik Jerman tidak dimasukkan."
        ),
        "en": (
            "1973-1989: the Federal Republic of Germany's (West Germany's) votes, which united "
            "Germany continues; the German Democratic Republic's are left out."
        ),
    },
    "SRB": {
        "id": (
            "Sejak 2006; 2000-2005 adalah suara Serbia dan Montenegro (sampai 2003 Republik "
            "Federal Yugoslavia), yang keanggotaannya dilanjutkan Serbia, dicatat pada mitra "
            "itu; suara Yugoslavia sebelum 1992 tidak dimasukkan."
        ),
        "en": (
            "From 2006; 2000-2005 are the votes of Serbia and Montenegro (the Federal Republic "
            "of Yugoslavia until 2003), whose membership Serbia continued, kept under that "
            "partner; Yugoslavia's before 1992 are left out."
        ),
    },
}


def ideal_point_code(ccode: int, iso3: str, year: int) -> str | None:
    """The ISO alpha-3 of the partner a row's votes belong to, or None if left out."""
    if ccode in IDEAL_POINTS_LEFT_OUT:
        return None
    if ccode == 345:
        return None if year < 2000 else ("SCG" if year < 2006 else "SRB")
    return IDEAL_POINT_CODES.get(ccode, iso3)


def read_ideal_points(path: Path) -> dict[int, dict[str, list[float | int]]]:
    """Year -> ISO3 -> [ideal point, votes, 5% quantile, 95% quantile], as the file states
    them; historical codes mapped (see `ideal_point_code`)."""
    out: dict[int, dict[str, list[float | int]]] = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            year = int(row["year"])
            code = ideal_point_code(int(row["ccode"]), row["iso3c"].strip('"'), year)
            if code is None:
                continue
            values = [float(row[k]) for k in ("IdealPointFP", "Q5%FP", "Q95%FP")]
            point = [values[0], int(row["NVotesFP"]), values[1], values[2]]
            year_points = out.setdefault(year, {})
            if code in year_points:
                raise SystemExit(f"{path}: two rows for {code} {year}")
            year_points[code] = point
    return out


def un_voting(
    points: dict[int, dict[str, list[float | int]]], ids: dict[str, str], home: str
) -> dict[str, Any]:
    """The `un_voting` section: the years the home country has a point (a distance needs
    both), keyed by partner id (the home country by its ISO alpha-3 code)."""
    years: dict[int, dict[str, Any]] = {}
    for year in sorted(points):
        if home not in points[year]:
            continue
        entries = {home: points[year][home]}
        for code in sorted(points[year], key=lambda c: ids.get(c, c)):
            if code == home:
                continue
            if code not in ids:
                raise SystemExit(f"ideal points: {code} ({year}) is no partner: map it")
            entries[ids[code]] = points[year][code]
        years[year] = entries
    notes = {ids[code]: note for code, note in IDEAL_POINT_NOTES.items()}
    return {"source": IDEAL_POINTS_SOURCE, "notes": notes, "years": years}

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
    files: dict[str, Path] | None = None,
) -> dict[str, Any]:
    """The full dataset document: curated facts plus the staged series, each with its source.

    `files` names the files of the other series (`ideal_points`, `bi_exports`, `bi_imports`,
    `bi_fdi`); without them, the dataset has none of those sections.
    """
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
        partners.append(partner)
    if curated_by_iso3:
        raise SystemExit(f"curated partners match no economy: {sorted(curated_by_iso3)}")
    doc_extra: dict[str, Any] = {}
    sources: list[dict[str, Any]] = []
    if files:
        sources, doc_extra = _add_series(files, partners, curated["home"]["iso3"])
    partners = _dedupe_aliases([_ordered(p) for p in partners])

    doc = {k: v for k, v in curated.items() if k not in ("build", "partners")}
    doc["sources"] = [*curated["sources"], *GENERATED_SOURCES, *sources, NAMES_SOURCE_ENTRY]
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
    doc.update(doc_extra)
    return doc


def _add_series(
    files: dict[str, Path], partners: list[dict[str, Any]], home: str
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Bank Indonesia's series into each partner, and the sections of the document they need
    (the home country's totals, the UN ideal points), with their source entries."""
    by_iso3 = {p["iso3"]: p for p in partners}
    exports, export_totals = read_bi(files["bi_exports"], "value_usd", 1)
    imports, import_totals = read_bi(files["bi_imports"], "value_usd", 1)
    fdi, fdi_totals = read_bi(files["bi_fdi"], "value_usd_million", 1_000_000)
    for code in sorted({*exports, *imports, *fdi}):
        if code not in by_iso3:
            raise SystemExit(f"Bank Indonesia: {code} is no partner of the dataset")
        partner = by_iso3[code]
        if code in exports or code in imports:
            partner["bop_trade"] = bi_trade_series(exports.get(code, {}), imports.get(code, {}))
        if code in fdi:
            partner["fdi"] = _periods_doc(BI_FDI_SOURCE, fdi[code])
    extra = {
        "bop_world": bi_trade_series(export_totals, import_totals),
        "fdi_world": _periods_doc(BI_FDI_SOURCE, fdi_totals),
        "un_voting": un_voting(
            read_ideal_points(files["ideal_points"]),
            {p["iso3"]: p["id"] for p in partners},
            home,
        ),
    }
    return SERIES_SOURCES, extra


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
    "bop_trade",
    "fdi",
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
    parser.add_argument(
        "--ideal-points", type=Path, required=True, help="UN ideal points (Bailey et al., tab)"
    )
    parser.add_argument(
        "--bi-exports", type=Path, required=True, help="Bank Indonesia exports (CSV)"
    )
    parser.add_argument(
        "--bi-imports", type=Path, required=True, help="Bank Indonesia imports (CSV)"
    )
    parser.add_argument("--bi-fdi", type=Path, required=True, help="Bank Indonesia FDI (CSV)")
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
    files = {
        "ideal_points": args.ideal_points,
        "bi_exports": args.bi_exports,
        "bi_imports": args.bi_imports,
        "bi_fdi": args.bi_fdi,
    }
    text = render(build(curated, args.trade, args.relations, cooperation, files))
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
