"""`record.NamedTuple` makes the classes `typing.NamedTuple` would, only cheaper."""

from __future__ import annotations

import pickle
import typing

from bilateral_cli.model import Localized, PartialDate, Precision, Source
from bilateral_cli.record import NamedTuple


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
