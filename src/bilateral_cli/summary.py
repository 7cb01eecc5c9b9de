"""What `list` needs of each partner, computed once per dataset rather than once per run.

A `list` used to decode every partner (names, notes, every year of trade, Bank Indonesia's
series) to keep a handful of fields and two derived figures; that was most of its time. The
compiled bundle and cache entries hold each partner's summary (`compiled`), made by
`summarize` when the dataset is compiled; a dataset read from YAML computes them on use. Both
ways go through `summarize`, so the figures are the same (a test compares them).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bilateral_cli.model import Dataset, DatedClaim, PartialDate, Partner, PartnerKind
from bilateral_cli.record import NamedTuple
from bilateral_cli.trade import latest_with_total


class PartnerSummary(NamedTuple):
    """A partner as `list` filters and shows it: the latest year with a known total (its
    total and change on the year before), and the sources of the two years that change
    rests on. Always made by `summarize` from the partner (the bundle stores what it made)."""

    region: str
    kind: PartnerKind
    no_relations: bool
    since: PartialDate | None  # the most precise date relations began (`relations_since`)
    latest_year: int | None
    latest_total: int | None
    latest_change_pct: float | None
    latest_sources: tuple[str, ...]  # of the latest year and the one before, where held


def relations_since(claims: Iterable[DatedClaim]) -> tuple[DatedClaim | None, bool]:
    """The most precise claim, and whether every claim agrees with it as far as it goes."""
    claims = list(claims)
    if not claims:
        return None, True
    best = max(claims, key=lambda c: (c.date.month is not None) + (c.date.day is not None))
    agree = all(
        c.date.year == best.date.year
        and c.date.month in (None, best.date.month)
        and c.date.day in (None, best.date.day)
        for c in claims
    )
    return best, agree


def window_sources(partner: Partner, year: int) -> tuple[str, ...]:
    """The sources of a year's figures and of the year before's (its change rests on both)."""
    trade = partner.trade
    if trade is None:
        return ()
    return tuple(trade.source_of(y) for y in (year - 1, year) if y in trade.years)


def summarize(partner: Partner) -> PartnerSummary:
    """One partner's summary (see `PartnerSummary`)."""
    began, _ = relations_since(partner.relations.established if partner.relations else ())
    latest = latest_with_total(partner.trade)
    return PartnerSummary(
        partner.region,
        partner.kind,
        partner.no_relations is not None,
        began.date if began else None,
        latest.year if latest else None,
        latest.total if latest else None,
        latest.change_pct if latest else None,
        window_sources(partner, latest.year) if latest else (),
    )


def summaries(dataset: Dataset) -> Sequence[PartnerSummary]:
    """Every partner's summary, in the order of `partners`: as compiled, where the dataset was
    (see `compiled.LazyPartners`), else computed now."""
    held: Sequence[PartnerSummary] | None = getattr(dataset.partners, "summaries", None)
    if held is not None:
        return held
    return tuple(map(summarize, dataset.partners))
