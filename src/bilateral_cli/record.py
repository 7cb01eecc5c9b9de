"""`NamedTuple` for the model, views and documents, made at a third of `typing`'s cost.

Every command imports about sixty of these classes. `typing.NamedTuple` spends about 120 µs on
each (it turns every annotation into a `ForwardRef`, compiling its text, and checks it);
`collections.namedtuple` makes the same class in about 40 µs, which saves about 5 ms on every
run. Type checkers see `typing.NamedTuple` itself; at run time the class statement builds a
`collections.namedtuple` with the same fields, defaults, methods and docstring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    from collections import namedtuple

    _RESERVED = {"__annotations__", "__module__", "__qualname__", "__doc__", "__slots__"}

    class _Maker(type):
        def __new__(mcs, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> type:
            if not bases:  # `NamedTuple` itself
                return super().__new__(mcs, name, bases, namespace)
            fields = list(namespace.get("__annotations__", {}))
            defaults = [namespace[f] for f in fields if f in namespace]
            cls = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            cls.__qualname__ = namespace.get("__qualname__", name)
            if namespace.get("__doc__"):
                cls.__doc__ = namespace["__doc__"]
            for key, value in namespace.items():
                if key not in _RESERVED and key not in fields:
                    setattr(cls, key, value)
            return cls

    class NamedTuple(metaclass=_Maker):
        """Subclass with annotated fields, as with `typing.NamedTuple`."""
