"""The terminal format: a `Document` laid out for Rich as ready-made lines.

Every data string enters Rich as plain text in a `Segment` or a `Text` (never as markup) after
`clean`, so a name holding `[bold]` or an escape sequence prints as the characters it is.

Grids and facts are laid out here, line by line, as Rich's `Table` would lay them out (a test
compares the two), and handed to Rich as styled segments it only has to write: building a
`Table` of `Text` cells and letting Rich measure and wrap them cost about 85 ms for the 237 rows
of `list`; segments cost a few. Unlike `Table`, a grid never cuts a figure to fit a terminal.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text

from bilateral_cli.render.document import (
    Bullets,
    Column,
    Document,
    Facts,
    Grid,
    Heading,
    Line,
    Paragraph,
    Span,
    whole,
)
from bilateral_cli.render.human import document
from bilateral_cli.text import clean

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
    from rich.style import Style
STYLES = {"": "", "cite": "dim", "strong": "bold", "muted": "dim"}
HEADING = "bold cyan"
HEADER = "table.header"  # Rich's style for a table's header row and its rule


def render_table(view: object, lang: str = "en") -> list[RenderableType]:
    """The renderables for a view, in order; the caller prints them."""
    return [Blocks(layout(document(view, lang)))]


class Blocks:
    """A document's blocks as one renderable: Rich's work for each renderable it is handed
    (a `show` or `agreements` has a hundred paragraphs and bullets) is done once."""

    def __init__(self, items: list[Indented | FittedGrid]) -> None:
        self.items = items

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for item in self.items:
            yield from item.__rich_console__(console, options)


def layout(doc: Document) -> list[Indented | FittedGrid]:
    """Every command the same way: no blank line first, one blank line before each heading
    after the first block, and no line ending in spaces."""
    out: list[Indented | FittedGrid] = []
    for block in doc:
        if isinstance(block, Heading):
            title: Cell = [(clean(block.text), HEADING)]
            out.append(Indented([("\n", ""), *title] if out else title, 0))
        elif isinstance(block, Paragraph):
            out.append(Indented(pieces(block.line), 0, style="muted" if block.muted else ""))
        elif isinstance(block, Bullets):
            for item in block.items:
                out.append(Indented(pieces(item.line), 4, first="  • "))
                out.extend(Indented(pieces(detail), 6) for detail in item.details)
        elif isinstance(block, Facts):
            out.append(FittedGrid(facts_grid(block), header=False, gap=2))
        else:
            out.append(FittedGrid(block))
    return out


def pieces(spans: Line) -> Cell:
    """Spans as terminal-safe pieces of text, each with the name of its style."""
    return [(clean(span.text), STYLES[span.kind]) for span in spans]


def facts_grid(block: Facts) -> Grid:
    """Labels in bold beside their values; labels never wrap."""
    rows = tuple(((Span(label, "strong"),), value) for label, value in block.rows)
    return Grid((whole(""), Column("")), rows)


class Indented:
    """A text wrapped to the width left of an indent, every line indented (a hanging indent)
    and without the spaces Rich leaves where it broke a line.

    Lines break where Rich's `Text.wrap(..., overflow="fold")` breaks them (its own
    `divide_line`; a test holds the two together), without building a `Text`: wrapping the
    paragraphs of `show` through Rich cost more than everything else it prints.
    """

    def __init__(
        self, content: Cell, indent: int, first: str | None = None, style: str = ""
    ) -> None:
        self.content = content  # pieces of text with the names of their styles
        self.indent = indent
        self.first = first  # the first line's margin (a bullet), as wide as `indent`
        self.style = STYLES.get(style, style)  # the whole text's (a muted paragraph is dim)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width - self.indent)
        base = console.get_style(self.style) if self.style else None
        margin = " " * self.indent
        out = _Segments()  # plain runs joined, line breaks included
        for n, line in enumerate(_fold(self.content, width)):
            line = _rstrip(line)
            if line:
                out.add(self.first if self.first is not None and n == 0 else margin, None)
            for piece, name in line:
                style = console.get_style(name) if name else None
                if base is not None:
                    style = base + style
                out.add(piece, style)
            out.add("\n", None)
        return out.segments()


def divide(text: str, width: int) -> list[int]:
    """Where Rich's `divide_line(text, width, fold=True)` breaks a line (offsets into `text`).

    For printable ASCII, where every character is one cell, the same breaks are found here
    without measuring each word in cells (the paragraphs and bullets of `agreements` spent
    about 3 ms there); a test holds the two together.
    """
    if not (text.isascii() and text.isprintable()):
        return divide_line(text, width, fold=True)
    breaks: list[int] = []
    offset = 0  # cells used on the current line
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:  # fits on this line
            offset += len(word)
        elif length > width:  # fits on no line: folded, each part on a line of its own
            parts = [word[at : at + width] for at in range(0, len(word), width)]
            for part in parts[:-1]:
                if start:
                    breaks.append(start)
                start += len(part)
            if start:
                breaks.append(start)
            offset = len(parts[-1])
        elif offset and start:  # fits on the next line
            breaks.append(start)
            offset = len(word)
    return breaks


_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces around it, as Rich's `words` finds it


def _fold(content: Cell, width: int) -> list[Cell]:
    """A text's lines at `width`: its own line breaks, then Rich's breaks between words (and
    within a word longer than the width). `clean` has left no tab for Rich to expand."""
    lines: list[Cell] = []
    for paragraph in _split_lines(content):
        plain = "".join(piece for piece, _ in paragraph)
        bounds = [0, *divide(plain, width), len(plain)]
        lines.extend(_slice(paragraph, start, end) for start, end in itertools.pairwise(bounds))
    return lines


Piece = tuple[str, "str | Style"]  # text and style (a name, or Rich's for a wrapped cell)
Cell = list[Piece]  # one line of a cell
# a grid as shown: columns kept, rows and total row as cells, and the width of each column
Layout = tuple[Grid, list[list[list[Cell]]], list[list[Cell]] | None, list[int]]


class FittedGrid:
    """A grid laid out as plain lines, wrapping only the cells that do not fit.

    The same layout as Rich's `Table` (three spaces between columns, a rule under the header,
    figures right-aligned; for facts, two spaces and no header), narrowing only the widest
    wrappable columns when the terminal is too narrow. An optional column (a chart) is left out
    before any cell wraps. Figures are never cut: where even the narrowest layout is too wide,
    the lines run past the terminal's width whole (the environment prints them uncropped).
    """

    NARROWEST = 8  # a wrappable column is never made narrower than this
    LONG_WORD = 20  # a word longer than this breaks where the grid cannot fit otherwise

    def __init__(self, block: Grid, *, header: bool = True, gap: int = 3) -> None:
        self.block = block
        self.header = header
        self.gap = gap  # the spaces Rich puts between columns: padding, divider, padding
        self._wrapped: dict[tuple[tuple[Piece, ...], int], list[tuple[Cell, int]]] = {}
        self._right: set[int] = set()  # the right-aligned columns of the grid as laid out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        block, rows, total, widths = self.layout(options.max_width)
        self._right = {i for i, c in enumerate(block.columns) if c.justify == "right"}
        styles = {name: console.get_style(name) for name in (*STYLES.values(), HEADER)}
        rule = "─" * (sum(widths) + self.gap * (len(widths) - 1))
        out = _Segments()
        if self.header:
            header: list[list[Cell]] = [[[(c.title, "")]] for c in block.columns]
            self._lines(out, header, widths, console, styles, HEADER)
            _line(out, [(rule, HEADER)], styles)
        for row in rows:
            self._lines(out, row, widths, console, styles)
        if total is not None:
            _line(out, [(rule, "")], styles)
            self._lines(out, total, widths, console, styles)
        return out.segments()

    def layout(self, max_width: int) -> Layout:
        """The grid as it will be shown, its rows as cells, and each column's width.

        Where the full grid is too wide, optional columns (charts) are left out first, then
        short forms stand in for their full columns one by one, and only then do cells wrap.
        """
        block = self.block
        widths = [cell_len(c.title) if self.header else 0 for c in block.columns]
        rows = [_cells(row, widths) for row in block.rows]
        total = _cells(block.total, widths) if block.total is not None else None
        every = [*rows, *([total] if total else [])]

        def natural(columns: list[int]) -> int:
            return sum(widths[i] for i in columns) + self.gap * (len(columns) - 1)

        shown = [i for i, c in enumerate(block.columns) if not c.short]
        for i in reversed(block.optional):  # a chart gives way before any cell wraps
            if natural(shown) <= max_width:
                break
            shown.remove(i)
        for i, column in enumerate(block.columns):
            if natural(shown) <= max_width:
                break
            if column.short and i - 1 in shown:
                shown[shown.index(i - 1)] = i
        if len(shown) != len(block.columns):
            block = block.only(shown)
            rows = [[row[i] for i in shown] for row in rows]
            total = [total[i] for i in shown] if total else None
            every = [*rows, *([total] if total else [])]
            widths = [widths[i] for i in shown]
        if sum(widths) + self.gap * (len(widths) - 1) > max_width:
            self._fit(block, every, widths, max_width)  # where it cannot, lines run past whole
        return block, rows, total, widths

    def _fit(
        self, block: Grid, every: list[list[list[Cell]]], widths: list[int], limit: int
    ) -> None:
        """Narrow the widest wrappable columns until the grid fits, or none can narrow more:
        first never below a column's longest word (names and source ids stay whole), then,
        only if that cannot fit, breaking words longer than `LONG_WORD` (hostile data)."""
        wrappable = [i for i, c in enumerate(block.columns) if c.wrap]
        words = {
            i: _longest_word([(block.columns[i].title, "")]) if self.header else 0
            for i in wrappable
        }
        for row in every:
            for i in wrappable:
                longest = words[i]
                for cell_line in row[i]:
                    if len(cell_line) == 1 and cell_line[0][0].isascii():  # most: one plain piece
                        text = cell_line[0][0]
                        if len(text) > longest:  # else it holds no longer word
                            longest = max(longest, max(map(len, text.split()), default=0))
                    else:
                        longest = max(longest, _longest_word(cell_line))
                words[i] = longest
        excess = sum(widths) + self.gap * (len(widths) - 1) - limit
        for cap in (None, self.LONG_WORD):
            floor = {
                i: max(self.NARROWEST, w if cap is None else min(w, cap)) for i, w in words.items()
            }
            while excess > 0:
                narrowable = [i for i in wrappable if widths[i] > floor[i]]
                if not narrowable:
                    break
                widest = max(narrowable, key=lambda i: widths[i])
                widths[widest] -= 1
                excess -= 1

    def _lines(
        self,
        out: _Segments,
        cells: list[list[Cell]],
        widths: list[int],
        console: Console,
        styles: dict[str, Style],
        line_style: str = "",
    ) -> None:
        """Append a row's lines to `out`: cells padded to their column, wrapped where needed."""
        if not line_style:
            plain = self._plain_row(cells, widths)
            if plain is not None:
                out.add(plain, None)
                return
        wrapped: list[list[tuple[Cell, int]]] = []  # each column's lines, with their widths
        for lines, width in zip(cells, widths, strict=True):
            parts: list[tuple[Cell, int]] = []
            for line in lines:
                used = _width(line)
                if used <= width:
                    parts.append((line, used))
                    continue
                key = (tuple(line), width)  # a column repeats values (`list`'s regions)
                if key not in self._wrapped:
                    parts_of = (_rstrip(p) for p in _wrap(line, width, console))
                    self._wrapped[key] = [(p, _width(p)) for p in parts_of]
                parts += self._wrapped[key]
            wrapped.append(parts)
        last = len(cells) - 1
        gap = (" " * self.gap, line_style)
        right = self._right
        for n in range(max(map(len, wrapped))):
            pieces: list[Piece] = []
            for i, parts in enumerate(wrapped):
                cell, used = parts[n] if n < len(parts) else ([], 0)
                pad = (" " * (widths[i] - used), line_style)
                if i in right:
                    pieces.append(pad)
                    pieces += cell
                else:
                    pieces += cell
                    if i != last:
                        pieces.append(pad)
                if i != last:
                    pieces.append(gap)
            _line(out, pieces, styles, line_style)

    def _plain_row(self, cells: list[list[Cell]], widths: list[int]) -> str | None:
        """The common row, unstyled one-line cells that fit, as one string; else None."""
        parts = []
        right = self._right
        for i, lines in enumerate(cells):
            if len(lines) != 1:
                return None
            only = lines[0]
            if len(only) == 1:
                text, style = only[0]
                if style:
                    return None
            elif any(style for _, style in only):
                return None
            else:
                text = "".join(piece for piece, _ in only)
            width = widths[i]
            if text.isascii():  # one cell a character: Python pads it
                if len(text) > width:
                    return None
                parts.append(text.rjust(width) if i in right else text.ljust(width))
                continue
            pad = width - cell_len(text)
            if pad < 0:
                return None
            parts.append(" " * pad + text if i in right else text + " " * pad)
        return (" " * self.gap).join(parts).rstrip() + "\n"


def _cells(row: Sequence[Line], widths: list[int]) -> list[list[Cell]]:
    """A row's cells (each a list of lines of styled pieces, data made terminal-safe), widening
    `widths` to what each cell takes. The common cell, one span on one line, is made here
    without a call: `list` has some 1,600 of them."""
    out: list[list[Cell]] = []
    for i, spans in enumerate(row):
        if len(spans) == 1:
            text, kind = spans[0]
            if not text.isprintable():
                text = clean(text)
            if "\n" not in text:
                used = len(text) if text.isascii() else cell_len(text)
                if used > widths[i]:
                    widths[i] = used
                out.append([[(text, STYLES[kind])]])
                continue
        cell = _split_lines(pieces(spans))  # styled pieces, or line breaks in a data string
        used = max(map(_width, cell))
        if used > widths[i]:
            widths[i] = used
        out.append(cell)
    return out


def _split_lines(cell: Cell) -> list[Cell]:
    """Styled pieces split at their line breaks: one list of pieces a line."""
    if not any("\n" in piece for piece, _ in cell):
        return [cell]
    lines: list[Cell] = [[]]
    for piece, style in cell:
        first, *more = piece.split("\n")
        lines[-1].append((first, style))
        lines.extend([(part, style)] for part in more)
    return lines


def _longest_word(cell: Cell) -> int:
    """The width of the longest run without a space in one line of a cell."""
    text = "".join(piece for piece, _ in cell)
    return max((cell_len(word) for word in text.split()), default=0)


def _width(cell: Cell) -> int:
    """Terminal cells a line of a cell takes (`clean` leaves no control characters)."""
    if len(cell) == 1:
        piece = cell[0][0]
        return len(piece) if piece.isascii() else cell_len(piece)
    return sum(len(piece) if piece.isascii() else cell_len(piece) for piece, _ in cell)


def _wrap(cell: Cell, width: int, console: Console) -> list[Cell]:
    """A cell folded into lines of at most `width` cells, breaking between words if it can.

    The same lines as `Text.wrap(..., overflow="fold")`: an ASCII cell (every character one
    cell wide, no tabs) is cut at the offsets Rich's own `divide_line` gives, without building
    a `Text`; anything else goes through `Text.wrap` itself. A test holds the two together.
    """
    plain = "".join(piece for piece, _ in cell)
    if not plain.isascii() or "\t" in plain:
        content = Text()
        for piece, style in cell:
            content.append(piece, style=style)
        return [
            [(segment.text, segment.style or "") for segment in part.render(console, end="")]
            for part in content.wrap(console, width, overflow="fold")
        ]
    bounds = [0, *divide(plain, width), len(plain)]
    # a line never runs past the width (only the spaces after a word can)
    pairs = itertools.pairwise(bounds)
    return [_slice(cell, start, min(end, start + width)) for start, end in pairs]


def _rstrip(cell: Cell) -> Cell:
    """A wrapped line without the spaces it ended on, so that it aligns right as it should."""
    out = list(cell)
    while out and not out[-1][0].rstrip():
        out.pop()
    if out:
        out[-1] = (out[-1][0].rstrip(), out[-1][1])
    return out


def _slice(cell: Cell, start: int, end: int) -> Cell:
    """The characters `start` to `end` of a cell, each piece keeping its style."""
    out: Cell = []
    offset = 0
    for piece, style in cell:
        lo, hi = max(start - offset, 0), min(end - offset, len(piece))
        if lo < hi:
            out.append((piece[lo:hi], style))
        offset += len(piece)
    return out


def _line(
    out: _Segments, pieces: Sequence[Piece], styles: dict[str, Style], line_style: str = ""
) -> None:
    """Append one output line: trailing spaces dropped, runs of one style merged."""
    texts: list[str] = []
    kinds: list[str | Style] = []
    for piece, style in pieces:
        style = style or line_style
        if kinds and kinds[-1] == style:
            texts[-1] += piece
        elif piece:
            texts.append(piece)
            kinds.append(style)
    while texts and not texts[-1].rstrip():
        texts.pop()
        kinds.pop()
    if texts:
        texts[-1] = texts[-1].rstrip()
    for piece, style in zip(texts, kinds, strict=True):
        out.add(piece, styles[style] if isinstance(style, str) else style)
    out.add("\n", None)


class _Segments:
    """What a grid prints: unstyled text, line breaks included, joined into one segment per run.

    A `list` is some 1,300 pieces of plain text; Rich writes one segment for a run of them
    instead of handling each.
    """

    def __init__(self) -> None:
        self._done: list[Segment] = []
        self._plain: list[str] = []

    def add(self, text: str, style: Style | None) -> None:
        if not style:
            self._plain.append(text)
            return
        self._flush()
        self._done.append(Segment(text, style))

    def _flush(self) -> None:
        if self._plain:
            self._done.append(Segment("".join(self._plain)))
            self._plain = []

    def segments(self) -> list[Segment]:
        self._flush()
        return self._done
