"""The compiled bundle's file format: a header, then named sections of bytes.

The header names the format, the tool version that wrote the bundle and each section's length
and CRC-32 (`framing`, shared with cache entries). The bundle ships inside the package like its
code; still, a bundle that does not match (a damaged or mixed-up installation) is not used, and
the loader falls back to the YAML. `compiled` puts a `Dataset` in and out of the sections. This
module needs no model, so Tab completion reads the words it offers straight from the `names`
section.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from pathlib import Path

from bilateral_cli import __version__
from bilateral_cli.dataset.framing import Section, Sections, frame, load, unframe

FORMAT = 10
SECTIONS = (
    "core",
    "names",
    "index",
    "words",
    "partners",
    "summaries",
    "cooperation",
    "votes",
    "votes-by-state",
)
# Sections only some commands read, checked when first read: a run on the bundle checks
# `core` (70 KB) on opening; `list` reads no partner (180 KB). The UN votes (1 MB) are in
# parts, each checked when read (see `framing`).
ON_USE = ("names", "index", "words", "partners", "summaries", "cooperation")
PARTED = ("votes", "votes-by-state")


def pack(sections: Mapping[str, Section]) -> bytes:
    """A bundle of `SECTIONS`, in order, behind their header (see `framing`)."""
    return frame(_fields(), {name: sections[name] for name in SECTIONS}, _crc32)


def unpack(path: Path) -> Sections | None:
    """A bundle's sections, or None if there is none or it does not check out (the sections
    decoded on use, when first read: see `framing.Sections`)."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    return unframe(blob, _fields(), SECTIONS, _crc32, later=ON_USE, parted=PARTED)


def _fields() -> dict[str, object]:
    return {"format": FORMAT, "tool": __version__}


def _crc32(name: str, data: bytes | memoryview) -> int:
    """A bundle ships with the code: a CRC-32 only tells a damaged one."""
    return zlib.crc32(data)


def read_words(path: Path, kind: str) -> tuple[list[str], list[str]] | None:
    """Ids and names (both languages) of the partners, or of the regions and groups."""
    sections = unpack(path)
    if sections is None:
        return None
    try:
        ids, names = load(sections["words"])[kind]
    except (ValueError, TypeError, KeyError, EOFError):
        return None
    return ids, names
