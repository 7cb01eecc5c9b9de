"""`bilateral update` from start to end: which years, the calls, the merge, the write.

Nothing is written until every call has been answered and checked and the new dataset has
passed the tool's own loader; the file then replaces the old one in one rename, so any
failure (or Ctrl-C) leaves the data in use exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path

from bilateral_cli.errors import UpdateFailed, UsageProblem
from bilateral_cli.messages import msg, tr
from bilateral_cli.model import Dataset, Localized, Source
from bilateral_cli.render.fmt import iso_date
from bilateral_cli.update import comtrade
from bilateral_cli.update.codes import REPORTERS
from bilateral_cli.update.merge import Plan, merge
from bilateral_cli.userdata import header
from bilateral_cli.views import RevisionRow, UnknownRow, UpdateView

# Shows progress: called with the number of calls to make, gives a function that takes the
# records each answer held.
Progress = Callable[[int], AbstractContextManager[Callable[[int], None]]]


@contextlib.contextmanager
def no_progress(total: int) -> Iterator[Callable[[int], None]]:
    yield lambda records: None


def years_to_fetch(dataset: Dataset, option: str | None, today: dt.date) -> tuple[int, ...]:
    """`--years 2023-2025` (or one year), else every finished year after the dataset's last."""
    if option is None:
        last = max(dataset.world_trade.years, default=today.year - 2)
        return tuple(range(last + 1, today.year))
    first, _, last_text = option.partition("-")
    try:
        start, end = int(first), int(last_text or first)
    except ValueError:
        start, end = 0, -1
    if not 1900 <= start <= end <= today.year:
        raise UsageProblem(msg("update.error.years", value=repr(option), latest=today.year))
    return tuple(range(start, end + 1))


def update(
    dataset: Dataset,
    target: Path,
    *,
    years: str | None,
    dry_run: bool,
    lang: str,
    progress: Progress = no_progress,
    today: dt.date | None = None,
) -> UpdateView:
    """Fetch the years asked, merge them into `dataset` and, unless `dry_run`, write it."""
    today = today or dt.date.today()
    wanted = years_to_fetch(dataset, years, today)
    if not wanted:
        return _view("up_to_date", target, dataset, lang)
    reporter = REPORTERS.get(dataset.home.iso3)
    if reporter is None:
        raise UsageProblem(msg("update.error.home", home=dataset.home.iso3))
    key = comtrade.api_key()
    seconds = comtrade.timeout()
    calls = [comtrade.query(reporter, year, key is not None) for year in wanted]
    fetched = {}
    with progress(len(calls)) as advance:
        for call in calls:
            fetched[call.year] = comtrade.records(
                comtrade.fetch(call, key, seconds), call, reporter
            )
            advance(len(fetched[call.year]))
    received = sum(len(r) for r in fetched.values())
    source = _source(dataset, calls, today.isoformat(), received)
    plan = merge(dataset, fetched, source)
    unavailable = tuple(year for year, records in fetched.items() if not records)
    if not plan.changed:
        action = "unchanged"
    elif dry_run:
        action = "dry_run"
    else:
        write(plan.dataset, today.isoformat(), target)
        action = "written"
    return _view(
        action,
        target,
        dataset,
        lang,
        plan=plan,
        source=source if plan.changed else None,
        years=wanted,
        unavailable=unavailable,
        calls=len(calls),
        received=received,
    )


def reset(target: Path, dry_run: bool, dataset: Dataset, lang: str) -> UpdateView:
    """Remove the updated dataset, so that every command reads the bundled one again."""
    if not target.is_file():
        action = "nothing_to_reset"
    elif dry_run:
        action = "reset_dry_run"
    else:
        try:
            target.unlink()
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise UpdateFailed(
                msg("update.error.remove", file=str(target), reason=reason)
            ) from None
        action = "reset"
    return _view(action, target, dataset, lang)


def write(dataset: Dataset, date: str, target: Path) -> None:
    """Write `dataset` to `target` atomically, after the tool's own loader has accepted it."""
    from bilateral_cli.dataset import load_dataset
    from bilateral_cli.dataset.writer import dataset_document, dump_yaml

    text = header(date) + dump_yaml(dataset_document(dataset), width=100)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=".partners-", suffix=".yaml")
        temporary = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            load_dataset(temporary)  # validated as any dataset is (and its parsed tree cached)
            temporary.replace(target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UpdateFailed(msg("update.error.write", file=str(target), reason=reason)) from None


def _source(dataset: Dataset, calls: list[comtrade.Query], date: str, received: int) -> Source:
    """The source entry of this retrieval: the API, the query and the date."""
    base = f"comtrade-api-{date}"
    source_id, n = base, 1
    while source_id in dataset.sources:
        n += 1
        source_id = f"{base}-{n}"
    first = calls[0].url
    endpoint = first.split("?", 1)[0]
    periods = ", ".join(str(call.year) for call in calls)
    home = dataset.home.name
    return Source(
        id=source_id,
        publisher=_both("update.source_publisher"),
        title="UN Comtrade API",
        date=date,
        licence=_both("update.source_licence"),
        url=endpoint,
        dataset=_both("update.source_dataset", query=first, periods=periods, date=date),
        note=_both("update.source_note", home=home, calls=len(calls), records=received),
    )


def _both(key: str, /, date: str | None = None, **values: object) -> Localized:
    """A catalog message in both languages, with localized names and `date` in full."""

    def text(lang: str) -> str:
        filled = {k: v.get(lang) if isinstance(v, Localized) else v for k, v in values.items()}
        if date is not None:
            filled["date"] = iso_date(date, lang)
        return tr(key, lang, **filled)

    return Localized(text("id"), text("en"))


def _view(
    action: str,
    target: Path,
    dataset: Dataset,
    lang: str,
    *,
    plan: Plan | None = None,
    source: Source | None = None,
    years: tuple[int, ...] = (),
    unavailable: tuple[int, ...] = (),
    calls: int = 0,
    received: int = 0,
) -> UpdateView:
    names = {p.id: p.name.get(lang) for p in dataset.names}
    revisions = tuple(
        RevisionRow(
            partner=r.partner or "world",
            name=names[r.partner] if r.partner else tr("update.world", lang),
            year=r.year,
            flow=r.flow,
            old=r.old,
            new=r.new,
            difference=r.new - r.old if r.new is not None and r.old is not None else None,
        )
        for r in (plan.revisions if plan else ())
    )
    unknown = tuple(UnknownRow(*u) for u in (plan.unknown if plan else ()))
    return UpdateView(
        action=action,
        file=str(target),
        years=years,
        added=plan.added if plan else (),
        unavailable=unavailable,
        revisions=revisions,
        unknown=unknown,
        calls=calls,
        received=received,
        source=source,
    )
