"""Issue 14: the first screen at 80 columns, short answers, honest replies to impossible
questions, and finding partners the way people type them."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, Invoke, run_main
from test_terminal import in_terminal

URL = re.compile(r"https?://\S+")


def readme_examples() -> list[list[str]]:
    """Every `bilateral ...` command the README shows, as arguments (comments dropped)."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```(?:sh)?\n(.*?)```", text, re.S):
        for raw in block.splitlines():
            raw = re.split(r"[#|>]", raw.removeprefix("$ "), maxsplit=1)[0].strip()
            needs_more = ("--export", "update", "--products")  # files, the network, a key
            if raw.startswith("bilateral ") and not any(x in raw for x in needs_more):
                args = shlex.split(raw)[1:]
                if args and args[0] not in ("validate", "cache"):
                    commands.append(args)
    return commands


def words(text: str) -> set[str]:
    """The words of an output, without rules (as wide as their grid)."""
    return {w for w in text.split() if w.strip("─")}


def document_words(args: list[str], monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], str]:
    """Every word the command's document holds (short forms included), and its URLs."""
    from bilateral_cli.render import table
    from bilateral_cli.render.document import Bullets, Facts, Grid, Heading, Paragraph

    seen: list[str] = []
    original = table.document  # type: ignore[attr-defined]

    def recording(view: object, lang: str = "en") -> object:
        doc = original(view, lang)
        for block in doc:
            if isinstance(block, Heading):
                seen.append(block.text)
            elif isinstance(block, Paragraph):
                seen.extend(s.text for s in block.line)
            elif isinstance(block, Bullets):
                for item in block.items:
                    seen.append("".join(s.text for s in item.line))
                    seen.extend("".join(s.text for s in d) for d in item.details)
            elif isinstance(block, Facts):
                for label, value in block.rows:
                    seen.extend([label, "".join(s.text for s in value)])
            elif isinstance(block, Grid):
                seen.extend(c.title for c in block.columns)
                for row in (*block.rows, *([block.total] if block.total else [])):
                    seen.extend("".join(s.text for s in cell) for cell in row)
        return doc

    monkeypatch.setattr(table, "document", recording)
    result = run_main(*args, env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.stderr
    text = " ".join(seen)
    return set(text.split()), " ".join(URL.findall(text))


@pytest.mark.parametrize("args", readme_examples(), ids=" ".join)
@pytest.mark.parametrize("lang", ["en", "id"])
def test_readme_examples_read_cleanly_at_80_columns(
    args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    narrow = run_main(*args, "--lang", lang, env={"COLUMNS": "80"})
    assert narrow.exit_code == 0, narrow.stderr
    if "-f" in args or "--format" in args:
        return  # machine formats are never wrapped
    known, urls = document_words([*args, "--lang", lang], monkeypatch)
    # no word is split: every word at 80 columns is a word of the document (a URL may fold)
    split = {w for w in words(narrow.stdout) - known if w.strip("•↳") and w not in urls}
    assert not split
    long = [line for line in narrow.stdout.splitlines() if len(line) > 80]
    assert not long
    assert not narrow.stdout.startswith("\n")
    assert all(line == line.rstrip() for line in narrow.stdout.splitlines())


def test_list_americas_is_about_one_line_a_partner(invoke: Invoke) -> None:
    result = invoke("list", "--region", "americas", env={"COLUMNS": "80"})
    rows = result.stdout.split("─" * 80)[1].strip().splitlines()
    partners = len(invoke("list", "--region", "americas", "-f", "csv").stdout.splitlines()) - 1
    assert len(rows) - 4 <= partners * 1.2  # four lines of notes after the rows
    assert "N/C America" in result.stdout and "9 Oct 1952" in result.stdout


def test_list_ranks_trade_on_one_year(invoke: Invoke) -> None:
    result = invoke("list", "--sort", "trade", "-f", "json")
    import json

    data = json.loads(result.stdout)
    assert data["year"] == 2024
    totals = [p["in_year"]["total"] for p in data["partners"]]
    known = [t for t in totals if t is not None]
    assert totals[: len(known)] == sorted(known, reverse=True)  # ranked, earlier ones after
    antilles = invoke("list", "--sort", "trade", "--query", "antilles").stdout
    assert "to 2010" in antilles
    assert invoke("list", "--year", "2030").exit_code == 2
    assert "2010," in invoke("list", "--year", "2010").stdout


@pytest.mark.parametrize(
    "args",
    [["--to", "2030"], ["--from", "1990"], ["--to", "-1"], ["canada", "--region", "asia"]],
)
def test_impossible_comparisons_are_errors(invoke: Invoke, args: list[str]) -> None:
    result = invoke("compare", *args)
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1


def test_compare_counts_rows_and_takes_all(invoke: Invoke) -> None:
    assert "10 of 217 partners" in invoke("compare").stdout.replace("237", "217")
    every = invoke("compare", "--region", "americas", "--top", "all", "-f", "csv").stdout
    assert len(every.splitlines()) > 40
    assert invoke("compare", "--region", "americas", "--top", "0", "-f", "csv").stdout == every
    assert invoke("compare", "--top", "some").exit_code == 2


def test_growth_sorts_leave_tiny_partners_out(invoke: Invoke) -> None:
    result = invoke("compare", "--sort", "growth", "--from", "2014", "--to", "2024")
    assert "under USD 100 million in 2024 left out" in result.stdout
    small = invoke("compare", "--sort", "growth", "--min-value", "0", "--to", "2024", "-f", "json")
    assert '"rows"' in small.stdout


def test_balance_has_no_growth_across_a_sign_and_no_share(invoke: Invoke) -> None:
    import json

    result = invoke("compare", "--metric", "balance", "--top", "all", "-f", "json")
    for row in json.loads(result.stdout)["rows"]:
        start, end = row["from"], row["to"]
        if start is not None and end is not None and (start <= 0 or end < 0):
            assert row["growth_pct"] is None
    table = invoke("compare", "--metric", "balance", "--top", "all", env={"COLUMNS": "200"})
    assert "Share" not in table.stdout and "share of" not in table.stdout
    assert "◀" in table.stdout


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["--region", "africa"], "Indonesia's trade with Africa"),
        (["--metric", "exports"], "Indonesia's exports to partners"),
        (["--metric", "imports", "--region", "asia"], "Indonesia's imports from Asia"),
    ],
)
def test_titles_say_what_was_asked(invoke: Invoke, args: list[str], title: str) -> None:
    assert invoke("compare", *args).stdout.startswith(title)


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["korea", "selatan"], "South Korea"),
        (["united", "states"], "United States"),
        (["east", "timor"], "Timor-Leste"),
        (["timor", "timur"], "Timor-Leste"),
        (["england"], "United Kingdom"),
        (["holland"], "Netherlands"),
        (["sudan"], "Sudan\n"),
        (["guinea"], "Guinea\n"),
        (["samoa"], "Samoa\n"),
        (["niger"], "Niger\n"),
    ],
)
def test_names_as_people_type_them(invoke: Invoke, words: list[str], name: str) -> None:
    assert invoke("show", *words).stdout.startswith(name)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_shared_names_list_the_choices(invoke: Invoke, lang: str) -> None:
    result = invoke("show", "congo", "--lang", lang)
    assert result.exit_code == 3
    assert result.stderr.count("Kongo" if lang == "id" else "Congo") >= 3  # the query and both


def test_home_country_points_to_the_world(invoke: Invoke) -> None:
    result = invoke("show", "indonesia")
    assert result.exit_code == 3 and "bilateral show world" in result.stderr
    assert "Senegal" not in result.stderr
    world = invoke("show", "world")
    assert world.stdout.startswith("Indonesia's trade with the world")
    assert invoke("show", "dunia", "--lang", "id", "-f", "csv").stdout.startswith("partner,year")


def test_compare_joins_words_into_names(invoke: Invoke) -> None:
    result = invoke("compare", "south", "korea", "japan", "-f", "csv")
    assert "south-korea" in result.stdout and "japan" in result.stdout


def test_search_and_kind(invoke: Invoke) -> None:
    found = invoke("search", "guinea", "-f", "csv").stdout
    assert "papua-new-guinea" in found and "equatorial-guinea" in found
    assert invoke("search", "Kongo", "-f", "csv").stdout.count("congo") == 2
    countries = invoke("list", "--kind", "country", "-f", "csv").stdout
    assert "territory" not in countries
    assert invoke("list", "--kind", "planet").exit_code == 2
    assert invoke("search", "zzzz").exit_code == 2


@pytest.mark.parametrize("value", ["ID", "id-ID", "id_ID", "id_ID.UTF-8"])
def test_language_any_case_and_region(invoke: Invoke, value: str) -> None:
    assert invoke("goals", "--lang", value).stdout.startswith("6 tujuan") or "tujuan" in (
        invoke("goals", "--lang", value).stdout
    )
    assert "tujuan" in invoke("goals", env={"BILATERAL_LANG": value}).stdout


@pytest.mark.parametrize(("lang", "name"), [("en", "South America"), ("id", "Amerika Selatan")])
def test_region_typos(invoke: Invoke, lang: str, name: str) -> None:
    result = invoke("list", "--region", "amercas", "--lang", lang)
    assert result.exit_code == 2 and "americas" in result.stderr and name in result.stderr


def test_brief(invoke: Invoke) -> None:
    result = invoke("show", "canada", "--brief", env={"COLUMNS": "80"})
    assert len(result.stdout.splitlines()) <= 10
    assert "Trade 2024" in result.stdout and "bilateral show canada" in result.stdout


def test_version_says_the_data_coverage(invoke: Invoke) -> None:
    assert "UN Comtrade 2000-2024" in invoke("--version").stdout


def run_on_terminal(args: list[str], env: dict[str, str]) -> str:
    """The installed program on a pseudo-terminal: what the terminal received."""
    return in_terminal(args, {"LINES": "24", "BILATERAL_DATA": "", **env}).decode()


def test_pager_on_a_terminal_only(tmp_path: Path) -> None:
    pager = {"BILATERAL_PAGER": "sed s/^/PAGED:/"}
    assert "PAGED:" in run_on_terminal(["goals"], pager)
    assert "PAGED:" not in run_on_terminal(["--no-pager", "goals"], pager)
    plain = {"BILATERAL_PAGER": "", "PAGER": "sed s/^/PAGED:/"}
    assert "PAGED:" in run_on_terminal(["goals"], plain)
    assert "PAGED:" not in run_on_terminal(["goals"], {"BILATERAL_PAGER": "", "PAGER": "cat"})
    piped = subprocess.run(
        [sys.executable, "-m", "bilateral_cli", "goals"],
        capture_output=True,
        env={**os.environ, **pager},
        check=True,
    )
    assert b"PAGED:" not in piped.stdout
