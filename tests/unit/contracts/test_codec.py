"""The shared codec round-trips every message kind and rejects malformed ones clearly."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from pantau_contracts import MalformedMessageError, decode, encode, envelope
from pantau_contracts.codec import registered_types
from pantau_contracts.sop import NotaDrafted, StartCycle, WriteDisposition
from pantau_contracts.status import ApplicationChecked, ContentFreshness, Finding, LoginResult, Timings
from pantau_contracts.topics import Topics

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def status_event() -> ApplicationChecked:
    return ApplicationChecked(
        app_id="dinkes-web",
        pd_id="dinkes",
        url="https://dinkes.bekasikota.go.id/",
        checked_at=NOW,
        availability="tidak_aktif",
        reason="http_5xx",
        http_status=503,
        timings=Timings(total_ms=12.5),
        cycle_id="c1",
        login=LoginResult("gagal", "penanda sukses tidak ditemukan"),
        content=ContentFreshness("tidak_update", "page_date", NOW, "23 Agustus 2026"),
        findings=(Finding("judi_online_tersembunyi", "kritis", "slot gacor", "a[style=display:none]"),),
    )


@pytest.mark.parametrize(
    "payload",
    [
        status_event(),
        StartCycle("i1", 2, "Monev", ("a", "b")),
        WriteDisposition("i1", 3, 2, 4, "proses_lebih_lanjut", "segera", "catatan"),
        NotaDrafted("i1", 1, 7, "f" * 64, NOW),
    ],
)
def test_messages_round_trip_through_the_cloudevents_envelope(payload):
    env = envelope(payload, source="/pantau/test", subject="s")
    decoded = decode(encode(env))
    assert decoded.data == payload
    assert (decoded.id, decoded.type, decoded.specversion) == (env.id, env.type, "1.0")
    assert decoded.type.startswith("id.go.bekasikota.pantau.") and decoded.type.endswith(".v1")


def test_the_wire_format_is_plain_cloudevents_json():
    doc = json.loads(encode(envelope(status_event(), source="/pantau/checker", subject="dinkes-web")))
    assert set(doc) == {"specversion", "id", "source", "type", "subject", "time", "datacontenttype", "data"}
    assert doc["type"] == "id.go.bekasikota.pantau.app.status.v1"
    assert doc["data"]["findings"][0]["code"] == "judi_online_tersembunyi"
    assert doc["time"].endswith("Z")


def good() -> dict:
    return json.loads(encode(envelope(StartCycle("i1", 2), source="/web", subject="i1")))


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda d: b"\xff\xfe", "not valid UTF-8 JSON"),
        (lambda d: b"[1,2]", "must be a JSON object"),
        (lambda d: None, "empty message"),
        (lambda d: {k: v for k, v in d.items() if k != "id"}, "lacks required attribute(s): id"),
        (lambda d: {**d, "specversion": "0.3"}, "unsupported specversion"),
        (lambda d: {**d, "type": "id.go.bekasikota.pantau.nope.v9"}, "unknown message type"),
        (lambda d: {**d, "time": "yesterday"}, "not an RFC 3339 time"),
        (lambda d: {**d, "data": {"instance_id": "i1"}}, "data.actor_id: required field is missing"),
        (lambda d: {**d, "data": {**d["data"], "actor_id": "2"}}, "data.actor_id: expected an integer"),
        (lambda d: {**d, "data": {**d["data"], "scope": "all"}}, "data.scope: expected a list"),
    ],
)
def test_malformed_messages_are_rejected_with_a_clear_reason(mutate, reason):
    mutated = mutate(good())
    raw = mutated if isinstance(mutated, bytes) or mutated is None else json.dumps(mutated).encode()
    with pytest.raises(MalformedMessageError) as caught:
        decode(raw)
    assert reason in caught.value.reason


def test_a_literal_field_only_takes_its_allowed_values():
    doc = json.loads(encode(envelope(status_event(), source="/c", subject="a")))
    doc["data"]["availability"] = "mungkin"
    with pytest.raises(MalformedMessageError, match=r"data\.availability: 'mungkin' is not one of"):
        decode(json.dumps(doc))


def test_every_registered_type_is_versioned():
    assert all(name.rsplit(".", 1)[-1].startswith("v") for name in registered_types())


def test_topic_names_are_versioned_and_namespaced():
    topics = Topics(prefix="t1.")
    assert topics.app_status == "t1.pantau.app.status.v1"
    assert topics.department_status("dinkes") == "t1.pantau.pd.dinkes.status.v1"
    with pytest.raises(ValueError, match="invalid Perangkat Daerah id"):
        topics.department_status("../etc")
