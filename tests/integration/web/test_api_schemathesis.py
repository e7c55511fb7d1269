"""Schemathesis against the live app (through WSGI), with a read token and with a registry editor's
write token on a fresh database: every answer is no server error and lies within the API's own
description (status, media type, headers and body)."""

from __future__ import annotations

import psycopg
import pytest
import schemathesis
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from schemathesis.specs.openapi import checks as openapi_checks

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.response_schema_conformance,
]
EXAMPLES = hypothesis_settings(
    max_examples=20,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture
def data(settings, put_instance, put_follow_up, put_check):
    """Something to read on every route: a cycle with a document, results, and a follow-up."""
    iid = put_instance(7, "menunggu_penyampaian")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0')", (iid,))
        conn.execute(
            "INSERT INTO documents (instance_id, kind, version, format, sha256, content)"
            " VALUES (%s, 'nota_dinas', 1, 'pdf', repeat('a', 64), 'x')",
            (iid,),
        )
    put_check("app-0", "dinkes", iid, availability="tidak_aktif", reason="http_5xx")
    put_check("app-1", "bapenda")
    return {
        "instance_id": iid,
        "followup_id": put_follow_up("app-0", "dinkes", iid),
        "app_id": "app-0",
        "pd_id": "dinkes",
    }


def run_operation(operation, headers, path_parameters=None) -> None:
    """Generate requests for one operation and check each answer against the description.

    ``path_parameters`` pins the address to a stored row, so that generated bodies reach the
    validation and the store rather than a 404.
    """

    @EXAMPLES
    @given(case=operation.as_strategy())
    def check(case) -> None:
        case.path_parameters = {**(case.path_parameters or {}), **(path_parameters or {})}
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()


def test_the_api_keeps_to_its_description(app, data, make_token):
    headers = {"Authorization": f"Bearer {make_token('kabid')}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:
        run_operation(operation, headers)
        known = {name: value for name, value in data.items() if f"{{{name}}}" in operation.path}
        if known and operation.method.upper() == "GET":  # and the one answer a random id never gets: the object
            case = operation.Case(path_parameters=known)
            assert case.call_and_validate(headers=headers, checks=CHECKS).status_code == 200


WRITES = ("POST", "PUT", "PATCH")
STORED_ROWS = {"app_id": "app-1", "pd_id": "bapenda"}
APP = {"pd": "dinkes", "nama": "SIMPUS", "url": "https://simpus.bekasikota.go.id/", "kontak": []}
# Rows known to be valid, so that the successful answers are checked too (a generated row rarely is).
KNOWN_WRITES = [
    ("POST", "/api/perangkat-daerah", {}, {"id": "disdik-uji", "nama": "Dinas Pendidikan", "jenis": "dinas"}, 201),
    ("PUT", "/api/perangkat-daerah/{pd_id}", {"pd_id": "disdik-uji"}, {"nama": "Disdik"}, 200),
    ("PATCH", "/api/perangkat-daerah/{pd_id}", {"pd_id": "disdik-uji"}, {"aktif": False}, 200),
    ("GET", "/api/perangkat-daerah/{pd_id}", {"pd_id": "disdik-uji"}, None, 200),
    (
        "POST",
        "/api/aplikasi",
        {},
        {
            **APP,
            "id": "simpus-uji",
            "maintenance": [{"start": "2026-01-05T22:00:00+07:00", "end": "2026-01-06T02:00:00+07:00"}],
        },
        201,
    ),
    ("PUT", "/api/aplikasi/{app_id}", {"app_id": "app-0"}, {**APP, "retries": 2, "googlebot_check": False}, 200),
    ("PATCH", "/api/aplikasi/{app_id}", {"app_id": "simpus-uji"}, {"aktif": False, "maintenance": None}, 200),
    ("GET", "/api/aplikasi/{app_id}", {"app_id": "simpus-uji"}, None, 200),
]


def test_the_registry_writes_keep_to_their_description(app, people, make_token):
    headers = {"Authorization": f"Bearer {make_token('kasie', 'baca', 'tulis_registri')}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    writes = [op for op in operations if op.method.upper() in WRITES]
    assert {op.path for op in writes} >= {"/api/aplikasi", "/api/perangkat-daerah/{pd_id}"}
    for operation in writes:
        run_operation(operation, headers)
        if "{" in operation.path:
            run_operation(operation, headers, STORED_ROWS)
    for method, path, parameters, body, status in KNOWN_WRITES:
        media = "application/merge-patch+json" if method == "PATCH" else "application/json"
        sent = {"body": body, "media_type": media} if body is not None else {}
        case = schema[path][method].Case(path_parameters=parameters, **sent)
        assert case.call_and_validate(headers=headers, checks=CHECKS).status_code == status, (method, path)
