"""Read a dataset file into a validated `Dataset`, reporting every problem at once.

`load_dataset` is the only way a `Dataset` is made: from the wheel's compiled bundle (validated
when the wheel was built, see `bundle`), from the cache's compiled copy of a file validated
before (see `cache`), or from a file whose parsed YAML `schema` checks: types, required and
unknown fields, cross-references and uniqueness, each problem located as file:line:column plus
its path in the document. The bundled and cached paths import neither the schema nor YAML.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path as FsPath
from typing import TYPE_CHECKING

from bilateral_cli.dataset.paths import BUNDLE, bundled_dataset_path
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
    from bilateral_cli.files import FileTooLargeError, NotRegularFileError, read_regular

    name = str(path)
    try:
        return read_regular(path, MAX_BYTES)
    except FileNotFoundError:
        detail = msg("problem.no_file")
    except IsADirectoryError:
        detail = msg("problem.directory")
    except PermissionError:
        detail = msg("problem.permission")
    except NotRegularFileError:
        detail = msg("problem.not_regular")
    except FileTooLargeError:
        limit = f"{MAX_BYTES >> 20} MiB" if MAX_BYTES >= 1 << 20 else f"{MAX_BYTES} bytes"
        detail = msg("problem.too_large", limit=limit)
    except OSError as exc:
        detail = msg("problem.cannot_open", reason=exc.strerror or type(exc).__name__)
    raise DatasetError(name, [Problem(name, detail)])


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
    `compiled`); any other file is parsed and validated once, then read from the cache in the
    same compiled form (see `cache`) until its bytes change, found by the file's `stat` once
    a run has linked the two.
    """
    if path is None:
        from bilateral_cli.dataset.compiled import read_dataset

        compiled = read_dataset(BUNDLE)
        if compiled is not None:
            return compiled
        path = bundled_dataset_path()  # a source checkout or editable install: read the YAML
    import bilateral_cli.dataset.cache as cache
    from bilateral_cli.model import SCHEMA_VERSION

    before = cache.seen(path)  # None: `read_dataset_bytes` says why, in the user's words
    if before is not None:
        known = cache.read_known(before[0], SCHEMA_VERSION)
        if known is not None:
            return known
    raw = read_dataset_bytes(path)
    dataset = cache.read_dataset(raw, SCHEMA_VERSION)
    if dataset is None:
        dataset, _ = _checked(raw, str(path))
        cache.write_dataset(raw, SCHEMA_VERSION, dataset)
    cache.remember(path, before, raw, SCHEMA_VERSION)
    return dataset


def read_fresh(path: FsPath) -> tuple[Dataset, YamlTree]:
    """A file's validated dataset and its parsed tree, never through the cache.

    For the wheel's build (`hatch_build.py`) and `bilateral validate`, which must judge the file
    itself whatever the cache holds.
    """
    return _checked(read_dataset_bytes(path), str(path))


def compile_dataset(path: FsPath) -> Dataset:
    """The validated dataset of a file, parsed afresh, for the wheel's build (`hatch_build.py`)."""
    return read_fresh(path)[0]


def _checked(raw: bytes, name: str) -> tuple[Dataset, YamlTree]:
    from bilateral_cli.dataset.schema import Reader

    tree = _parse(raw, name)
    reader = Reader()
    dataset = reader.dataset(tree.data)
    if dataset is None or reader.problems:
        raise _located(reader, tree, name)
    return dataset, tree


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
