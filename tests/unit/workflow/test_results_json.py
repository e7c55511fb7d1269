"""Check results are written as the JSON rows PostgreSQL reads, each payload as the codec writes it."""

from __future__ import annotations

import dataclasses
import json
import typing
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pantau_contracts.codec import from_jsonable, to_jsonable
from pantau_contracts.status import ApplicationChecked, Timings
from pantau_workflow.domain.model import parse_id
from pantau_workflow.postgres import results_json

SAMPLES = Path(__file__).parents[2] / "bench/workflow/demo_events.jsonl"
EVENTS = [from_jsonable(ApplicationChecked, json.loads(line)) for line in SAMPLES.read_text().splitlines() if line]


def as_the_codec_writes(event_id: str, event: ApplicationChecked) -> dict[str, Any]:
    payload = to_jsonable(event)
    return {
        "event_id": event_id,
        "app_id": event.app_id,
        "pd_id": event.pd_id,
        "cycle_id": parse_id(event.cycle_id or ""),
        "checked_at": payload["checked_at"],
        "availability": event.availability,
        "reason": event.reason,
        "http_status": event.http_status,
        "total_ms": event.timings.total_ms,
        "login": event.login.result,
        "freshness": event.content.result,
        "payload": payload,
    }


def test_each_row_carries_the_event_as_the_codec_writes_it():
    results = [(f"e{n}", event) for n, event in enumerate(EVENTS)]
    assert json.loads(results_json(results)) == [as_the_codec_writes(*result) for result in results]


def test_a_measurement_that_is_no_number_is_written_as_json_writes_it():
    event = replace(EVENTS[0], timings=Timings(total_ms=float("nan")))
    written = results_json([("e1", event)])
    assert "NaN" in written  # not null: PostgreSQL refuses the row, as it always did
    assert json.loads(written)[0]["payload"]["app_id"] == event.app_id


def test_an_integer_beyond_64_bits_is_still_written():
    event = replace(EVENTS[0], http_status=2**70)
    assert json.loads(results_json([("e1", event)]))[0]["http_status"] == 2**70


def float_fields(cls: Any, path: str = "") -> set[str]:
    """Return the paths of the float fields of a contract and of the contracts it holds."""
    found = set()
    for name, hint in typing.get_type_hints(cls).items():
        kinds = typing.get_args(hint) or (hint,)
        if float in kinds:
            found.add(path + name)
        found |= {p for kind in kinds if dataclasses.is_dataclass(kind) for p in float_fields(kind, f"{name}.")}
    return found


def test_the_timings_are_the_only_floats_a_status_event_carries():
    # results_json sends a batch with a NaN the long way by looking at the timings alone
    assert float_fields(ApplicationChecked) == {f"timings.{f.name}" for f in dataclasses.fields(Timings)}


def test_a_time_at_another_offset_is_written_in_utc_as_the_codec_writes_it():
    wib = timezone(timedelta(hours=7))
    event = replace(EVENTS[0], checked_at=EVENTS[0].checked_at.astimezone(wib))
    assert json.loads(results_json([("e1", event)])) == [as_the_codec_writes("e1", event)]
    assert json.loads(results_json([("e1", event)]))[0]["checked_at"].endswith("Z")


def datetime_fields(cls: Any, path: str = "") -> set[str]:
    """Return the paths of the datetime fields of a contract and of the contracts it holds."""
    found = set()
    for name, hint in typing.get_type_hints(cls).items():
        kinds = typing.get_args(hint) or (hint,)
        if datetime in kinds:
            found.add(path + name)
        found |= {p for kind in kinds if dataclasses.is_dataclass(kind) for p in datetime_fields(kind, f"{name}.")}
    return found


def test_the_times_results_json_looks_at_are_all_a_status_event_carries():
    # results_json lets orjson write a batch's times itself only if these three are in UTC
    assert datetime_fields(ApplicationChecked) == {"checked_at", "content.last_changed", "tls.not_after"}
