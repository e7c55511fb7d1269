"""The web UI against a real PostgreSQL: login, CSRF, role guards, and commands via the outbox."""

from __future__ import annotations

import re
import uuid

import psycopg
import pytest
from pantau_testing import query

from pantau_contracts.sop import InitialNota, StartCycle

pytestmark = pytest.mark.integration


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


def test_a_form_without_a_csrf_token_is_refused_and_sends_nothing(outbox_commands, client, auth):
    auth.login("kabid")
    answer = client.post("/siklus/baru", data={"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4())})
    assert answer.status_code == 400
    assert outbox_commands() == []


def test_a_forged_csrf_token_is_refused(outbox_commands, client, auth):
    auth.login("kabid")
    answer = client.post(
        "/siklus/baru",
        data={"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), "csrf_token": "forged"},
    )
    assert answer.status_code == 400 and outbox_commands() == []


def test_the_kabid_starts_a_cycle_as_a_command_in_the_outbox(outbox_commands, people, client, auth):
    auth.login("kabid")
    iid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    answer = client.post(
        "/siklus/baru",
        data={"instance_id": iid, "command_id": cid, "note": "Monev November", "csrf_token": auth.csrf("/")},
    )
    assert answer.status_code == 302 and cid in answer.headers["Location"]
    (env,) = outbox_commands()
    assert env.id == cid and env.data == StartCycle(iid, people["kabid"], "Monev November")


def test_a_replayed_form_sends_its_command_once(outbox_commands, client, auth):
    auth.login("kabid")
    form = {"instance_id": str(uuid.uuid4()), "command_id": str(uuid.uuid4()), "csrf_token": auth.csrf("/")}
    client.post("/siklus/baru", data=form)
    again = client.post("/siklus/baru", data=form, follow_redirects=True)
    assert "sudah pernah dikirim" in again.get_data(as_text=True)
    assert len(outbox_commands()) == 1


@pytest.mark.parametrize("username", ["kasie", "pelaksana", "kadis"])
def test_only_the_kabid_may_start_a_cycle(outbox_commands, client, auth, username):
    auth.login(username)
    answer = client.post(
        "/siklus/baru",
        data={
            "instance_id": str(uuid.uuid4()),
            "command_id": str(uuid.uuid4()),
            "csrf_token": auth.csrf("/"),
        },
    )
    assert answer.status_code == 403 and outbox_commands() == []


@pytest.mark.parametrize(
    ("username", "allowed"), [("kasie", True), ("kabid", False), ("kadis", False), ("pelaksana", False)]
)
def test_only_the_kasie_may_initial_at_step_4(outbox_commands, people, put_instance, try_action, username, allowed):
    iid = put_instance(4, "menunggu_paraf")
    form_shown, status = try_action(username, iid, "paraf", 4)
    assert form_shown is allowed
    assert status == (302 if allowed else 403)
    commands = outbox_commands()
    assert [c.data for c in commands] == ([InitialNota(iid, people["kasie"], 4)] if allowed else [])


def test_an_action_not_open_at_this_step_is_refused(outbox_commands, put_instance, client, auth):
    iid = put_instance(2, "menunggu_disposisi")
    auth.login("kasie")
    answer = client.post(
        f"/siklus/{iid}/paraf",
        data={"command_id": str(uuid.uuid4()), "expected_step": "2", "csrf_token": auth.csrf("/")},
    )
    assert answer.status_code == 403 and outbox_commands() == []


def test_a_malformed_form_value_is_a_clear_400(outbox_commands, people, put_instance, client, auth):
    iid = put_instance(2, "menunggu_disposisi")
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
    assert outbox_commands() == []


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
    assert "galat server (HTTP 5xx)" in page and "Aplikasi 0" in page and "Aplikasi 1" in page


def test_the_cycle_page_lists_the_round_results_per_application(settings, put_instance, client, auth):
    iid = put_instance(3, "draf_siap")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0'), (%s, 'app-1')", (iid, iid)
        )
    put_result(settings, "app-0", iid, "aktif", None)
    auth.login("pelaksana")
    page = re.sub(r"\s+", " ", client.get(f"/siklus/{iid}").get_data(as_text=True))
    assert "1 dari 2 aplikasi sudah diperiksa · aktif 1 · tidak aktif 0" in page
    assert 'data-testid="cycle-results"' in page and 'data-testid="kirim"' in page


def visible_text(page):
    """Return what a reader sees of a page: its text without tags (a CSS class is not read)."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


# Codes the stored rows below carry, and the words an official reads instead.
CODES = ("http_5xx", "tidak_aktif", "tidak_dikonfigurasi", "tidak_diketahui", "draf_siap", "nota_dinas")
CODES += ("proses_lebih_lanjut", "sangat_segera")
RESULT_LABELS = ("galat server (HTTP 5xx)", "Tidak aktif", "Tidak dikonfigurasi", "Tidak diketahui")


def test_pages_show_labels_never_raw_codes(settings, put_instance, client, auth):
    iid = put_instance(3, "draf_siap")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute("INSERT INTO sop_cycle_scope (instance_id, app_id) VALUES (%s, 'app-0')", (iid,))
        conn.execute(
            "UPDATE sop_instances SET disposition = %s WHERE id = %s",
            ('{"instruksi": "proses_lebih_lanjut", "sifat": "sangat_segera", "catatan": ""}', iid),
        )
        conn.execute(
            "INSERT INTO documents (instance_id, kind, version, format, sha256, content)"
            " VALUES (%s, 'nota_dinas', 1, 'pdf', repeat('a', 64), 'x')",
            (iid,),
        )
    put_result(settings, "app-0", iid)
    auth.login("pelaksana")
    cycle = visible_text(client.get(f"/siklus/{iid}").get_data(as_text=True))
    board = visible_text(client.get("/aplikasi").get_data(as_text=True))
    assert all(words in cycle and words in board for words in RESULT_LABELS)
    assert "Draf nota dinas siap ditinjau Pelaksana" in cycle and "Proses lebih lanjut · Sangat segera" in cycle
    assert "Nota Dinas" in cycle
    assert [code for code in CODES if code in cycle or code in board] == []


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


def test_the_inbox_flags_a_step_past_its_mutu_baku(settings, put_instance, client, auth):
    iid = put_instance(4, "menunggu_paraf")
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO sop_step_history (instance_id, seq, step, role, started_at, mutu_baku_s, warned_at,"
            " overdue_at) VALUES (%s, 0, 4, 'kasie', now() - interval '20 minutes', 900, now(), now())",
            (iid,),
        )
    auth.login("kasie")
    page = client.get("/").get_data(as_text=True)
    assert page.count("Melebihi mutu baku") == 2  # in "waiting for you" and in "all cycles"


def test_the_inbox_shows_the_mutu_baku_of_the_step_waiting_for_me(put_instance, client, auth):
    put_instance(2, "menunggu_disposisi")
    auth.login("kasie")
    assert '<td data-testid="mutu-baku">15 menit</td>' in client.get("/").get_data(as_text=True)


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


def test_the_json_api_lists_cycles_waiting_for_me_and_the_status_board(settings, put_instance, client, auth):
    assert client.get("/api/siklus").status_code == 401  # needs a login (or an API token) like every route
    iid = put_instance(4, "menunggu_paraf")
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
