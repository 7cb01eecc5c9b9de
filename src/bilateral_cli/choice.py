"""Enumerations for the model, the command line and the exit statuses, made at a fifth of
`enum`'s cost.

Making an `Enum` class costs about 0.2 ms (its metaclass checks and wires up every member),
and a run made up to eleven of them: the model's kinds, the command line's choices and the
exit statuses. `StrChoice` and `IntChoice` make the same members (instances of the
class that are also strings or integers, found by value with `Kind("value")`, iterated in
order, named by `.name` and `.value`, printed and compared as `enum` prints and compares them)
without that machinery. Type checkers see `enum.Enum` and `enum.IntEnum` themselves, so a
dispatch over a choice that misses a member still fails `mypy` (`assert_never`).

Typer makes choices of `Enum`s only, so the command line offers these through
`framework.ChoiceOf` (`--format`, `--sort`, `--metric`...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from enum import Enum, IntEnum

    class StrChoice(str, Enum):
        """Named strings, as `class Kind(str, Enum)`."""

    IntChoice = IntEnum
    Member = Enum  # what every member is
else:

    class _ChoiceType(type):
        """Turns a class's public attributes of its base type (`str`, `int`) into members."""

        def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
            cls = super().__new__(mcs, name, bases, namespace)
            base = cls.__dict__.get("_base_")
            if base is not None:  # `StrChoice`, `IntChoice` themselves
                return cls
            base = cls._base_
            members: dict[Any, Any] = {}
            for key, value in namespace.items():
                if key[0] != "_" and type(value) is base:
                    member = base.__new__(cls, value)
                    member._name_ = key
                    member._value_ = value
                    type.__setattr__(cls, key, member)
                    members[value] = member
            cls._value2member_map_ = members
            return cls

        def __iter__(cls) -> Any:
            return iter(cls._value2member_map_.values())

        def __len__(cls) -> int:
            return len(cls._value2member_map_)

        def __call__(cls, value: Any) -> Any:
            try:
                return cls._value2member_map_[value]
            except (KeyError, TypeError):
                raise ValueError(f"{value!r} is not a valid {cls.__qualname__}") from None

        def __setattr__(cls, key: str, value: Any) -> None:
            if key in cls.__dict__ and isinstance(cls.__dict__[key], cls):
                raise AttributeError(f"cannot reassign member {key!r}")
            super().__setattr__(key, value)

        def __repr__(cls) -> str:
            return f"<enum {cls.__name__!r}>"

    class _Member:
        """What every member has, whatever its base type."""

        __slots__ = ()

        @property
        def name(self) -> str:
            return self._name_

        @property
        def value(self) -> Any:
            return self._value_

        def __repr__(self) -> str:
            return f"<{type(self).__name__}.{self._name_}: {self._value_!r}>"

        def __reduce_ex__(self, protocol: Any) -> Any:
            return type(self), (self._value_,)

        def __copy__(self) -> Any:
            return self

        def __deepcopy__(self, memo: Any) -> Any:
            return self

    class StrChoice(_Member, str, metaclass=_ChoiceType):
        """Named strings: printed as `Kind.NAME`, formatted and compared as the string
        (as `class Kind(str, Enum)` is)."""

        _base_ = str

        def __str__(self) -> str:
            return f"{type(self).__name__}.{self._name_}"

        def __format__(self, spec: str) -> str:
            return str.__format__(str(self), spec)

        __hash__ = str.__hash__

    class IntChoice(_Member, int, metaclass=_ChoiceType):
        """Named integers: printed, formatted and compared as the integer (as `IntEnum`)."""

        _base_ = int

        __str__ = int.__repr__
        __format__ = int.__format__
        __hash__ = int.__hash__

    Member = _Member  # what every member is
