"""The interface in Indonesian and English."""

from __future__ import annotations

import csv
import io
import json
import re
import string
import subprocess
import sys

import pytest

from bilateral_cli.language import detect_language
from bilateral_cli.messages import LANGUAGES, MESSAGES
from conftest import Invoke, flat

PROGRAM = [sys.executable, "-m", "bilateral_cli"]


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages_and_the_same_placeholders(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES)
    assert all(entry[lang].strip() for lang in LANGUAGES)
    assert placeholders(entry["en"]) == placeholders(entry["id"])


@pytest.mark.parametrize(
    ("argv", "environ", "expected"),
    [
        ([], {}, "en"),
        (["--lang", "id"], {"LANG": "en_US.UTF-8"}, "id"),
        (["show", "x", "--lang=id"], {}, "id"),
        ([], {"BILATERAL_LANG": "id", "LANG": "en_US.UTF-8"}, "id"),
        ([], {"LC_ALL": "id_ID.UTF-8"}, "id"),
        ([], {"LC_MESSAGES": "id_ID"}, "id"),
        ([], {"LANG": "id_ID.UTF-8"}, "id"),
        ([], {"LC_ALL": "en_GB.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ([], {"LANG": "C.UTF-8"}, "en"),
    ],
)
def test_language_choice(argv: list[str], environ: dict[str, str], expected: str) -> None:
    assert detect_language(argv, environ) == expected


def test_unsupported_language_is_a_clean_error(invoke: Invoke) -> None:
    result = invoke("goals", "--lang", "fr")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "Unsupported language 'fr': use one of en, id.\n"
    env_result = invoke("goals", env={"BILATERAL_LANG": "xx"})
    assert env_result.exit_code == 2


def test_show_in_indonesian(invoke: Invoke) -> None:
    out = flat(invoke("show", "canada", "--lang", "id").stdout)
    assert out.startswith("Kanada / Canada")
    assert "Hubungan sejak 9 Oktober 1952 [wikipedia-relations]; 1952 [liputan6-2023]" in out
    assert "Total perdagangan (2021, dibandingkan dengan 2020): USD 3,12 miliar, +29,57%" in out
    assert "Neraca perdagangan (2021): defisit USD 992,4 juta" in out
    assert "Seri resmi, tahun kalender 2021: USD 3,12 miliar*, +29,64%*" in out
    assert "2021 1.063,3 2.054,0 3.117,3 -990,6 +29,6% 0,73%" in out
    assert "Kawasan Amerika Utara dan Tengah (kelompok: Amerika)" in out


def test_show_in_english_for_contrast(invoke: Invoke) -> None:
    out = flat(invoke("show", "kanada", "--lang", "en").stdout)
    assert out.startswith("Canada / Kanada")
    assert "USD 3.12 billion, +29.57%" in out and "deficit USD 992.4 million" in out
    assert "2021 1,063.3 2,054.0 3,117.3 -990.6 +29.6% 0.73%" in out


def test_dates_keep_their_precision_in_both_languages(invoke: Invoke) -> None:
    netherlands = flat(invoke("show", "belanda", "--lang", "id").stdout)
    assert "Hubungan sejak Oktober 1949" in netherlands
    congo = flat(invoke("show", "drc", "--lang", "id").stdout)
    assert "Hubungan sejak 1963 [wikipedia-relations]" in congo
    assert "October 1949" in flat(invoke("show", "netherlands").stdout)


def test_us_reported_period_note_in_indonesian(invoke: Invoke) -> None:
    out = flat(invoke("show", "as", "--lang", "id").stdout)
    assert "USD 30,75 miliar, +16,67%" in out
    assert (
        "Periodenya berbeda: publikasi membandingkan dengan periode yang sama tahun sebelumnya"
        in out
    )


def test_list_sorts_by_the_chosen_languages_names(invoke: Invoke) -> None:
    wide = {"COLUMNS": "250"}
    english = [line.split("  ")[0] for line in invoke("list", env=wide).stdout.splitlines()]
    indonesian = [
        line.split("  ")[0] for line in invoke("list", "--lang", "id", env=wide).stdout.splitlines()
    ]
    assert english.index("Germany") < english.index("Japan")
    assert indonesian.index("Jepang") < indonesian.index("Jerman")
    assert "Mitra Indonesia" in indonesian[0]
    assert "237 mitra, diurutkan menurut nama." in invoke("list", "--lang", "id", env=wide).stdout


@pytest.mark.parametrize(
    ("args", "english", "indonesian"),
    [
        (["goals"], "Six goals of bilateral cooperation", "Enam tujuan kerja sama bilateral"),
        (["goals"], "Strengthening friendship", "Mempererat persahabatan"),
        (["regions"], "Groups accepted by --region", "Kelompok untuk --region"),
        (["regions"], "162 countries and 1 special territory", "162 negara dan 1 teritori khusus"),
        (["about"], "Mutual benefit", "Saling menguntungkan"),
        (["sources"], "Publisher", "Penerbit"),
        (["validate"], "Valid: 237 partners", "Sah: 237 mitra"),
        (["list", "--region", "asia"], "Relations since", "Hubungan sejak"),
        (["compare"], "Indonesia's trade with partners", "Perdagangan Indonesia dengan mitra"),
        (["compare", "--by", "region"], "with each region", "dengan setiap kawasan"),
    ],
)
def test_each_command_in_both_languages(
    invoke: Invoke, args: list[str], english: str, indonesian: str
) -> None:
    assert english in flat(invoke(*args, "--lang", "en").stdout)
    assert indonesian in flat(invoke(*args, "--lang", "id").stdout)


def test_errors_in_indonesian(invoke: Invoke) -> None:
    result = invoke("show", "kanda", "--lang", "id")
    assert result.stderr == "Mitra tidak dikenal: 'kanda'. Maksud Anda: Kanada?\n"
    region = invoke("list", "--region", "atlantis", "--lang", "id")
    assert region.stderr.startswith("Kawasan tidak dikenal: 'atlantis'. Kawasan yang sah: Afrika")
    missing = invoke("--data", "/nonexistent.yaml", "goals", "--lang", "id")
    assert missing.stderr.startswith("Dataset tidak sah /nonexistent.yaml: 1 masalah")


def test_machine_formats_keep_neutral_keys(invoke: Invoke) -> None:
    for args in (["show", "canada"], ["list"], ["goals"], ["regions"]):
        en = json.loads(invoke(*args, "-f", "json").stdout)
        id_ = json.loads(invoke(*args, "-f", "json", "--lang", "id").stdout)
        assert en.keys() == id_.keys()
    en_rows = list(csv.reader(io.StringIO(invoke("show", "canada", "-f", "csv").stdout)))
    id_rows = list(
        csv.reader(io.StringIO(invoke("show", "canada", "-f", "csv", "--lang", "id").stdout))
    )
    assert en_rows == id_rows  # plain numbers, no language in them
    data = json.loads(invoke("show", "canada", "-f", "json", "--lang", "id").stdout)
    assert data["name"] == "Kanada" and data["names"] == {"id": "Kanada", "en": "Canada"}


def test_help_in_indonesian_from_the_locale_and_the_option() -> None:
    env = {"PATH": "/usr/bin:/bin", "LANG": "id_ID.UTF-8", "BILATERAL_CACHE_DIR": ""}
    by_locale = subprocess.run(
        [*PROGRAM, "--help"], env=env, capture_output=True, text=True, check=True
    )
    assert "Rujukan luring hubungan bilateral Indonesia" in by_locale.stdout
    assert "Status keluar: 0 berhasil" in flat(by_locale.stdout)
    by_option = subprocess.run(
        [*PROGRAM, "show", "--help", "--lang", "id"],
        env={**env, "LANG": "C.UTF-8"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Profil satu mitra" in by_option.stdout
    assert re.search(r"--lang\s+id\|en", by_option.stdout)


def test_lang_before_the_command_too(invoke: Invoke) -> None:
    assert "Mempererat persahabatan" in invoke("--lang", "id", "goals").stdout
    assert "Strengthening friendship" in invoke("--lang", "id", "goals", "--lang", "en").stdout


def test_dataset_problems_in_indonesian(invoke: Invoke, variant) -> None:  # type: ignore[no-untyped-def]
    path = variant(
        ("2021: {exports: 1063340426", "2021: {exports: lots"),
        ("schema: 2", "schema: 9"),
    )
    result = invoke("--data", str(path), "goals", "--lang", "id")
    assert result.exit_code == 4
    assert result.stderr.startswith(f"Dataset tidak sah {path}: 2 masalah")
    assert "seharusnya bilangan bulat, tetapi berisi teks 'lots'" in result.stderr
    assert "skema 9 tidak didukung (seharusnya 2)" in result.stderr
    english = invoke("--data", str(path), "goals")
    assert "expected a whole number, got text 'lots'" in english.stderr
    report = json.loads(invoke("validate", str(path), "-f", "json", "--lang", "id").stdout)
    assert {e["code"] for e in report["errors"]} == {"expected_integer", "schema"}
    shown = flat(invoke("validate", str(path), "--lang", "id").stdout)
    assert "Tidak sah: 2 masalah." in shown and "baris" in shown


def run_program(args: list[str], lang_env: str) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "LANG": lang_env, "BILATERAL_CACHE_DIR": ""}
    return subprocess.run([*PROGRAM, *args], env=env, capture_output=True, text=True, check=False)


def test_framework_words_of_help_in_indonesian() -> None:
    out = run_program(["show", "--help"], "id_ID.UTF-8").stdout
    assert out.startswith("Penggunaan: bilateral show")
    for word in ("Argumen:", "Opsi:", "[wajib]", "[bawaan: table]", "Tampilkan bantuan ini"):
        assert word in out, word
    top = run_program(["--help"], "id_ID.UTF-8").stdout
    assert "Perintah:" in top and "Pasang pelengkapan Tab" in top
    english = run_program(["show", "--help"], "C.UTF-8").stdout
    assert english.startswith("Usage: bilateral show") and "Arguments:" in english


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (["show"], "Kesalahan: 'MITRA' belum diisi.", "Error: Missing argument 'PARTNER'."),
        (
            ["cache"],
            "Kesalahan: 'TINDAKAN' belum diisi. Pilih salah satu: 'clear'.",
            "Error: Missing argument 'ACTION'. Choose from: 'clear'.",
        ),
        (
            ["list", "--sort", "nope"],
            "Kesalahan: Nilai tidak sah untuk '--sort' / '-s': 'nope' bukan salah satu dari",
            "Error: Invalid value for '--sort' / '-s': 'nope' is not one of",
        ),
        (
            ["list", "--bogus"],
            "Kesalahan: Opsi tidak dikenal: --bogus.",
            "Error: No such option: --bogus",
        ),
        (["nope"], "Kesalahan: Tidak ada perintah 'nope'.", "Error: No such command 'nope'."),
    ],
)
def test_usage_errors_in_both_languages(args: list[str], indonesian: str, english: str) -> None:
    result = run_program(args, "id_ID.UTF-8")
    assert result.returncode == 2 and result.stdout == ""
    assert indonesian in result.stderr
    assert "Coba 'bilateral" in result.stderr
    in_english = run_program(args, "C.UTF-8").stderr
    assert english in in_english
    assert "\\u00" not in result.stderr + in_english  # no control character to escape
