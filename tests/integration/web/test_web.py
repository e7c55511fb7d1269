"""The web UI against a real PostgreSQL: login, CSRF, role guards, and commands via the outbox."""

from __future__ import annotations

import re
import uuid

import psycopg
import pytest
from pantau_testing import query

from pantau_contracts import decode
from pantau_contracts.sop import InitialNota, StartCycle
from pantau_web import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
def app(settings, people):
    app = create_app(settings)
    yield app
    app.extensions["pantau_pool"].close()


@pytest.fixture
def client(app):
    return app.test_client()


class AuthActions:
    def __init__(self, client):
        self.client = client

    def csrf(self, path="/masuk"):
        page = self.client.get(path).get_data(as_text=True)
        return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)

    def login(self, username, password=None):
        token = self.csrf()
        return self.client.post(
            "/masuk",
            data={"username": username, "password": password or f"sandi-{username}-123", "csrf_token": token},
        )


@pytest.fixture
def auth(client):
    return AuthActions(client)


def put_instance(settings, people, step, phase):
    """Store an instance at a given step, as the workflow would have."""
    iid = str(uuid.uuid4())
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_instances (id, cycle_no, step, phase, status, started_by, pelaksana_id)"
            " VALUES (%s, %s, %s, %s, 'berjalan', %s, %s)",
            (iid, f"MONEV-{iid[:6]}", step, phase, people["kabid"], people["pelaksana"]),
        )
    return iid


def outbox_commands(settings):
    rows = query(settings.database_url, "SELECT payload FROM outbox ORDER BY id")
    return [decode(bytes(r["payload"])) for r in rows]


def test_passwords_are_stored_hashed(settings, people):
    (row,) = query(settings.database_url, "SELECT password_hash FROM users WHERE username = 'kasie'")
    assert row["password_hash"].startswith("scrypt:") and "sandi-kasie-123" not in row["password_hash"]


def test_login_with_the_right_password_opens_the_inbox(client, auth):
    assert auth.login("kasie").status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert "Kotak Masuk" in page and "Kepala Seksi Tata Kelola E-Government" in page


def test_a_wrong_password_is_refused_in_indonesian(client, auth):
    page = auth.login("kasie", "salah-sekali-123").get_data(as_text=True)
    assert "Nama pengguna atau kata sandi salah." in page
    assert client.get("/").status_code == 302  # still anonymous


def test_pages_need_a_login(client):
    answer = client.get("/aplikasi")
    assert answer.status_code == 302 and "/masuk" in answer.headers["Location"]


def test_a_form_without_a_csrf_token_is_refused_and_sends_nothing(settings, client, auth):
    auth.login("kabid")
    answer = client.post("/siklus/baru", data={"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4())})
    assert answer.status_code == 400
    assert outbox_commands(settings) == []


def test_a_forged_csrf_token_is_refused(settings, client, auth):
    auth.login("kabid")
    answer = client.post(
        "/siklus/baru",
        data={"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), "csrf_token": "forged"},
    )
    assert answer.status_code == 400 and outbox_commands(settings) == []


def test_the_kabid_starts_a_cycle_as_a_command_in_the_outbox(settings, people, client, auth):
    auth.login("kabid")
    iid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    answer = client.post(
        "/siklus/baru",
        data={"instance_id": iid, "command_id": cid, "note": "Monev November", "csrf_token": auth.csrf("/")},
    )
    assert answer.status_code == 302 and cid in answer.headers["Location"]
    (env,) = outbox_commands(settings)
    assert env.id == cid and env.data == StartCycle(iid, people["kabid"], "Monev November")


def test_a_replayed_form_sends_its_command_once(settings, client, auth):
    auth.login("kabid")
    form = {"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/")}
    client.post("/siklus/baru", data=form)
    again = client.post("/siklus/baru", data=form, follow_redirects=True)
    assert "sudah pernah dikirim" in again.get_data(as_text=True)
    assert len(outbox_commands(settings)) == 1


@pytest.mark.parametrize("username", ["kasie", "pelaksana", "kadis"])
def test_only_the_kabid_may_start_a_cycle(settings, client, auth, username):
    auth.login(username)
    answer = client.post(
        "/siklus/baru",
        data={
            "instance_id": str(uuid.uuid4()),
            "command_id": str(uuid.uuid4()),
            "csrf_token": auth.csrf("/"),
        },
    )
    assert answer.status_code == 403 and outbox_commands(settings) == []


@pytest.mark.parametrize(
    ("username", "allowed"), [("kasie", True), ("kabid", False), ("kadis", False), ("pelaksana", False)]
)
def test_only_the_kasie_may_initial_at_step_4(settings, people, client, auth, username, allowed):
    iid = put_instance(settings, people, 4, "menunggu_paraf")
    auth.login(username)
    page = client.get(f"/siklus/{iid}").get_data(as_text=True)
    assert ('data-testid="paraf"' in page) is allowed
    answer = client.post(
        f"/siklus/{iid}/paraf",
        data={"command_id": str(uuid.uuid4()), "expected_step": "4", "csrf_token": auth.csrf("/")},
    )
    assert answer.status_code == (302 if allowed else 403)
    commands = outbox_commands(settings)
    assert [c.data for c in commands] == ([InitialNota(iid, people["kasie"], 4)] if allowed else [])


def test_an_action_not_open_at_this_step_is_refused(settings, people, client, auth):
    iid = put_instance(settings, people, 2, "menunggu_disposisi")
    auth.login("kasie")
    answer = client.post(
        f"/siklus/{iid}/paraf",
        data={"command_id": str(uuid.uuid4()), "expected_step": "2", "csrf_token": auth.csrf("/")},
    )
    assert answer.status_code == 403 and outbox_commands(settings) == []


def test_a_malformed_form_value_is_a_clear_400(settings, people, client, auth):
    iid = put_instance(settings, people, 2, "menunggu_disposisi")
    auth.login("kasie")
    answer = client.post(
        f"/siklus/{iid}/disposisi",
        data={
            "command_id": str(uuid.uuid4()),
            "expected_step": "2",
            "pelaksana_id": str(people["pelaksana"]),
            "instruksi": "hapus_semua",
            "sifat": "segera",
            "csrf_token": auth.csrf("/"),
        },
    )
    assert answer.status_code == 400 and "instruksi" in answer.get_data(as_text=True)
    assert outbox_commands(settings) == []


def test_pages_send_security_headers(client, auth):
    auth.login("kasie")
    headers = client.get("/").headers
    assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY"


def put_result(settings, app_id, cycle_id=None, availability="tidak_aktif", reason="http_5xx"):
    payload = '{"findings": [{"code": "judi_online", "severity": "kritis", "evidence": "slot gacor"}]}'
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO check_results (event_id, app_id, pd_id, cycle_id, checked_at, availability, reason,"
            " http_status, total_ms, login, freshness, payload) VALUES (%s, %s, 'dinkes', %s, now(), %s, %s, 503,"
            " 12.5, 'tidak_dikonfigurasi', 'tidak_diketahui', %s)",
            (str(uuid.uuid4()), app_id, cycle_id, availability, reason, payload),
        )


def test_the_status_board_shows_each_application_with_its_latest_result(settings, client, auth):
    put_result(settings, "app-0")
    auth.login("pelaksana")
    page = client.get("/aplikasi").get_data(as_text=True)
    assert "3 aplikasi · aktif 0 · tidak aktif 1 · belum diperiksa 2" in page
    assert "galat server (5xx)" in page and "Aplikasi 0" in page and "Aplikasi 1" in page


def test_the_cycle_page_lists_the_round_results_per_application(settings, people, client, auth):
    iid = put_instance(settings, people, 3, "draf_siap")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0'), (%s, 'app-1')", (iid, iid)
        )
    put_result(settings, "app-0", iid, "aktif", None)
    auth.login("pelaksana")
    page = re.sub(r"\s+", " ", client.get(f"/siklus/{iid}").get_data(as_text=True))
    assert "1 dari 2 aplikasi sudah diperiksa · aktif 1 · tidak aktif 0" in page
    assert 'data-testid="cycle-results"' in page and 'data-testid="kirim"' in page


def test_a_refused_new_cycle_shows_the_workflow_reason(settings, client, auth):
    cid = str(uuid.uuid4())
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO command_results (command_id, accepted, reason) VALUES (%s, false, %s)",
            (cid, "Belum ada aplikasi aktif di register untuk diperiksa."),
        )
    auth.login("kabid")
    page = client.get(f"/siklus/{uuid.uuid4()}?perintah={cid}").get_data(as_text=True)
    assert "Perintah ditolak" in page and "Belum ada aplikasi aktif" in page
    assert 'http-equiv="refresh"' not in page


def test_the_inbox_flags_a_step_past_its_mutu_baku(settings, people, client, auth):
    iid = put_instance(settings, people, 4, "menunggu_paraf")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, mutu_baku_s, warned_at,"
            " overdue_at) VALUES (%s, 0, 4, 'kasie', now() - interval '20 minutes', 900, now(), now())",
            (iid,),
        )
    auth.login("kasie")
    page = client.get("/").get_data(as_text=True)
    assert page.count("Melebihi mutu baku") == 2  # in "waiting for you" and in "all cycles"


def test_password_guessing_is_refused_after_five_failures_from_one_address(client, auth):
    for _ in range(5):
        assert "kata sandi salah" in auth.login("kadis", "tebakan-salah-123").get_data(as_text=True)
    refused = auth.login("kadis")  # even the right password, from this address, for now
    assert refused.status_code == 429 and "Terlalu banyak percobaan" in refused.get_data(as_text=True)
    assert client.get("/").status_code == 302

    elsewhere = client.application.test_client()
    page = elsewhere.get("/masuk", environ_base={"REMOTE_ADDR": "10.9.8.7"}).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = elsewhere.post(
        "/masuk",
        environ_base={"REMOTE_ADDR": "10.9.8.7"},
        data={"username": "kadis", "password": "sandi-kadis-123", "csrf_token": token},
    )
    assert answer.status_code == 302  # the official is not locked out from another desk


def test_the_json_api_lists_cycles_waiting_for_me_and_the_status_board(settings, people, client, auth):
    assert client.get("/api/siklus").status_code == 302  # needs a login like every page
    iid = put_instance(settings, people, 4, "menunggu_paraf")
    put_result(settings, "app-0")
    auth.login("kasie")
    cycles = client.get("/api/siklus").get_json()
    assert cycles["menunggu_saya"] == [iid] and cycles["siklus"][0]["phase"] == "menunggu_paraf"
    detail = client.get(f"/api/siklus/{iid}").get_json()
    assert detail["siklus"]["step"] == 4 and detail["dokumen"] == []
    board = {a["id"]: a for a in client.get("/api/aplikasi").get_json()["aplikasi"]}
    assert board["app-0"]["availability"] == "tidak_aktif" and board["app-1"]["availability"] is None
    auth.login("kabid")
    assert client.get("/api/siklus").get_json()["menunggu_saya"] == []
