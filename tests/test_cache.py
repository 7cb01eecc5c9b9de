"""The dataset cache: faster when it can be, never wrong, never in the way."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bilateral_cli.dataset import cache, load_dataset
from bilateral_cli.dataset.compiled import encode_sections
from bilateral_cli.dataset.framing import frame
from bilateral_cli.dataset.schema import SCHEMA_VERSION
from bilateral_cli.errors import DatasetError, ExitStatus
from conftest import flipped, part_offsets

Variant = Callable[..., Path]


def entries(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.bundle")) if directory.is_dir() else []


def test_first_load_writes_an_entry_and_second_reads_it(
    cache_dir: Path, dataset_file: Path
) -> None:
    cold = load_dataset(dataset_file)
    [entry] = entries(cache_dir)
    raw = dataset_file.read_bytes()
    assert entry == cache.entry_path(raw, SCHEMA_VERSION, cache_dir)
    assert cache.read_dataset(raw, SCHEMA_VERSION) is not None
    assert load_dataset(dataset_file) == cold == load_dataset()


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # truncated
        lambda blob: blob.replace(b"Canada", b"Kanadu", 1),  # payload changed, hash not
        lambda blob: b"not a bundle at all",
        lambda blob: b"",
    ],
    ids=["truncated", "tampered", "garbage", "empty"],
)
def test_a_damaged_entry_is_detected_and_rebuilt(
    cache_dir: Path, dataset_file: Path, damage: Callable[[bytes], bytes]
) -> None:
    good = load_dataset(dataset_file)
    [entry] = entries(cache_dir)
    entry.write_bytes(damage(entry.read_bytes()))
    raw = dataset_file.read_bytes()
    assert cache.read_dataset(raw, SCHEMA_VERSION) is None
    assert load_dataset(dataset_file) == good
    assert cache.read_dataset(raw, SCHEMA_VERSION) is not None  # rewritten


def test_a_consistent_but_forged_entry_is_a_miss(cache_dir: Path, dataset_file: Path) -> None:
    """Rewriting an entry's figures and recomputing every checksum it carries is not enough:
    its HMAC needs the installation's key, which is not in the cache directory."""
    good = load_dataset(dataset_file)
    [entry] = entries(cache_dir)
    canada = next(i for i, p in enumerate(good.partners) if p.id == "canada")
    partners = list(good.partners)
    partners[canada] = partners[canada]._replace(iso3="XXX")
    forged = encode_sections(good._replace(partners=tuple(partners)))
    entry.write_bytes(
        frame(cache._fields(), forged, lambda name, data: hashlib.sha256(data).hexdigest())
    )
    assert load_dataset(dataset_file) == good
    assert b"XXX" not in entry.read_bytes()  # removed and rebuilt
    assert not list(cache_dir.rglob("*.key"))  # the key lives elsewhere


def test_an_edited_dataset_never_meets_the_old_entry(cache_dir: Path, variant: Variant) -> None:
    original = variant()
    load_dataset(original)
    edited = variant(("name: {id: Kanada, en: Canada}", "name: {id: Kanada, en: Kanada-Land}"))
    assert edited == original  # same file name, new content
    dataset = load_dataset(edited)
    assert any(p.name.en == "Kanada-Land" for p in dataset.partners)
    assert len(entries(cache_dir)) == 2


def test_invalid_datasets_are_never_cached(cache_dir: Path, variant: Variant) -> None:
    bad = variant(("schema: 2", "schema: 9"))
    with pytest.raises(DatasetError):
        load_dataset(bad)
    assert entries(cache_dir) == []


def test_disabled_cache_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset_file: Path
) -> None:
    home = tmp_path / "xdg"
    home.mkdir()
    monkeypatch.setenv("BILATERAL_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    assert cache.cache_dir() is None
    assert load_dataset(dataset_file).partners
    assert list(home.iterdir()) == []
    monkeypatch.delenv("BILATERAL_CACHE_DIR")
    assert load_dataset(dataset_file).partners
    assert list((home / "bilateral").glob("*.bundle"))  # the same load does cache when allowed


def test_an_unwritable_cache_just_means_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dataset_file: Path
) -> None:
    blocker = tmp_path / "blocker"  # a file where the directory should be: unwritable even as root
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("BILATERAL_CACHE_DIR", str(blocker / "cache"))
    assert load_dataset(dataset_file) == load_dataset()
    assert blocker.read_text(encoding="utf-8") == "not a directory"


def test_concurrent_writers_leave_a_valid_entry(cache_dir: Path, dataset_file: Path) -> None:
    code = (
        "from pathlib import Path; from bilateral_cli.dataset import load_dataset; "
        f"load_dataset(Path({str(dataset_file)!r}))"
    )
    env = {**os.environ, "BILATERAL_CACHE_DIR": str(cache_dir)}
    procs = [subprocess.Popen([sys.executable, "-c", code], env=env) for _ in range(4)]
    assert all(p.wait(timeout=60) == 0 for p in procs)
    assert len(entries(cache_dir)) == 1
    assert not list(cache_dir.glob(".tmp-*"))
    raw = dataset_file.read_bytes()
    assert cache.read_dataset(raw, SCHEMA_VERSION) is not None


def test_warm_runs_import_neither_yaml_nor_the_yaml_tree(
    cache_dir: Path, dataset_file: Path
) -> None:
    """A warm run reads the compiled entry: no YAML, no schema checks."""
    load_dataset(dataset_file)
    code = (
        "import sys; from pathlib import Path; from bilateral_cli.dataset import load_dataset; "
        f"load_dataset(Path({str(dataset_file)!r})); "
        "print(sorted(m for m in sys.modules if m == 'yaml' or m.endswith(('yamltree', 'schema'))))"
    )
    env = {**os.environ, "BILATERAL_CACHE_DIR": str(cache_dir)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_version_imports_no_yaml_rich_table_or_domain() -> None:
    code = (
        "import sys; from bilateral_cli.cli import main\n"
        "sys.argv = ['bilateral', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m in "
        "('yaml', 'rich.table', 'bilateral_cli.model', 'bilateral_cli.dataset.loader')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("[]")


def test_the_bundled_dataset_needs_no_yaml_and_no_cache(tmp_path: Path) -> None:
    """The wheel ships the bundled dataset compiled: no YAML, no schema checks, no cache."""
    code = (
        "import sys; from bilateral_cli.dataset import load_dataset; d = load_dataset(); "
        "print(len(d.partners), sorted(m for m in sys.modules if m in "
        "('yaml', 'bilateral_cli.dataset.schema', 'bilateral_cli.dataset.cache', "
        "'bilateral_cli.dataset.yamltree')))"
    )
    env = {**os.environ, "BILATERAL_CACHE_DIR": str(tmp_path / "cache")}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split(" ", 1)[1].strip() == "[]"
    assert not (tmp_path / "cache").exists()


def test_tab_completion_reads_words_without_the_model_views_or_rich() -> None:
    """Every Tab press runs the program: it reads the bundle's words, and prints without Rich."""
    code = (
        "import sys; sys.argv = ['bilateral']\n"
        "from bilateral_cli.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith(('rich', 'yaml')) or m in "
        "('bilateral_cli.model', 'bilateral_cli.dataset.compiled', 'bilateral_cli.views', "
        "'bilateral_cli.dataset.cache', 'bilateral_cli.dataset.schema')))"
    )
    env = {
        **os.environ,
        "_BILATERAL_COMPLETE": "complete_bash",
        "COMP_WORDS": "bilateral show ca",
        "COMP_CWORD": "2",
    }
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    *offered, modules = out.stdout.strip().splitlines()
    assert "canada" in offered
    assert modules == "[]"


def test_an_entry_damaged_in_a_part_read_on_use_says_so(
    cache_dir: Path, dataset_file: Path
) -> None:
    """The UN votes of an entry are checked part by part when read: a command that does not
    read the damaged part runs, one that does ends with the dataset status and says what to
    do."""
    load_dataset(dataset_file)
    [entry] = entries(cache_dir)
    blob = entry.read_bytes()
    _, _, parts = part_offsets(blob, "votes-by-state")  # `show japan` reads Japan's part
    entry.write_bytes(flipped(blob, parts["japan"] + 3))
    command = [sys.executable, "-m", "bilateral_cli", "--data", str(dataset_file)]
    for fine in (["goals"], ["show", "canada"]):
        run = subprocess.run([*command, *fine], capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
    show = subprocess.run([*command, "show", "japan"], capture_output=True, text=True)
    assert show.returncode == ExitStatus.BAD_DATASET and show.stdout == ""
    assert "bilateral cache clear" in show.stderr and "Traceback" not in show.stderr
    assert len(show.stderr.strip().splitlines()) == 2  # the headline and the problem


def links(directory: Path) -> list[Path]:
    return sorted(directory.glob(f"*{cache.LINK}"))


@pytest.fixture
def settled(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every file counts as changed long enough ago to be linked to its entry."""
    monkeypatch.setattr(cache, "SETTLED_NS", 0)


@pytest.mark.usefixtures("settled")
def test_a_settled_file_is_found_by_its_stat_without_being_read(
    cache_dir: Path, dataset_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hashing 1 MB of YAML was most of a warm run: the second run follows the link."""
    cold = load_dataset(dataset_file)
    assert len(links(cache_dir)) == 1 and len(entries(cache_dir)) == 1

    def unread(path: Path) -> bytes:
        raise AssertionError(f"{path} was read")

    monkeypatch.setattr("bilateral_cli.dataset.loader.read_dataset_bytes", unread)
    assert load_dataset(dataset_file) == cold


def test_a_file_changed_shortly_before_it_was_read_gets_no_link(
    cache_dir: Path, dataset_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A change within the same tick of the file system's clock would keep the times a link
    names: a file changed within `SETTLED_NS` of being read is found by its bytes."""
    monkeypatch.setattr(cache, "SETTLED_NS", 10**18)  # every file changed just now
    load_dataset(dataset_file)
    load_dataset(dataset_file)
    assert links(cache_dir) == [] and len(entries(cache_dir)) == 1


@pytest.mark.usefixtures("settled")
def test_a_file_changed_in_place_is_never_served_from_its_old_link(
    cache_dir: Path, variant: Variant
) -> None:
    """Same size, modification time put back: the change time still tells."""
    path = variant()
    old = load_dataset(path)
    [link] = links(cache_dir)
    text = path.read_text(encoding="utf-8")
    assert "en: Canada}" in text
    before = path.stat()
    edited = text.replace("en: Canada}", "en: Kanaxa}", 1)
    for _ in range(1000):  # until the file system's clock has moved on
        path.write_text(edited, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        if path.stat().st_ctime_ns != before.st_ctime_ns:
            break
        time.sleep(0.01)
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    new = load_dataset(path)
    assert new != old and any(p.name.en == "Kanaxa" for p in new.partners)
    assert link.exists() and len(links(cache_dir)) == 2  # the old link names the old file


@pytest.mark.usefixtures("settled")
def test_a_forged_link_is_a_miss(cache_dir: Path, variant: Variant) -> None:
    """A link names an entry only if this installation signed it: one planted in the cache
    directory to serve another dataset's entry is removed and the file read."""
    other = variant(("en: Canada}", "en: Kanaxa}"))
    load_dataset(other)
    path = variant()
    good = load_dataset(path)
    [link] = [p for p in links(cache_dir) if p.name.startswith(file_id(path))]
    other_entry = cache.entry_path(other.read_bytes(), SCHEMA_VERSION, cache_dir).stem
    forged = frame(cache._fields(), {"entry": other_entry.encode()}, lambda name, data: "0" * 64)
    link.write_bytes(forged)
    assert load_dataset(path) == good
    assert link.read_bytes() != forged  # removed, and linked again


def file_id(path: Path) -> str:
    return cache._file_id(path.stat(), SCHEMA_VERSION)


@pytest.mark.usefixtures("settled")
def test_links_are_bounded_like_entries(
    cache_dir: Path, dataset_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file touched again and again (same bytes, new times) leaves a link each time: the
    cache keeps the newest `MAX_ENTRIES` of them."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    load_dataset(dataset_file)
    for second in range(1, 5):
        before = dataset_file.stat()
        os.utime(dataset_file, ns=(before.st_atime_ns, before.st_mtime_ns - second * 10**9))
        load_dataset(dataset_file)
    assert len(links(cache_dir)) == 2 and len(entries(cache_dir)) == 1
    assert cache.read_known(dataset_file.stat(), SCHEMA_VERSION) is not None  # the newest
