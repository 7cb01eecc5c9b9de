"""One framing for the files the tool writes and later trusts: the bundle and cache entries.

A file is a header in plain text, then named sections of bytes one after another. The header
is a magic word, then a line `key=value` for each fixed field the reader must find again
(format, tool version, `marshal`'s own format version, the machine's byte order), a line
`section=name,length,check` for each section, and an empty line. `check(name, data)` makes a
section's check value: CRC-32 for the wheel's bundle (it ships with the code and only guards
against damage), a MAC keyed with a per-user secret for cache entries (they live where other
programs can write, see `cache`). Anything that does not check out reads as None, never as an
exception. Needs neither hashlib, hmac nor json, so the bundled path stays cheap.

A section may instead be made of parts (a mapping of keys to bytes, such as the UN votes of
each year): then it starts with an index (each part's key, length and check) and the header's
check covers that index only, and each part is checked when it is read, so a command that
reads one year of 1 MB checks a few kilobytes.

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
Section = bytes | Mapping[Any, bytes]  # whole, or in parts (see `Parts`)

MAGIC = b"BILATERAL\n"
_END = b"\n\n"
MAX_HEADER = 4096  # a header is a few lines; a longer one is not ours


def frame(fields: Mapping[str, object], sections: Mapping[str, Section], check: Check) -> bytes:
    """The header (`fields` and each section's name, length and check), then the sections; a
    section in parts is written as its index (each part's key, length and check), then the
    parts, and its check in the header is the index's."""
    lines = [f"{key}={value}" for key, value in _fixed(fields).items()]
    body = []
    for name, section in sections.items():
        if isinstance(section, bytes):
            data, made = section, check(name, section)
        else:
            index = dump(
                [
                    list(section),
                    [len(part) for part in section.values()],
                    [str(check(f"{name}/{key}", part)) for key, part in section.items()],
                ]
            )
            data = len(index).to_bytes(4, "little") + index + b"".join(section.values())
            made = check(name, index)
        lines.append(f"section={name},{len(data)},{made}")
        body.append(data)
    header = "\n".join(lines).encode("utf-8")
    return MAGIC + header + _END + b"".join(body)


def unframe(
    blob: bytes,
    fields: Mapping[str, object],
    names: Sequence[str],
    check: Check,
    later: Collection[str] = (),
    parted: Collection[str] = (),
) -> Sections | None:
    """The sections `names`, in order, if the header has `fields` and every check matches;
    the checks of the sections named in `later` are made when each is first read, those of
    the sections in parts (`parted`, read with `Sections.parts`) part by part (see `Sections`).

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
        if name in later or name in parted:
            pending[name] = made
        elif str(check(name, data)) != made:
            return None
        sections[name] = data
    if start != len(blob) or tuple(sections) != tuple(names):
        return None
    return Sections(sections, pending, check, frozenset(parted))


class DamagedSection(ValueError):
    """A section whose check, made when it was first read, does not match."""


class Sections(Mapping[str, memoryview]):
    """A file's sections by name. Most are checked when the file is opened; a section few
    commands read is checked when first read, and `DamagedSection` is raised then if it does
    not match: still before anything of it is unmarshalled. A section in parts is read with
    `parts` (the UN votes' 1 MB: its CRC-32 cost every command about 1 ms, its MAC a cache
    entry 4 ms, where a command needs a few of its parts)."""

    def __init__(
        self,
        sections: dict[str, memoryview],
        pending: dict[str, str],
        check: Check,
        parted: frozenset[str] = frozenset(),
    ) -> None:
        self._sections = sections
        self._pending = pending
        self._check = check
        self._parted = parted

    def __getitem__(self, name: str) -> memoryview:
        if name in self._parted:
            raise KeyError(f"{name}: a section in parts")
        data = self._sections[name]
        self._verify(name, data)
        return data

    def _verify(self, name: str, data: bytes | memoryview) -> None:
        made = self._pending.get(name)
        if made is not None:
            if str(self._check(name, data)) != made:
                raise DamagedSection(name)
            del self._pending[name]

    def parts(self, name: str) -> Parts:
        """A section in parts: its index checked now, each part when read."""
        if name not in self._parted:
            raise KeyError(f"{name}: a whole section")
        data = self._sections[name]
        size = int.from_bytes(data[:4], "little")
        if len(data) < 4 + size:
            raise DamagedSection(name)
        self._verify(name, data[4 : 4 + size])
        try:
            keys, lengths, made = load(data[4 : 4 + size])
            return Parts(name, data[4 + size :], keys, lengths, made, self._check)
        except (ValueError, TypeError, EOFError) as exc:  # checked, but not ours
            raise DamagedSection(name) from exc

    def __iter__(self) -> Iterator[str]:
        return iter(self._sections)

    def __len__(self) -> int:
        return len(self._sections)


class Parts(Mapping[Any, memoryview]):
    """The parts of one section by key, each checked when read (`DamagedSection`)."""

    def __init__(
        self,
        name: str,
        data: memoryview,
        keys: list[Any],
        lengths: list[int],
        made: list[str],
        check: Check,
    ) -> None:
        self._name = name
        self._check = check
        self._where: dict[Any, tuple[int, int, str]] = {}
        start = 0
        for key, length, value in zip(keys, lengths, made, strict=True):
            if not isinstance(length, int) or length < 0:
                raise ValueError(f"{name}: a part's length")
            self._where[key] = (start, start + length, value)
            start += length
        if start != len(data):
            raise ValueError(f"{name}: the parts' lengths")
        self._data = data

    def __getitem__(self, key: Any) -> memoryview:
        start, end, made = self._where[key]
        part = self._data[start:end]
        if str(self._check(f"{self._name}/{key}", part)) != made:
            raise DamagedSection(self._name)
        return part

    def __iter__(self) -> Iterator[Any]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where


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
