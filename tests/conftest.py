"""Shared test helpers: a CLI runner with fixed width and no colour, and dataset variants."""

from __future__ import annotations

import contextlib
import io
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from bilateral_cli.cli import main
from bilateral_cli.dataset import bundled_dataset_path
from bilateral_cli.env import Environment
from bilateral_cli.model import Dataset

REPO = Path(__file__).resolve().parent.parent
# Tests never read or write the user's dataset cache or its key, and speak English unless
# they ask.
os.environ["BILATERAL_CACHE_DIR"] = tempfile.mkdtemp(prefix="bilateral-test-cache-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="bilateral-test-config-")  # cache key
os.environ["BILATERAL_DATA_DIR"] = tempfile.mkdtemp(prefix="bilateral-test-data-")
os.environ["BILATERAL_COMTRADE_URL"] = "http://127.0.0.1:9"
os.environ.pop("COMTRADE_API_KEY", None)
for _variable in ("BILATERAL_LANG", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"
os.environ["BILATERAL_PAGER"] = "cat"  # a program on a test's pseudo-terminal never waits in less
sys.path.insert(0, str(REPO / "scripts"))  # the build script is tested as a module
SHARED_DATA = REPO.parent / "shared" / "data"
FIXED_ENV = {"COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "BILATERAL_DATA": ""}


class Result:
    """What one in-process run of the program printed, and its exit status."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


Invoke = Callable[..., Result]


@contextlib.contextmanager
def environ(changes: Mapping[str, str]) -> Iterator[None]:
    """Environment variables set for the duration (an empty value for BILATERAL_DATA: unset)."""
    saved = dict(os.environ)
    os.environ.update(changes)
    if not os.environ.get("BILATERAL_DATA"):
        os.environ.pop("BILATERAL_DATA", None)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_main(*args: str, env: Mapping[str, str] | None = None) -> Result:
    """`bilateral ARGS` in-process through `main(argv)`, its streams captured."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with environ({**FIXED_ENV, **(env or {})}):
        status = main(list(args), Environment(stdout=stdout, stderr=stderr))
    return Result(status, stdout.getvalue(), stderr.getvalue())


@pytest.fixture
def invoke() -> Invoke:
    """Run the program in-process: fixed width, no colour, the bundled dataset unless told."""
    return run_main


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache of the test's own, and its own key (see `dataset.cache`)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("BILATERAL_CACHE_DIR", str(directory))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return directory


@pytest.fixture
def dataset_file(tmp_path: Path) -> Path:
    """A dataset given by path (the bundled one is read from its compiled bundle instead)."""
    path = tmp_path / "partners.yaml"
    path.write_bytes(bundled_dataset_path().read_bytes())
    return path


@pytest.fixture(scope="session")
def bundled_text() -> str:
    return bundled_dataset_path().read_text(encoding="utf-8")


@pytest.fixture
def variant(tmp_path: Path, bundled_text: str) -> Callable[..., Path]:
    """Write the bundled dataset with `old -> new` replacements (each must apply) to a file."""

    def make(*replacements: tuple[str, str], text: str | None = None) -> Path:
        content = bundled_text if text is None else text
        for old, new in replacements:
            assert old in content, f"fixture text not found: {old!r}"
            content = content.replace(old, new, 1)
        path = tmp_path / "dataset.yaml"
        path.write_text(content, encoding="utf-8")
        return path

    return make


def only_partners(dataset: Dataset, ids: set[str]) -> Dataset:
    """The dataset with only the partners `ids`, and groups and agreements that name them."""
    cooperation = dataset.cooperation
    groups = tuple(
        g._replace(members=tuple(m for m in g.members if m.partner in ids))
        for g in cooperation.groups
    )
    known = ids | {g.id for g in groups}
    agreements = tuple(
        a._replace(parties=tuple(p for p in a.parties if p in known))
        for a in cooperation.agreements
    )
    voting = dataset.un_voting
    if voting is not None:  # ideal points of the partners kept, and the home country's
        keep = ids | {dataset.home.iso3}
        years = {
            year: {k: v for k, v in points.items() if k in keep}
            for year, points in voting.years.items()
        }
        notes = {k: v for k, v in voting.notes.items() if k in keep}
        voting = voting._replace(years=years, notes=notes)
    return dataset._replace(
        partners=tuple(p for p in dataset.partners if p.id in ids),
        cooperation=cooperation._replace(groups=groups, agreements=agreements),
        un_voting=voting,
    )


def flat(text: str) -> str:
    """Output with its wrapping undone, for checks that must not depend on the width."""
    return " ".join(text.split())


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line of `path` containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def section_span(blob: bytes, section: str) -> tuple[int, int]:
    """In a framed file (bundle or cache entry, see `framing`), where a section starts and
    its length."""
    end = blob.index(b"\n\n")
    start = end + 2
    for line in blob[:end].decode().split("\n"):
        if line.startswith("section="):
            name, length, _ = line.removeprefix("section=").split(",")
            if name == section:
                return start, int(length)
            start += int(length)
    raise AssertionError(f"no section {section}")


def part_offsets(blob: bytes, section: str) -> tuple[int, int, dict[object, int]]:
    """In a framed file, where a section in parts keeps its index, the index's length, and
    where each part starts."""
    start, _ = section_span(blob, section)
    size = int.from_bytes(blob[start : start + 4], "little")
    keys, lengths, _ = marshal.loads(blob[start + 4 : start + 4 + size])
    parts, at = {}, start + 4 + size
    for key, length in zip(keys, lengths, strict=True):
        parts[key] = at
        at += length
    return start + 4, size, parts


def flipped(blob: bytes, at: int) -> bytes:
    """`blob` with one bit of the byte at `at` changed."""
    return blob[:at] + bytes([blob[at] ^ 1]) + blob[at + 1 :]
