"""The compiled bundle's file format: a JSON header line, then named sections of bytes.

The header names the format, the tool version that wrote the bundle and each section's length
and CRC-32. The bundle ships inside the package like its code; still, a bundle that does not
match (a damaged or mixed-up installation) is not used, and the loader falls back to the YAML.
`compiled` puts a `Dataset` in and out of the sections. This module needs no model, so Tab
completion reads the words it offers straight from the `names` section.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

from bilateral_cli import __version__

FORMAT = 3
SECTIONS = ("core", "names", "partners", "cooperation")


def pack(sections: dict[str, bytes]) -> bytes:
    """A bundle of `SECTIONS`, in order, behind their header."""
    header = {
        "format": FORMAT,
        "tool": __version__,
        "sections": [[name, len(sections[name]), zlib.crc32(sections[name])] for name in SECTIONS],
    }
    return compact_json(header) + b"\n" + b"".join(sections[name] for name in SECTIONS)


def unpack(path: Path) -> dict[str, bytes] | None:
    """A bundle's sections, or None if there is none or it does not check out."""
    try:
        header_line, body = path.read_bytes().split(b"\n", 1)
        header = json.loads(header_line)
        if header.get("format") != FORMAT or header.get("tool") != __version__:
            return None
        sections: dict[str, bytes] = {}
        start = 0
        for name, length, crc in header["sections"]:
            sections[name] = body[start : start + length]
            start += length
            if len(sections[name]) != length or zlib.crc32(sections[name]) != crc:
                return None
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None
    return sections if start == len(body) and tuple(sections) == SECTIONS else None


def read_words(path: Path, kind: str) -> tuple[list[str], list[str]] | None:
    """Ids and names (both languages) of the partners, or of the regions and groups."""
    sections = unpack(path)
    if sections is None:
        return None
    try:
        ids, names = json.loads(sections["names"])["words"][kind]
    except (ValueError, TypeError, KeyError):
        return None
    return ids, names


def compact_json(value: object) -> bytes:
    """JSON as the bundle stores it: UTF-8, no spaces."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()
