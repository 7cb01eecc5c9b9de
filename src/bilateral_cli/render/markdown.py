"""The Markdown format: the same `Document` as the terminal, as GitHub-flavoured Markdown."""

from __future__ import annotations

import re

from bilateral_cli.render.document import Bullets, Document, Facts, Grid, Heading, Line, Paragraph
from bilateral_cli.render.human import document
from bilateral_cli.text import clean

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def render_markdown(view: object, lang: str = "en") -> str:
    return layout(document(view, lang))


def layout(doc: Document) -> str:
    parts: list[str] = []
    for block in doc:
        if isinstance(block, Heading):
            parts.append("#" * block.level + " " + escape(block.text))
        elif isinstance(block, Paragraph):
            body = inline(block.line)
            parts.append(f"_{body}_" if block.muted and body else body)
        elif isinstance(block, Bullets):
            lines = []
            for item in block.items:
                lines.append(f"- {inline(item.line)}")
                lines.extend(f"  - {inline(detail)}" for detail in item.details)
            parts.append("\n".join(lines))
        elif isinstance(block, Facts):
            parts.append("\n".join(f"- **{escape(k)}**: {inline(v)}" for k, v in block.rows))
        else:
            parts.append(grid(block))
    return "\n\n".join(parts) + "\n"


def escape(text: str) -> str:
    """Data as literal Markdown: special characters escaped, line breaks folded."""
    return _SPECIAL.sub(r"\\\1", clean(text)).replace("\n", " ")


def inline(spans: Line) -> str:
    out = []
    for span in spans:
        body = escape(span.text)
        if span.kind == "strong" and body.strip():
            body = f"**{body}**"
        out.append(body)
    return "".join(out).strip()


def grid(block: Grid) -> str:
    block = block.full()
    header = "| " + " | ".join(escape(c.title) for c in block.columns) + " |"
    rules = ("---:" if c.justify == "right" else "---" for c in block.columns)
    rule = "| " + " | ".join(rules) + " |"
    rows = [*block.rows, *([block.total] if block.total is not None else [])]
    body = ["| " + " | ".join(inline(cell) for cell in row) + " |" for row in rows]
    return "\n".join([header, rule, *body])
