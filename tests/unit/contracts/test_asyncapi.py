"""The departments' AsyncAPI document says what the contracts say, and no more."""

from __future__ import annotations

import dataclasses
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path

import yaml

from pantau_contracts import encode, envelope
from pantau_contracts.followup import FollowUpChanged, FollowUpOpened
from pantau_contracts.status import ApplicationChecked, Finding, LoginResult, Timings, TlsFacts
from pantau_contracts.topics import Topics

DOCS = Path(__file__).resolve().parents[3] / "docs"


def _generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("asyncapi_doc", DOCS / "asyncapi_doc.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _committed() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((DOCS / "asyncapi.yaml").read_text("utf-8"))


def test_the_committed_document_is_the_one_the_contracts_generate() -> None:
    assert (DOCS / "asyncapi.yaml").read_text("utf-8") == _generator().render(), "run: make asyncapi"


def test_the_channel_is_the_department_topic_and_the_message_its_event_type() -> None:
    doc = _committed()
    assert doc["asyncapi"] == "3.0.0"
    address = doc["channels"]["departmentStatus"]["address"]
    assert address.replace("{pd}", "dinkes") == Topics().department_status("dinkes")
    message = doc["components"]["messages"]["applicationChecked"]
    assert message["payload"]["properties"]["type"]["const"] == ApplicationChecked.TYPE  # type: ignore[attr-defined]


def test_every_field_of_a_real_event_is_described_and_every_required_one_is_sent() -> None:
    event = ApplicationChecked(
        app_id="dinkes-web",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=datetime.now(UTC),
        availability="aktif",
        timings=Timings(12.5, dns_ms=1.0),
        login=LoginResult("berhasil"),
        tls=TlsFacts(valid=True, days_to_expiry=40),
        findings=(Finding("judi_online", "kritis", "slot gacor", "visible"),),
    )
    wire = json.loads(encode(envelope(event, source="/pantau/workflow", subject="dinkes-web")))
    schema = _committed()["components"]["messages"]["applicationChecked"]["payload"]
    _conforms(wire, schema)
    data = schema["properties"]["data"]
    assert set(data["properties"]) == {f.name for f in dataclasses.fields(ApplicationChecked)}


def test_the_follow_up_events_on_the_department_stream_are_described() -> None:
    at = datetime.now(UTC)
    fid = "1c7e9b0e-5d0a-4a9e-9b7c-1f0f6a2b3c4d"
    events = {
        "followUpOpened": FollowUpOpened(
            fid, "6f0e7c1e-0000-4000-8000-000000000001", "dinkes-web", "dinkes", "judi_online", "keamanan",
            "kritis", "slot gacor", "500/1/Diskominfostandi", at, at,
        ),
        "followUpChanged": FollowUpChanged(
            fid, "dinkes-web", "dinkes", "judi_online", "selesai", "selesai", False, False, at, None, "", "ev-1"
        ),
    }  # fmt: skip
    doc = _committed()
    listed = doc["channels"]["departmentStatus"]["messages"]
    for name, event in events.items():
        assert name in listed
        schema = doc["components"]["messages"][name]["payload"]
        _conforms(json.loads(encode(envelope(event, source="/pantau/workflow", subject=fid))), schema)
        fields = {f.name for f in dataclasses.fields(type(event))}
        assert set(schema["properties"]["data"]["properties"]) == fields


def _conforms(value: object, schema: dict, path: str = "$") -> None:  # type: ignore[type-arg]
    """Check ``value`` against the subset of JSON Schema the generator writes."""
    if "oneOf" in schema:
        errors = []
        for option in schema["oneOf"]:
            try:
                _conforms(value, option, path)
                return
            except AssertionError as exc:
                errors.append(str(exc))
        raise AssertionError(f"{path}: matches no option: {errors}")
    if "const" in schema:
        assert value == schema["const"], path
    if "enum" in schema:
        assert value in schema["enum"], path
    kind = schema.get("type")
    if kind == "object":
        assert isinstance(value, dict), path
        assert set(schema.get("required", ())) <= set(value), f"{path}: missing {schema.get('required')}"
        for key, item in value.items():
            assert key in schema["properties"] or schema.get("additionalProperties", True) is not False, path
            if key in schema["properties"]:
                _conforms(item, schema["properties"][key], f"{path}.{key}")
    elif kind == "array":
        assert isinstance(value, list), path
        for n, item in enumerate(value):
            _conforms(item, schema["items"], f"{path}[{n}]")
    elif kind is not None:
        python = {"string": str, "integer": int, "number": (int, float), "boolean": bool, "null": type(None)}[kind]
        assert isinstance(value, python) and not (kind != "boolean" and isinstance(value, bool)), path
