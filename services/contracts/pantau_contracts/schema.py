"""JSON Schema of the wire payloads, made from the contracts' own dataclasses.

The AsyncAPI document that departments read (``docs/asyncapi.yaml``) is generated from these
schemas, and a test holds the committed document against them, so it cannot drift.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import datetime
from typing import Any

from .codec import SPECVERSION


def schema_of(hint: Any) -> dict[str, Any]:
    """Return the JSON Schema of a type hint as the codec writes and reads it."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return {"oneOf": [schema_of(arg) for arg in typing.get_args(hint)]}
    if origin is typing.Literal:
        return {"type": "string", "enum": list(typing.get_args(hint))}
    if origin in (tuple, list):
        return {"type": "array", "items": schema_of(typing.get_args(hint)[0])}
    if dataclasses.is_dataclass(hint):
        return _object(hint)
    return _scalar(hint)


def _scalar(hint: Any) -> dict[str, Any]:
    simple: dict[Any, dict[str, Any]] = {
        str: {"type": "string"},
        int: {"type": "integer"},
        float: {"type": "number"},
        bool: {"type": "boolean"},
        type(None): {"type": "null"},
        datetime: {"type": "string", "format": "date-time"},
    }
    if hint not in simple:
        raise TypeError(f"no JSON Schema for {hint!r}")
    return simple[hint]


def _object(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    required = [f.name for f in fields if _required(f)]
    doc: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "properties": {f.name: schema_of(hints[f.name]) for f in fields},
    }
    if required:
        doc["required"] = required
    return doc


def _required(field: dataclasses.Field[Any]) -> bool:
    return field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING


def cloudevent_schema(payload: Any) -> dict[str, Any]:
    """Return the schema of a CloudEvents 1.0 message carrying ``payload``'s type."""
    text = {"type": "string", "minLength": 1}
    return {
        "type": "object",
        "required": ["specversion", "id", "source", "type", "time", "data"],
        "properties": {
            "specversion": {"const": SPECVERSION},
            "id": text,
            "source": text,
            "type": {"const": payload.TYPE},
            "subject": {"type": "string"},
            "time": {"type": "string", "format": "date-time"},
            "datacontenttype": {"const": "application/json"},
            "data": schema_of(payload),
        },
    }
