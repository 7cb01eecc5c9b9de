"""Text helpers shared by lookups and renderers: folding for matching, cleaning for terminals."""

from __future__ import annotations

import codecs
import re
import unicodedata

_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
# C0/C1 controls but the line feed, DEL, and the Unicode bidi marks, embeddings, overrides and
# isolates, each to a visible escape.
_UNSAFE = {
    code: f"\\u{code:04x}"
    for code in (
        *range(0x00, 0x0A),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}


def fold(text: str) -> str:
    """Key for matching what people type: no case, accents, spaces, hyphens or punctuation.

    `Côte d'Ivoire`, `cote-divoire` and `COTE D IVOIRE` all fold to `cotedivoire`. Only letters
    and digits are decomposed (`ﬁ` is `fi`, fullwidth letters are plain ones, `ß` is `ss`); a symbol
    stays a symbol and is dropped, so `™` never becomes `TM` nor `№` `No`.
    """
    if text.isascii():  # most names and queries: no accents to strip
        return _NOT_ALNUM.sub("", text.lower())
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", kept).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", stripped)


def clean(text: str) -> str:
    """Make data safe for a terminal: control and bidi characters become visible escapes."""
    return text if text.isprintable() else text.translate(_UNSAFE)


def slug(text: str) -> str:
    """An id-like form of a name: `São Tomé and Príncipe` -> `sao-tome-and-principe`."""
    if text.isascii():  # nothing to decompose
        return _NOT_ALNUM.sub("-", text.lower()).strip("-")
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return _NOT_ALNUM.sub("-", ascii_text).strip("-")


FALLBACK_ERRORS = "bilateral-fallback"
# Stand-ins for what the renderers draw, where the terminal's encoding lacks it.
_STAND_INS = {
    "─": "-",
    "│": "|",
    "•": "*",
    "→": "->",
    "↳": "->",
    "…": "...",
    "\u2018": "'",
    "\u2019": "'",
    "“": '"',
    "”": '"',
    "\u2013": "-",
    "—": "-",
    **dict.fromkeys("█▉▊▋▌▍▎▏", "#"),
}


def _fallback(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a character's ASCII stand-in, its letters without accents, or `?`."""
    assert isinstance(error, UnicodeEncodeError)
    out = []
    for ch in error.object[error.start : error.end]:
        stand_in = _STAND_INS.get(ch) or "".join(
            c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
        )
        try:
            stand_in.encode(error.encoding)
        except UnicodeEncodeError:
            stand_in = ""
        out.append(stand_in or "?")
    return "".join(out), error.end


codecs.register_error(FALLBACK_ERRORS, _fallback)
