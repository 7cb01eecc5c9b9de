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
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager
from pathlib import Path

from bilateral_cli.chapters import CHAPTERS
from bilateral_cli.errors import UpdateFailed, UsageProblem
from bilateral_cli.messages import msg, tr
from bilateral_cli.model import Dataset, Localized, Source
from bilateral_cli.products import Products
from bilateral_cli.render.fmt import iso_date
from bilateral_cli.update import comtrade
from bilateral_cli.update.codes import REPORTERS
from bilateral_cli.update.merge import Plan, UnknownPartner, merge, merge_products
from bilateral_cli.userdata import header
from bilateral_cli.views.maintenance import RevisionRow, UnknownRow, UpdateView

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
    reporter = _reporter(dataset)
    key = comtrade.api_key()
    calls = [comtrade.query(reporter, year, key is not None) for year in wanted]
    fetched = _fetch(calls, key, reporter, progress)
    received = sum(len(r) for r in fetched.values())
    source = _source(dataset, calls, today.isoformat(), received)
    plan = merge(dataset, fetched, source)
    unavailable = tuple(year for year, records in fetched.items() if not records)
    action = _act(plan.changed, dry_run, lambda: write(plan.dataset, today.isoformat(), target))
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


def update_products(
    dataset: Dataset,
    target: Path,
    *,
    years: str | None,
    dry_run: bool,
    lang: str,
    progress: Progress = no_progress,
    today: dt.date | None = None,
) -> UpdateView:
    """`--products`: every HS chapter by partner, both flows, for the years asked (default:
    the dataset's last two, as chapter figures often come later than totals), into the
    product file beside the updated dataset."""
    from bilateral_cli.products import load_products

    key = comtrade.api_key()
    if key is None:  # a year by chapter is tens of thousands of records: beyond the public 500
        raise UsageProblem(msg("products.error.key"))
    today = today or dt.date.today()
    if years is None:
        last = max(dataset.world_trade.years, default=today.year - 2)
        wanted: tuple[int, ...] = (last - 1, last)
    else:
        wanted = years_to_fetch(dataset, years, today)
    reporter = _reporter(dataset)
    current = load_products(target)  # a broken file stops here, before any call
    codes = tuple(CHAPTERS)
    calls = [comtrade.query(reporter, year, True, codes, ask="AG2") for year in wanted]
    fetched = _fetch(calls, key, reporter, progress)
    received = sum(len(r) for r in fetched.values())
    taken = current.sources if current else {}
    source = _source(dataset, calls, today.isoformat(), received, products=True, taken=taken)
    plan = merge_products(dataset, fetched, source, current)
    return _view(
        _act(plan.changed, dry_run, lambda: write_products(plan.products, target)),
        target,
        dataset,
        lang,
        products=True,
        added=plan.written,
        unknown=plan.unknown,
        source=source if plan.changed else None,
        years=wanted,
        unavailable=tuple(year for year, records in fetched.items() if not records),
        calls=len(calls),
        received=received,
    )


def _act(changed: bool, dry_run: bool, write: Callable[[], None]) -> str:
    """What a run does with what it fetched: nothing (no change), a dry run, or the write."""
    if not changed:
        return "unchanged"
    if dry_run:
        return "dry_run"
    write()
    return "written"


def _reporter(dataset: Dataset) -> int:
    reporter = REPORTERS.get(dataset.home.iso3)
    if reporter is None:
        raise UsageProblem(msg("update.error.home", home=dataset.home.iso3))
    return reporter


def _fetch(
    calls: list[comtrade.Query], key: str | None, reporter: int, progress: Progress
) -> dict[int, tuple[comtrade.Record, ...]]:
    """Every call's checked records, by year; the first failure stops them all."""
    seconds = comtrade.timeout()
    fetched = {}
    with progress(len(calls)) as advance:
        for call in calls:
            fetched[call.year] = comtrade.records(
                comtrade.fetch(call, key, seconds), call, reporter
            )
            advance(len(fetched[call.year]))
    return fetched


def reset(
    target: Path, dry_run: bool, dataset: Dataset, lang: str, products: bool = False
) -> UpdateView:
    """Remove the updated dataset, so that every command reads the bundled one again (or,
    with `products`, the product file)."""
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
    return _view(action, target, dataset, lang, products=products)


def write(dataset: Dataset, date: str, target: Path) -> None:
    """Write `dataset` to `target` atomically, after the tool's own loader has accepted it."""
    from bilateral_cli.dataset import load_dataset
    from bilateral_cli.dataset.writer import dataset_document, dump_yaml

    text = header(date) + dump_yaml(dataset_document(dataset), width=100)
    _replace(target, text, load_dataset)  # validated as any dataset is (and its tree cached)


def write_products(products: Products, target: Path) -> None:
    """Write the product file atomically, after its own reader has accepted it."""
    import json

    from bilateral_cli.products import load_products, products_document

    text = json.dumps(products_document(products), ensure_ascii=False, separators=(",", ":"))
    _replace(target, text + "\n", load_products)


def _replace(target: Path, text: str, check: Callable[[Path], object]) -> None:
    """`text` into a temporary file beside `target`, checked by `check`, then renamed over
    `target` in one step: a failure (or Ctrl-C) leaves `target` as it was."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        prefix, suffix = f".{target.stem}-", target.suffix
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=prefix, suffix=suffix)
        temporary = Path(name)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            check(temporary)
            temporary.replace(target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise UpdateFailed(msg("update.error.write", file=str(target), reason=reason)) from None


def _source(
    dataset: Dataset,
    calls: list[comtrade.Query],
    date: str,
    received: int,
    *,
    products: bool = False,
    taken: Mapping[str, Source] | None = None,
) -> Source:
    """The source entry of this retrieval: the API, the query and the date; an id that
    neither the dataset nor `taken` (the product file's sources) uses."""
    base = f"comtrade-api-products-{date}" if products else f"comtrade-api-{date}"
    source_id, n = base, 1
    while source_id in dataset.sources or source_id in (taken or {}):
        n += 1
        source_id = f"{base}-{n}"
    first = calls[0].url
    endpoint = first.split("?", 1)[0]
    periods = ", ".join(str(call.year) for call in calls)
    return Source(
        id=source_id,
        publisher=_both("update.source_publisher"),
        title="UN Comtrade API",
        date=date,
        licence=_both("update.source_licence"),
        url=endpoint,
        dataset=_both("update.source_dataset", query=first, periods=periods, date=date),
        note=_both(
            "update.source_note",
            home=dataset.home.name,
            what=_both("update.what_products" if products else "update.what_total"),
            calls=len(calls),
            records=received,
        ),
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
    products: bool = False,
    added: tuple[int, ...] = (),
    unknown: tuple[UnknownPartner, ...] = (),
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
    unknown_rows = tuple(UnknownRow(*u) for u in (plan.unknown if plan else unknown))
    return UpdateView(
        action=action,
        file=str(target),
        years=years,
        added=plan.added if plan else added,
        unavailable=unavailable,
        revisions=revisions,
        unknown=unknown_rows,
        calls=calls,
        received=received,
        source=source,
        products=products,
    )
