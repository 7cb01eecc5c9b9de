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
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    if environ.get("BILATERAL_LANG"):
        return environ["BILATERAL_LANG"]
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable)
        if value:
            return "id" if value.split("_")[0].split(".")[0].lower() in ("id", "in") else "en"
    return DEFAULT_LANGUAGE


def check_language(lang: str) -> str:
    """`lang` if the interface speaks it, else `UnsupportedLanguageError`."""
    if lang not in LANGUAGES:
        raise UnsupportedLanguageError(lang, LANGUAGES)
    return lang
