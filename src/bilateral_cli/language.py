"""Which language the interface speaks: `--lang`, else BILATERAL_LANG, else the locale."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from bilateral_cli.errors import UnsupportedLanguageError
from bilateral_cli.messages import DEFAULT_LANGUAGE, LANGUAGES


def detect_language(argv: Sequence[str], environ: Mapping[str, str] = os.environ) -> str:
    """`--lang X` (or `--lang=X`), else BILATERAL_LANG, else the locale; English by default.

    Help texts are built before Typer parses options, so the language is read here too.
    """
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalize(argv[i + 1])
        if arg.startswith("--lang="):
            return normalize(arg.split("=", 1)[1])
    if environ.get("BILATERAL_LANG"):
        return normalize(environ["BILATERAL_LANG"])
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return "id" if value.split("_")[0].split(".")[0].lower() in ("id", "in") else "en"
    return DEFAULT_LANGUAGE


def normalize(lang: str) -> str:
    """A language as typed, without case or region: `ID`, `id-ID` and `id_ID.UTF-8` are `id`."""
    return lang.replace("-", "_").split(".")[0].split("_")[0].lower() or lang


def check_language(lang: str) -> str:
    """`lang` (any case, region ignored) if the interface speaks it, else
    `UnsupportedLanguageError`."""
    if normalize(lang) not in LANGUAGES:
        raise UnsupportedLanguageError(lang, LANGUAGES)
    return normalize(lang)
