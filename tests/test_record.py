"""`record.NamedTuple` makes the classes `typing.NamedTuple` would, only cheaper."""

from __future__ import annotations

import pickle
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bilateral_cli import record_new
from bilateral_cli.model import Localized, PartialDate, Precision, Source
from bilateral_cli.record import MOST_FIELDS, NamedTuple, templates_source


class Point(NamedTuple):
    """A point."""

    x: int
    y: int = 0
    label: str | None = None

    def moved(self, dx: int) -> Point:
        return self._replace(x=self.x + dx)

    @property
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


class TypingPoint(typing.NamedTuple):
    x: int
    y: int = 0
    label: str | None = None


def test_fields_defaults_and_methods_are_those_of_a_named_tuple() -> None:
    p = Point(3)
    assert tuple(p) == tuple(TypingPoint(3))
    assert tuple(p) == (3, 0, None)
    assert Point._fields == TypingPoint._fields
    assert Point._field_defaults == TypingPoint._field_defaults
    assert p.moved(2) == Point(5) and Point(-1, 2).norm == 3
    assert Point.__doc__ == "A point." and Point.__name__ == "Point"
    assert Point.__module__ == __name__ and repr(p) == "Point(x=3, y=0, label=None)"
    assert isinstance(p, tuple) and not hasattr(p, "__dict__")
    assert pickle.loads(pickle.dumps(p)) == p


def test_model_classes_keep_their_behaviour() -> None:
    assert Localized("Kanada", "Canada").get("id") == "Kanada"
    assert PartialDate(1952, 10).precision is Precision.MONTH
    assert PartialDate(1952, 10, 9).iso() == "1952-10-09"
    assert Source._field_defaults["url"] is None


def test_construction_matches_typing_by_position_keyword_and_error() -> None:
    assert tuple(Point(1, label="a")) == tuple(TypingPoint(1, label="a"))
    assert Point(y=2, x=1) == (1, 2, None)
    assert Point._make([1, 2, "b"]).label == "b" and Point(1)._asdict() == TypingPoint(1)._asdict()
    calls: list[Callable[[Any], object]] = [
        lambda cls: cls(),
        lambda cls: cls(1, z=2),
        lambda cls: cls(1, 2, 3, 4),
    ]
    for call in calls:
        errors = []
        for cls in (Point, TypingPoint):
            try:
                call(cls)
            except TypeError as exc:
                errors.append(str(exc).split("() ", 1)[1])
        assert len(errors) == 2 and errors[0] == errors[1]


def test_more_fields_than_the_templates_hold_still_work() -> None:
    fields = {f"f{i}": int for i in range(MOST_FIELDS + 3)}
    wide: Any = type("Wide", (NamedTuple,), {"__annotations__": fields, "__module__": __name__})
    assert wide(*range(MOST_FIELDS + 3))[-1] == MOST_FIELDS + 2


def test_the_templates_module_is_what_record_generates() -> None:
    """`record_new.py` is generated; regenerate it with `record.templates_source()`."""
    assert Path(record_new.__file__).read_text(encoding="utf-8") == templates_source()
