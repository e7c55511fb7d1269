"""The registry on the JSON API, against the real PostgreSQL: an editor's ``tulis_registri`` token adds,
replaces and patches rows through the import's validation, every change kept in the history under
the source ``api`` and the token's account; errors are problem+json at their fields, nothing saved."""

from __future__ import annotations

import pytest
from pantau_testing import query

pytestmark = pytest.mark.integration

WRITE = ("baca", "tulis_registri")
NEW_APP = {
    "id": "dinkes-simpus",
    "pd": "dinkes",
    "nama": "SIMPUS",
    "url": "https://simpus.bekasikota.go.id/",
    "interval_s": 600,
    "klasifikasi": "layanan_publik",
    "tahun_operasi": 2019,
    "login": {
        "url": "https://simpus.bekasikota.go.id/masuk",
        "username_field": "u",
        "password_field": "p",
        "username_secret": "env:PANTAU_APP_SECRET_SIMPUS_USER",
        "password_secret": "env:PANTAU_APP_SECRET_SIMPUS_PASSWORD",
        "success_marker": "Keluar",
    },
    "maintenance": [{"days": ["senin", "rabu"], "from": "01:00", "to": "03:00"}],
    "kontak": [{"surel": "it@dinkes.bekasikota.go.id", "nama": "Tim TI"}],
}
NEW_PD = {"id": "disdik", "nama": "Dinas Pendidikan", "singkatan": "Disdik", "jenis": "dinas"}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def history(settings, entity_id):  # type: ignore[no-untyped-def]
    return query(
        settings.database_url,
        "SELECT change, source, actor_id, before, after FROM registry_history WHERE entity_id = %s ORDER BY id",
        (entity_id,),
    )


def stored_apps(settings):  # type: ignore[no-untyped-def]
    return {r["id"]: r for r in query(settings.database_url, "SELECT * FROM applications")}


def test_an_application_added_is_read_back_as_it_was_sent(make_token, client, settings, people):
    token = make_token("kasie", *WRITE)
    made = client.post("/api/aplikasi", headers=bearer(token), json=NEW_APP)
    assert made.status_code == 201 and made.headers["Location"].endswith("/api/aplikasi/dinkes-simpus")
    read = client.get(made.headers["Location"], headers=bearer(token))
    expected = {**NEW_APP, "aktif": True, "internal": False, "max_age_days": 30}
    assert read.status_code == 200 and read.get_json() == made.get_json() == expected
    [change] = history(settings, "dinkes-simpus")
    assert (change["change"], change["source"], change["actor_id"]) == ("baru", "api", people["kasie"])


def test_a_replacement_is_kept_in_the_history_under_the_api_and_the_tokens_account(make_token, client, settings, admin):
    token = make_token("admin", *WRITE)
    row = client.get("/api/aplikasi/app-0", headers=bearer(token)).get_json()
    answer = client.put("/api/aplikasi/app-0", headers=bearer(token), json={**row, "nama": "SIMPUS Baru"})
    assert answer.status_code == 200 and answer.get_json()["nama"] == "SIMPUS Baru"
    [change] = history(settings, "app-0")
    assert (change["change"], change["source"], change["actor_id"]) == ("diubah", "api", admin)
    assert (change["before"]["nama"], change["after"]["nama"]) == ("Aplikasi 0", "SIMPUS Baru")


def test_a_perangkat_daerah_is_added_replaced_deactivated_and_brought_back(make_token, client, settings, people):
    token = make_token("kasie", *WRITE)
    assert client.post("/api/perangkat-daerah", headers=bearer(token), json=NEW_PD).status_code == 201
    replaced = client.put("/api/perangkat-daerah/disdik", headers=bearer(token), json={"nama": "Disdik Kota"})
    assert replaced.get_json() == {
        **NEW_PD,
        "nama": "Disdik Kota",
        "singkatan": "Disdik Kota",
        "kontak": [],
        "aktif": True,
    }
    for aktif in (False, True):
        patched = client.patch("/api/perangkat-daerah/disdik", headers=bearer(token), json={"aktif": aktif})
        assert patched.status_code == 200 and patched.get_json()["aktif"] is aktif
    changes = history(settings, "disdik")
    assert [c["change"] for c in changes] == ["baru", "diubah", "dinonaktifkan", "diaktifkan"]
    assert {(c["source"], c["actor_id"]) for c in changes} == {("api", people["kasie"])}


def test_a_patch_deactivates_an_application_and_keeps_its_other_settings(make_token, client, settings):
    token = make_token("kasie", *WRITE)
    client.post("/api/aplikasi", headers=bearer(token), json=NEW_APP)
    headers = {**bearer(token), "Content-Type": "application/merge-patch+json"}
    answer = client.patch(
        "/api/aplikasi/dinkes-simpus", headers=headers, data='{"aktif": false, "tahun_operasi": null}'
    )
    assert answer.status_code == 200
    row = stored_apps(settings)["dinkes-simpus"]
    assert (row["aktif"], row["tahun_operasi"], row["config"]["login"]["success_marker"]) == (False, None, "Keluar")
    assert [c["change"] for c in history(settings, "dinkes-simpus")] == ["baru", "dinonaktifkan"]


def test_every_field_error_is_answered_at_once_and_nothing_is_saved(make_token, client, settings):
    token = make_token("kasie", *WRITE)
    before = stored_apps(settings)
    bad = {
        **NEW_APP,
        "url": "ftp://simpus",
        "interval_s": 5,
        "login": {**NEW_APP["login"], "password_secret": "rahasia123"},
        "kontak": [{"surel": "bukan-surel"}],
        "warna": "merah",
    }
    answer = client.post("/api/aplikasi", headers=bearer(token), json=bad)
    body = answer.get_json()
    assert answer.status_code == 422 and answer.mimetype == "application/problem+json"
    assert {e["field"] for e in body["errors"]} == {
        "url",
        "interval_s",
        "login.password_secret",
        "kontak[1].surel",
        "warna",
    }
    assert body["title"] == "Isian tidak sah" and "tidak ada yang disimpan" in body["detail"]
    assert "rujukan rahasia" in next(e["message"] for e in body["errors"] if e["field"] == "login.password_secret")
    patched = client.patch("/api/aplikasi/app-0", headers=bearer(token), json={"nama": "", "pd": "tidak-ada"})
    assert patched.status_code == 422 and {e["field"] for e in patched.get_json()["errors"]} == {"nama", "pd"}
    assert stored_apps(settings) == before and query(settings.database_url, "SELECT id FROM registry_history") == []


@pytest.mark.parametrize(
    "ref", ["env:PANTAU_DATABASE_URI", "file:/etc/passwd", "file:/var/run/secrets/pantau-apps/../pantau-db/uri"]
)
def test_a_reference_to_the_services_own_secrets_is_refused_naming_the_allowed_forms(make_token, client, settings, ref):
    token = make_token("kasie", *WRITE)
    before = stored_apps(settings)
    app = {**NEW_APP, "login": {**NEW_APP["login"], "password_secret": ref}}
    hook = {"webhook": "https://hook.dinkes.bekasikota.go.id/pantau", "secret_ref": ref}
    answers = [
        client.post("/api/aplikasi", headers=bearer(token), json=app),
        client.patch("/api/aplikasi/app-0", headers=bearer(token), json={"kontak": [hook]}),
    ]
    expected = "harus rujukan rahasia aplikasi env:PANTAU_APP_SECRET_NAMA atau file:/var/run/secrets/pantau-apps/kunci"
    for answer, field in zip(answers, ("login.password_secret", "kontak[1].secret_ref"), strict=True):
        [error] = answer.get_json()["errors"]
        assert answer.status_code == 422 and error["field"] == field and error["message"].startswith(expected)
    assert stored_apps(settings) == before and query(settings.database_url, "SELECT id FROM registry_history") == []


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/api/aplikasi", {**NEW_APP, "id": "app-0"}, "id"),  # the code is taken
        ("/api/perangkat-daerah/dinkes", {"id": "dinas-lain", "nama": "Dinkes"}, "id"),  # a code never changes
        ("/api/perangkat-daerah", ["bukan", "objek"], ""),
    ],
)
def test_a_taken_or_changed_code_and_a_body_that_is_no_object_are_field_errors(make_token, client, path, body, field):
    send = client.post if path.count("/") == 2 else client.put
    answer = send(path, headers=bearer(make_token("kasie", *WRITE)), json=body)
    assert answer.status_code == 422 and [e["field"] for e in answer.get_json()["errors"]] == [field]


def test_a_body_that_is_not_json_is_refused(make_token, client):
    headers = bearer(make_token("kasie", *WRITE))
    assert client.post("/api/perangkat-daerah", headers=headers, data="id=x").status_code == 415
    broken = client.post("/api/perangkat-daerah", headers={**headers, "Content-Type": "application/json"}, data="{")
    assert broken.status_code == 400 and broken.mimetype == "application/problem+json"


def test_an_unknown_row_answers_404(make_token, client):
    headers = bearer(make_token("kasie", *WRITE))
    assert client.get("/api/aplikasi/tidak-ada", headers=headers).status_code == 404
    assert client.put("/api/perangkat-daerah/tidak-ada", headers=headers, json=NEW_PD).status_code == 404


WRITES = [
    ("post", "/api/aplikasi", NEW_APP),
    ("put", "/api/aplikasi/app-0", {**NEW_APP, "id": "app-0"}),
    ("patch", "/api/aplikasi/app-0", {"aktif": False}),
    ("post", "/api/perangkat-daerah", NEW_PD),
    ("patch", "/api/perangkat-daerah/dinkes", {"aktif": False}),
]


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_read_token_is_refused_with_403_and_no_token_with_401(make_token, client, settings, method, path, body):
    refused = getattr(client, method)(path, headers=bearer(make_token("kasie")), json=body)
    anonymous = getattr(client, method)(path, json=body)
    assert (refused.status_code, anonymous.status_code) == (403, 401)
    assert "cakupan" in refused.get_json()["detail"] and anonymous.mimetype == "application/problem+json"
    assert query(settings.database_url, "SELECT id FROM registry_history") == []


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_a_write_token_of_an_official_who_does_not_edit_the_registry_is_refused(make_token, client, method, path, body):
    answer = getattr(client, method)(path, headers=bearer(make_token("kabid", *WRITE)), json=body)
    assert answer.status_code == 403 and answer.mimetype == "application/problem+json"


def test_a_department_token_never_reaches_the_registry(make_token, department_users, client, settings):
    reader, writer = make_token("operator_dinkes"), make_token("operator_dinkes", *WRITE)
    assert client.patch("/api/aplikasi/app-0", headers=bearer(reader), json={"aktif": False}).status_code == 403
    for method, path, body in WRITES:
        assert getattr(client, method)(path, headers=bearer(writer), json=body).status_code == 404
    assert client.get("/api/aplikasi/app-0", headers=bearer(writer)).status_code == 404
    assert query(settings.database_url, "SELECT id FROM registry_history") == []


def test_an_editors_browser_session_writes_with_its_csrf_token(client, auth, settings, people):
    auth.login("kasie")
    refused = client.patch("/api/aplikasi/app-1", json={"aktif": False})
    answer = client.patch("/api/aplikasi/app-1", json={"aktif": False}, headers={"X-CSRFToken": auth.csrf("/registri")})
    assert (refused.status_code, answer.status_code) == (400, 200)
    [change] = history(settings, "app-1")
    assert (change["change"], change["source"], change["actor_id"]) == ("dinonaktifkan", "api", people["kasie"])
