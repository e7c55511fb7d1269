"""CloudEvents 1.0 JSON envelope and the plain-JSON codec every service shares.

A message on the wire is one CloudEvents document whose ``data`` is the payload of a
frozen dataclass registered under a versioned ``type``. Decoding validates the envelope
and the payload's shape and raises ``MalformedMessageError`` with a reason a person can
read; nothing half-decoded ever reaches a handler.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any, ClassVar, Protocol, TypeVar, cast

import orjson

SPECVERSION = "1.0"
TYPE_PREFIX = "id.go.bekasikota.pantau."
MAX_MESSAGE_BYTES = 1_000_000
_REQUIRED = ("specversion", "id", "source", "type", "time", "data")


class MalformedMessageError(ValueError):
    """A message that cannot be decoded; ``reason`` says why, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Payload(Protocol):
    """A registered wire payload: a frozen dataclass with a versioned CloudEvents type."""

    TYPE: ClassVar[str]


P = TypeVar("P")
_REGISTRY: dict[str, type[Any]] = {}


def message_type(name: str) -> Any:
    """Register a frozen dataclass as the payload of the CloudEvents type ``name``."""

    def register(cls: type[P]) -> type[P]:
        full = TYPE_PREFIX + name
        if full in _REGISTRY:
            raise ValueError(f"duplicate message type {full}")
        cls.TYPE = full  # type: ignore[attr-defined]
        _REGISTRY[full] = cls
        return cls

    return register


def registered_types() -> dict[str, type[Any]]:
    """Return the registered payload classes by CloudEvents type."""
    return dict(_REGISTRY)


@dataclasses.dataclass(frozen=True)
class Envelope:
    """One CloudEvents 1.0 message with a decoded payload."""

    id: str
    source: str
    type: str
    subject: str
    time: datetime
    data: Any
    specversion: str = SPECVERSION
    datacontenttype: str = "application/json"


def envelope(
    payload: Any, *, source: str, subject: str, id: str | None = None, time: datetime | None = None
) -> Envelope:
    """Wrap a payload in a new envelope with a fresh id and the current time."""
    return Envelope(
        id=id or str(uuid.uuid4()),
        source=source,
        type=type(payload).TYPE,
        subject=subject,
        time=time or datetime.now(UTC),
        data=payload,
    )


def encode(env: Envelope) -> bytes:
    """Serialise an envelope to compact UTF-8 JSON."""
    doc = {
        "specversion": env.specversion,
        "id": env.id,
        "source": env.source,
        "type": env.type,
        "subject": env.subject,
        "time": _iso(env.time),
        "datacontenttype": env.datacontenttype,
        "data": to_jsonable(env.data),
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def decode(raw: bytes | str | None) -> Envelope:
    """Parse and validate one message; raise MalformedMessageError with the reason."""
    doc = _load_json(raw)
    missing = [k for k in _REQUIRED if k not in doc]
    if missing:
        raise MalformedMessageError(f"envelope lacks required attribute(s): {', '.join(missing)}")
    if doc["specversion"] != SPECVERSION:
        raise MalformedMessageError(f"unsupported specversion {doc['specversion']!r}")
    for key in ("id", "source", "type"):
        if not isinstance(doc[key], str) or not doc[key]:
            raise MalformedMessageError(f"attribute {key!r} must be a non-empty string")
    cls = _REGISTRY.get(doc["type"])
    if cls is None:
        raise MalformedMessageError(f"unknown message type {doc['type']!r}")
    fields = {  # each field, in their order: the envelope is made as the codec makes a payload
        "id": doc["id"],
        "source": doc["source"],
        "type": doc["type"],
        "subject": str(doc.get("subject") or ""),
        "time": _parse_time(doc["time"], "time"),
        "data": from_jsonable(cls, doc["data"], "data"),
        "specversion": SPECVERSION,
        "datacontenttype": str(doc.get("datacontenttype") or "application/json"),
    }
    return cast(Envelope, _builder(Envelope)(fields))


def _load_json(raw: bytes | str | None) -> dict[str, Any]:
    if raw is None:
        raise MalformedMessageError("empty message (no value)")
    if len(raw) > MAX_MESSAGE_BYTES:
        raise MalformedMessageError(f"message of {len(raw)} bytes exceeds {MAX_MESSAGE_BYTES}")
    try:
        doc = _loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedMessageError(f"not valid UTF-8 JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise MalformedMessageError("a message must be a JSON object")
    return doc


def _loads(raw: bytes | str) -> Any:
    """Parse JSON as ``json.loads`` does, with orjson where it gives the same (it is four times faster)."""
    # orjson reads an integer beyond 64 bits as a float, and refuses what json accepts (NaN, a lone
    # surrogate, 1e400, a byte-order mark): those messages, and any with such a run of digits, go to json.
    if isinstance(raw, bytes) and _LONG_DIGITS not in raw.translate(_DIGITS_AS_ZERO):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw)


_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_DIGITS = b"0" * 19  # the shortest run of digits that may be an integer orjson reads as a float


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        raise ValueError("naive datetime cannot be encoded; use an aware one")
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _parse_time(value: Any, path: str) -> datetime:
    if not isinstance(value, str):
        raise MalformedMessageError(f"{path}: expected an RFC 3339 time string")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise MalformedMessageError(f"{path}: {value!r} is not an RFC 3339 time") from None
    if parsed.tzinfo is None:
        raise MalformedMessageError(f"{path}: time {value!r} has no UTC offset")
    return parsed


def to_jsonable(value: Any) -> Any:
    """Turn dataclasses, datetimes and tuples into plain JSON values."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    names = _field_names(cast(Any, kind))
    if names is not None:
        return {name: _jsonable_field(getattr(value, name)) for name in names}
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


# Values that are their own JSON, by exact type (a subclass goes the long way, as it always did).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable_field(value: Any) -> Any:
    return value if type(value) in _PLAIN else to_jsonable(value)


def from_jsonable(cls: type[P], data: Any, path: str = "data") -> P:
    """Build a frozen dataclass from plain JSON, checking every field's type."""
    try:
        return cast(P, _reader(cast(Any, cls))(data))
    except Exception:  # a reader gives no reason: the careful walk below finds it (and raises the same)
        return _from_jsonable_checked(cls, data, path)


def _from_jsonable_checked(cls: type[P], data: Any, path: str) -> P:
    if not isinstance(data, dict):
        raise MalformedMessageError(f"{path}: expected an object")
    hints = _type_hints(cast(Any, cls))
    kwargs: dict[str, Any] = {}
    for name, required in _init_fields(cast(Any, cls)):
        if name in data:
            kwargs[name] = _convert(hints[name], data[name], f"{path}.{name}")
        elif required:
            raise MalformedMessageError(f"{path}.{name}: required field is missing")
    return cls(**kwargs)


# What decoding and encoding ask of a class or a type hint, worked out once (each message asks again).
@functools.cache
def _field_names(cls: type[Any]) -> tuple[str, ...] | None:
    """Return the field names of a dataclass, or None for any other class."""
    return tuple(f.name for f in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else None


@functools.cache
def _init_fields(cls: type[Any]) -> tuple[tuple[str, bool], ...]:
    """Return (name, required) of each field a contract's constructor takes."""
    return tuple(
        (f.name, f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
        for f in dataclasses.fields(cls)
        if f.init
    )


def _shape(hint: Any) -> tuple[Any, tuple[Any, ...], bool]:
    """Return a type hint's origin, its arguments and whether it is a dataclass."""
    # By identity: hashing a generic hint (a Union of Literals) costs as much as working it out.
    # The hints live as long as the contracts' resolved type hints do, so an id is never reused.
    known = _SHAPES.get(id(hint))
    if known is None or known[0] is not hint:
        known = (hint, (typing.get_origin(hint), typing.get_args(hint), dataclasses.is_dataclass(hint)))
        _SHAPES[id(hint)] = known
    return known[1]


_SHAPES: dict[int, tuple[Any, tuple[Any, tuple[Any, ...], bool]]] = {}


@functools.cache
def _type_hints(cls: type[Any]) -> dict[str, Any]:
    """Return a contract's resolved field types, worked out once per class (it costs more than decoding)."""
    return typing.get_type_hints(cls)


def _convert(hint: Any, value: Any, path: str) -> Any:  # noqa: PLR0911, PLR0912 - one branch per JSON shape
    origin, args, is_dataclass = _shape(hint)
    if hint is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return _convert(arg, value, path)
            except MalformedMessageError as exc:
                errors.append(exc.reason)
        raise MalformedMessageError("; ".join(errors) or f"{path}: must not be null")
    if origin is typing.Literal:
        if value not in args:
            allowed = ", ".join(repr(a) for a in args)
            raise MalformedMessageError(f"{path}: {value!r} is not one of {allowed}")
        return value
    if origin in (tuple, list):
        if not isinstance(value, list):
            raise MalformedMessageError(f"{path}: expected a list")
        item = args[0] if args else Any
        items = [_convert(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
        return tuple(items) if origin is tuple else items
    if origin in (dict, Mapping) or hint is dict:
        if not isinstance(value, dict):
            raise MalformedMessageError(f"{path}: expected an object")
        return dict(value)
    if is_dataclass:
        return _from_jsonable_checked(cast(type[Any], hint), value, path)
    if hint is datetime:
        return _parse_time(value, path)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise MalformedMessageError(f"{path}: expected a number")
        return float(value)
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise MalformedMessageError(f"{path}: expected an integer")
        return value
    if hint in (str, bool):
        if not isinstance(value, hint):
            raise MalformedMessageError(f"{path}: expected {'a string' if hint is str else 'true/false'}")
        return value
    raise TypeError(f"{path}: unsupported field type {hint!r}")


# The same walk, worked out once per contract: a reader per field type that accepts exactly what
# ``_convert`` accepts and returns the same value, but builds no path and no reason (decoding each
# message spent most of its time on those). Whatever it refuses is read again by ``_convert``,
# which says why.
Reader = Callable[[Any], Any]


class _MismatchError(MalformedMessageError):
    def __init__(self) -> None:
        super().__init__("mismatch")


@functools.cache
def _reader(cls: Any) -> Reader:
    """Return a function that builds ``cls`` from plain JSON, or raises when ``_convert`` would."""
    hints = _type_hints(cls)
    build = _builder(cls)
    fields = tuple(
        (f.name, _as_is(hints[f.name]), _hint_reader(hints[f.name]), _default(f))
        for f in dataclasses.fields(cls)
        if f.init
    )

    def read(data: Any) -> Any:
        if not isinstance(data, dict):
            raise _MismatchError
        values = {}
        for name, as_is, read_field, default in fields:
            value = data.get(name, _ABSENT)
            if type(value) in as_is:
                values[name] = value
            elif value is not _ABSENT:
                values[name] = read_field(value)
            elif default is None:
                raise _MismatchError
            else:
                values[name] = default()
        return build(values)

    return read


_SIMPLE = (str, int, float, bool)


def _as_is(hint: Any) -> frozenset[type]:
    """Return the exact types of a value that the hint's reader would return unchanged, asking nothing more.

    Most fields are a string, a number or one of those or null: read without a call for each.
    """
    if hint in _SIMPLE:
        return frozenset({hint})
    args = typing.get_args(hint)
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        if other in _SIMPLE:
            return frozenset({other, type(None)})
    return frozenset()


_ABSENT = object()


def _default(field: dataclasses.Field[Any]) -> Callable[[], Any] | None:
    """Return what makes a field's default value, or None for a required field."""
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory
    if field.default is not dataclasses.MISSING:
        return functools.partial(_same, field.default)
    return None


@functools.cache
def _builder(cls: Any) -> Callable[[dict[str, Any]], Any]:
    """Return a function that makes ``cls`` of all its field values, given in their order.

    A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``, which
    costs ten times what filling its ``__dict__`` does; the object made is the same (its
    ``__post_init__`` runs). A class whose ``__init__`` is not the one dataclasses wrote, or
    that has slots or fields outside ``__init__``, is made by calling it.
    """
    init = getattr(cls.__dict__.get("__init__"), "__code__", None)
    generated = getattr(init, "co_qualname", "").startswith("__create_fn__.")  # dataclasses wrote it
    plain = generated and "__slots__" not in cls.__dict__ and all(f.init for f in dataclasses.fields(cls))
    if not plain or cls.__new__ is not object.__new__:
        return lambda values: cls(**values)
    post_init = getattr(cls, "__post_init__", None)

    def build(values: dict[str, Any]) -> Any:
        made = object.__new__(cls)
        object.__setattr__(made, "__dict__", values)
        if post_init is not None:
            post_init(made)
        return made

    return build


def _hint_reader(hint: Any) -> Reader:  # noqa: PLR0911 - one branch per JSON shape, in _convert's order
    origin, args, is_dataclass = typing.get_origin(hint), typing.get_args(hint), dataclasses.is_dataclass(hint)
    if hint is Any:
        return _same
    if origin in (typing.Union, types.UnionType):
        arms = tuple(_hint_reader(a) for a in args if a is not type(None))
        if len(arms) == 1 and type(None) in args:
            return functools.partial(_optional, arms[0])
        return functools.partial(_union, type(None) in args, arms)
    if origin is typing.Literal:
        return functools.partial(_literal, args)
    if origin in (tuple, list):
        return functools.partial(_items, _hint_reader(args[0]) if args else _same, origin is tuple)
    if origin in (dict, Mapping) or hint is dict:
        return _object
    if is_dataclass:
        return functools.partial(_nested, hint)
    simple: dict[Any, Reader] = {datetime: _time, float: _float, int: _int, str: _str, bool: _bool}
    return simple.get(hint) or functools.partial(_convert, hint, path="data")  # it raises its TypeError


def _same(value: Any) -> Any:
    return value


def _nested(cls: Any, value: Any) -> Any:
    return _reader(cls)(value)  # looked up when read, not when compiled: a contract may nest itself


def _union(nullable: bool, arms: tuple[Reader, ...], value: Any) -> Any:
    if value is None and nullable:
        return None
    for arm in arms:
        try:
            return arm(value)
        except MalformedMessageError:
            pass
    raise _MismatchError


def _optional(arm: Reader, value: Any) -> Any:
    return None if value is None else arm(value)  # what arm refuses, _convert refuses too


def _literal(allowed: tuple[Any, ...], value: Any) -> Any:
    if value not in allowed:
        raise _MismatchError
    return value


def _items(item: Reader, as_tuple: bool, value: Any) -> Any:
    if not isinstance(value, list):
        raise _MismatchError
    items = [item(v) for v in value]
    return tuple(items) if as_tuple else items


def _object(value: Any) -> Any:
    if not isinstance(value, dict):
        raise _MismatchError
    return dict(value)


def _time(value: Any) -> datetime:
    return _parse_time(value, "data")


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _MismatchError
    return float(value)


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _MismatchError
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise _MismatchError
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise _MismatchError
    return value
