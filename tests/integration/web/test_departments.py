"""The departments' door: a department account sees its own Perangkat Daerah and nothing else.

The route-by-route test walks the app's url_map: every route, given another department's ids,
answers 404 to a department account. A new route fails it until it is guarded (or listed here).
"""

from __future__ import annotations

import io
import os
import uuid

import psycopg
import pytest
from flask import url_for
from PIL import Image

from pantau_common.settings import Settings
from pantau_web import create_app

pytestmark = pytest.mark.integration

# Routes that hold no department's data: the login, the probe and the static files.
PUBLIC = {"static", "auth.login", "auth.logout", "registry.health"}
# Routes that hold no department's data either: one's own password, and the API's description.
PUBLIC |= {"people.change_password", "openapi.serve"}
# The public status page: availability only, the same for everyone.
PUBLIC |= {"public_status.page"}
# The officials' inbox: a department account is sent on to its own page instead.
LANDING = {"cycles.inbox"}
# Routes without ids that a department account may open: they show its own department only.
OWN_DEPARTMENT = {"departments.home", "followups.register", "followups.api_register", "registry.api_board"}
# Routes with ids that a department account may open for its own department's objects.
DEPARTMENT_OBJECTS = {"followups.show", "followups.nota", "followups.api_follow_up", "answers.download"}
# One application's page: its department's own applications only.
DEPARTMENT_OBJECTS |= {"apps.show"}
# Its own dashboard, asked of the reporter (not running here: test_dashboards_and_status.py runs one).
DEPARTMENT_OBJECTS |= {"dashboards.department"}
REPORTER_DOWN = 503


def _routes() -> list[tuple[str, str]]:
    """Return (endpoint, method) of every route the app serves, read from its url_map."""
    app = create_app(Settings(secret_key="routes-only", database_url=os.environ.get("DATABASE_URL", "")))
    app.extensions["pantau_pool"].close()
    return sorted(
        (rule.endpoint, method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"} and rule.endpoint not in PUBLIC
    )


ROUTES = _routes()


def pdf_bytes() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(out, "PDF")
    return out.getvalue()


@pytest.fixture
def world(settings, people, department_users, put_instance, put_follow_up, put_answer, put_check):
    """Two departments, each with a signed cycle, a follow-up, an answered attachment, a document and a result."""
    ids = {}
    for pd_id, app_id, operator in (("dinkes", "app-0", "operator_dinkes"), ("bapenda", "app-1", "operator_bapenda")):
        iid = put_instance(7, "menunggu_penyampaian")
        fid = put_follow_up(app_id, pd_id, iid)
        with psycopg.connect(settings.database_url) as conn:
            conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, %s)", (iid, app_id))
            (doc,) = conn.execute(
                "INSERT INTO documents (instance_id, kind, version, format, sha256, content)"
                " VALUES (%s, 'nota_dinas', 1, 'pdf', repeat('a', 64), 'x') RETURNING id",
                (iid,),
            ).fetchone()
        put_check(app_id, pd_id, iid, availability="tidak_aktif", reason="http_5xx")
        ids[pd_id] = {
            "instance_id": iid,
            "followup_id": fid,
            "attachment_id": put_answer(fid, pd_id, department_users[operator], pdf_bytes()),
            "document_id": doc,
            "action": "paraf",
            "user_id": department_users[operator],
            "token_id": 1,
            "app_id": app_id,
            "pd_id": pd_id,
            "upload_id": str(uuid.uuid4()),
            "fmt": "xlsx",
            "bulan": "2026-11",
        }
    return ids


def call(client, auth, endpoint, method, ids):
    """Call one route with the given ids (a POST carries a valid CSRF token and a full form)."""
    rule = next(r for r in client.application.url_map.iter_rules() if r.endpoint == endpoint)
    unknown = sorted(set(rule.arguments) - set(ids))
    assert not unknown, f"{rule.rule}: give the isolation test ids for {unknown}"
    with client.application.test_request_context():
        url = url_for(endpoint, **{name: ids[name] for name in rule.arguments})
    if method == "GET":
        return client.get(url)
    form = {
        "csrf_token": auth.csrf("/perangkat-daerah"),
        "command_id": str(uuid.uuid4()),
        "catatan": "Sudah diperbaiki",
        "alasan": "Alasan uji",
        "expected_step": "3",
        "app_id": "app-1",
        "code": "tidak_aktif",
        "instance_id": str(uuid.uuid4()),
    }
    return client.post(url, data=form)


@pytest.mark.parametrize(("endpoint", "method"), ROUTES)
def test_every_route_answers_404_to_another_departments_ids(world, outbox_commands, client, auth, endpoint, method):
    auth.login("operator_dinkes")
    answer = call(client, auth, endpoint, method, world["bapenda"])
    body = answer.get_data(as_text=True)
    if endpoint in LANDING:
        assert answer.status_code == 302 and answer.headers["Location"] == "/perangkat-daerah"
    elif endpoint in OWN_DEPARTMENT:
        assert answer.status_code == 200 and "Aplikasi 0" in body
        others = (world["bapenda"]["followup_id"], "Aplikasi 1", "app-1", "Badan Pendapatan Daerah", "Bapenda")
        assert [seen for seen in others if seen in body] == []
    else:
        assert answer.status_code == 404, f"{endpoint} {method} answered {answer.status_code}"
    assert outbox_commands() == []


@pytest.mark.parametrize(("endpoint", "method"), [(e, m) for e, m in ROUTES if m == "GET" and e not in LANDING])
def test_with_its_own_ids_a_department_opens_its_pages_and_still_no_officials_page(
    world, client, auth, endpoint, method
):
    auth.login("kepala_dinkes")
    answer = call(client, auth, endpoint, method, world["dinkes"])
    allowed = OWN_DEPARTMENT | DEPARTMENT_OBJECTS
    opened = REPORTER_DOWN if endpoint == "dashboards.department" else 200
    assert answer.status_code == (opened if endpoint in allowed else 404), endpoint


def test_a_department_account_lands_on_its_own_department_page(settings, world, client, auth):
    landed = auth.login("operator_dinkes")
    assert landed.status_code == 302
    page = client.get("/", follow_redirects=True).get_data(as_text=True)
    assert "Dinas Kesehatan" in page and "Aplikasi 0" in page and "Aplikasi 2" in page
    assert "Aplikasi 1" not in page and "Kotak Masuk" not in page
    assert 'href="/dasbor"' not in page and 'href="/dasbor/pd/dinkes"' in page  # its own dashboard only
    assert "800.1.11.1/0001/Diskominfostandi/XII/2026" in page  # the nota that addresses them
    assert "Operator Perangkat Daerah" in page


def test_the_nota_page_shows_only_the_part_addressed_to_the_department(world, put_follow_up, client, auth):
    iid = world["dinkes"]["instance_id"]
    put_follow_up("app-1", "bapenda", iid, code="tidak_update", category="konten", severity="sedang")
    auth.login("operator_dinkes")
    page = client.get(f"/tindak-lanjut/nota/{iid}").get_data(as_text=True)
    assert "Nomor 800.1.11.1/0001/Diskominfostandi/XII/2026" in page
    assert "Konten judi online tersisip" in page and "Aplikasi 0" in page
    assert "Konten aplikasi tidak diperbarui" not in page and "Aplikasi 1" not in page
    assert f"/dokumen/{world['dinkes']['document_id']}" not in page  # never the whole nota
    auth.login("kasie")
    everyone = client.get(f"/tindak-lanjut/nota/{iid}").get_data(as_text=True)
    assert "Aplikasi 0" in everyone and "Aplikasi 1" in everyone


def test_the_api_answers_a_department_with_its_own_data_and_an_official_with_all(world, client, auth):
    auth.login("operator_bapenda")
    apps = {a["id"] for a in client.get("/api/aplikasi").get_json()["aplikasi"]}
    follow_ups = client.get("/api/tindak-lanjut").get_json()["tindak_lanjut"]
    assert apps == {"app-1"} and [f["id"] for f in follow_ups] == [world["bapenda"]["followup_id"]]
    assert client.get("/api/tindak-lanjut?pd=dinkes").get_json()["tindak_lanjut"][0]["pd_id"] == "bapenda"
    missing = client.get(f"/api/tindak-lanjut/{world['dinkes']['followup_id']}")
    assert missing.status_code == 404 and missing.get_json()["title"] == "Halaman tidak ditemukan"
    auth.login("kabid")
    assert {a["id"] for a in client.get("/api/aplikasi").get_json()["aplikasi"]} == {"app-0", "app-1", "app-2"}
    assert len(client.get("/api/tindak-lanjut").get_json()["tindak_lanjut"]) == 2
    detail = client.get(f"/api/tindak-lanjut/{world['dinkes']['followup_id']}").get_json()
    assert [h["change"] for h in detail["riwayat"]] == ["dibuka", "ditanggapi"]


def test_officials_keep_seeing_every_department(world, client, auth):
    auth.login("pelaksana")
    for path in ("/", "/aplikasi", f"/siklus/{world['bapenda']['instance_id']}", "/tindak-lanjut"):
        assert client.get(path).status_code == 200, path
    assert client.get(f"/tindak-lanjut/lampiran/{world['bapenda']['attachment_id']}").status_code == 200
    assert client.get("/perangkat-daerah").headers["Location"] == "/aplikasi"
