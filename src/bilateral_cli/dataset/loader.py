"""Read a dataset file into a validated `Dataset`, reporting every problem at once.

`load_dataset` is the only way a `Dataset` is made: from the wheel's compiled bundle (validated
when the wheel was built, see `bundle`), or from a file whose tree (parsed YAML, or the cached
JSON of it, see `cache`) `schema` checks: types, required and unknown fields, cross-references
and uniqueness, each problem located as file:line:column plus its path in the document. The
bundled path imports neither the schema nor YAML.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from bilateral_cli.dataset import BUNDLE, bundled_dataset_path
from bilateral_cli.errors import DatasetError, Problem
from bilateral_cli.messages import Message, msg

if TYPE_CHECKING:
    from bilateral_cli.dataset.docpath import Path as DocPath
    from bilateral_cli.dataset.schema import Reader
    from bilateral_cli.dataset.yamltree import YamlTree
    from bilateral_cli.model import Dataset

MAX_BYTES = 64 * 1024 * 1024


def read_dataset_bytes(path: FsPath) -> bytes:
    """Read a dataset file, refusing what is not a regular, reasonably sized file."""
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise DatasetError(name, [Problem(name, msg("problem.no_file"))]) from None
    except IsADirectoryError:
        raise DatasetError(name, [Problem(name, msg("problem.directory"))]) from None
    except PermissionError:
        raise DatasetError(name, [Problem(name, msg("problem.permission"))]) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DatasetError(
            name, [Problem(name, msg("problem.cannot_open", reason=reason))]
        ) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise DatasetError(name, [Problem(name, msg("problem.directory"))])
        if not stat.S_ISREG(info.st_mode):
            raise DatasetError(name, [Problem(name, msg("problem.not_regular"))])
        data = b""
        if info.st_size <= MAX_BYTES:
            with os.fdopen(os.dup(fd), "rb") as handle:
                # the size fstat gave and a byte more, to notice a file still growing (asking
                # for the whole limit would allocate a 64 MiB buffer for every read)
                data = handle.read(info.st_size + 1)
                if len(data) > info.st_size:
                    data += handle.read(MAX_BYTES + 1 - len(data))
        if info.st_size > MAX_BYTES or len(data) > MAX_BYTES:
            limit = f"{MAX_BYTES >> 20} MiB" if MAX_BYTES >= 1 << 20 else f"{MAX_BYTES} bytes"
            raise DatasetError(name, [Problem(name, msg("problem.too_large", limit=limit))])
        return data
    finally:
        os.close(fd)


def decode_dataset(raw: bytes, name: str) -> str:
    """The text of a dataset file, which must be UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problem = Problem(name, msg("problem.not_utf8"), line=line)
        raise DatasetError(name, [problem]) from None


def load_dataset(path: FsPath | None = None) -> Dataset:
    """Load and validate a dataset file (the bundled one by default).

    The bundled dataset is read from the bundle the wheel's build compiled and validated (see
    `compiled`); any other file's parsed tree is cached (see `cache`), so most runs skip YAML,
    and validated on every load.
    """
    if path is None:
        from bilateral_cli.dataset.compiled import read_dataset

        compiled = read_dataset(BUNDLE)
        if compiled is not None:
            return compiled
        path = bundled_dataset_path()  # a source checkout or editable install: read the YAML
    from bilateral_cli.dataset import cache
    from bilateral_cli.dataset.schema import SCHEMA_VERSION, Reader

    name = str(path)
    raw = read_dataset_bytes(path)
    data = cache.read_tree(raw, SCHEMA_VERSION)
    tree = None
    if data is None:
        tree = _parse(raw, name)
        data = tree.data
    reader = Reader()
    dataset = reader.dataset(data)
    if reader.problems or dataset is None:
        tree = tree or _parse(raw, name)  # a cached tree has no line numbers
        raise _located(reader, tree, name)
    if tree is not None:
        cache.write_tree(raw, SCHEMA_VERSION, data)
    return dataset


def compile_dataset(path: FsPath) -> Dataset:
    """The validated dataset of a file, parsed afresh, for the wheel's build (`hatch_build.py`)."""
    from bilateral_cli.dataset.schema import Reader

    tree = parse_file(path)
    reader = Reader()
    dataset = reader.dataset(tree.data)
    if dataset is None or reader.problems:
        raise _located(reader, tree, str(path))
    return dataset


def _located(reader: Reader, tree: YamlTree, name: str) -> DatasetError:
    """The reader's problems with the line and column each points at."""
    return DatasetError(name, locate(tree, name, reader.problems))


def locate(tree: YamlTree, name: str, found: Iterable[tuple[DocPath, Message]]) -> list[Problem]:
    """Problems found at paths in a document, with the line and column each path points at."""
    from bilateral_cli.dataset.docpath import format_path

    problems = []
    for where, detail in found:
        line, column = tree.locate(where) or (None, None)
        problems.append(Problem(name, detail, format_path(where), line, column))
    return problems


def parse_file(path: FsPath) -> YamlTree:
    """A dataset file's YAML tree, with the position of every node (for locating problems)."""
    name = str(path)
    return _parse(read_dataset_bytes(path), name)


def _parse(raw: bytes, name: str) -> YamlTree:
    from bilateral_cli.dataset.yamltree import parse_yaml

    return parse_yaml(decode_dataset(raw, name), name)
