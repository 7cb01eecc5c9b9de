"""One framing for the files the tool writes and later trusts: the bundle and cache entries.

A file is a JSON header line, then named sections of bytes one after another. The header holds
fixed fields the reader must find again (format, tool version) and each section's name, length
and check value; `check(name, data)` makes that value: CRC-32 for the wheel's bundle (it ships
with the code and only guards against damage), an HMAC keyed with a per-user secret for cache
entries (they live where other programs can write, see `cache`). Anything that does not check
out reads as None, never as an exception. Needs neither hashlib nor hmac, so the bundled path
stays cheap.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence

Check = Callable[[str, bytes | memoryview], object]


def frame(fields: Mapping[str, object], sections: Mapping[str, bytes], check: Check) -> bytes:
    """The header (`fields` and each section's name, length and check), then the sections."""
    table = [[name, len(data), check(name, data)] for name, data in sections.items()]
    return compact_json({**fields, "sections": table}) + b"\n" + b"".join(sections.values())


def unframe(
    blob: bytes, fields: Mapping[str, object], names: Sequence[str], check: Check
) -> dict[str, memoryview] | None:
    """The sections `names`, in order, if the header has `fields` and every check matches.

    Sections are views into `blob`, not copies: a reader copies (`bytes(...)`) only the
    sections it decodes (copying the bundle's 1 MB of UN votes cost `goals` about 2 ms).
    """
    try:
        end = blob.index(b"\n")
        header = json.loads(blob[:end])
        if not isinstance(header, dict) or any(header.get(k) != v for k, v in fields.items()):
            return None
        view = memoryview(blob)
        sections: dict[str, memoryview] = {}
        start = end + 1
        for name, length, value in header["sections"]:
            data = view[start : start + length]
            start += length
            if not isinstance(name, str) or len(data) != length or check(name, data) != value:
                return None
            sections[name] = data
    except (ValueError, TypeError, KeyError, IndexError, RecursionError):
        return None
    return sections if start == len(blob) and tuple(sections) == tuple(names) else None


def compact_json(value: object) -> bytes:
    """JSON as these files store it: UTF-8, no spaces."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
