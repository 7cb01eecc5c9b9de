"""Text helpers shared by lookups and renderers: folding for matching, cleaning for terminals."""

from __future__ import annotations

import re
import unicodedata

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
# C0/C1 controls but the line feed, DEL, and the Unicode bidi embeddings, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def fold(text: str) -> str:
    """Key for matching what people type: no case, accents, spaces, hyphens or punctuation.

    `Côte d'Ivoire`, `cote-divoire` and `COTE D IVOIRE` all fold to `cotedivoire`.
    """
    if text.isascii():  # most names and queries: no accents to strip
        return _NOT_ALNUM.sub("", text.lower())
    lowered = unicodedata.normalize("NFKD", text).casefold()
    decomposed = unicodedata.normalize("NFKD", lowered)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", stripped)


def clean(text: str) -> str:
    """Make data safe for a terminal: control and bidi characters become visible escapes."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def slug(text: str) -> str:
    """An id-like form of a name: `São Tomé and Príncipe` -> `sao-tome-and-principe`."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NOT_ALNUM.sub("-", ascii_text).strip("-")
