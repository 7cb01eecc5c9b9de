"""Benchmark start-up and commands of the installed `bilateral`, beside bare baselines.

    python scripts/benchmark.py [--runs 15] [--out bench.md]

Every case runs as a fresh process, interleaved round by round so that machine noise falls on
all cases alike; the table reports the median wall time, its ratio to the baselines, the
median CPU time (user + system, from the process's own resource usage: on a shared machine a
run waits for a core now and then, which wall time counts and CPU time does not) with its
ratio like for like, and peak memory (max RSS of the process). With `--instructions`, each
case also runs once under `valgrind --tool=callgrind` (where valgrind is installed): the
instructions a run executes do not depend on the machine's load at all. The bare apps run
twice: as written, and started the way `bilateral` starts (collector off, heap frozen before
exit), so that ratios can be read both against the plain baselines and like for like.
Synthetic datasets 10x and 50x the bundled one (the same partners with longer highlights) show
how loading scales, with a cold cache (cleared before every run) and a warm one. This is a
benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BARE_NOOP = """\
import typer
app = typer.Typer()
@app.command()
def main() -> None:
    pass
app()
"""
BARE_TABLE = """\
import typer
app = typer.Typer()
@app.command()
def main() -> None:
    from rich.console import Console
    from rich.table import Table
    table = Table("Partner", "Trade")
    table.add_row("Canada", "USD 3.58 billion")
    Console().print(table)
app()
"""


# The bare apps again, started the way `bilateral`'s entry starts (`bilateral_cli.__main__`):
# the cyclic collector off before imports, the heap frozen before teardown. Ratios against these
# show what is left once both sides skip the same collector work.
SAME_ENTRY_RUN = "try:\n    app()\nfinally:\n    gc.freeze()\n"

GNU_TIME = "/usr/bin/time"


def run_once(argv: list[str], env: dict[str, str], scratch: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (KiB) of one run.

    Peak memory comes from GNU time where it exists: the rusage of a child forked from this
    (large) process would count pages it never touched after exec. Wall time is measured
    around the whole run either way; GNU time adds about a millisecond to every case alike,
    and CPU time is the run's own (GNU time's included, a fraction of a millisecond).
    """
    memory_file = scratch / "maxrss"
    command = argv
    if Path(GNU_TIME).exists():
        command = [GNU_TIME, "-f", "%M", "-o", str(memory_file), *argv]
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stderr.close()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({process.returncode}): {errors.decode()}")
    rss = int(memory_file.read_text().split()[-1]) if memory_file.exists() else 0
    return elapsed, usage.ru_utime + usage.ru_stime, rss


def instructions(argv: list[str], env: dict[str, str], scratch: Path) -> int | None:
    """Instructions one run executes, counted by callgrind (None without valgrind)."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    out = scratch / "callgrind.out"
    counted = subprocess.run(
        [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", *argv],
        env={**env, "PYTHONHASHSEED": "0"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    if counted.returncode != 0 or not out.exists():  # not counted: left blank in the table
        return None
    for line in out.read_text().splitlines():
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1])
    return None


def cpu_model() -> str:
    """The processor's name as Linux reports it, else what `platform` knows."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "an unnamed processor"


def synthetic(bundled: Path, factor: int, directory: Path) -> Path:
    """The bundled dataset grown about `factor` times by one long highlight per partner."""
    if factor == 1:
        return bundled
    text = bundled.read_text(encoding="utf-8")
    blocks = text.split("\n- id: ")
    partners = sum("\n  region: " in block for block in blocks)
    size = int(len(text) * (factor - 1) / partners / 2)
    filler = ("lorem ipsum " * (size // 12 + 1))[:size]
    item = f"  - source: comtrade\n    text: {{id: '{filler}', en: '{filler}'}}\n"
    grown = []
    for block in blocks:
        if "\n  highlights:\n" in block:
            block = block.replace("\n  highlights:\n", "\n  highlights:\n" + item, 1)
        elif "\n  region: " in block:
            block = block.replace("\n  region: ", "\n  highlights:\n" + item + "  region: ", 1)
        grown.append(block)
    path = directory / f"synthetic-{factor}x.yaml"
    path.write_text("\n- id: ".join(grown), encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, help="also write the Markdown table here")
    parser.add_argument("--bilateral", default=shutil.which("bilateral") or "bilateral")
    parser.add_argument(
        "--instructions", action="store_true", help="also count instructions (valgrind)"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bilateral-bench-"))
    cache = work / "cache"
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120", "BILATERAL_CACHE_DIR": str(cache)}
    env.pop("BILATERAL_DATA", None)
    env["BILATERAL_DATA_DIR"] = str(work / "no-update")  # the user's own update is not measured
    for name, app in (("noop", BARE_NOOP), ("table", BARE_TABLE)):
        (work / f"{name}.py").write_text(app, encoding="utf-8")
        same_entry = "import gc\ngc.disable()\n" + app.replace("\napp()\n", "\n") + SAME_ENTRY_RUN
        (work / f"{name}-entry.py").write_text(same_entry, encoding="utf-8")
    python, tool = sys.executable, args.bilateral
    bundled = Path(
        subprocess.run(
            [
                python,
                "-c",
                "from bilateral_cli.dataset import bundled_dataset_path; "
                "print(bundled_dataset_path())",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    completion_env = {
        "_BILATERAL_COMPLETE": "complete_bash",
        "COMP_WORDS": "bilateral show ca",
        "COMP_CWORD": "2",
    }
    cases: dict[str, tuple[list[str], dict[str, str], bool]] = {
        "python -c pass": ([python, "-c", "pass"], {}, False),
        "bare Typer app (no-op)": ([python, str(work / "noop.py")], {}, False),
        "bare Typer app + Rich table": ([python, str(work / "table.py")], {}, False),
        "bare no-op app, same entry": ([python, str(work / "noop-entry.py")], {}, False),
        "bare table app, same entry": ([python, str(work / "table-entry.py")], {}, False),
        "bilateral --version": ([tool, "--version"], {}, False),
        "bilateral goals": ([tool, "goals"], {}, False),
        "bilateral goals, no cache": ([tool, "goals"], {"BILATERAL_CACHE_DIR": ""}, False),
        "bilateral list": ([tool, "list"], {}, False),
        "bilateral list --region americas": ([tool, "list", "--region", "americas"], {}, False),
        "bilateral show canada": ([tool, "show", "canada"], {}, False),
        # a profile with Bank Indonesia's series and the UN voting alignment (issue 13)
        "bilateral show china": ([tool, "show", "china"], {}, False),
        "bilateral list --sort un-distance": ([tool, "list", "--sort", "un-distance"], {}, False),
        "compare --metric un-distance -g asean": (
            [tool, "compare", "--metric", "un-distance", "--group", "asean"],
            {},
            False,
        ),
        "compare --source bi --period 2025-01/05": (
            [tool, "compare", "--source", "bi", "--period", "2025-01/05"],
            {},
            False,
        ),
        "Tab completion of `show ca`": ([tool], completion_env, False),
    }
    has_compare = subprocess.run([tool, "compare", "--help"], capture_output=True, check=False)
    if has_compare.returncode == 0:
        cases["bilateral compare"] = ([tool, "compare"], {}, False)
    has_groups = subprocess.run([tool, "groups", "--help"], capture_output=True, check=False)
    if has_groups.returncode == 0:  # cooperation: groups and agreements (their own section)
        for command in (
            ["agreements"],
            ["agreements", "japan"],
            ["groups"],
            ["list", "--group", "asean"],
            ["show", "asean"],
            ["history", "china"],
        ):
            cases[f"bilateral {' '.join(command)}"] = ([tool, *command], {}, False)
    has_update = subprocess.run([tool, "update", "--help"], capture_output=True, check=False)
    if has_update.returncode == 0:  # a dataset `bilateral update` wrote: the YAML, stamped
        updated = work / "updated"
        updated.mkdir()
        stamped = "# bilateral update 2026-01-01 from UN Comtrade\n" + bundled.read_text("utf-8")
        (updated / "partners.yaml").write_text(stamped, encoding="utf-8")
        for command in (["show", "canada"], ["list"]):
            name = f"{' '.join(command)}, updated dataset, warm cache"
            cases[name] = ([tool, *command], {"BILATERAL_DATA_DIR": str(updated)}, False)
        cases["--version, updated dataset"] = (
            [tool, "--version"],
            {"BILATERAL_DATA_DIR": str(updated)},
            False,
        )
    for factor in (1, 10, 50):  # 100x would pass the 64 MiB limit on dataset files
        data = synthetic(bundled, factor, work)
        for temperature, cold in (("cold", True), ("warm", False)):
            name = f"list, {factor}x dataset, {temperature} cache"
            own_cache = {"BILATERAL_CACHE_DIR": str(work / f"cache-{factor}-{temperature}")}
            cases[name] = ([tool, "--data", str(data), "list"], own_cache, cold)

    unavailable = []
    for name, (argv, extra, _) in list(cases.items()):  # a warm-up round, also fills the cache
        try:
            run_once(argv, {**env, **extra}, work)
        except SystemExit as exc:
            unavailable.append(f"{name}: {str(exc).strip()}")
            del cases[name]
    times: dict[str, list[float]] = {name: [] for name in cases}
    cpu_times: dict[str, list[float]] = {name: [] for name in cases}
    memory: dict[str, int] = {name: 0 for name in cases}
    for _ in range(args.runs):
        for name, (argv, extra, cold) in cases.items():
            if cold:
                shutil.rmtree(extra["BILATERAL_CACHE_DIR"], ignore_errors=True)
            elapsed, used, rss = run_once(argv, {**env, **extra}, work)
            times[name].append(elapsed)
            cpu_times[name].append(used)
            memory[name] = max(memory[name], rss)
    counted: dict[str, int | None] = {}
    if args.instructions:
        for name, (argv, extra, cold) in cases.items():
            if not cold:  # a cold run's count is the YAML parser's
                counted[name] = instructions(argv, {**env, **extra}, work)

    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    best = {name: min(values) * 1000 for name, values in times.items()}  # the least disturbed
    cpu = {name: statistics.median(values) * 1000 for name, values in cpu_times.items()}
    cpu_entry = cpu["bare table app, same entry"]
    count_entry = counted.get("bare table app, same entry")
    floor = median["python -c pass"]
    noop = median["bare Typer app (no-op)"]
    table = median["bare Typer app + Rich table"]
    noop_entry = median["bare no-op app, same entry"]
    table_entry = median["bare table app, same entry"]
    best_entry = best["bare table app, same entry"]
    bare_rss = memory["bare Typer app (no-op)"]
    lines = [
        f"Benchmark of {date.today().isoformat()} on {cpu_model()} ({platform.machine()}), "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{args.runs} interleaved runs per case (median; best: the fastest run)"
        + (", instructions of one run each (callgrind)" if counted else "")
        + ":",
        "",
        "| Case | Median ms | x python | x no-op app | x table app "
        "| x no-op, same entry | x table, same entry | best x table, same entry "
        "| CPU ms | CPU x table, same entry "
        "| Peak MiB | x app memory |"
        + (" M instructions | x table, same entry |" if counted else ""),
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        + (" ---: | ---: |" if counted else ""),
    ]
    for name in cases:
        line = (
            f"| {name} | {median[name]:.0f} | {median[name] / floor:.1f} | "
            f"{median[name] / noop:.2f} | {median[name] / table:.2f} | "
            f"{median[name] / noop_entry:.2f} | {median[name] / table_entry:.2f} | "
            f"{best[name] / best_entry:.2f} | {cpu[name]:.0f} | {cpu[name] / cpu_entry:.2f} | "
            f"{memory[name] / 1024:.0f} | {memory[name] / max(bare_rss, 1):.2f} |"
        )
        if counted:
            count = counted.get(name)
            if count is not None and count_entry:
                line += f" {count / 1e6:.1f} | {count / count_entry:.2f} |"
            else:
                line += " | |"
        lines.append(line)
    lines += [f"\nNot measured: {item}" for item in unavailable]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        args.out.write_text(report, encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
