"""Hostile values in every query parameter, form field and JSON field the web reads: never a 500.

Each route of the url_map is asked with every parameter the pages read set to one hostile value
at a time (huge and negative numbers, a right-to-left override, 3,000 characters, an impossible
date, a lone backslash), by an official and by a department; every POST route is posted with every
form field so; and every registry field of the JSON API is given every JSON type. A wrong value is
a clear 4xx in Indonesian (or is ignored), never a server error.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import pytest
from flask import url_for

from pantau_common.registry.validation import APP_KEYS, CONTACT_KEYS, PD_KEYS

from .test_departments import world  # noqa: F401 - the two departments' objects, a fixture

pytestmark = pytest.mark.integration

PARAMS = ("halaman", "ukuran", "batas", "setelah", "sebelum", "sesudah", "dari", "sampai", "q", "status", "pd")
PARAMS += ("terlambat", "hari", "bulan", "jenis", "pengguna", "perintah", "app", "next")
VALUES = ("-1", "99999999999999999999999999", "1e9", "%ff", "\u202e", "x" * 3000, "2026-02-30", "\\")
FORM_FIELDS = ("expected_step", "pelaksana_id", "instruksi", "sifat", "catatan", "alasan", "note", "instance_id")
FORM_FIELDS += ("app_id", "code", "aktif", "username", "nama", "role", "pd_id", "jabatan", "nip", "pangkat", "email")
FORM_FIELDS += ("name", "scopes", "user_id", "resends", "passphrase", "url", "id", "pd", "interval_s", "kontak")
FORM_FIELDS += ("singkatan", "jenis", "max_age_days", "internal", "tahun_operasi", "klasifikasi", "maintenance")
# Posted elsewhere with their own tests (they end the session or change the account that posts).
NOT_POSTED = {"auth.login", "auth.logout", "people.change_password", "people.set_active", "people.reset_password"}
JSON_VALUES: tuple[Any, ...] = (None, True, -1, 10**30, 1.5, "", "x" * 100_000, [], [None], {}, {"a": {"b": 1}}, "\x00")


def _address(app: Any, endpoint: str, ids: dict[str, Any]) -> str:
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    with app.test_request_context():
        return url_for(endpoint, **{name: ids.get(name, "x") for name in rule.arguments})


def _csrf(client: Any) -> str:
    page = client.get("/kata-sandi").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]


def _server_errors(answers: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    # 503: the reporter's dashboards, with no reporter running here (test_dashboards_and_status runs one).
    return [a[:-1] for a in answers if a[-1] >= 500 and a[-1] != 503]


@pytest.mark.parametrize("username", ["admin", "operator_dinkes"])
def test_no_query_value_makes_a_page_fail(world, admin, client, auth, username):  # noqa: F811
    auth.login(username, f"sandi-{username}-123")
    answers = []
    for rule in client.application.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint == "static":
            continue
        address = _address(client.application, rule.endpoint, world["dinkes"])
        for value in VALUES:
            with client.get(address, query_string=dict.fromkeys(PARAMS, value)) as answer:
                answers.append((address, value[:12], answer.status_code))
    assert _server_errors(answers) == []


@pytest.mark.parametrize("username", ["admin", "kasie", "kadis", "operator_dinkes"])
def test_no_form_value_makes_a_post_fail(world, admin, client, auth, username):  # noqa: F811
    answers = []
    for rule in client.application.url_map.iter_rules():
        if "POST" not in (rule.methods or ()) or rule.endpoint in NOT_POSTED:
            continue
        address = _address(client.application, rule.endpoint, world["dinkes"])
        for value in VALUES:
            auth.login(username, f"sandi-{username}-123")  # a registry or account change may have ended it
            form = {**dict.fromkeys(FORM_FIELDS, value), "csrf_token": _csrf(client), "command_id": str(uuid.uuid4())}
            answers.append((address, value[:12], client.post(address, data=form).status_code))
    assert _server_errors(answers) == []


def test_no_json_value_makes_a_registry_write_fail(people, client, auth):
    auth.login("kasie")
    headers, answers = {"X-CSRFToken": _csrf(client)}, []
    rows = (
        (APP_KEYS | {"login"}, "/api/aplikasi/app-0", "/api/aplikasi"),
        (PD_KEYS, "/api/perangkat-daerah/dinkes", "/api/perangkat-daerah"),
    )
    for keys, stored, new in rows:
        for key in sorted(keys):
            for value in JSON_VALUES:
                body = json.dumps({key: value})
                for method, path in (("PATCH", stored), ("PUT", stored), ("POST", new)):
                    answer = client.open(
                        path, method=method, data=body, content_type="application/json", headers=headers
                    )
                    assert answer.mimetype in ("application/json", "application/problem+json"), (method, path, key)
                    answers.append((method, path, key, repr(value)[:12], answer.status_code))
    for key in sorted(CONTACT_KEYS):
        for value in JSON_VALUES:
            body = json.dumps({"kontak": [{key: value}]})
            answer = client.patch("/api/aplikasi/app-0", data=body, content_type="application/json", headers=headers)
            answers.append(("PATCH", "kontak", key, repr(value)[:12], answer.status_code))
    assert _server_errors(answers) == []
