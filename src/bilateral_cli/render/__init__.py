"""Renderers: one module per output format, each turning view data into printable output.

`render` picks the module for a format and imports only that one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bilateral_cli.vocabulary import OutputFormat, assert_never

if TYPE_CHECKING:
    from rich.console import RenderableType


def render(view: object, output: OutputFormat, lang: str = "en") -> str | list[RenderableType]:
    """Text for machine formats and Markdown; Rich renderables for the terminal table.

    Machine formats have language-neutral keys; `lang` chooses the texts of human formats.
    """
    if output is OutputFormat.JSON:
        from bilateral_cli.render.json import render_json

        return render_json(view)
    if output is OutputFormat.CSV:
        from bilateral_cli.render.csv import render_csv

        return render_csv(view)
    if output is OutputFormat.MARKDOWN:
        from bilateral_cli.render.markdown import render_markdown

        return render_markdown(view, lang)
    if output is OutputFormat.TABLE:
        from bilateral_cli.render.table import render_table

        return render_table(view, lang)
    assert_never(output)
