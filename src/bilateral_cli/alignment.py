"""UN voting alignment: the distance between the home country's and a partner's ideal points.

Bailey, Strezhnev & Voeten (2017) estimate each state's position from its UN General Assembly
votes year by year. The distance |p(home) - p(partner)| in a year is 0 for identical voting and
grows as the two vote further apart. Everything here is computed on each run from the stored
ideal points, never stored.

- The band: each state's estimate has a 5-95% interval; the band is the range the distance
  takes when each point lies anywhere in its own interval (interval arithmetic: wider than a
  posterior interval of the distance, which the published quantiles cannot give, so a change
  smaller than the bands' overlap is not a change).
- Reliability: a year resting on fewer than `MIN_VOTES` votes of either state (2024: Indonesia
  8, as sessions straddle calendar years) is unreliable: shown marked, never used as the latest
  figure or for ranks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bilateral_cli.model import IdealPoint, UnVoting
from bilateral_cli.record import NamedTuple

MIN_VOTES = 20  # fewer votes by either state: the year's distance is unreliable
TREND_FROM = 2000  # the year a trend starts from (the trade series' first year)


class Distance(NamedTuple):
    """One year's distance between the home country and a partner, with what it rests on."""

    year: int
    value: float
    low: float  # the band (see the module's docstring)
    high: float
    home_votes: int
    votes: int

    @property
    def reliable(self) -> bool:
        return self.home_votes >= MIN_VOTES and self.votes >= MIN_VOTES


def distance(year: int, home: IdealPoint, partner: IdealPoint) -> Distance:
    """|home - partner|, and its band from the two 5-95% intervals."""
    value = abs(home.point - partner.point)
    high = max(home.high - partner.low, partner.high - home.low)
    low = max(0.0, home.low - partner.high, partner.low - home.high)
    return Distance(year, value, low, high, home.votes, partner.votes)


def series(voting: UnVoting, home: str, key: str, since: int) -> list[Distance]:
    """A partner's distance in each year from `since` where both states have a point."""
    ours, theirs = voting.of(home), voting.of(key)
    return [
        distance(year, ours[year], theirs[year])
        for year in sorted(theirs)
        if year >= since and year in ours
    ]


def year_distances(voting: UnVoting, home: str, year: int) -> dict[str, Distance]:
    """Every partner's distance in one year (only that year is decoded)."""
    points = voting.years.get(year, {})
    if home not in points:
        return {}
    base = points[home]
    return {key: distance(year, base, p) for key, p in points.items() if key != home}


def latest_year(voting: UnVoting, home: str) -> int | None:
    """The latest year in which the home country's point rests on enough votes."""
    for year in sorted(voting.years, reverse=True):
        point = voting.years[year].get(home)
        if point is not None and point.votes >= MIN_VOTES:
            return year
    return None


def reliable_values(voting: UnVoting, home: str, year: int) -> dict[str, float]:
    """Every partner's distance in one year where both states' points are reliable (the
    quick form of `year_distances` that ranks and `list` need)."""
    points = voting.years.get(year, {})
    base = points.get(home)
    if base is None or base.votes < MIN_VOTES:
        return {}
    return {
        key: abs(base.point - p.point)
        for key, p in points.items()
        if key != home and p.votes >= MIN_VOTES
    }


def ranks(values: Mapping[str, float]) -> dict[str, int]:
    """1 for the closest partner."""
    known = sorted((value, key) for key, value in values.items())
    return {key: i for i, (_, key) in enumerate(known, start=1)}


def mean_distance(distances: Iterable[Distance]) -> float | None:
    """A group's distance: the mean of its members' reliable distances in one year."""
    values = [d.value for d in distances if d.reliable]
    return sum(values) / len(values) if values else None


def overlap(a: Distance, b: Distance) -> bool:
    """Whether two years' bands overlap: then a change between them is within the uncertainty."""
    return a.low <= b.high and b.low <= a.high
