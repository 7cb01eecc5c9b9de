"""A per-user cache of parsed datasets, so that most runs skip YAML entirely.

Parsing the bundled YAML costs about 110 ms with libyaml; the same tree as JSON loads in about
5 ms. An entry is keyed by the SHA-256 of the dataset's bytes, the schema version and the tool
version, so an edited dataset or a new release never meets an old entry. Entries are JSON (data,
never code), written atomically, and carry a SHA-256 of their own payload: a truncated,
corrupted or foreign file is treated as a miss and rewritten. A missing or read-only cache
directory just means no cache.

Only trees that passed validation are stored, and they are validated again when read, so a
cache can make a run faster but never make it wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bilateral_cli import __version__

FORMAT = 1
_INT_KEYS = "__int_keys__"
_DATE = "__date__"


def cache_dir() -> Path | None:
    """`BILATERAL_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/bilateral` or ~/.cache."""
    configured = os.environ.get("BILATERAL_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "bilateral"


def entry_path(raw: bytes, schema: int, directory: Path) -> Path:
    key = hashlib.sha256(raw)
    key.update(f"\0schema={schema}\0tool={__version__}\0format={FORMAT}".encode())
    return directory / f"{key.hexdigest()}.json"


def read_tree(raw: bytes, schema: int) -> Any | None:
    """The cached tree for a dataset's bytes, or None on any miss or damage."""
    directory = cache_dir()
    if directory is None:
        return None
    try:
        blob = entry_path(raw, schema, directory).read_bytes()
        header_bytes, payload = blob.split(b"\n", 1)
        header = json.loads(header_bytes)
        if header.get("payload_sha256") != hashlib.sha256(payload).hexdigest():
            return None
        return decode_tree(payload)
    except (OSError, ValueError):
        return None


def write_tree(raw: bytes, schema: int, tree: Any) -> None:
    """Store a validated tree; silently do nothing where the cache cannot be written."""
    directory = cache_dir()
    if directory is None:
        return
    payload = json.dumps(encode_tree(tree), ensure_ascii=False, separators=(",", ":")).encode()
    header = json.dumps({"format": FORMAT, "payload_sha256": hashlib.sha256(payload).hexdigest()})
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
        tmp = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(header.encode() + b"\n" + payload)
            tmp.replace(entry_path(raw, schema, directory))
        except BaseException:
            tmp.unlink()
            raise
    except OSError:
        return


def decode_tree(payload: bytes | str) -> Any:
    """A tree from its JSON form (see `encode_tree`)."""
    return json.loads(payload, object_hook=_decode)


def encode_tree(value: Any) -> Any:
    """JSON-safe form of a YAML tree: year-keyed mappings and dates are tagged."""
    return _encode(value)


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        if any(not isinstance(k, str) for k in value):
            return {_INT_KEYS: [[k, _encode(v)] for k, v in value.items()]}
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dt.date):
        return {_DATE: value.isoformat()}
    return value


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if _INT_KEYS in obj:
            return dict(obj[_INT_KEYS])
        if _DATE in obj:
            return dt.date.fromisoformat(obj[_DATE])
    return obj
