"""Frozen dataclasses made in one step.

A frozen dataclass's own ``__init__`` sets each field by ``object.__setattr__`` (its class refuses assignment):
on CPython 3.11 a call of a slot wrapper for each field, with a bound wrapper and a tuple of its arguments made
and thrown away, some 1,900 instructions a field. The page of a check (``page.Page``) has 55 fields: ~100 k
instructions, 1 % of a full check, to fill it. ``made_at_once`` gives such a class an ``__init__`` of the same
signature that sets the instance's ``__dict__`` to a dict of all its fields, one call (~40 k for the page, most
of it its 55 keyword arguments' matching and the dict's 55 stores); equality, hashing, ``repr``
and the refusal of assignment stay the dataclass's own. ``made`` and ``replaced`` make an instance of a class left
as the dataclass wrote it (a contract, the checker's memory) in one step too, from a dict of its fields or from
another's.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import MISSING, fields, is_dataclass, replace
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def made_at_once(cls: type[T]) -> type[T]:
    """Return the frozen dataclass ``cls`` with an ``__init__`` that sets its fields at once.

    The new ``__init__`` takes the arguments the dataclass's took (the same names, order and default objects: it
    checks that it does) and gives each field what the dataclass's gave it: the argument, or, of a field not taken
    by ``__init__``, a new value of its factory (one of a plain default is left to the class's). The instance's dict
    is a copy of one of the same keys, then filled. Only the plain case is handled (no
    ``__post_init__``, no keyword-only field, no factory of a field ``__init__`` takes, no slots): any other is
    refused when the class is made, not read wrongly.
    """
    params = getattr(cls, "__dataclass_params__", None)
    if not is_dataclass(cls) or params is None or not params.frozen:
        raise TypeError(f"{cls.__name__}: not a frozen dataclass")
    if hasattr(cls, "__post_init__") or "__slots__" in cls.__dict__:
        raise TypeError(f"{cls.__name__}: __post_init__ or __slots__ not handled")
    names: dict[str, Any] = {"__records_set__": object.__setattr__}
    arguments: list[str] = []
    values: dict[str, str] = {}  # of each field the instance holds, the expression of its value
    for f in fields(cls):
        if f.kw_only or (f.init and f.default_factory is not MISSING):
            raise TypeError(f"{cls.__name__}.{f.name}: keyword-only or built by a factory: not handled")
        if f.init:
            if f.default is not MISSING:
                names[f"__records_default_{f.name}__"] = f.default
            arguments.append(f"{f.name}=__records_default_{f.name}__" if f.default is not MISSING else f.name)
            values[f.name] = f.name
        elif f.default_factory is not MISSING:
            names[f"__records_factory_{f.name}__"] = f.default_factory
            values[f.name] = f"__records_factory_{f.name}__()"
        # A field __init__ does not take, of a plain default, is read from the class, as the dataclass leaves it.
    # A copy of a dict of the same keys takes its table whole: a new dict would grow to it, key by key.
    names["__records_keys__"] = dict.fromkeys(values)
    this = "__dataclass_self__" if "self" in values else "self"  # the dataclass's own name for it
    source = "".join(
        (
            f"def __init__({', '.join((this, *arguments))}):\n",
            "    __records_values__ = __records_keys__.copy()\n",
            *(f"    __records_values__[{name!r}] = {value}\n" for name, value in values.items()),
            f"    __records_set__({this}, '__dict__', __records_values__)\n",
        )
    )
    exec(source, names)  # noqa: S102 - the source is made above from the fields' names alone
    init = names["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    if _signature(init) != _signature(cls.__init__):
        raise TypeError(f"{cls.__name__}: an __init__ the dataclass does not have")
    setattr(cls, "__init__", init)  # noqa: B010 - a class's method replaced, as the dataclass decorator sets it
    return cls


def _signature(function: Any) -> list[tuple[str, Any, int]]:
    """Return each parameter's name, kind, and default object's identity."""
    return [(p.name, p.kind, id(p.default)) for p in inspect.signature(function).parameters.values()]


def made(cls: type[T], values: dict[str, Any]) -> T:
    """Return ``cls(**values)``: where ``values`` holds each of the frozen dataclass's fields, in their order, made in
    one step (its ``__dict__`` filled from them, its ``__post_init__`` run after), as its own ``__init__`` would
    have made it; otherwise by that ``__init__`` (a field left to its default, another name, a class whose
    ``__init__`` does more: ``_plain``)."""
    plain = _plain(cast(Any, cls))
    if plain is None or tuple(values) != plain[0]:
        return cls(**values)
    record = _new(cls)
    record.__dict__.update(values)
    if plain[1] is not None:
        plain[1](record)
    return record


def replaced(record: T, /, **changes: Any) -> T:
    """Return ``dataclasses.replace(record, **changes)``: where the record's ``__dict__`` holds its fields alone, in
    their order, and the changes name fields, made in one step of its values and the changes. ``replace`` asks each
    field of the class whether ``__init__`` takes it, makes a dict of the arguments and calls ``__init__``, which sets
    each by ``object.__setattr__``: 29 k instructions for the checker's memory (eight fields)."""
    cls = type(record)
    plain = _plain(cast(Any, cls))
    held = getattr(record, "__dict__", None)
    if plain is None or held is None or tuple(held) != plain[0] or not changes.keys() <= held.keys():
        return replace(record, **changes)  # type: ignore[type-var]
    made = _new(cls)
    values = made.__dict__
    values.update(held)
    values.update(changes)
    if plain[1] is not None:
        plain[1](made)
    return made


_new = object.__new__


@cache
def _plain(cls: Any) -> tuple[tuple[str, ...], Callable[[Any], None] | None] | None:
    """Return the names of a frozen dataclass's fields and its ``__post_init__`` where its instances are made by
    ``object.__new__`` and the ``__init__`` the dataclass wrote, which sets each field its argument, then calls
    ``__post_init__`` with none: no slots, every field taken by ``__init__``, no ``InitVar``; None for any other
    class."""
    params = getattr(cls, "__dataclass_params__", None)
    init = getattr(cls.__dict__.get("__init__"), "__code__", None)
    written = getattr(init, "co_qualname", "").startswith("__create_fn__.")  # the dataclass wrote it
    if params is None or not params.frozen or not written or "__slots__" in cls.__dict__:
        return None
    names = tuple(f.name for f in fields(cls) if f.init)
    if cls.__new__ is not object.__new__ or len(names) != len(cls.__dataclass_fields__):  # a pseudo-field, or not set
        return None
    return names, getattr(cls, "__post_init__", None)
