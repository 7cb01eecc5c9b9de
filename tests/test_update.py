"""`bilateral update` against a local server that answers like UN Comtrade's API.

Every call goes to 127.0.0.1 through BILATERAL_COMTRADE_URL; the data directory is a temporary
one. No test measures time: the slow server is met with a short client timeout.
"""

from __future__ import annotations

import http.server
import io
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bilateral_cli.cli import main
from bilateral_cli.dataset import encode_dataset, load_dataset
from bilateral_cli.dataset.compiled import read_dataset
from bilateral_cli.env import Environment
from conftest import FIXED_ENV, Result, environ, flat, run_main
from test_no_english import english_words

BASE = load_dataset()
CANADA = next(p for p in BASE.partners if p.id == "canada")
assert CANADA.trade is not None
CANADA_2024_EXPORTS = CANADA.trade.years[2024].exports or 0


def record(
    year: int, partner: tuple[str, int, str], flow: str, cmd: str, value: float
) -> dict[str, Any]:
    """One record as Comtrade's answers give it (Indonesia, reporter 360)."""
    code, number, name = partner
    return {
        "typeCode": "C",
        "freqCode": "A",
        "refYear": year,
        "period": str(year),
        "reporterCode": 360,
        "reporterISO": "IDN",
        "flowCode": flow,
        "partnerCode": number,
        "partnerISO": code,
        "partnerDesc": name,
        "cmdCode": cmd,
        "primaryValue": value,
    }


def answer(year: int, scale: float = 1.1, **changes: Any) -> dict[str, Any]:
    """An answer shaped like Comtrade's for `year`: the bundled 2024 figures scaled, plus the
    world, a "nes" area and a code the dataset does not know."""
    rows = []

    def add(code: str, number: int, name: str, flow: str, value: float) -> None:
        rows.append(record(year, (code, number, name), flow, "TOTAL", value))

    for number, partner in enumerate(BASE.partners, start=1):
        flows = partner.trade.years.get(2024) if partner.trade else None
        if flows is None:
            continue
        code = "S19" if partner.iso3 == "TWN" else partner.iso3
        for flow, value in (("X", flows.exports), ("M", flows.imports)):
            if value is not None:
                add(code, number, partner.name.en, flow, value * scale + 0.4)
    world = BASE.world_trade.years[2024]
    add("W00", 0, "World", "X", (world.exports or 0) * scale)
    add("W00", 0, "World", "M", (world.imports or 0) * scale)
    add("E19", 577, "Other Africa, nes", "X", 1000.0)
    add("QQQ", 999, "Atlantis", "X", 5000.0)
    document = {"elapsedTime": "0.1 secs", "count": len(rows), "data": rows, "error": ""}
    document.update(changes)
    return document


# Indonesia's trade with a few partners by HS chapter: (code, number, name) → flow → chapter → USD
PRODUCT_FIGURES: dict[tuple[str, int, str], dict[str, dict[str, float]]] = {
    ("CAN", 124, "Canada"): {
        "X": {"15": 400_000_000.0, "40": 250_000_000.0, "85": 150_000_000.0, "03": 200_000_000.4},
        "M": {"10": 900_000_000.0, "31": 100_000_000.0},
    },
    ("JPN", 392, "Japan"): {"X": {"27": 5_000_000_000.0}, "M": {"84": 3_000_000_000.0}},
    ("S19", 490, "Other Asia, nes"): {"X": {"72": 1_000_000.0}},
    ("W00", 0, "World"): {"X": {"27": 40_000_000_000.0}},
    ("E19", 577, "Other Africa, nes"): {"X": {"09": 1000.0}},
    ("QQQ", 999, "Atlantis"): {"M": {"97": 5000.0}},
}


def product_answer(year: int) -> dict[str, Any]:
    """An answer shaped like Comtrade's keyed one for `cmdCode=AG2`: one record per partner,
    flow and HS chapter."""
    rows = [
        record(year, partner, flow, chapter, value * (1 if year >= 2024 else 0.5))
        for partner, flows in PRODUCT_FIGURES.items()
        for flow, chapters in flows.items()
        for chapter, value in chapters.items()
    ]
    return {"elapsedTime": "0.2 secs", "count": len(rows), "data": rows, "error": ""}


class Api:
    """What the local server answers next, and what it was asked."""

    def __init__(self) -> None:
        self.mode = "normal"
        self.requests: list[str] = []
        self.documents: dict[int, dict[str, Any]] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    api: Api

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        api = self.api
        api.requests.append(self.path)
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        year = int(query["period"][0])
        mode = api.mode
        if mode in ("http500", "http429", "http409", "http403"):
            status = int(mode[4:])
            error = {"statusCode": status, "message": "Rate limit is exceeded."}
            return self.reply(status, json.dumps(error).encode())
        if mode == "slow":  # never answers: the client gives up after 0.2 s; writing to
            time.sleep(1)  # its closed socket would raise SIGPIPE, which `main` leaves fatal
            self.close_connection = True
            return None
        by_chapter = query["cmdCode"] == ["AG2"]
        document = api.documents.get(year) or (product_answer if by_chapter else answer)(year)
        if mode == "empty":
            document = {"count": 0, "data": []}
        elif mode == "truncated":
            document = {**document, "count": 100_000 if by_chapter else 500}
        elif mode == "reporter":
            document["data"][3]["reporterCode"] = 458
        elif mode == "negative":
            document["data"][3]["primaryValue"] = -5
        elif mode == "text_value":
            document["data"][3]["primaryValue"] = "12,5"
        body = json.dumps(document).encode()
        if mode == "not_json":
            body = b"<html>Service unavailable</html>"
        if mode == "dies":  # announces the whole body, sends half, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return None
        return self.reply(200, body)

    def reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def api() -> Iterator[Api]:
    state = Api()
    handler = type("BoundHandler", (Handler,), {"api": state})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(api: Api, data_dir: Path, *args: str, **env: str) -> Result:
    settings = {
        "BILATERAL_COMTRADE_URL": api.url,  # type: ignore[attr-defined]
        "BILATERAL_DATA_DIR": str(data_dir),
        "BILATERAL_COMTRADE_TIMEOUT": "5",
        **env,
    }
    return run_main(*args, env=settings)


def test_update_adds_a_year_every_command_uses(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--years", "2025")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no progress display when not on a terminal
    assert "Years added 2025" in flat(result.stdout)
    assert (data_dir / "partners.yaml").is_file()
    assert len(api.requests) == 1
    request = api.requests[0]
    assert request.startswith("/public/v1/preview/C/A/HS?")
    assert "reportercode=360&period=2025&flowCode=X,M&cmdCode=TOTAL" in request

    shown = run(api, data_dir, "show", "canada")
    expected = round(CANADA_2024_EXPORTS * 1.1 + 0.4) / 1e6
    assert f"2025 {expected:,.1f}" in flat(shown.stdout)
    today = time.strftime("%Y-%m-%d", time.gmtime())
    assert "Years 2025: [comtrade-api-" in flat(shown.stdout)
    data = json.loads(run(api, data_dir, "show", "canada", "-f", "json").stdout)
    assert data["trade"]["years"][-1]["year"] == 2025
    assert data["trade"]["years"][-1]["source"].startswith("comtrade-api-")
    assert data["trade"]["years"][0]["source"] == "comtrade"
    source = next(s for s in data["sources"] if s["id"].startswith("comtrade-api-"))
    assert "period=2025" in source["dataset"] and source["url"].startswith(api.url)  # type: ignore[attr-defined]

    listed = json.loads(run(api, data_dir, "list", "-f", "json").stdout)
    canada = next(p for p in listed["partners"] if p["id"] == "canada")
    assert canada["latest"]["year"] == 2025
    compared = run(api, data_dir, "compare", "canada", "--to", "2025", "-f", "json")
    assert compared.exit_code == 0, compared.output
    assert json.loads(compared.stdout)["sources"][-1].startswith("comtrade-api-")

    version = run(api, data_dir, "--version")
    assert "updated" in version.stdout and "from UN Comtrade" in version.stdout
    sources = run(api, data_dir, "sources")
    assert "from UN Comtrade" in sources.stdout and "comtrade-api-" in sources.stdout
    assert run(api, data_dir, "--lang", "id", "--version").stdout.count("diperbarui") == 1
    assert today[:4] in version.stdout
    assert run(api, data_dir, "validate").exit_code == 0
    assert len(api.requests) == 1  # no other command called the API


def test_unknown_partner_codes_are_reported_and_kept_out(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--years", "2025", "-f", "json")
    data = json.loads(result.stdout)
    assert data["unknown_partners"] == [
        {"code": "QQQ", "number": 999, "name": "Atlantis", "years": [2025]}
    ]
    assert "QQQ" in run(api, data_dir, "update", "--years", "2025", "--dry-run").stdout
    text = (data_dir / "partners.yaml").read_text(encoding="utf-8")
    assert "Atlantis" not in text and "QQQ" not in text


def test_dry_run_writes_nothing(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--years", "2025", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Dry run: nothing was written" in flat(result.stdout)
    assert "Years added 2025" in flat(result.stdout)
    assert not (data_dir / "partners.yaml").exists()


def test_revisions_show_old_new_and_difference(api: Api, data_dir: Path) -> None:
    document = answer(2024, scale=1.0)
    for row in document["data"]:
        row["primaryValue"] = round(row["primaryValue"] - 0.4)
        if row["partnerISO"] == "CAN" and row["flowCode"] == "X":
            row["primaryValue"] += 1234
    api.documents[2024] = document
    result = run(api, data_dir, "update", "--years", "2024", "-f", "csv")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "partner,year,flow,old,new,difference,source"
    old = CANADA_2024_EXPORTS
    assert len(lines) == 2
    assert lines[1].startswith(f"canada,2024,exports,{old},{old + 1234},1234,comtrade-api-")
    updated = load_dataset(data_dir / "partners.yaml")
    canada = next(p for p in updated.partners if p.id == "canada")
    assert canada.trade is not None and canada.trade.source_of(2024).startswith("comtrade-api-")
    assert canada.trade.source_of(2023) == "comtrade"
    mexico = next(p for p in updated.partners if p.id == "mexico")
    assert mexico.trade is not None and mexico.trade.source_of(2024) == "comtrade"  # unchanged


def test_reset_returns_to_the_bundled_data(api: Api, data_dir: Path) -> None:
    assert run(api, data_dir, "update", "--years", "2025").exit_code == 0
    assert "2025" in run(api, data_dir, "show", "canada", "-f", "csv").stdout
    dry = run(api, data_dir, "update", "--reset", "--dry-run")
    assert "would be removed" in dry.stdout and (data_dir / "partners.yaml").exists()
    result = run(api, data_dir, "update", "--reset")
    assert result.exit_code == 0 and "bundled data" in result.stdout
    assert not (data_dir / "partners.yaml").exists()
    assert "2025" not in run(api, data_dir, "show", "canada", "-f", "csv").stdout
    assert "bilateral " in run(api, data_dir, "--version").stdout
    assert "updated" not in run(api, data_dir, "--version").stdout
    assert "No updated dataset" in run(api, data_dir, "update", "--reset").stdout
    assert len(api.requests) == 1


def test_explicit_data_wins_over_the_updated_dataset(
    api: Api, data_dir: Path, tmp_path: Path
) -> None:
    assert run(api, data_dir, "update", "--years", "2025").exit_code == 0
    other = tmp_path / "other.yaml"
    other.write_bytes((data_dir / "partners.yaml").read_bytes())
    bundled = run(api, data_dir, "--data", str(other), "show", "canada", "-f", "csv")
    assert "2025" in bundled.stdout
    from bilateral_cli.dataset import bundled_dataset_path

    plain = run(api, data_dir, "--data", str(bundled_dataset_path()), "show", "canada", "-f", "csv")
    assert "2025" not in plain.stdout
    assert "updated" not in run(api, data_dir, "sources", BILATERAL_DATA=str(other)).stdout


FAILURES = [
    ("truncated", 7, "holds 500 records, the limit of one call (500)"),
    ("http500", 7, "answered with an error (HTTP 500)"),
    ("http429", 7, "refused more calls for now (HTTP 429, rate limit)"),
    ("http409", 7, "(HTTP 409, rate limit)"),
    ("not_json", 7, "is not JSON"),
    ("reporter", 7, "records for reporter 458, not 360"),
    ("negative", 7, "as -5, not a non-negative number"),
    ("text_value", 7, "as '12,5', not a non-negative number"),
    ("slow", 6, "did not answer within 0.2 seconds"),
    ("dies", 6, "ended before the answer was complete"),
]


PRODUCT_FAILURES = [
    ("truncated", 7, "holds 100000 records, the limit of one call (100000)"),
    ("http500", 7, "answered with an error (HTTP 500)"),
    ("http403", 7, "refused the key in COMTRADE_API_KEY (HTTP 403)"),
    ("not_json", 7, "is not JSON"),
    ("negative", 7, "not a non-negative number"),
    ("dies", 6, "ended before the answer was complete"),
]
KEY = {"COMTRADE_API_KEY": "s3cret-key"}
# The file a first run writes, that run, the run that fails, and its environment.
RUNS = {
    "dataset": ("partners.yaml", ["--years", "2025"], ["--years", "2024-2025"], {}),
    "products": (
        "products.json",
        ["--products", "--years", "2023"],
        ["--products", "--years", "2024"],
        KEY,
    ),
}


@pytest.mark.parametrize(
    ("kind", "mode", "status", "message"),
    [("dataset", *case) for case in FAILURES] + [("products", *case) for case in PRODUCT_FAILURES],
)
def test_a_failure_leaves_the_data_in_use_as_it_was(
    api: Api, data_dir: Path, kind: str, mode: str, status: int, message: str
) -> None:
    name, first, second, env = RUNS[kind]
    assert run(api, data_dir, "update", *first, **env).exit_code == 0
    before = (data_dir / name).read_bytes()
    api.mode = mode
    result = run(api, data_dir, "update", *second, **env, BILATERAL_COMTRADE_TIMEOUT="0.2")
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    assert message in flat(result.stderr)
    assert "Nothing was changed" in result.stderr and "s3cret" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (data_dir / name).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [name]  # no leftovers


def test_failures_are_worded_in_the_users_language(api: Api, data_dir: Path) -> None:
    api.mode = "http429"
    result = run(api, data_dir, "update", "--years", "2025", "--lang", "id")
    assert result.exit_code == 7
    assert result.stderr.startswith("Pembaruan gagal:")
    assert "Tidak ada yang diubah" in result.stderr


def test_no_server_and_a_bad_base_url(data_dir: Path) -> None:
    env = {"BILATERAL_DATA_DIR": str(data_dir)}
    result = run_main("update", "--years", "2025", env=env)  # conftest: a closed local port
    assert result.exit_code == 6, result.output
    assert "could not reach 127.0.0.1:9" in result.stderr
    bad = run_main("update", env={**env, "BILATERAL_COMTRADE_URL": "file:///etc/passwd"})
    assert bad.exit_code == 2 and "http:// or https://" in bad.stderr
    timeout = run_main("update", env={**env, "BILATERAL_COMTRADE_TIMEOUT": "never"})
    assert timeout.exit_code == 2
    years = run_main("update", "--years", "2025-2023", env=env)
    assert years.exit_code == 2 and "--years" in years.stderr
    assert not data_dir.exists()


def test_a_year_without_figures_yet(api: Api, data_dir: Path) -> None:
    api.mode = "empty"
    result = run(api, data_dir, "update", "--years", "2026")
    assert result.exit_code == 0, result.output
    assert "No figures yet for 2026" in flat(result.stdout)
    assert "nothing to write" in result.stdout
    assert not (data_dir / "partners.yaml").exists()


def test_default_years_follow_the_dataset(api: Api, data_dir: Path) -> None:
    import datetime as dt

    from bilateral_cli.update.run import years_to_fetch

    assert years_to_fetch(BASE, None, dt.date(2026, 11, 26)) == (2025,)
    assert years_to_fetch(BASE, None, dt.date(2025, 3, 1)) == ()
    assert years_to_fetch(BASE, "2023-2025", dt.date(2026, 1, 1)) == (2023, 2024, 2025)
    result = run(api, data_dir, "update")
    assert result.exit_code == 0, result.output
    assert len(api.requests) == max(0, dt.date.today().year - 2025)


def test_a_key_uses_the_keyed_endpoint_and_is_never_written(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--years", "2025", COMTRADE_API_KEY="s3cret-key")
    assert result.exit_code == 0, result.output
    assert api.requests[0].startswith("/data/v1/get/C/A/HS?")
    assert "subscription-key=s3cret-key" in api.requests[0]
    assert "maxRecords=100000" in api.requests[0]
    assert b"s3cret" not in (data_dir / "partners.yaml").read_bytes()
    api.mode = "http403"
    refused = run(api, data_dir, "update", "--years", "2025", COMTRADE_API_KEY="s3cret-key")
    assert refused.exit_code == 7 and "refused the key" in refused.stderr
    assert "s3cret" not in refused.output


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_shows_on_a_terminal(api: Api, data_dir: Path) -> None:
    stdout, stderr = io.StringIO(), Terminal()
    settings = {
        **FIXED_ENV,
        "TERM": "xterm",
        "BILATERAL_COMTRADE_URL": api.url,  # type: ignore[attr-defined]
        "BILATERAL_DATA_DIR": str(data_dir),
    }
    with environ(settings):
        status = main(["update", "--years", "2024-2025"], Environment(stdout, stderr))
    assert status == 0
    assert "UN Comtrade: 2 of 2 calls" in stderr.getvalue()


def test_per_year_sources_survive_the_bundle_and_writer(api: Api, data_dir: Path) -> None:
    assert run(api, data_dir, "update", "--years", "2025").exit_code == 0
    updated = load_dataset(data_dir / "partners.yaml")
    bundle = data_dir / "partners.bundle"
    bundle.write_bytes(encode_dataset(updated))
    assert read_dataset(bundle) == updated
    assert updated.world_trade.source_of(2025).startswith("comtrade-api-")


# -- trade by product: `update --products`, `show PARTNER --products` ------------------------


def test_products_need_a_key(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--products")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "needs a UN Comtrade API key" in result.stderr
    assert "export COMTRADE_API_KEY=" in result.stderr
    indonesian = run(api, data_dir, "update", "--products", "--lang", "id")
    assert indonesian.exit_code == 2 and "memerlukan kunci API UN Comtrade" in indonesian.stderr
    assert api.requests == [] and not data_dir.exists()


def test_show_products_without_product_data_says_how_to_get_it(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "show", "canada", "--products")
    assert result.exit_code == 2 and result.stdout == ""
    assert "`bilateral update --products`" in result.stderr
    indonesian = run(api, data_dir, "show", "kanada", "--products", "--lang", "id")
    assert indonesian.exit_code == 2 and "Belum ada data produk" in indonesian.stderr
    top_alone = run(api, data_dir, "show", "canada", "--top", "3")
    assert top_alone.exit_code == 2 and "--top goes with --products" in top_alone.stderr


def test_update_products_fetches_chapters_by_partner(api: Api, data_dir: Path) -> None:
    result = run(api, data_dir, "update", "--products", "--years", "2024", **KEY)
    assert result.exit_code == 0, result.output
    [request] = api.requests
    assert request.startswith("/data/v1/get/C/A/HS?")
    assert "reportercode=360&period=2024&flowCode=X,M&cmdCode=AG2" in request
    assert "subscription-key=s3cret-key" in request
    text = flat(result.stdout)
    assert "Product file" in text and "Years written 2024" in text
    assert "QQQ (Comtrade code 999, Atlantis): 2024" in text
    assert "show PARTNER --products` now uses it" in text
    products = data_dir / "products.json"
    assert sorted(p.name for p in data_dir.iterdir()) == ["products.json"]  # dataset untouched
    raw = products.read_text(encoding="utf-8")
    assert "s3cret" not in raw and "Atlantis" not in raw and "QQQ" not in raw
    document = json.loads(raw)
    partners = document["years"]["2024"]["partners"]
    assert sorted(partners) == ["canada", "japan", "taiwan"]  # S19; W00, E19 out
    assert partners["canada"]["exports"]["03"] == 200_000_000
    assert document["sources"][0]["id"].startswith("comtrade-api-products-")
    assert "cmdCode=AG2" in document["sources"][0]["dataset"]["en"]
    again = run(api, data_dir, "update", "--products", "--years", "2024", "-f", "json", **KEY)
    report = json.loads(again.stdout)
    assert report["action"] == "unchanged" and report["products"] is True
    assert run(api, data_dir, "show", "canada").exit_code == 0  # the profile is as before


def test_show_products_in_every_format_and_both_languages(api: Api, data_dir: Path) -> None:
    assert run(api, data_dir, "update", "--products", **KEY).exit_code == 0
    assert len(api.requests) == 2  # default: the dataset's last two years
    assert "period=2023" in api.requests[0] and "period=2024" in api.requests[1]

    table = flat(run(api, data_dir, "show", "canada", "--products").stdout)
    assert "Indonesia and Canada: trade by product, 2024" in table
    assert "Exports to Canada: top 4 of 4 HS chapters" in table
    assert "1 15 Animal and vegetable fats, oils 400.0 40.00%" in table
    assert "4 85 Electrical machinery, electronics 150.0 15.00%" in table
    assert "Imports from Canada: top 2 of 2 HS chapters" in table
    assert "1 10 Cereals 900.0 90.00%" in table
    assert "Years held: 2023, 2024" in table and "[comtrade-api-products-" in table

    indonesian = flat(run(api, data_dir, "show", "kanada", "--products", "--lang", "id").stdout)
    assert "Indonesia dan Kanada: perdagangan menurut produk, 2024" in indonesian
    assert "1 15 Lemak dan minyak hewani, nabati 400,0 40,00%" in indonesian
    assert "Impor dari Kanada" in indonesian and "Serealia" in indonesian
    for output in ("table", "markdown"):  # no English in Indonesian (issue 15)
        args = ("show", "kanada", "--products", "--lang", "id", "-f", output)
        assert english_words(run(api, data_dir, *args).stdout) == []

    data = json.loads(run(api, data_dir, "show", "canada", "--products", "-f", "json").stdout)
    assert data["partner"] == "canada" and data["year"] == 2024 and data["years"] == [2023, 2024]
    assert data["exports"][0] == {
        "rank": 1,
        "hs": "15",
        "name": {"id": "Lemak dan minyak hewani, nabati", "en": "Animal and vegetable fats, oils"},
        "value": 400_000_000,
        "share_pct": pytest.approx(40.0),
    }
    assert data["totals"] == {"exports": 1_000_000_000, "imports": 1_000_000_000}
    assert data["source"] == data["sources"][0]["id"]
    assert "share_pct" in data["derived"]

    rows = run(api, data_dir, "show", "canada", "--products", "-n", "2", "-f", "csv").stdout
    lines = rows.splitlines()
    assert lines[0] == "partner,year,flow,rank,hs,name_id,name_en,value,share_pct,source"
    assert len(lines) == 5  # two each way
    assert lines[1].startswith('canada,2024,exports,1,15,"Lemak dan minyak hewani, nabati",')
    assert lines[3].startswith("canada,2024,imports,1,10,Serealia,Cereals,900000000,90.0,")

    markdown = run(api, data_dir, "show", "canada", "--products", "-f", "markdown").stdout
    assert "# Indonesia and Canada: trade by product, 2024" in markdown
    assert "| 1 | 15 | Animal and vegetable fats, oils | 400.0 | 40.00% |" in markdown

    group = run(api, data_dir, "show", "asean", "--products")
    assert group.exit_code == 2 and "is a group" in group.stderr
    missing = run(api, data_dir, "show", "mexico", "--products", "--lang", "id")
    assert missing.exit_code == 2 and "tidak memiliki angka untuk Meksiko" in missing.stderr


def test_a_broken_product_file_is_reported_and_can_be_removed(api: Api, data_dir: Path) -> None:
    assert run(api, data_dir, "update", "--products", "--years", "2024", **KEY).exit_code == 0
    products = data_dir / "products.json"
    document = json.loads(products.read_text(encoding="utf-8"))
    document["years"]["2024"]["partners"]["canada"]["exports"]["15"] = -1
    document["years"]["2024"]["partners"]["canada"]["exports"]["00"] = 5
    products.write_text(json.dumps(document), encoding="utf-8")
    shown = run(api, data_dir, "show", "canada", "--products")
    assert shown.exit_code == 4 and shown.stdout == ""
    assert "years.2024.partners.canada.exports.15" in shown.stderr
    assert "unknown field '00'" in shown.stderr
    products.write_text("{not json", encoding="utf-8")
    assert "is not valid JSON" in run(api, data_dir, "show", "canada", "--products").stderr
    refused = run(api, data_dir, "update", "--products", **KEY)
    assert refused.exit_code == 4 and len(api.requests) == 1  # stopped before any call
    dry = run(api, data_dir, "update", "--products", "--reset", "--dry-run")
    assert dry.exit_code == 0 and "would be removed" in dry.stdout and products.exists()
    removed = run(api, data_dir, "update", "--products", "--reset", "--lang", "id")
    assert removed.exit_code == 0 and "dihapus" in removed.stdout and not products.exists()
    again = run(api, data_dir, "update", "--products", "--reset")
    assert "No product file" in again.stdout


def test_reset_of_the_dataset_keeps_the_product_file(api: Api, data_dir: Path) -> None:
    assert run(api, data_dir, "update", "--years", "2025").exit_code == 0
    assert run(api, data_dir, "update", "--products", "--years", "2024", **KEY).exit_code == 0
    assert run(api, data_dir, "update", "--reset").exit_code == 0
    assert sorted(p.name for p in data_dir.iterdir()) == ["products.json"]
    assert run(api, data_dir, "show", "canada", "--products").exit_code == 0
