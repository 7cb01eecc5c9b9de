"""One framing for the files the tool writes and later trusts: the bundle and cache entries.

A file is a header in plain text, then named sections of bytes one after another. The header
is a magic word, then a line `key=value` for each fixed field the reader must find again
(format, tool version, `marshal`'s own format version, the machine's byte order), a line
`section=name,length,check` for each section, and an empty line. `check(name, data)` makes a
section's check value: CRC-32 for the wheel's bundle (it ships with the code and only guards
against damage), a MAC keyed with a per-user secret for cache entries (they live where other
programs can write, see `cache`). Anything that does not check out reads as None, never as an
exception. Needs neither hashlib, hmac nor json, so the bundled path stays cheap.

Sections hold `marshal`led plain data (lists, dicts, strings, numbers, None; never code): it
loads about four times faster than the same data as JSON. `marshal` is not made for data from
others (a crafted length makes it allocate without bound), so nothing is unmarshalled before
its check has matched: the header, which is read first, is text. The format can change between
Python versions, so the header records it; a file written under another version is not read
(the bundle then falls back to the YAML, a cache entry is rebuilt).
"""

from __future__ import annotations

import marshal
import sys
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from typing import Any

Check = Callable[[str, bytes | memoryview], object]

MAGIC = b"BILATERAL\n"
_END = b"\n\n"
MAX_HEADER = 4096  # a header is a few lines; a longer one is not ours


def frame(fields: Mapping[str, object], sections: Mapping[str, bytes], check: Check) -> bytes:
    """The header (`fields` and each section's name, length and check), then the sections."""
    lines = [f"{key}={value}" for key, value in _fixed(fields).items()]
    lines += [f"section={name},{len(data)},{check(name, data)}" for name, data in sections.items()]
    header = "\n".join(lines).encode("utf-8")
    return MAGIC + header + _END + b"".join(sections.values())


def unframe(
    blob: bytes,
    fields: Mapping[str, object],
    names: Sequence[str],
    check: Check,
    later: Collection[str] = (),
) -> Sections | None:
    """The sections `names`, in order, if the header has `fields` and every check matches;
    the checks of the sections named in `later` are made when each is first read (see
    `Sections`).

    Sections are views into `blob`, not copies: a reader copies only the sections it decodes
    (copying the bundle's 1 MB of UN votes cost `goals` about 2 ms).
    """
    if not blob.startswith(MAGIC):
        return None
    end = blob.find(_END, len(MAGIC), MAX_HEADER)
    if end < 0:
        return None
    try:
        lines = blob[len(MAGIC) : end].decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return None
    expected = [f"{key}={value}" for key, value in _fixed(fields).items()]
    if lines[: len(expected)] != expected:
        return None
    view = memoryview(blob)
    sections: dict[str, memoryview] = {}
    pending: dict[str, str] = {}
    start = end + len(_END)
    for line in lines[len(expected) :]:
        key, _, value = line.partition("=")
        parts = value.split(",")
        if key != "section" or len(parts) != 3 or not (parts[1].isascii() and parts[1].isdigit()):
            return None
        name, size, made = parts
        length = int(size)
        data = view[start : start + length]
        start += length
        if len(data) != length:
            return None
        if name in later:
            pending[name] = made
        elif str(check(name, data)) != made:
            return None
        sections[name] = data
    if start != len(blob) or tuple(sections) != tuple(names):
        return None
    return Sections(sections, pending, check)


class DamagedSection(ValueError):
    """A section whose check, made when it was first read, does not match."""


class Sections(Mapping[str, memoryview]):
    """A file's sections by name. Most are checked when the file is opened; a large section
    few commands read (the bundle's 1 MB of UN votes: its CRC-32 cost every command about
    1 ms, its MAC a cache entry more) is checked when first read, and `DamagedSection` is
    raised then if it does not match: still before anything of it is unmarshalled."""

    def __init__(
        self, sections: dict[str, memoryview], pending: dict[str, str], check: Check
    ) -> None:
        self._sections = sections
        self._pending = pending
        self._check = check

    def __getitem__(self, name: str) -> memoryview:
        data = self._sections[name]
        made = self._pending.get(name)
        if made is not None:
            if str(self._check(name, data)) != made:
                raise DamagedSection(name)
            del self._pending[name]
        return data

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)


def _fixed(fields: Mapping[str, object]) -> dict[str, object]:
    """The fields the caller gives, and what decoding on this machine depends on: `marshal`'s
    format and the byte order of machine integers (trade columns, see `compiled`)."""
    return {**fields, "marshal": marshal.version, "byteorder": sys.byteorder}


def dump(value: Any) -> bytes:
    """Plain data as a section stores it."""
    return marshal.dumps(value)


def load(data: bytes | memoryview) -> Any:
    """A section's plain data; ValueError, EOFError or TypeError where it is not whole."""
    return marshal.loads(data)
