"""YAML text to a plain tree, refusing what PyYAML would silently accept.

PyYAML keeps the last of two duplicate keys, expands aliases without limit, builds any
tagged type and reads YAML 1.1 numbers (`0400` is octal, `1:30` sexagesimal); a reference
dataset can afford none of that. We compose the node graph with libyaml (pure-Python
fallback), then build dicts, lists and scalars ourselves so every problem is reported with its
line and column.

Memory is bounded by a node budget (`MAX_NODES`) and the nesting limit, both counted while
the document is read, before the graph that would hold it exists: the pure-Python composer
counts as it composes; for libyaml, whose composer runs in C, a cheap upper bound on the
number of nodes (every node but the root follows one of `-[{,:?`, and each of those brings
at most two) lets a normal file through untouched, and only a file over the bound has its
events counted first, stopping at the first node past the budget. The node graph is kept so
that problems found later, by schema validation, can be located too (`locate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import CollectionEndEvent, CollectionStartEvent, Event, NodeEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader

from bilateral_cli.dataset.docpath import Path, PathPart, format_path
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.messages import MESSAGES, Message, msg, tr

_FAST: Any = getattr(yaml, "CSafeLoader", None)  # libyaml, where PyYAML was built with it
_constructor = SafeConstructor()
_SCALARS: dict[str, Callable[[ScalarNode], Any]] = {
    "tag:yaml.org,2002:int": _constructor.construct_yaml_int,
    "tag:yaml.org,2002:float": _constructor.construct_yaml_float,
    "tag:yaml.org,2002:bool": _constructor.construct_yaml_bool,
    "tag:yaml.org,2002:null": _constructor.construct_yaml_null,
    "tag:yaml.org,2002:timestamp": _constructor.construct_yaml_timestamp,
}
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
MAX_DEPTH = 32
MAX_NODES = 500_000  # about 12 times the bundled dataset's 41,000 (see README, Limits)
_INDICATORS = "-[{,:?"
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")


class _Refused(Exception):
    """A limit reached while reading: the problem and where."""

    def __init__(self, problem: str, mark: Any, **values: object) -> None:
        super().__init__(problem)
        self.detail = msg(f"problem.{problem}", **values)
        self.line = mark.line + 1 if mark else None
        self.column = mark.column + 1 if mark else None


class _Limits:
    """Counts nodes and open collections as a document is read; refuses the first excess."""

    def __init__(self) -> None:
        self.nodes = 0
        self.depth = 0

    def enter(self, event: Event) -> bool:
        """Count a node; True when it opens a collection (the caller closes it)."""
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _Refused("too_many_nodes", event.start_mark, limit=f"{MAX_NODES:,}")
        if self.depth > MAX_DEPTH:
            raise _Refused("too_deep", event.start_mark, limit=MAX_DEPTH)
        opens = isinstance(event, CollectionStartEvent)
        self.depth += opens
        return opens


class _CountingComposer(Composer):
    """PyYAML's composer, counting nodes and depth before each node is made."""

    limits: _Limits

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        opens = self.limits.enter(self.peek_event())  # type: ignore[attr-defined]
        node = super().compose_node(parent, index)
        self.limits.depth -= opens
        return node


class _PureLoader(_CountingComposer, yaml.SafeLoader):
    """The pure-Python safe loader, within the limits."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.limits = _Limits()


def _compose(text: str) -> Node | None:
    """The document's node graph, read within `MAX_NODES` and `MAX_DEPTH` (or `_Refused`)."""
    if _FAST is None:
        loader: Any = _PureLoader(text)
    else:
        if 1 + 2 * sum(text.count(c) for c in _INDICATORS) > MAX_NODES:
            _count_events(text)
        loader = _FAST(text)
    try:
        root: Node | None = loader.get_single_node()
    finally:
        loader.dispose()
    return root


def _count_events(text: str) -> None:
    """Walk libyaml's events (cheap: no graph is kept), refusing the first node past a limit."""
    parser = _FAST(text)
    limits = _Limits()
    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, NodeEvent):
                limits.enter(event)
            elif isinstance(event, CollectionEndEvent):
                limits.depth -= 1
    finally:
        parser.dispose()


@dataclass(frozen=True, slots=True)
class YamlTree:
    """The plain data of a document and the nodes it came from."""

    data: Any
    root: Node | None

    def locate(self, path: Sequence[PathPart]) -> tuple[int, int] | None:
        """1-based line and column of the deepest node on `path` that exists."""
        node = self.root
        if node is None:
            return None
        for part in path:
            child = _child(node, part)
            if child is None:
                break
            node = child
        return node.start_mark.line + 1, node.start_mark.column + 1


def _child(node: Node, part: PathPart) -> Node | None:
    """Mapping keys are matched as written (`2021`), list items by index."""
    if isinstance(node, MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == part:
                found: Node = value
                return found
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        child: Node = node.value[part]
        return child
    return None


def parse_yaml(text: str, file: str) -> YamlTree:
    """Parse one YAML document into plain data, or raise `DatasetError` with every problem."""
    try:
        root = _compose(text)
    except _Refused as refused:
        problem = Problem(file, refused.detail, line=refused.line, column=refused.column)
        raise DatasetError(file, [problem]) from None
    except yaml.reader.ReaderError:  # a character YAML refuses (NUL, other controls)
        raise DatasetError(file, [_bad_character(text, file)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        detail = msg("problem.yaml", detail=parser_message(exc.context, exc.problem))
        raise DatasetError(file, [Problem(file, detail, line=line, column=column)]) from None
    except yaml.YAMLError as exc:  # unmarked: at most a character position, made line:column
        text, line, column = _located(str(exc), text)
        detail = msg("problem.yaml", detail=msg("yaml.parser", text=text))
        raise DatasetError(file, [Problem(file, detail, line=line, column=column)]) from None
    if root is None:
        return YamlTree(None, None)
    builder = _Builder(file)
    data = builder.build(root, (), 0)
    if builder.problems:
        raise DatasetError(file, builder.problems)
    return YamlTree(data, root)


# The parser's (libyaml's, or PyYAML's) commonest words, by their English text: worded from the
# catalog; any other is shown as the parser's own.
_CONTEXTS = {tr(key, "en"): key for key in MESSAGES if key.startswith("yaml.context.")}
_PROBLEMS = {tr(key, "en"): key for key in MESSAGES if key.startswith("yaml.problem.")}
_POSITION = re.compile(r'\s*in "[^"]*", position (\d+)')


def parser_message(context: str | None, problem: str | None) -> Message:
    """A parser error's context and problem, in the catalog's words where it has them."""
    parts = [
        msg(known[part]) if part in known else msg("yaml.parser", text=part)
        for part, known in ((context, _CONTEXTS), (problem, _PROBLEMS))
        if part
    ]
    if not parts:
        return msg("yaml.parser", text="invalid YAML")
    if len(parts) == 1:
        return parts[0]
    return msg("yaml.in", context=parts[0], problem=parts[1])


def _located(detail: str, text: str) -> tuple[str, int | None, int | None]:
    """An error text without its `in "<file>", position N`, and that position as line and
    column (people count lines, not characters)."""
    found = _POSITION.search(detail)
    if not found:
        return detail, None, None
    line, column = _line_column(text, min(int(found.group(1)), len(text)))
    return _POSITION.sub("", detail), line, column


def _line_column(text: str, at: int) -> tuple[int, int]:
    """The line and column (from 1) of a character position."""
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _yaml11_number(node: ScalarNode) -> bool:
    """A number YAML 1.1 reads its own way: `0400` (octal), `0x1F`, `0b1`, `1:30`, `1_000`."""
    if node.tag == "tag:yaml.org,2002:int":
        return not _DECIMAL.match(node.value)
    return node.tag == "tag:yaml.org,2002:float" and ("_" in node.value or ":" in node.value)


def _bad_character(text: str, file: str) -> Problem:
    """The first character YAML refuses, located, in one line."""
    found = Reader.NON_PRINTABLE.search(text)
    at = found.start() if found else 0
    line, column = _line_column(text, at)
    char = f"U+{ord(text[at]):04X}" if found else "?"
    return Problem(file, msg("problem.bad_character", char=char), line=line, column=column)


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    def fail(self, node: Node, path: Path, problem: str, /, **values: object) -> None:
        mark = node.start_mark
        detail = msg(f"problem.{problem}", **values)
        self.problems.append(
            Problem(self.file, detail, format_path(path), mark.line + 1, mark.column + 1)
        )

    def build(self, node: Node, path: Path, depth: int) -> Any:
        if id(node) in self.seen:
            self.fail(node, path, "alias")
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.fail(node, path, "too_deep", limit=MAX_DEPTH)
            return None
        if isinstance(node, ScalarNode):
            return self.scalar(node, path)
        if isinstance(node, SequenceNode):
            if node.tag != _SEQ_TAG:
                self.fail(node, path, "tag", tag=repr(node.tag))
                return None
            return [self.build(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, MappingNode):
            if node.tag != _MAP_TAG:
                self.fail(node, path, "tag", tag=repr(node.tag))
                return None
            return self.mapping(node, path, depth)
        self.fail(node, path, "tag", tag=repr(node.tag))  # pragma: no cover - no other kinds
        return None

    def mapping(self, node: MappingNode, path: Path, depth: int) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        first_line: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.fail(key_node, path, "key_not_plain")
                continue
            key = self.scalar(key_node, path)
            if key is None or isinstance(key, (float, bool)):
                self.fail(key_node, path, "key_type", key=repr(key_node.value))
                continue
            if key in first_line:
                where = (*path, str(key))
                self.fail(key_node, where, "duplicate_key", key=repr(key), line=first_line[key])
                continue
            first_line[key] = key_node.start_mark.line + 1
            out[key] = self.build(value_node, (*path, str(key)), depth + 1)
        return out

    def scalar(self, node: ScalarNode, path: Path) -> Any:
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        construct = _SCALARS.get(node.tag)
        if construct is None:
            self.fail(node, path, "tag", tag=repr(node.tag))
            return None
        if _yaml11_number(node):
            self.fail(node, path, "number_form", value=repr(node.value))
            return None
        try:
            return construct(node)
        except (ValueError, yaml.YAMLError) as exc:
            detail = msg("yaml.parser", text=str(exc))
            self.fail(node, path, "unreadable_value", value=repr(node.value), detail=detail)
            return None
