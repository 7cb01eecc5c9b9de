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

BASE = load_dataset()
CANADA = next(p for p in BASE.partners if p.id == "canada")
assert CANADA.trade is not None
CANADA_2024_EXPORTS = CANADA.trade.years[2024].exports or 0


def answer(year: int, scale: float = 1.1, **changes: Any) -> dict[str, Any]:
    """An answer shaped like Comtrade's for `year`: the bundled 2024 figures scaled, plus the
    world, a "nes" area and a code the dataset does not know."""
    rows = []

    def add(code: str, number: int, name: str, flow: str, value: float) -> None:
        rows.append(
            {
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
                "cmdCode": "TOTAL",
                "primaryValue": value,
            }
        )

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
        document = api.documents.get(year) or answer(year)
        if mode == "empty":
            document = {"count": 0, "data": []}
        elif mode == "truncated":
            document = {**document, "count": 500}
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


@pytest.mark.parametrize(("mode", "status", "message"), FAILURES)
def test_a_failure_leaves_the_data_in_use_as_it_was(
    api: Api, data_dir: Path, mode: str, status: int, message: str
) -> None:
    assert run(api, data_dir, "update", "--years", "2025").exit_code == 0
    before = (data_dir / "partners.yaml").read_bytes()
    api.mode = mode
    result = run(api, data_dir, "update", "--years", "2024-2025", BILATERAL_COMTRADE_TIMEOUT="0.2")
    assert result.exit_code == status, result.output
    assert result.stdout == ""
    assert message in flat(result.stderr)
    assert "Nothing was changed" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (data_dir / "partners.yaml").read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["partners.yaml"]  # no leftovers


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
