"""Comtrade's partner codes and the dataset's partners: one mapping for the build and `update`.

Comtrade names partners by ISO 3166-1 alpha-3 codes, plus a few codes of its own: the world
total, "nes" (not elsewhere specified) areas, and stand-ins such as `S19`.
"""

from __future__ import annotations

WORLD = "W00"  # the home country's trade with the world: `world_trade`, not a partner
AGGREGATES = frozenset({"E19", "F19", "O19", "A59", "_X"})  # "nes" areas and unspecified trade
# Codes that are not the ISO codes of the economy they hold: (ISO alpha-2, alpha-3).
# S19 is "Other Asia, nes" (code 490), which by Comtrade convention holds trade with Taiwan.
STAND_INS: dict[str, tuple[str, str]] = {"S19": ("TW", "TWN")}
REPORTERS = {"IDN": 360}  # Comtrade's reporter code of each home country the tool supports


def is_partner(code: str, home_iso3: str) -> bool:
    """False for the world total, "nes" areas and the home country's trade with itself."""
    code = code.strip()  # the staged file writes "_X " with a trailing space
    return code != WORLD and code not in AGGREGATES and code != home_iso3


def dataset_codes(code: str) -> tuple[str | None, str]:
    """The ISO alpha-2 (None: the ISO one) and alpha-3 codes of the partner a code holds."""
    code = code.strip()
    if code in STAND_INS:
        return STAND_INS[code]
    return None, code
