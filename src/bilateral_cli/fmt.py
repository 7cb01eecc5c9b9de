"""How numbers and dates read in human formats (table; later markdown)."""

from __future__ import annotations

from bilateral_cli.model import PartialDate

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date(value: PartialDate) -> str:
    """`9 October 1952`, `October 1949` or `1963`: never more precise than the source."""
    if value.month is None:
        return str(value.year)
    month = MONTHS[value.month - 1]
    return f"{value.day} {month} {value.year}" if value.day is not None else f"{month} {value.year}"


def _trimmed(number: float, decimals: int) -> str:
    text = f"{number:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(usd: int, exact: bool = False) -> str:
    """`USD 3.12 billion`, `USD 992.4 million`, `USD 48,210`.

    Series values are rounded (2 decimals in billions, 1 in millions); `exact` keeps every
    digit a publication stated, up to 3 decimals.
    """
    sign = "-" if usd < 0 else ""
    size = abs(usd)
    if size >= 1_000_000_000:
        number, unit, decimals = size / 1e9, " billion", 2
    elif size >= 1_000_000:
        number, unit, decimals = size / 1e6, " million", 1
    else:
        return f"{sign}USD {size:,}"
    text = _trimmed(number, 3) if exact else f"{number:,.{decimals}f}"
    return f"{sign}USD {text}{unit}"


def millions(usd: int | None) -> str:
    """A table cell in USD million with one decimal; blank when unknown."""
    return "" if usd is None else f"{usd / 1e6:,.1f}"


def percent(value: float | None, decimals: int = 1) -> str:
    """`+29.6%`; blank when unknown. Reported figures use `stated_percent` instead."""
    return "" if value is None else f"{value:+,.{decimals}f}%"


def stated_percent(value: float) -> str:
    """A publication's percentage with exactly the digits it gave: `+29.57%`."""
    return f"{value:+g}%"


def share(value: float | None) -> str:
    """A share of a whole: `12.34%`; blank when unknown."""
    return "" if value is None else f"{value:.2f}%"
