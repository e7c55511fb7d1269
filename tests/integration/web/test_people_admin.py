"""The admin's pages for people: accounts made, edited, deactivated, passwords reset, never a
city without an active admin; and the forced password change after a reset."""

from __future__ import annotations

import re

import pytest
from pantau_testing import query

pytestmark = pytest.mark.integration

NEW_OPERATOR = {
    "username": "operator.bapenda",
    "nama": "Sri Wahyuni",
    "role": "operator_pd",
    "pd_id": "bapenda",
    "jabatan": "Operator Aplikasi",
    "nip": "",
    "pangkat": "",
    "email": "sri@bapenda.bekasikota.go.id",
}


def post(client, auth, path, form=None):
    return client.post(path, data={**(form or {}), "csrf_token": auth.csrf("/kata-sandi")})


def temporary_password(answer) -> str:
    found = re.search(r'data-testid="temporary-password">([^<]+)<', answer.get_data(as_text=True))
    assert found, "no temporary password shown"
    return found.group(1)


def user(settings, username):
    rows = query(settings.database_url, "SELECT * FROM users WHERE username = %s", (username,))
    return rows[0] if rows else None


def test_the_admin_creates_a_department_account_that_must_change_its_password_first(settings, client, auth, admin):
    auth.login("admin")
    made = post(client, auth, "/pengguna/baru", NEW_OPERATOR)
    assert made.status_code == 200 and made.headers["Cache-Control"] == "no-store"
    password = temporary_password(made)
    stored = user(settings, "operator.bapenda")
    assert stored["pd_id"] == "bapenda" and stored["must_change_password"] and password not in stored["password_hash"]
    auth.login("operator.bapenda", password)
    assert client.get("/perangkat-daerah").headers["Location"] == "/kata-sandi"
    assert client.get("/api/tindak-lanjut").status_code == 302  # nothing else before the new password


def test_the_forced_change_takes_a_new_password_and_then_lets_the_account_in(settings, client, auth, admin):
    auth.login("admin")
    password = temporary_password(post(client, auth, "/pengguna/baru", NEW_OPERATOR))
    auth.login("operator.bapenda", password)
    page = client.get("/kata-sandi").get_data(as_text=True)
    assert 'data-testid="must-change"' in page
    same = post(client, auth, "/kata-sandi", {"current": password, "new": password, "repeated": password})
    assert same.status_code == 400 and "harus berbeda" in same.get_data(as_text=True)
    new = {"current": password, "new": "sandi-baru-yang-panjang", "repeated": "sandi-baru-yang-panjang"}
    assert post(client, auth, "/kata-sandi", new).status_code == 302
    assert client.get("/perangkat-daerah").status_code == 200
    assert not user(settings, "operator.bapenda")["must_change_password"]
    assert "salah" in auth.login("operator.bapenda", password).get_data(as_text=True)


def test_a_department_role_needs_a_department_and_every_error_is_shown_at_its_field(settings, client, auth, admin):
    auth.login("admin")
    form = {**NEW_OPERATOR, "pd_id": "", "nip": "123", "username": "A B"}
    answer = post(client, auth, "/pengguna/baru", form)
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    for field in ("pd_id", "nip", "username"):
        assert f'data-testid="error-{field}"' in page
    assert "wajib terikat pada satu Perangkat Daerah" in page and user(settings, "a b") is None


def test_an_official_keeps_no_department(settings, client, auth, admin):
    auth.login("admin")
    post(client, auth, "/pengguna/baru", {**NEW_OPERATOR, "username": "kasie2", "role": "kasie"})
    assert user(settings, "kasie2")["pd_id"] is None


def test_a_taken_username_is_refused(settings, client, auth, admin):
    auth.login("admin")
    answer = post(client, auth, "/pengguna/baru", {**NEW_OPERATOR, "username": "kabid"})
    assert answer.status_code == 400 and "sudah dipakai" in answer.get_data(as_text=True)


def test_the_admin_edits_an_account_and_the_change_is_audited(settings, people, client, auth, admin):
    auth.login("admin")
    form = {"nama": "Kasie Baru", "role": "kasie", "pd_id": "", "jabatan": "Kasie", "nip": "", "pangkat": ""}
    assert post(client, auth, f"/pengguna/{people['kasie']}", {**form, "email": ""}).status_code == 302
    assert user(settings, "kasie")["nama"] == "Kasie Baru"
    (row,) = query(settings.database_url, "SELECT * FROM audit_log WHERE kind = 'pengguna'")
    assert row["actor_id"] == admin and row["target"] == "kasie" and "Nama lengkap" in row["detail"]


def test_a_deactivated_account_is_signed_out_and_cannot_sign_in(settings, people, client, auth, admin):
    auth.login("kasie")
    other = client.application.test_client()
    assert other.post("/masuk", data={"username": "admin", "password": "sandi-admin-123", "csrf_token": _token(other)})
    assert other.post(f"/pengguna/{people['kasie']}/aktif", data={"aktif": "0", "csrf_token": _token(other, "/")})
    assert client.get("/").status_code == 302  # the kasie's session is over
    assert "salah" in auth.login("kasie").get_data(as_text=True)


def _token(client, path="/masuk"):
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).get_data(as_text=True)).group(1)


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(settings, client, auth, admin):
    auth.login("admin")
    answer = post(client, auth, f"/pengguna/{admin}/aktif", {"aktif": "0"})
    assert answer.status_code == 409 and "paling sedikit satu Administrator aktif" in answer.get_data(as_text=True)
    demote = {"nama": "Admin", "role": "kasie", "pd_id": "", "jabatan": "", "nip": "", "pangkat": "", "email": ""}
    assert post(client, auth, f"/pengguna/{admin}", demote).status_code == 409
    assert user(settings, "admin")["aktif"] and user(settings, "admin")["role"] == "admin"


def test_with_a_second_admin_the_first_may_step_down(settings, people, client, auth, admin):
    auth.login("admin")
    post(client, auth, "/pengguna/baru", {**NEW_OPERATOR, "username": "admin2", "role": "admin"})
    assert post(client, auth, f"/pengguna/{admin}/aktif", {"aktif": "0"}).status_code == 302
    assert not user(settings, "admin")["aktif"]


def test_a_reset_password_replaces_the_old_one_and_forces_a_change(settings, people, client, auth, admin):
    auth.login("admin")
    password = temporary_password(post(client, auth, f"/pengguna/{people['kabid']}/setel-ulang-sandi"))
    assert "salah" in auth.login("kabid").get_data(as_text=True)
    auth.login("kabid", password)
    assert client.get("/").headers["Location"] == "/kata-sandi"
    (row,) = query(settings.database_url, "SELECT detail FROM audit_log WHERE kind = 'pengguna'")
    assert "disetel ulang" in row["detail"] and password not in str(row)


@pytest.mark.parametrize("path", ["/pengguna", "/pengguna/baru", "/token-api"])
def test_only_the_admin_reaches_the_people_pages(client, auth, admin, path):
    auth.login("kabid")
    assert client.get(path).status_code == 403


def test_a_department_account_gets_404_on_the_people_pages(client, auth, admin, department_users):
    auth.login("operator_dinkes")
    assert client.get("/pengguna").status_code == 404


def test_an_admin_form_without_its_csrf_token_changes_nothing(settings, people, client, auth, admin):
    auth.login("admin")
    answer = client.post(f"/pengguna/{people['kasie']}/aktif", data={"aktif": "0"})
    assert answer.status_code == 400 and user(settings, "kasie")["aktif"]
