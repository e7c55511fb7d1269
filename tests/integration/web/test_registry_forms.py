"""The registry in the web, against the real PostgreSQL: add, edit and deactivate, with the import's
validation shown at each field, nothing saved while an error stands, and every change in the history."""

from __future__ import annotations

import pytest
from pantau_testing import query

pytestmark = pytest.mark.integration

NEW_APP = {
    "id": "dinkes-simpus",
    "pd": "dinkes",
    "nama": "SIMPUS",
    "url": "https://simpus.bekasikota.go.id/",
    "aktif": "ya",
    "interval_s": "600",
    "max_age_days": "30",
    "klasifikasi": "layanan_publik",
    "unit_pengembang": "Bidang Aptika",
    "tahun_operasi": "2019",
    "penanggung_jawab": "dr. Sari",
    "login.url": "https://simpus.bekasikota.go.id/masuk",
    "login.username_field": "u",
    "login.password_field": "p",
    "login.username_secret": "env:PANTAU_APP_SECRET_SIMPUS_USER",
    "login.password_secret": "env:PANTAU_APP_SECRET_SIMPUS_PASSWORD",
    "login.success_marker": "Keluar",
    "resolve": "simpus.bekasikota.go.id:443:10.0.0.5",
    "maintenance": "senin,rabu 01:00-03:00",
    "kontak": (
        "it@dinkes.bekasikota.go.id | Tim TI\nhttps://hook.dinkes.bekasikota.go.id/x | env:PANTAU_APP_SECRET_HOOK_KEY"
    ),
}


def post(client, auth, path, data):  # type: ignore[no-untyped-def]
    return client.post(path, data={**data, "csrf_token": auth.csrf("/registri")})


def app_row(settings, app_id):  # type: ignore[no-untyped-def]
    rows = query(settings.database_url, "SELECT * FROM applications WHERE id = %s", (app_id,))
    return rows[0] if rows else None


def history(settings, app_id):  # type: ignore[no-untyped-def]
    return query(
        settings.database_url,
        "SELECT change, source, actor_id, before, after FROM registry_history WHERE entity_id = %s ORDER BY id",
        (app_id,),
    )


def test_the_kasie_adds_an_application_with_every_setting_and_its_history(client, auth, settings, people):
    auth.login("kasie")
    answer = post(client, auth, "/registri/aplikasi/baru", NEW_APP)
    assert answer.status_code == 302 and answer.headers["Location"].endswith("/aplikasi/dinkes-simpus")
    row = app_row(settings, "dinkes-simpus")
    assert (row["interval_s"], row["klasifikasi"], row["tahun_operasi"]) == (600, "layanan_publik", 2019)
    assert row["config"]["login"]["password_secret"] == "env:PANTAU_APP_SECRET_SIMPUS_PASSWORD"
    assert row["config"]["maintenance"] == [{"days": ["senin", "rabu"], "from": "01:00", "to": "03:00"}]
    contacts = query(settings.database_url, "SELECT channel, address, secret_ref, nama FROM contacts ORDER BY id")
    assert [(c["channel"], c["secret_ref"], c["nama"]) for c in contacts] == [
        ("email", None, "Tim TI"),
        ("webhook", "env:PANTAU_APP_SECRET_HOOK_KEY", ""),
    ]
    [change] = history(settings, "dinkes-simpus")
    assert (change["change"], change["source"], change["actor_id"], change["before"]) == (
        "baru",
        "web",
        people["kasie"],
        None,
    )


def test_every_error_is_shown_at_its_field_and_nothing_is_saved(client, auth, settings):
    auth.login("kasie")
    bad = {
        **NEW_APP,
        "url": "ftp://simpus",
        "interval_s": "5",
        "login.password_secret": "rahasia123",
        "kontak": "bukan-surel",
        "tahun_operasi": "dulu",
    }
    answer = post(client, auth, "/registri/aplikasi/baru", bad)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "Data belum disimpan: 5 isian perlu diperbaiki." in page
    for field in ("url", "interval_s", "login.password_secret", "kontak", "tahun_operasi"):
        assert f'data-testid="error-{field}"' in page, field
    assert 'aria-invalid="true"' in page and "bukan alamat surel yang sah" in page
    assert "rahasia123" in page  # the typed value stays in the form to be fixed ...
    assert app_row(settings, "dinkes-simpus") is None  # ... and nothing was saved
    assert query(settings.database_url, "SELECT count(*) AS n FROM registry_history")[0]["n"] == 0


def test_an_id_in_use_is_refused(client, auth, settings):
    auth.login("kasie")
    answer = post(client, auth, "/registri/aplikasi/baru", {**NEW_APP, "id": "app-0"})
    assert answer.status_code == 400 and "kode ini sudah dipakai aplikasi lain" in answer.get_data(as_text=True)
    assert app_row(settings, "app-0")["nama"] == "Aplikasi 0"


def test_an_edit_keeps_before_and_after_and_the_page_shows_them(client, auth, settings):
    auth.login("kasie")
    form = client.get("/registri/aplikasi/app-0").get_data(as_text=True)
    assert 'value="Aplikasi 0"' in form
    changed = {"pd": "dinkes", "nama": "Aplikasi Nol", "url": "https://app0.bekasikota.go.id/", "aktif": "ya"}
    answer = post(client, auth, "/registri/aplikasi/app-0", {**changed, "interval_s": "300", "max_age_days": "30"})
    assert answer.status_code == 302
    [change] = history(settings, "app-0")
    assert change["change"] == "diubah" and (change["before"]["nama"], change["after"]["nama"]) == (
        "Aplikasi 0",
        "Aplikasi Nol",
    )
    page = client.get("/aplikasi/app-0").get_data(as_text=True)
    assert "Aplikasi 0 → Aplikasi Nol" in page and "Pejabat kasie" in page and 'data-testid="ubah"' in page


def test_a_move_to_another_department_names_both_departments_in_the_history(client, auth, settings):
    auth.login("kasie")
    moved = {"pd": "bapenda", "nama": "Aplikasi 0", "url": "https://app0.bekasikota.go.id/", "aktif": "ya"}
    answer = post(client, auth, "/registri/aplikasi/app-0", {**moved, "interval_s": "300", "max_age_days": "30"})
    assert answer.status_code == 302
    for path in ("/aplikasi/app-0", "/registri/aplikasi/app-0"):
        page = client.get(path).get_data(as_text=True)
        assert "Dinas Kesehatan → Badan Pendapatan Daerah" in page, path
        assert "dinkes → bapenda" not in page, path


def test_deactivating_an_application_and_a_department_is_kept_in_the_history(client, auth, settings):
    auth.login("kasie")
    assert post(client, auth, "/registri/aplikasi/app-1/status", {"aktif": "tidak"}).status_code == 302
    assert app_row(settings, "app-1")["aktif"] is False
    assert [h["change"] for h in history(settings, "app-1")] == ["dinonaktifkan"]
    assert post(client, auth, "/registri/pd/bapenda/status", {"aktif": "tidak"}).status_code == 302
    assert query(settings.database_url, "SELECT aktif FROM perangkat_daerah WHERE id = 'bapenda'")[0]["aktif"] is False


def test_a_department_is_added_and_its_errors_are_shown_at_their_fields(client, auth, settings):
    auth.login("kasie")
    bad = post(client, auth, "/registri/pd/baru", {"id": "Dinas Sosial", "nama": "", "jenis": "dinas", "aktif": "ya"})
    page = bad.get_data(as_text=True)
    assert bad.status_code == 400 and 'data-testid="error-id"' in page and 'data-testid="error-nama"' in page
    good = {"id": "dinsos", "nama": "Dinas Sosial", "singkatan": "Dinsos", "jenis": "dinas", "aktif": "ya"}
    assert post(client, auth, "/registri/pd/baru", good).status_code == 302
    assert (
        query(settings.database_url, "SELECT nama FROM perangkat_daerah WHERE id = 'dinsos'")[0]["nama"]
        == "Dinas Sosial"
    )


@pytest.mark.parametrize("username", ["pelaksana", "kabid", "kadis"])
def test_other_officials_read_the_registry_but_never_edit_it(client, auth, settings, username):
    auth.login(username)
    page = client.get("/registri").get_data(as_text=True)
    assert "Aplikasi 0" in page and "Tambah aplikasi" not in page
    assert client.get("/registri/aplikasi/baru").status_code == 403
    assert post(client, auth, "/registri/aplikasi/app-0/status", {"aktif": "tidak"}).status_code == 403
    assert app_row(settings, "app-0")["aktif"] is True


def test_departments_never_reach_the_registry(client, auth, department_users):
    auth.login("operator_dinkes")
    assert client.get("/registri").status_code == 404
    assert client.get("/registri/aplikasi/app-0").status_code == 404


def test_a_form_without_its_csrf_token_saves_nothing(client, auth, settings):
    auth.login("kasie")
    assert client.post("/registri/aplikasi/baru", data=NEW_APP).status_code == 400
    assert app_row(settings, "dinkes-simpus") is None
