"""`choice.StrChoice` and `IntChoice` behave as `(str, Enum)` and `IntEnum` do where it shows."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
from enum import Enum, IntEnum
from typing import Any

import pytest

import bilateral_cli.model as model
from bilateral_cli.choice import IntChoice, Member, StrChoice
from bilateral_cli.errors import ExitStatus


class Colour(StrChoice):
    """Colours."""

    RED = "red"
    DARK_BLUE = "dark-blue"

    @property
    def warm(self) -> bool:
        return self is Colour.RED


class ColourEnum(str, Enum):
    RED = "red"
    DARK_BLUE = "dark-blue"


class Level(IntChoice):
    LOW = 1
    HIGH = 7


class LevelEnum(IntEnum):
    LOW = 1
    HIGH = 7


PAIRS: list[tuple[Any, Any]] = [(Colour, ColourEnum), (Level, LevelEnum)]


@pytest.mark.parametrize(("ours", "theirs"), PAIRS)
def test_members_are_made_found_and_shown_as_enum_makes_them(ours: Any, theirs: Any) -> None:
    assert [m.name for m in ours] == [m.name for m in theirs]
    assert [m.value for m in ours] == [m.value for m in theirs]
    assert len(ours) == len(theirs)
    for mine, other in zip(ours, theirs, strict=True):
        assert type(mine) is ours and isinstance(mine, Member)
        assert ours(other.value) is mine and ours(mine) is mine
        assert mine == other.value and hash(mine) == hash(other.value)
        assert repr(mine) == repr(other).replace(theirs.__name__, ours.__name__)
        assert str(mine) == str(other).replace(theirs.__name__, ours.__name__)
        assert f"{mine}" == f"{other}".replace(theirs.__name__, ours.__name__)
        shown = f"{other}".replace(theirs.__name__, ours.__name__)
        assert f"{mine:>30}" == f"{shown:>30}" and f"{other:>30}" == f"{f'{other}':>30}"
        assert pickle.loads(pickle.dumps(mine)) is mine
        assert copy.copy(mine) is mine and copy.deepcopy(mine) is mine
        assert getattr(ours, mine.name) is mine
    assert sorted(ours) == sorted(theirs)


@pytest.mark.parametrize(("ours", "theirs"), PAIRS)
def test_an_unknown_value_is_a_value_error(ours: Any, theirs: Any) -> None:
    for value in ("green", 3, None, ["red"]):
        with pytest.raises(ValueError, match="is not a valid"):
            ours(value)
        with pytest.raises(ValueError, match="is not a valid"):
            theirs(value)


def test_members_stay_put_and_methods_stay_methods() -> None:
    with pytest.raises(AttributeError):
        Colour.RED = "blue"  # type: ignore[misc]
    assert Colour.RED.warm and not Colour.DARK_BLUE.warm
    assert Colour.__doc__ == "Colours."
    assert Level.HIGH + 1 == 8 and int(Level.HIGH) == 7 and Level.LOW < Level.HIGH


def test_the_model_and_exit_statuses_are_choices() -> None:
    """Every choice the model and the exit statuses use is found again by its value."""
    choices = [ExitStatus, *(v for v in vars(model).values() if isinstance(v, type))]
    made = [c for c in choices if issubclass(c, (StrChoice, IntChoice)) and c is not StrChoice]
    assert {c.__name__ for c in made} >= {"PartnerKind", "Precision", "EventKind", "ExitStatus"}
    for choice in made:
        assert len(choice) > 1
        for member in choice:
            assert choice(member.value) is member
    assert int(ExitStatus.BAD_DATASET) == 4 and str(ExitStatus.BAD_DATASET) == "4"


def test_no_module_of_the_program_makes_an_enum() -> None:
    """Every choice is a `StrChoice` or `IntChoice`: an `Enum` would cost each run that
    imports it five times as much (a test of `choice` holds the two to the same behaviour)."""
    import bilateral_cli

    found = []
    for info in pkgutil.walk_packages(bilateral_cli.__path__, "bilateral_cli."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            ours = isinstance(value, type) and value.__module__ == module.__name__
            if ours and issubclass(value, Enum):
                found.append(f"{module.__name__}.{value.__name__}")
    assert found == []
