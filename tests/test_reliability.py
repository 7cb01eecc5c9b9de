"""Issue 16: a cache that can't lie, numbers YAML can't twist, bounded memory, clean failure.

Each test fails without its fix. No test measures time: they assert the work done.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

from bilateral_cli import queries
from bilateral_cli.cli import main
from bilateral_cli.dataset import cache, load_dataset, yamltree
from bilateral_cli.dataset.bundle import SECTIONS
from bilateral_cli.dataset.compiled import encode_sections
from bilateral_cli.dataset.framing import Section, dump, frame
from bilateral_cli.dataset.schema import SCHEMA_VERSION
from bilateral_cli.dataset.words import make_partner_index, partner_index
from bilateral_cli.env import Environment
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.text import fold
from conftest import Invoke, line_of

Variant = Callable[..., Path]
CANADA_2021 = "      2021: {exports: 1063340426, imports: 2053964077}"


def plant(raw: bytes, sections: Mapping[str, Section]) -> Path:
    """An entry signed with this installation's key (as only the tool itself can write one)."""
    place = cache._entry(raw, SCHEMA_VERSION)
    assert place is not None
    path, check = place
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(frame(cache._fields(), sections, check))
    return path


def problems(path: Path) -> list[Problem]:
    with pytest.raises(DatasetError) as caught:
        load_dataset(path)
    return list(caught.value.problems)


def python(
    *args: str, env: dict[str, str] | None = None, shell: str | None = None
) -> tuple[int, str, str]:
    """The installed entry in a fresh process (`shell` wraps it: `{cmd} >&-`)."""
    command = [sys.executable, "-m", "bilateral_cli", *args]
    full_env = {**os.environ, "COLUMNS": "100", **(env or {})}
    if shell is not None:
        line = shell.format(cmd=" ".join(f"'{part}'" for part in command))
        command = ["bash", "-c", line]
    done = subprocess.run(command, env=full_env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


# -- the cache ---------------------------------------------------------------------------


def test_the_key_is_private_and_outside_the_cache(cache_dir: Path, dataset_file: Path) -> None:
    load_dataset(dataset_file)
    key = cache.key_path()
    assert key is not None and cache_dir not in key.parents
    assert key.stat().st_mode & 0o777 == 0o600
    assert len(key.read_bytes()) == cache.KEY_BYTES


def test_a_key_others_can_read_means_no_cache(cache_dir: Path, dataset_file: Path) -> None:
    key = cache.key_path()
    assert key is not None
    key.parent.mkdir(parents=True)
    key.write_bytes(b"k" * cache.KEY_BYTES)
    key.chmod(0o644)
    assert load_dataset(dataset_file).partners
    assert not list(cache_dir.glob("*.bundle"))


def test_an_entry_from_another_dataset_is_a_miss(cache_dir: Path, variant: Variant) -> None:
    original = variant()
    load_dataset(original)
    [entry] = cache_dir.glob("*.bundle")
    edited = variant(("name: {id: Kanada, en: Canada}", "name: {id: Kanada, en: Kanada-Land}"))
    target = cache.entry_path(edited.read_bytes(), SCHEMA_VERSION, cache_dir)
    target.write_bytes(entry.read_bytes())  # a valid entry, for other bytes
    assert any(p.name.en == "Kanada-Land" for p in load_dataset(edited).partners)


def test_a_signed_entry_is_what_the_tool_wrote(cache_dir: Path, dataset_file: Path) -> None:
    """A hit is not validated again: it is the validated dataset, signed when it was written
    (an entry that does not check out is a miss, as the tests above and below show)."""
    good = load_dataset(dataset_file)
    cached = cache.read_dataset(dataset_file.read_bytes(), SCHEMA_VERSION)
    assert cached is not None and cached == good
    assert type(cached.partners).__name__ == "LazyPartners"  # decoded as the bundle is


def test_validate_reads_the_file_never_the_cache(
    cache_dir: Path, dataset_file: Path, invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = dataset_file.read_bytes()
    wrong = load_dataset()._replace(schema=9)  # signed, internally consistent, and wrong
    plant(raw, encode_sections(wrong))
    result = invoke("validate", str(dataset_file))
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(cache, "read_dataset", lambda *a: pytest.fail("validate read the cache"))
    assert invoke("validate", str(dataset_file)).exit_code == 0


@pytest.mark.parametrize(
    "blob",
    [
        b"0\n{}",
        b"BILATERAL\n",
        b"BILATERAL\n" + b"format=3\n" * 1000 + b"\n",
        b"BILATERAL\nformat=\xff\n\n",
        b"BILATERAL\n\n",
        b"[" * 100_000 + b"\n",
        frame(cache._fields(), {"tree": b"x"}, lambda n, d: 0).replace(
            b"tree,1,", "tree,\u00b2,".encode()
        ),
    ],
    ids=["not-ours", "magic-only", "long-header", "not-utf8", "empty-header", "deep", "digit"],
)
def test_a_damaged_header_is_a_miss_removed_and_rebuilt(
    cache_dir: Path, dataset_file: Path, blob: bytes
) -> None:
    good = load_dataset(dataset_file)
    [entry] = cache_dir.glob("*.bundle")
    entry.write_bytes(blob)
    assert load_dataset(dataset_file) == good
    assert cache.read_dataset(dataset_file.read_bytes(), SCHEMA_VERSION) is not None


@pytest.mark.parametrize(
    "payload",
    [dump(5), dump(None), dump([1]), b"", b"\xff", dump([[[[[]]]]] * 3)],
    ids=["int", "null", "list", "empty", "not-marshal", "nested"],
)
def test_a_signed_entry_that_fails_to_decode_is_a_miss(
    cache_dir: Path, dataset_file: Path, payload: bytes
) -> None:
    good = load_dataset(dataset_file)
    raw = dataset_file.read_bytes()
    entry = plant(raw, dict.fromkeys(SECTIONS, payload))
    assert load_dataset(dataset_file) == good
    assert entry.read_bytes() != payload and cache.read_dataset(raw, SCHEMA_VERSION) is not None


@pytest.mark.parametrize("kind", ["fifo", "symlink", "sparse", "directory"])
def test_special_files_at_an_entry_are_misses(
    cache_dir: Path, dataset_file: Path, kind: str
) -> None:
    raw = dataset_file.read_bytes()
    cache_dir.mkdir()
    entry = cache.entry_path(raw, SCHEMA_VERSION, cache_dir)
    if kind == "fifo":
        os.mkfifo(entry)
    elif kind == "symlink":
        entry.symlink_to("/dev/zero")
    elif kind == "sparse":
        with entry.open("wb") as handle:
            handle.truncate(10 * 1024**3)
    else:
        entry.mkdir()
    code = (
        "from pathlib import Path; from bilateral_cli.dataset import load_dataset; "
        f"print(len(load_dataset(Path({str(dataset_file)!r})).partners))"
    )
    env = {**os.environ, "BILATERAL_CACHE_DIR": str(cache_dir)}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 200
    if kind != "directory":  # replaced by a real entry
        assert entry.is_file() and not entry.is_symlink()
        assert cache.read_dataset(raw, SCHEMA_VERSION) is not None


def test_stale_temporary_files_go_and_the_cache_is_bounded(
    cache_dir: Path, variant: Variant, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir.mkdir()
    stale, fresh = cache_dir / ".abc.bundle.x1.tmp", cache_dir / ".abc.bundle.x2.tmp"
    stale.write_bytes(b"half")
    fresh.write_bytes(b"in flight")
    os.utime(stale, (1, 1))
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    for name in ("Kanada-1", "Kanada-2", "Kanada-3"):
        path = variant(("name: {id: Kanada, en: Canada}", f"name: {{id: Kanada, en: {name}}}"))
        load_dataset(path)
        os.utime(cache.entry_path(path.read_bytes(), SCHEMA_VERSION, cache_dir))
    assert not stale.exists() and fresh.exists()
    assert len(list(cache_dir.glob("*.bundle"))) == 2
    assert cache.read_dataset(path.read_bytes(), SCHEMA_VERSION) is not None  # the newest stays


def test_cache_clear(cache_dir: Path, dataset_file: Path, invoke: Invoke) -> None:
    load_dataset(dataset_file)
    cache_dir.joinpath("notes.txt").write_text("mine", encoding="utf-8")
    cache_dir.joinpath("0" * 64 + ".json").write_text("{}", encoding="utf-8")  # an old tree
    result = invoke("cache", "clear")
    assert result.exit_code == 0
    assert result.stdout == f"Removed 2 cache entries from {cache_dir}.\n"
    assert [p.name for p in cache_dir.iterdir()] == ["notes.txt"]  # only the cache's own files
    off = invoke("cache", "clear", env={"BILATERAL_CACHE_DIR": ""})
    assert off.exit_code == 0 and "No cache is in use" in off.stdout
    assert invoke("--lang", "id", "cache", "clear").stdout.startswith("0 entri cache dihapus")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"HOME": ""}, None),
        ({"HOME": "/"}, None),
        ({"HOME": "relative/home"}, None),
        ({"HOME": "/home/u", "XDG_CACHE_HOME": "relative"}, "/home/u/.cache/bilateral"),
        ({"HOME": "", "XDG_CACHE_HOME": "/var/c"}, "/var/c/bilateral"),
        ({"BILATERAL_CACHE_DIR": "relative"}, None),
    ],
)
def test_the_cache_is_never_in_the_root_or_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, environ: dict[str, str], expected: str | None
) -> None:
    for name in ("BILATERAL_CACHE_DIR", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    directory = cache.cache_dir()
    assert (None if directory is None else str(directory)) == expected


# -- numbers, limits, characters ---------------------------------------------------------


@pytest.mark.parametrize(
    "written", ["0400000000", "190:20:30", "0x18131D1A", "0b101", "1_063_340_426", "+0400"]
)
def test_yaml_11_integers_are_refused_as_written(variant: Variant, written: str) -> None:
    path = variant((CANADA_2021, CANADA_2021.replace("1063340426", written)))
    [problem] = problems(path)
    assert (problem.line, problem.column) == (line_of(path, written), 23)
    assert f"{written!r} is not a plain decimal number" in problem.message


def test_yaml_11_floats_are_refused_too(variant: Variant) -> None:
    path = variant(("growth_pct: 29.57", "growth_pct: 2_9.57"))
    [problem] = problems(path)
    assert "'2_9.57' is not a plain decimal number" in problem.message


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("1063340426", "1" + "0" * 4000, "exports"),
        ("1063340426", "1000000000000000", "exports"),
        ("growth_pct: 29.57", "growth_pct: 1" + "0" * 4000, "growth_pct"),
        ("growth_pct: 29.57", "growth_pct: 1.7e+308", "growth_pct"),
        ("value_usd: -992400000", "value_usd: 1" + "0" * 309, "value_usd"),
        ("rank: 3", "rank: 100000", "rank"),
    ],
)
def test_every_number_is_bounded(
    invoke: Invoke, variant: Variant, old: str, new: str, field: str
) -> None:
    path = variant((old, new))
    for command in (["show", "canada"], ["compare"], ["validate"], ["list"]):
        result = invoke("--data", str(path), *command)
        assert result.exit_code == 4, result.output
        assert "internal error" not in result.output
    [problem] = [p for p in problems(path) if p.path.endswith(field)]
    assert "must be between" in problem.message
    assert len(problem.message) < 120  # a 4,000-digit number is shown short


def test_a_nul_byte_is_located_on_one_line(variant: Variant) -> None:
    path = variant(("name: {id: Kanada, en: Canada}", "name: {id: Kanada, en: Can\0ada}"))
    [problem] = problems(path)
    assert (problem.line, problem.column) == (line_of(path, "Can\0ada"), 29)
    assert "character U+0000 is not allowed" in str(problem) and "\n" not in str(problem)


@pytest.mark.parametrize("pure_python", [False, True], ids=["libyaml", "pure-python"])
def test_the_node_budget_stops_reading_at_the_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pure_python: bool
) -> None:
    if pure_python:
        monkeypatch.setattr(yamltree, "_FAST", None)
    monkeypatch.setattr(yamltree, "MAX_NODES", 1000)
    path = tmp_path / "ones.yaml"
    path.write_text("x: [" + ",".join(["1"] * 5000) + "]\n", encoding="utf-8")
    [problem] = problems(path)
    assert "holds more than 1,000 values" in problem.message
    # node 1,001 is the 998th item (after the mapping, its key and the list): reading stopped
    assert (problem.line, problem.column) == (1, 5 + 2 * 997)


def test_a_10_mb_list_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "ten.yaml"
    path.write_text("x: [" + ",".join(["1"] * 5_000_000) + "]\n", encoding="utf-8")
    code = (
        "import resource; from pathlib import Path\n"
        "from bilateral_cli.dataset import load_dataset\n"
        "from bilateral_cli.errors import DatasetError\n"
        f"try:\n    load_dataset(Path({str(path)!r}))\n"
        "except DatasetError as exc:\n    print(exc.problems[0].message)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    message, peak_kib = done.stdout.splitlines()
    assert "holds more than 500,000 values" in message
    assert int(peak_kib) < 400 * 1024  # it took 1.9 GB before the budget


# -- the command line --------------------------------------------------------------------


def test_ctrl_c_during_start_up_is_quiet() -> None:
    """SIGINT while the heavy modules are imported: status 130, no traceback."""
    code = (
        "import os, signal, sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'typer':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "sys.argv = ['bilateral', 'goals']\n"
        "from bilateral_cli.__main__ import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 130
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr


@pytest.mark.parametrize(
    ("shell", "reason"),
    [
        ("{cmd} > /dev/full", "No space left on device"),
        ("{cmd} >&-", "Bad file descriptor"),
        ('ulimit -f 1; {cmd} > "$OUT"', "File too large"),
    ],
    ids=["dev-full", "closed", "ulimit"],
)
def test_output_failures_are_one_line_with_status_5(
    tmp_path: Path, shell: str, reason: str
) -> None:
    status, _, stderr = python("list", env={"OUT": str(tmp_path / "out")}, shell=shell)
    assert status == 5
    assert stderr == f"bilateral: cannot write the output: {reason}.\n"


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}],
    ids=["pythonioencoding", "c-locale"],
)
def test_a_terminal_that_cannot_encode_gets_a_readable_stand_in(env: dict[str, str]) -> None:
    status, stdout, stderr = python("show", "cote-divoire", env=env)
    assert status == 0, stderr
    assert "Cote d'Ivoire" in stdout
    assert "Sources" in stdout  # the whole profile, not a partial table


@pytest.mark.parametrize("shell", ["{cmd} 2>/dev/full", "{cmd} 2>&-"], ids=["full", "closed"])
def test_a_lost_error_message_keeps_the_status(shell: str) -> None:
    assert python("show", "atlantis", shell=shell)[0] == 3


@pytest.mark.parametrize("columns", ["0", "-5", "abc", "00", "\u00b2"])
def test_an_unusable_width_is_treated_as_unset(invoke: Invoke, columns: str) -> None:
    result = invoke("list", "--region", "americas", env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert "Canada" in result.stdout


@pytest.mark.parametrize("cword", ["abc", "", "99"])
def test_odd_completion_variables_offer_nothing(invoke: Invoke, cword: str) -> None:
    env = {"_BILATERAL_COMPLETE": "complete_bash", "COMP_WORDS": "bilateral show ca"}
    result = invoke(env={**env, "COMP_CWORD": cword})
    assert (result.exit_code, result.stdout.strip(), result.stderr) == (0, "", "")


def test_export_is_atomic_and_a_failed_one_prints_nothing(
    invoke: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.svg"
    target.write_text("<svg>good</svg>", encoding="utf-8")

    def disk_full(self: Path, other: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    result = invoke("goals", "--export", str(target))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "Cannot write" in result.stderr and "No space left on device" in result.stderr
    assert target.read_text(encoding="utf-8") == "<svg>good</svg>"
    assert [p.name for p in tmp_path.iterdir()] == ["report.svg"]  # no temporary file left
    monkeypatch.undo()
    missing = invoke("goals", "--export", str(tmp_path / "no" / "such" / "dir.svg"))
    assert missing.exit_code == 1 and missing.stdout == ""
    ok = invoke("goals", "--export", str(target))
    assert ok.exit_code == 0 and ok.stdout
    assert target.read_text(encoding="utf-8").startswith("<svg")


def test_export_onto_the_dataset_is_refused(invoke: Invoke, dataset_file: Path) -> None:
    html = dataset_file.with_suffix(".html")
    dataset_file.rename(html)
    before = html.read_bytes()
    for args in (
        ["--data", str(html), "list", "--export", str(html)],
        ["validate", str(html), "--export", str(html)],
    ):
        result = invoke(*args)
        assert result.exit_code == 2 and result.stdout == ""
        assert "it is the dataset being read" in result.stderr
    link = html.with_name("other-name.html")
    link.hardlink_to(html)  # the same file by another name
    assert invoke("--data", str(html), "goals", "--export", str(link)).exit_code == 2
    assert html.read_bytes() == before


def test_the_loader_not_click_judges_the_data_path(
    invoke: Invoke, dataset_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda *a, **k: False)  # Click's own readability check
    assert invoke("--data", str(dataset_file), "goals").exit_code == 0
    monkeypatch.undo()
    empty = invoke("--data", "", "goals")
    assert empty.exit_code == 4
    assert "no path given" in empty.stderr and "directory" not in empty.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_directory_is_status_4(invoke: Invoke, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "d.yaml").write_text("schema: 1\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result = invoke("--data", str(locked / "d.yaml"), "goals")
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 4 and "permission denied" in result.stderr


@pytest.mark.parametrize("query", ["™", "№", "ß", "℠", "㎞"])
def test_symbols_never_fold_into_a_code(invoke: Invoke, query: str) -> None:
    assert invoke("show", query).exit_code == 3


def test_letters_still_fold() -> None:
    assert fold("Straße") == "strasse"
    assert fold("\uff23\uff21\uff2e\uff21\uff24\uff21") == "canada"  # fullwidth CANADA
    assert fold("Côte d'Ivoire ™") == "cotedivoire"


def test_compare_builds_the_partner_index_once(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    original = partner_index

    def counted(*args: object) -> object:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(queries, "partner_index", counted)
    result = invoke("compare", *(["canada", "mexico"] * 2500), "-f", "json")
    assert result.exit_code == 0
    assert len(calls) == 1


def test_the_bundle_holds_the_index_its_names_make() -> None:
    """Lookups in the bundled dataset use the index compiled into it: the same one."""
    dataset = load_dataset()
    assert partner_index(dataset) == make_partner_index(dataset.names)
    assert partner_index(dataset) is dataset.partners.lookup  # type: ignore[attr-defined]


def test_output_to_an_ascii_stream_in_process() -> None:
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="ascii")
    status = main(["show", "cote-divoire"], Environment(stdout=stdout, stderr=io.StringIO()))
    stdout.flush()
    assert status == 0 and b"Cote d'Ivoire" in raw.getvalue()
