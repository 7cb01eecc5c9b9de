"""The wording of the human formats: each view as a `Document`, in English or Indonesian.

All the sentences, headings and number formats a person reads are chosen here, once, for both
the terminal table and Markdown; the sentences themselves live in `messages`.

One module per family of views, named as the family's module in `views` (`listing`,
`profile`, `cooperation`, `reference`, `comparing`, `maintenance`), each registering the
wording of its views with `common.wording`; `document` imports the family of the view it is
given, so that a run makes the wording functions of its own command only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.render.human.common import wording

if TYPE_CHECKING:
    from bilateral_cli.render.document import Document

_VIEWS = "bilateral_cli.views."


def document(view: object, lang: str = "en") -> Document:
    """The blocks a person reads for `view`, in order, in `lang`."""
    module = type(view).__module__
    if module.startswith(_VIEWS):
        __import__(f"{__name__}.{module.removeprefix(_VIEWS)}")  # registers the family's views
    return wording(view, lang)
