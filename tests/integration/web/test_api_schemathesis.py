"""Schemathesis against the live app (through WSGI) with a read token: every answer is no server
error and lies within the API's own description (status, media type, headers and body)."""

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
    return {"instance_id": iid, "followup_id": put_follow_up("app-0", "dinkes", iid)}


def run_operation(operation, headers) -> None:
    """Generate requests for one operation and check each answer against the description."""

    @EXAMPLES
    @given(case=operation.as_strategy())
    def check(case) -> None:
        case.call_and_validate(headers=headers, checks=CHECKS)

    check()


def test_the_api_keeps_to_its_description(app, data, make_token):
    headers = {"Authorization": f"Bearer {make_token('kabid')}"}
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 5
    for operation in operations:
        run_operation(operation, headers)
        known = {name: data[name] for name in ("instance_id", "followup_id") if f"{{{name}}}" in operation.path}
        if known:  # and the one answer a random id never gets: the object itself
            case = operation.Case(path_parameters=known)
            assert case.call_and_validate(headers=headers, checks=CHECKS).status_code == 200
