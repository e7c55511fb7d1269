"""Machine clients on the JSON API: scoped tokens kept as a hash, revocable, confined to the API and
to their account's department; errors as RFC 9457 problem details in Indonesian."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from pantau_testing import query

pytestmark = pytest.mark.integration


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_token_is_shown_once_and_only_its_hash_is_kept(settings, make_token, client, auth):
    token = make_token("kabid")
    (row,) = query(settings.database_url, "SELECT prefix, token_hash FROM api_tokens")
    assert row["token_hash"] == hashlib.sha256(token.encode()).hexdigest() and token.startswith(
        f"pantau_{row['prefix']}_"
    )
    auth.login("admin")
    assert token not in client.get("/token-api").get_data(as_text=True)


def test_a_read_token_reads_the_api_without_a_session(make_token, client):
    token = make_token("kabid")
    answer = client.get("/api/aplikasi", headers=bearer(token))
    assert answer.status_code == 200 and {a["id"] for a in answer.get_json()["aplikasi"]} == {"app-0", "app-1", "app-2"}


def test_without_a_token_the_api_answers_a_problem_in_indonesian(client):
    answer = client.get("/api/aplikasi")
    body = answer.get_json()
    assert answer.status_code == 401 and answer.mimetype == "application/problem+json"
    assert body["status"] == 401 and body["title"] == "Perlu autentikasi" and "token" in body["detail"]
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize("header", ["Bearer pantau_000000000000_" + "x" * 43, "Bearer nonsense", "Basic a2FiaWQ6eA=="])
def test_an_unknown_or_malformed_token_is_refused(make_token, client, header):
    make_token("kabid")
    answer = client.get("/api/aplikasi", headers={"Authorization": header})
    assert answer.status_code == 401 and answer.mimetype == "application/problem+json"


def test_a_revoked_token_stops_working(settings, make_token, client, auth):
    token = make_token("kabid")
    (row,) = query(settings.database_url, "SELECT id FROM api_tokens")
    auth.login("admin")
    assert client.post(f"/token-api/{row['id']}/cabut", data={"csrf_token": auth.csrf("/token-api")}).status_code == 302
    assert client.get("/api/aplikasi", headers=bearer(token)).status_code == 401


def test_a_deactivated_accounts_token_stops_working(settings, make_token, client):
    token = make_token("kabid")
    query(settings.database_url, "UPDATE users SET aktif = false WHERE username = 'kabid' RETURNING id")
    assert client.get("/api/aplikasi", headers=bearer(token)).status_code == 401


def test_a_department_token_sees_only_its_department(make_token, department_users, put_follow_up, client):
    put_follow_up("app-0", "dinkes")
    put_follow_up("app-1", "bapenda")
    token = make_token("operator_bapenda")
    apps = client.get("/api/aplikasi", headers=bearer(token)).get_json()["aplikasi"]
    follow_ups = client.get("/api/tindak-lanjut?pd=dinkes", headers=bearer(token)).get_json()["tindak_lanjut"]
    assert {a["id"] for a in apps} == {"app-1"} and {f["pd_id"] for f in follow_ups} == {"bapenda"}
    cycles = client.get("/api/siklus", headers=bearer(token))
    assert cycles.status_code == 404 and cycles.get_json()["title"] == "Halaman tidak ditemukan"


def test_a_read_token_cannot_write(make_token, client):
    answer = client.post("/api/aplikasi", headers=bearer(make_token("kabid")), json={})
    assert answer.status_code == 403 and "cakupan" in answer.get_json()["detail"]


def test_a_token_never_opens_a_browser_page_or_form(make_token, outbox_commands, client):
    token = make_token("kabid", "baca", "tulis_registri")
    assert client.get("/aplikasi", headers=bearer(token)).status_code == 302  # to the login page
    form = {"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4())}
    assert client.post("/siklus/baru", headers=bearer(token), data=form).status_code == 400  # no CSRF token
    assert outbox_commands() == []


def test_making_and_revoking_a_token_is_audited_without_the_token(settings, make_token):
    token = make_token("kabid")
    (row,) = query(settings.database_url, "SELECT * FROM audit_log WHERE kind = 'token_api'")
    assert "kabid" in row["detail"] and token not in str(row) and token.split("_")[1] in row["target"]


def test_a_token_needs_a_name_an_account_and_a_scope(settings, client, auth, admin):
    auth.login("admin")
    answer = client.post("/token-api", data={"name": "", "user_id": str(admin), "csrf_token": auth.csrf("/token-api")})
    assert answer.status_code == 400 and query(settings.database_url, "SELECT id FROM api_tokens") == []


def test_a_tokens_last_use_is_noted_at_most_once_a_minute(settings, make_token, client):
    token = make_token("kabid")
    assert client.get("/api/aplikasi", headers=bearer(token)).status_code == 200
    (first,) = query(settings.database_url, "SELECT last_used_at FROM api_tokens")
    assert first["last_used_at"] is not None
    query(settings.database_url, "UPDATE api_tokens SET last_used_at = now() - interval '30 seconds' RETURNING id")
    (recent,) = query(settings.database_url, "SELECT last_used_at FROM api_tokens")
    assert client.get("/api/aplikasi", headers=bearer(token)).status_code == 200
    assert query(settings.database_url, "SELECT last_used_at FROM api_tokens") == [recent]
    query(settings.database_url, "UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' RETURNING id")
    assert client.get("/api/aplikasi", headers=bearer(token)).status_code == 200
    (noted,) = query(settings.database_url, "SELECT last_used_at > now() - interval '1 minute' AS new FROM api_tokens")
    assert noted["new"]
