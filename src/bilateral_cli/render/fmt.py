"""How numbers and dates read in the human formats, in English or Indonesian.

English: `USD 3.12 billion`, `29.57%`, `9 October 1952`, `1,063.3`. Indonesian: `USD 3,12 miliar`,
`29,57%`, `9 Oktober 1952`, `1.063,3` (comma for decimals, dot for thousands).
"""

from __future__ import annotations

from bilateral_cli.model import PartialDate, Period

MONTHS = {
    "en": (
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
    ),
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
}
NUMBER_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    "id": ("nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"),
}
UNITS = {"en": (" billion", " million"), "id": (" miliar", " juta")}
_SWAP = str.maketrans({",": ".", ".": ","})


def number(text: str, lang: str) -> str:
    """An English-formatted number in the conventions of `lang`."""
    return text.translate(_SWAP) if lang == "id" else text


SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
}


def date(value: PartialDate, lang: str = "en", short: bool = False) -> str:
    """`9 October 1952` (`short`: `9 Oct 1952`), `October 1949` or `1963`: never more precise
    than the source."""
    if value.month is None:
        return str(value.year)
    month = (SHORT_MONTHS if short else MONTHS)[lang][value.month - 1]
    return f"{value.day} {month} {value.year}" if value.day is not None else f"{month} {value.year}"


def count_word(count: int, lang: str = "en") -> str:
    """A small count in words, for a heading that must not open with a numeral (`Enam`)."""
    words = NUMBER_WORDS[lang]
    return words[count].capitalize() if 0 <= count < len(words) else integer(count, lang)


def iso_date(text: str, lang: str = "en") -> str:
    """An ISO date (`2023-11-17`, `2023-11`, `2023`) or range (`2000/2024`) in full:
    `17 November 2023`, `2000-2024` with an en dash. Other text is returned as it is."""
    ends = []
    for part in text.split("/"):
        pieces = part.split("-")
        if not 1 <= len(pieces) <= 3 or not all(p.isdigit() for p in pieces):
            return text
        numbers = [int(p) for p in pieces]
        if len(numbers) > 1 and not 1 <= numbers[1] <= 12:
            return text
        ends.append(date(PartialDate(*numbers), lang))
    return "\u2013".join(ends)


def _trimmed(value: float, decimals: int) -> str:
    text = f"{value:,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(usd: int, exact: bool = False, lang: str = "en") -> str:
    """`USD 3.12 billion`, `USD 992.4 million`, `USD 48,210` (or their Indonesian forms).

    Series values are rounded (2 decimals in billions, 1 in millions); `exact` keeps every
    digit a publication stated, up to 3 decimals.
    """
    sign = "-" if usd < 0 else ""
    size = abs(usd)
    billion, million = UNITS[lang]
    if size >= 1_000_000_000:
        value, unit, decimals = size / 1e9, billion, 2
    elif size >= 1_000_000:
        value, unit, decimals = size / 1e6, million, 1
    else:
        return f"{sign}USD {number(f'{size:,}', lang)}"
    text = _trimmed(value, 3) if exact else f"{value:,.{decimals}f}"
    return f"{sign}USD {number(text, lang)}{unit}"


def millions(usd: int | None, lang: str = "en") -> str:
    """A table cell in USD million with one decimal; blank when unknown."""
    return "" if usd is None else number(f"{usd / 1e6:,.1f}", lang)


def whole_millions(usd: int | None, lang: str = "en") -> str:
    """USD in whole millions, as tables of investment state them: `11,572`; `?` if unknown."""
    return "?" if usd is None else number(f"{usd / 1e6:,.0f}", lang)


def percent(value: float | None, decimals: int = 1, lang: str = "en") -> str:
    """`+29.6%`; blank when unknown. Reported figures use `stated_percent` instead."""
    return "" if value is None else number(f"{value:+,.{decimals}f}%", lang)


def stated_percent(value: float, lang: str = "en") -> str:
    """A publication's percentage with exactly the digits it gave: `+29.57%`."""
    return number(f"{value:+g}%", lang)


def share(value: float | None, lang: str = "en") -> str:
    """A share of a whole: `12.34%`; blank when unknown."""
    return "" if value is None else number(f"{value:.2f}%", lang)


def integer(value: int, lang: str = "en") -> str:
    return number(f"{value:,}", lang)


_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: int | None, largest: int, width: int = 20) -> str:
    """A horizontal bar of `value` against `largest`, in eighths of a character."""
    if value is None or largest <= 0 or value <= 0:
        return ""
    eighths = round(value / largest * width * 8)
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


def points(value: float, lang: str = "en") -> str:
    """A difference of percentages: `+0.07`."""
    return number(f"{value:+.2f}", lang)


def period(value: Period, lang: str = "en") -> str:
    """`2024`, `January-May 2025`, `May 2025`: a year, or months of one."""
    if value.full:
        return str(value.year)
    months = MONTHS[lang]
    first, last = months[value.first - 1], months[value.last - 1]
    span = first if value.first == value.last else f"{first}\u2013{last}"
    return f"{span} {value.year}"


def distance(value: float, lang: str = "en") -> str:
    """A voting distance: `0.08`, `4.15`."""
    return number(f"{value:.2f}", lang)


_LEVELS = "▁▂▃▄▅▆▇█"


def spark(values: list[float | None], largest: float) -> str:
    """One character per value, taller for larger; `·` for a value not to be read."""
    out = []
    for value in values:
        if value is None or largest <= 0:
            out.append("·")
        else:
            level = min(len(_LEVELS) - 1, int(value / largest * (len(_LEVELS) - 1) + 0.5))
            out.append(_LEVELS[level])
    return "".join(out)
