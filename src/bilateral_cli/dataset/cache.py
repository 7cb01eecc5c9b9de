"""A per-user cache of validated datasets, so that most `--data` runs skip YAML and validation.

Parsing and validating the bundled YAML costs over 500 ms; the same dataset compiled (the
sections the wheel's bundle holds, see `compiled`) decodes in a few. An entry is named by the
BLAKE2b hash of the dataset's bytes, the schema version and the tool version, so an edited
dataset or a new release never meets an old entry. Entries are plain data (never code) in the
framing the bundle uses (`framing`), written atomically, and every section is signed with
BLAKE2b in its keyed mode (BLAKE2's own MAC) over the entry's name and the section, keyed by a
secret of this installation's user (32 random bytes, mode 0600, kept in the config directory,
not beside the entries): a file planted in the cache directory, or an entry copied from
another dataset, fails the check without the key, so what is read back is exactly what this
tool wrote. Entries are opened without following symlinks, non-blocking, as regular files of
bounded size; anything that fails to open, check or decode is a miss, removed and rebuilt.
The cache keeps the newest `MAX_ENTRIES` entries and removes temporary files a killed run left
(and entries of earlier versions).

Hashing the dataset's bytes (1 MB of YAML: 4 ms) to name its entry is what a warm run did
most, so a run that hashed them also leaves a link, named by what `stat` says of the file
(device, inode, size, modification and change times to the nanosecond), to the entry's name;
the next run finds the entry through the link without reading the file, as Python finds a
module's bytecode by its source's size and time. Any change to the file changes its change
time, so the link no longer matches; a link is only left for a file last changed over
`SETTLED_NS` before, so that a change within the same tick of the file system's clock cannot
keep the times the link names. Links are signed like entries.

Only datasets that passed validation are stored: an entry is the validated dataset itself, so
a hit is not validated again (the wheel's bundle is trusted the same way). Without a usable
home, config or cache directory (or key) there is simply no cache.
"""

from __future__ import annotations

import math
import os
import re
import stat
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bilateral_cli import __version__

try:  # BLAKE2 without OpenSSL: importing `hashlib` and `hmac` cost a warm run 4 to 6 ms
    from _blake2 import blake2b
except ImportError:  # a Python built without its own BLAKE2
    from hashlib import blake2b
from bilateral_cli.dataset.bundle import ON_USE, PARTED, SECTIONS
from bilateral_cli.dataset.compiled import decode_sections, encode_sections
from bilateral_cli.dataset.framing import Check, frame, unframe
from bilateral_cli.files import TEMPORARY_SUFFIX, read_regular, write_atomically

if TYPE_CHECKING:
    from bilateral_cli.model import Dataset

FORMAT = 9
MAX_ENTRIES = 16  # newest first; a user rarely works on more datasets at once
STALE_SECONDS = 600  # a temporary file this old belongs to a run that was killed
KEY_BYTES = 32
SUFFIX = ".bundle"
LINK = ".link"  # a file's stat to its entry's name
SETTLED_NS = 2_000_000_000  # a file changed more recently than this gets no link yet
_ENTRY = re.compile(r"^[0-9a-f]{64}\.(bundle|json|link)$")  # `.json`: trees of earlier versions
_ID = re.compile(r"^[0-9a-f]{64}$")


def cache_dir() -> Path | None:
    """`BILATERAL_CACHE_DIR` (empty: no cache), else `$XDG_CACHE_HOME/bilateral` or ~/.cache.

    Only absolute paths count: a relative one is ignored (as the XDG spec says), so the cache
    is never made in the working directory, nor in `/` for want of a home.
    """
    configured = os.environ.get("BILATERAL_CACHE_DIR")
    if configured is not None:
        return Path(configured) if Path(configured).is_absolute() else None
    return _user_dir("XDG_CACHE_HOME", ".cache")


def key_path() -> Path | None:
    """Where the cache's secret lives: `$XDG_CONFIG_HOME/bilateral` or ~/.config/bilateral."""
    directory = _user_dir("XDG_CONFIG_HOME", ".config")
    return None if directory is None else directory / "cache.key"


def _user_dir(variable: str, fallback: str) -> Path | None:
    base = Path(os.environ.get(variable, ""))
    if base.is_absolute():
        return base / "bilateral"
    home = Path("~").expanduser()  # `HOME=""` reads as `/` here: no home, no cache
    if not home.is_absolute() or home == Path("/"):
        return None
    return home / fallback / "bilateral"


def entry_path(raw: bytes, schema: int, directory: Path) -> Path:
    return directory / f"{_entry_id(raw, schema)}{SUFFIX}"


def _entry_id(raw: bytes, schema: int) -> str:
    key = blake2b(raw, digest_size=32)
    key.update(f"\0schema={schema}\0tool={__version__}\0format={FORMAT}".encode())
    return key.hexdigest()


def _signer(secret: bytes, entry_id: str) -> Check:
    """A MAC of an entry's name and a section: BLAKE2b keyed with the installation's secret."""

    def check(name: str, data: bytes | memoryview) -> str:
        mac = blake2b(f"{entry_id}\0{name}\0".encode(), key=secret, digest_size=32)
        mac.update(data)
        return mac.hexdigest()

    return check


def _secret() -> bytes | None:
    """The installation's secret, made on first use; None where it cannot be kept safely."""
    path = key_path()
    if path is None:
        return None
    try:
        return read_regular(path, KEY_BYTES, follow=False, private=True)
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        import tempfile

        fd, name = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # mode 0600
        made = Path(name)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(KEY_BYTES))
            path.hardlink_to(made)  # whole or not at all; a concurrent run's key wins
        except FileExistsError:
            pass
        finally:
            made.unlink()
        secret = read_regular(path, KEY_BYTES, follow=False, private=True)
    except OSError:
        return None
    return secret if len(secret) == KEY_BYTES else None


def _place() -> tuple[Path, bytes] | None:
    """The cache's directory and secret, if there is a cache."""
    directory = cache_dir()
    secret = None if directory is None else _secret()
    if directory is None or secret is None:
        return None
    return directory, secret


def _entry(raw: bytes, schema: int) -> tuple[Path, Check] | None:
    place = _place()
    if place is None:
        return None
    directory, secret = place
    entry_id = _entry_id(raw, schema)
    return directory / f"{entry_id}{SUFFIX}", _signer(secret, entry_id)


def _file_id(info: os.stat_result, schema: int) -> str:
    """A file as it is now, by what `stat` says of it (see the module's docstring)."""
    said = f"{info.st_dev}\0{info.st_ino}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}"
    key = blake2b(f"file\0{said}\0schema={schema}\0tool={__version__}".encode(), digest_size=32)
    key.update(f"\0format={FORMAT}".encode())
    return key.hexdigest()


def _fields() -> dict[str, object]:
    return {"format": FORMAT, "tool": __version__}


def _limit(size: int) -> int:
    """The largest entry a dataset of `size` bytes can need: its compiled form stays within a
    few times its text (a number of one digit in YAML takes five bytes compiled)."""
    return 6 * size + 65536


Seen = tuple[os.stat_result, int]  # what `stat` said of a file, and when it was asked


def seen(path: Path) -> Seen | None:
    """What `stat` says of a file now, and when (before it was asked); None if it cannot."""
    now = time.time_ns()
    try:
        return path.stat(), now
    except OSError:
        return None


def read_known(info: os.stat_result, schema: int) -> Dataset | None:
    """The cached dataset of a file unchanged since a run linked it to its entry (`remember`),
    found by the file's `stat` without reading it; None on any miss."""
    place = _place()
    if place is None or not stat.S_ISREG(info.st_mode):
        return None
    directory, secret = place
    file_id = _file_id(info, schema)
    link = directory / f"{file_id}{LINK}"
    try:
        blob = read_regular(link, 1024, follow=False)
    except FileNotFoundError:
        return None
    except OSError:
        _remove(link)
        return None
    sections = unframe(blob, _fields(), ("entry",), _signer(secret, file_id))
    entry_id = None if sections is None else bytes(sections["entry"]).decode("ascii", "replace")
    if entry_id is None or not _ID.match(entry_id):
        _remove(link)
        return None
    path = directory / f"{entry_id}{SUFFIX}"
    return _read_entry(path, _signer(secret, entry_id), _limit(info.st_size))


def remember(path: Path, seen_before: Seen | None, raw: bytes, schema: int) -> None:
    """Link a file, as `stat` said it was (`seen_before`) before `raw` was read from it, to
    its entry, so that the next run need not read it; nothing if it has changed since, or had
    changed too shortly before for its times to tell a later change (`SETTLED_NS`), or if
    there is no cache."""
    if seen_before is None:
        return
    before, asked = seen_before
    if not stat.S_ISREG(before.st_mode) or before.st_size != len(raw):
        return
    if asked - max(before.st_mtime_ns, before.st_ctime_ns) < SETTLED_NS:
        return
    try:
        after = path.stat()
    except OSError:
        return
    file_id = _file_id(before, schema)
    place = _place()
    if place is None or _file_id(after, schema) != file_id:
        return
    directory, secret = place
    entry = _entry_id(raw, schema).encode("ascii")
    blob = frame(_fields(), {"entry": entry}, _signer(secret, file_id))
    link = directory / f"{file_id}{LINK}"
    try:
        write_atomically(link, blob)
        _tidy(directory, keep=link)  # a file touched again and again leaves a link each time
    except OSError:
        return


def read_dataset(raw: bytes, schema: int) -> Dataset | None:
    """The cached dataset for a dataset's bytes, or None on any miss (a bad entry is removed)."""
    entry = _entry(raw, schema)
    if entry is None:
        return None
    path, check = entry
    return _read_entry(path, check, _limit(len(raw)))


def _read_entry(path: Path, check: Check, limit: int) -> Dataset | None:
    try:
        blob = read_regular(path, limit, follow=False)
    except FileNotFoundError:
        return None
    except OSError:  # a symlink, FIFO, device, directory or oversized file: not ours
        _remove(path)
        return None
    sections = unframe(blob, _fields(), SECTIONS, check, later=ON_USE, parted=PARTED)
    dataset = None if sections is None else decode_sections(sections, str(path))
    if dataset is None:
        _remove(path)
    return dataset


def write_dataset(raw: bytes, schema: int, dataset: Dataset) -> None:
    """Store a validated dataset; silently do nothing where the cache cannot be written."""
    entry = _entry(raw, schema)
    if entry is None:
        return
    path, check = entry
    blob = frame(_fields(), encode_sections(dataset), check)
    if len(blob) > _limit(len(raw)):
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_atomically(path, blob)
        _tidy(path.parent)
    except OSError:
        return


def clear() -> tuple[Path | None, int]:
    """Remove every entry, link and temporary file; the directory and how many entries went
    (a link is part of the entry it names)."""
    directory = cache_dir()
    if directory is None:
        return None, 0
    removed = 0
    for entry in _listing(directory):
        if _ENTRY.match(entry.name):
            gone = _remove(Path(entry.path))
            if not entry.name.endswith(LINK):  # a link is part of the entry it names
                removed += gone
        elif entry.name.endswith(TEMPORARY_SUFFIX):
            _remove(Path(entry.path))
    return directory, removed


def _tidy(directory: Path, keep: Path | None = None) -> None:
    """Keep the newest `MAX_ENTRIES` entries and as many links (`keep`, just written, among
    them whatever the clock says); remove temporary files of killed runs."""
    now = time.time()
    kept: dict[bool, list[tuple[float, str]]] = {True: [], False: []}  # links, the rest
    for entry in _listing(directory):
        try:
            modified = entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        if _ENTRY.match(entry.name):
            newest = keep is not None and entry.path == str(keep)
            kept[entry.name.endswith(LINK)].append((math.inf if newest else modified, entry.path))
        elif entry.name.endswith(TEMPORARY_SUFFIX) and now - modified > STALE_SECONDS:
            _remove(Path(entry.path))
    for found in kept.values():
        for _, path in sorted(found, reverse=True)[MAX_ENTRIES:]:
            _remove(Path(path))


def _listing(directory: Path) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(directory) as found:
            return list(found)
    except OSError:
        return []


def _remove(path: Path) -> int:
    """1 if `path` was removed (a symlink itself, never its target), else 0."""
    try:
        path.unlink()
    except OSError:
        return 0
    return 1
