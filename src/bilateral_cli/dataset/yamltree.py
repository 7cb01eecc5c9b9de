"""YAML text to a plain tree, refusing what PyYAML would silently accept.

PyYAML keeps the last of two duplicate keys, expands aliases without limit and builds any
tagged type; a reference dataset can afford none of that. We compose the node graph with
libyaml (pure-Python fallback), then build dicts, lists and scalars ourselves so every
problem is reported with its line and column. The node graph is kept so that problems found
later, by schema validation, can be located too (`locate`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bilateral_cli.dataset.docpath import Path, PathPart, format_path
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.messages import msg

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = " ".join(part for part in (exc.context, exc.problem) if part) or "invalid YAML"
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = Problem(file, msg("problem.yaml", detail=detail), line=line, column=column)
        raise DatasetError(file, [problem]) from None
    except yaml.YAMLError as exc:
        raise DatasetError(file, [Problem(file, msg("problem.yaml", detail=str(exc)))]) from None
    except RecursionError:  # the pure-Python composer recurses; libyaml stops at 1000 levels
        raise DatasetError(file, [Problem(file, msg("problem.too_deep_to_read"))]) from None
    finally:
        loader.dispose()
    if root is None:
        return YamlTree(None, None)
    builder = _Builder(file)
    data = builder.build(root, (), 0)
    if builder.problems:
        raise DatasetError(file, builder.problems)
    return YamlTree(data, root)


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
        try:
            return construct(node)
        except (ValueError, yaml.YAMLError) as exc:
            self.fail(node, path, "unreadable_value", value=repr(node.value), detail=str(exc))
            return None
