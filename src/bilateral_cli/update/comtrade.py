"""UN Comtrade's API: the only module of the tool that talks to the network.

One call per year (`GET {base}/public/v1/preview/C/A/HS?reportercode=…&period=YYYY&…`, or the
keyed `/data/v1/get/C/A/HS` with `COMTRADE_API_KEY`), with the standard library's `urllib`: no
new dependency, and nothing imported by any other command. An answer is checked whole before
any of it is used: JSON of the documented shape, fewer records than the call's limit (a full
answer may be cut short), the reporter asked for, and whole, non-negative values.
"""

from __future__ import annotations

import http.client
import json
import math
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from bilateral_cli import __version__
from bilateral_cli.errors import ServiceError, ServiceUnreachable, UsageProblem
from bilateral_cli.messages import Message, msg
from bilateral_cli.record import NamedTuple

DEFAULT_BASE = "https://comtradeapi.un.org"
PUBLIC_LIMIT = 500  # records per call without a key
KEYED_LIMIT = 100_000  # records asked per call with a key (`maxRecords`)
DEFAULT_TIMEOUT = 60.0  # seconds per call; BILATERAL_COMTRADE_TIMEOUT changes it
MAX_BODY = 64 * 1024 * 1024
FLOWS = {"X": "exports", "M": "imports"}


class Query(NamedTuple):
    """One call. `url` never holds the key: it is what a source entry records."""

    year: int
    url: str
    limit: int
    cmd_codes: tuple[str, ...]

    @property
    def host(self) -> str:
        return urllib.parse.urlsplit(self.url).netloc


class Record(NamedTuple):
    """One checked figure: Indonesia's `flow` with a partner in a year, in whole USD."""

    year: int
    flow: str  # "exports" or "imports"
    code: str  # Comtrade's partner code (`partnerISO`), "" when the answer gives none
    number: int | None  # Comtrade's numeric partner code
    name: str  # Comtrade's partner name, "" when not given
    cmd: str  # the commodity code: TOTAL, or an HS chapter
    value: int


def base_url() -> str:
    """`BILATERAL_COMTRADE_URL` (mirrors, proxies, tests), else Comtrade's own address."""
    base = os.environ.get("BILATERAL_COMTRADE_URL") or DEFAULT_BASE
    if urllib.parse.urlsplit(base).scheme not in ("http", "https"):
        raise UsageProblem(msg("update.error.base_url", url=repr(base)))
    return base.rstrip("/")


def api_key() -> str | None:
    return os.environ.get("COMTRADE_API_KEY") or None


def timeout() -> float:
    """Seconds a call may take: `BILATERAL_COMTRADE_TIMEOUT`, else 60."""
    text = os.environ.get("BILATERAL_COMTRADE_TIMEOUT")
    if not text:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not (math.isfinite(seconds) and seconds > 0):
        raise UsageProblem(msg("update.error.timeout_setting", value=repr(text)))
    return seconds


def query(
    reporter: int,
    year: int,
    keyed: bool,
    cmd_codes: tuple[str, ...] = ("TOTAL",),
    ask: str | None = None,
) -> Query:
    """The call for one year of the reporter's trade with every partner, both flows.

    `cmd_codes` are the commodity codes the answer may hold; `ask` is the `cmdCode` sent when
    it is not those codes themselves (`AG2`: every HS chapter)."""
    params = {
        "reportercode": str(reporter),
        "period": str(year),
        "flowCode": "X,M",
        "cmdCode": ask or ",".join(cmd_codes),
        "includeDesc": "true",  # partner codes and names, so unknown partners can be named
    }
    if keyed:
        path, limit = "/data/v1/get/C/A/HS", KEYED_LIMIT
        params["maxRecords"] = str(limit)
    else:
        path, limit = "/public/v1/preview/C/A/HS", PUBLIC_LIMIT
    url = f"{base_url()}{path}?{urllib.parse.urlencode(params, safe=',')}"
    return Query(year, url, limit, cmd_codes)


def fetch(call: Query, key: str | None, seconds: float) -> bytes:
    """The body of one call's answer; any failure to get it whole is a `ServiceError`."""
    url = call.url
    if key is not None:  # as UN Comtrade's own client sends it; never written anywhere
        url += "&" + urllib.parse.urlencode({"subscription-key": key})
    request = urllib.request.Request(
        url, headers={"Accept": "application/json", "User-Agent": f"bilateral/{__version__}"}
    )
    host = call.host
    try:
        with urllib.request.urlopen(request, timeout=seconds) as response:
            body: bytes = response.read(MAX_BODY + 1)
            if response.length:  # bytes the server announced and never sent
                raise http.client.IncompleteRead(body, response.length)
    except urllib.error.HTTPError as exc:
        raise ServiceError(_http_problem(exc, host, key is not None)) from None
    except urllib.error.URLError as exc:
        raise ServiceUnreachable(_network_problem(exc.reason, host, seconds)) from None
    except (TimeoutError, OSError) as exc:  # a timeout or reset while reading the body
        raise ServiceUnreachable(_network_problem(exc, host, seconds)) from None
    except http.client.IncompleteRead as exc:
        received = len(exc.partial)
        raise ServiceUnreachable(
            msg("update.error.incomplete", host=host, bytes=received)
        ) from None
    except http.client.HTTPException as exc:
        reason = type(exc).__name__
        raise ServiceUnreachable(
            msg("update.error.unreachable", host=host, reason=reason)
        ) from None
    if len(body) > MAX_BODY:
        raise ServiceError(msg("update.error.too_large", year=call.year, limit="64 MiB"))
    return body


def _network_problem(reason: object, host: str, seconds: float) -> Message:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return msg("update.error.timeout", host=host, seconds=f"{seconds:g}")
    if isinstance(reason, socket.gaierror):
        return msg("update.error.dns", host=host)
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return msg("update.error.unreachable", host=host, reason=text)


def _http_problem(exc: urllib.error.HTTPError, host: str, keyed: bool) -> Message:
    """An HTTP error status as one sentence, with the first words of the API's own message."""
    try:
        detail = exc.read(2000).decode("utf-8", "replace")
    except (OSError, http.client.HTTPException):
        detail = ""
    try:
        parsed = json.loads(detail)
        if isinstance(parsed, dict) and isinstance(parsed.get("message"), str):
            detail = parsed["message"]
    except ValueError:
        pass
    detail = " ".join(detail.split())[:200]
    said = f" ({detail})" if detail else ""
    if exc.code in (409, 429):
        return msg("update.error.rate_limit", host=host, status=exc.code, detail=said)
    if exc.code in (401, 403) and keyed:
        return msg("update.error.key", host=host, status=exc.code, detail=said)
    return msg("update.error.http", host=host, status=exc.code, detail=said)


def records(body: bytes, call: Query, reporter: int) -> tuple[Record, ...]:
    """The checked records of one answer; the first thing wrong is a `ServiceError`."""
    year = call.year
    try:
        document = json.loads(body)
    except ValueError:  # also bytes that are not UTF-8
        raise ServiceError(msg("update.error.not_json", year=year)) from None
    if not isinstance(document, dict) or not isinstance(document.get("data"), list):
        raise ServiceError(msg("update.error.shape", year=year))
    data: list[Any] = document["data"]
    count = document.get("count", len(data))
    if not isinstance(count, int) or isinstance(count, bool):
        raise ServiceError(msg("update.error.shape", year=year))
    if max(count, len(data)) >= call.limit:
        raise ServiceError(msg("update.error.truncated", year=year, count=count, limit=call.limit))
    out = []
    seen = set()
    for item in data:
        record = _record(item, year, reporter, call.cmd_codes)
        key = (record.flow, record.code, record.number, record.cmd)
        if key in seen:
            raise ServiceError(msg("update.error.duplicate", year=year, partner=_who(record)))
        seen.add(key)
        out.append(record)
    return tuple(out)


def _record(item: Any, year: int, reporter: int, cmd_codes: tuple[str, ...]) -> Record:
    if not isinstance(item, dict):
        raise ServiceError(msg("update.error.shape", year=year))
    got = item.get("reporterCode")
    if got != reporter:
        raise ServiceError(
            msg("update.error.reporter", year=year, got=repr(got), expected=reporter)
        )
    if str(item.get("refYear", item.get("period"))) != str(year):
        raise ServiceError(msg("update.error.year", year=year, got=repr(item.get("refYear"))))
    flow = FLOWS.get(item.get("flowCode"))  # type: ignore[arg-type]
    cmd = item.get("cmdCode")
    number = item.get("partnerCode")
    code = item.get("partnerISO")
    name = item.get("partnerDesc")
    if (
        flow is None
        or cmd not in cmd_codes
        or not (number is None or (isinstance(number, int) and not isinstance(number, bool)))
        or not (code is None or isinstance(code, str))
        or not (name is None or isinstance(name, str))
    ):
        raise ServiceError(msg("update.error.shape", year=year))
    record = Record(year, flow, (code or "").strip(), number, name or "", cmd, 0)
    value = item.get("primaryValue")
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        or not math.isfinite(value)
        or value < 0
    ):
        who = _who(record)
        raise ServiceError(
            msg("update.error.value", year=year, partner=who, flow=flow, value=repr(value)[:40])
        )
    whole = int(Decimal(str(value)).quantize(Decimal(1), ROUND_HALF_UP))
    return record._replace(value=whole)


def _who(record: Record) -> str:
    """A partner as messages name it: `CAN (124, Canada)`."""
    parts = [str(p) for p in (record.number, record.name) if p not in (None, "")]
    return f"{record.code or '?'} ({', '.join(parts)})" if parts else record.code or "?"
