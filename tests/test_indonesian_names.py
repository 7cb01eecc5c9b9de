"""What Indonesians type for a partner (issue 15): common, colloquial and official long names,
and old spellings, each with the partner it must find."""

from __future__ import annotations

import pytest

from bilateral_cli.dataset import load_dataset
from bilateral_cli.queries import find_partner
from conftest import Invoke

# query -> partner id
INDONESIAN_QUERIES = {
    "pea": "united-arab-emirates",
    "persatuan emirat arab": "united-arab-emirates",
    "uea": "united-arab-emirates",
    "uni emirat arab": "united-arab-emirates",
    "afsel": "south-africa",
    "takhta suci": "holy-see",
    "tahta suci": "holy-see",
    "vatikan": "holy-see",
    "republik korea": "south-korea",
    "korsel": "south-korea",
    "korea selatan": "south-korea",
    "rdrk": "north-korea",
    "republik demokratik rakyat korea": "north-korea",
    "korut": "north-korea",
    "federasi rusia": "russia",
    "rusia": "russia",
    "kerajaan arab saudi": "saudi-arabia",
    "arab saudi": "saudi-arabia",
    "republik ceko": "czech-republic",
    "ceko": "czech-republic",
    "inggris raya": "united-kingdom",
    "inggris": "united-kingdom",
    "britania raya": "united-kingdom",
    "negeri belanda": "netherlands",
    "belanda": "netherlands",
    "perancis": "france",
    "prancis": "france",
    "kirgistan": "kyrgyzstan",
    "belarusia": "belarus",
    "makedonia": "north-macedonia",
    "bosnia": "bosnia-and-herzegovina",
    "trinidad": "trinidad-and-tobago",
    "rdk": "democratic-republic-of-the-congo",
    "rd kongo": "democratic-republic-of-the-congo",
    "libanon": "lebanon",
    "libia": "libya",
    "kazakstan": "kazakhstan",
    "srilangka": "sri-lanka",
    "jibuti": "djibouti",
    "macau": "macao",
    "makau": "macao",
    "taiwan": "taiwan",
    "taipei": "taiwan",
    "other-asia-nes": "taiwan",  # the id before issue 15
    "bahrein": "bahrain",
    "katar": "qatar",
    "afrika tengah": "central-african-republic",
    "guinea ekuatorial": "equatorial-guinea",
    "hungaria": "hungary",
    "hongaria": "hungary",
    "cabo verde": "cape-verde",
    "tanjung verde": "cape-verde",
    "salvador": "el-salvador",
    "cili": "chile",
    "chili": "chile",
    "ekwador": "ecuador",
    "muangthai": "thailand",
    "amerika serikat": "united-states",
    "as": "united-states",
    "tiongkok": "china",
    "rrt": "china",
    "republik rakyat tiongkok": "china",
    "republik federal jerman": "germany",
    "timor leste": "timor-leste",
    "pantai gading": "ivory-coast",
    "papua nugini": "papua-new-guinea",
    "selandia baru": "new-zealand",
    "brunei darussalam": "brunei",
    "antarktika": "antarctica",
    "pulau christmas": "christmas-island",
}


@pytest.mark.parametrize(("query", "partner"), sorted(INDONESIAN_QUERIES.items()))
def test_indonesian_query_finds_its_partner(query: str, partner: str) -> None:
    assert find_partner(load_dataset(), query, "id").id == partner


def test_official_long_names_in_indonesian_are_shown(invoke: Invoke) -> None:
    out = invoke("show", "south-korea", "--lang", "id").stdout
    assert "Republik Korea" in out
    out = invoke("show", "russia", "--lang", "id").stdout
    assert "Federasi Rusia" in out and "Russian Federation" in out


def test_inverted_iso_names_read_as_one_entry(invoke: Invoke) -> None:
    out = " ".join(invoke("show", "north-korea", "--lang", "id").stdout.split())
    assert "Korea, Democratic People's Republic of;" in out or out.rstrip().endswith(
        "Korea, Democratic People's Republic of"
    )
    assert "; " in out
