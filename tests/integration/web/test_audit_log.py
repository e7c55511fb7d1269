"""The audit log: logins, downloads, account changes, registry changes and refused commands, shown
to the admin and the Kabid, filtered, paged and exported; never changed, never a password."""

from __future__ import annotations

import csv
import html
import io
import re
import uuid

import psycopg
import pytest
from pantau_testing import query
from psycopg.types.json import Jsonb

from pantau_common import outbox
from pantau_contracts import envelope
from pantau_contracts.sop import SignNota

pytestmark = pytest.mark.integration


def audit_rows(settings, kind):
    return query(settings.database_url, "SELECT * FROM audit_log WHERE kind = %s ORDER BY id", (kind,))


def test_logins_are_recorded_and_the_password_never(settings, client, auth, admin):
    auth.login("kasie", "tebakan-salah-123")
    auth.login("kasie")
    (failed,) = audit_rows(settings, "masuk_gagal")
    (signed_in,) = audit_rows(settings, "masuk")
    assert failed["actor_id"] is None and failed["actor_name"] == "kasie" and failed["remote"] == "127.0.0.1"
    assert signed_in["target"] == "kasie" and signed_in["actor_id"] is not None
    everything = str(query(settings.database_url, "SELECT * FROM audit_log"))
    assert "tebakan-salah-123" not in everything and "sandi-kasie-123" not in everything


def test_a_document_download_is_recorded(settings, put_instance, client, auth):
    with psycopg.connect(settings.database_url) as conn:
        (doc,) = conn.execute(
            "INSERT INTO documents (instance_id, kind, version, format, nomor, sha256, content)"
            " VALUES (%s, 'nota_dinas', 2, 'pdf', '800/1', repeat('a', 64), 'x') RETURNING id",
            (put_instance(4, "menunggu_paraf"),),
        ).fetchone()
    auth.login("kadis")
    assert client.get(f"/dokumen/{doc}").status_code == 200
    (row,) = audit_rows(settings, "unduh_dokumen")
    assert row["target"] == "Nota Dinas versi 2 (PDF)" and row["data"] == {"id": doc}


def test_the_audit_log_cannot_be_changed(settings, client, auth):
    auth.login("kasie")
    with pytest.raises(psycopg.errors.RaiseException), psycopg.connect(settings.database_url) as conn:
        conn.execute("UPDATE audit_log SET detail = 'dihapus'")
    with pytest.raises(psycopg.errors.RaiseException), psycopg.connect(settings.database_url) as conn:
        conn.execute("DELETE FROM audit_log")


def refuse_a_command(settings, people, put_instance) -> str:
    """Store a SignNota by the Kasie in the outbox, and the workflow's refusal of it."""
    iid = put_instance(6, "menunggu_tanda_tangan")
    env = envelope(SignNota(iid, people["kasie"], 6), source="/pantau/web", subject=iid)
    with psycopg.connect(settings.database_url) as conn:
        outbox.add(conn, env, "pantau.sop.commands.v1", iid)
        conn.execute(
            "INSERT INTO command_results (command_id, instance_id, accepted, reason) VALUES (%s, %s, false, %s)",
            (env.id, iid, "Langkah ini hanya dapat dilakukan oleh Kepala Dinas."),
        )
    return iid


def put_registry_change(settings, actor_id):
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO registry_history (entity, entity_id, pd_id, change, source, actor_id, after)"
            " VALUES ('aplikasi', 'app-1', 'bapenda', 'diubah', 'web', %s, %s)",
            (actor_id, Jsonb({"nama": "Aplikasi 1"})),
        )


def test_the_page_shows_refused_commands_and_registry_changes_with_labels(settings, people, put_instance, client, auth):
    iid = refuse_a_command(settings, people, put_instance)
    put_registry_change(settings, people["kabid"])
    auth.login("kabid")
    page = client.get("/audit").get_data(as_text=True)
    assert "Perintah ditolak" in page and "hanya dapat dilakukan oleh Kepala Dinas" in page and iid in page
    assert "Pejabat kasie" in page  # the refused command's actor, read from the command
    assert "Perubahan registri" in page and "Aplikasi app-1" in page and "Diubah" in page
    table = page.split('data-testid="audit"')[1]
    assert "perintah_ditolak" not in table and "diubah<" not in table  # labels, never codes


@pytest.mark.parametrize(("username", "status"), [("kabid", 200), ("admin", 200), ("kasie", 403), ("kadis", 403)])
def test_only_the_admin_and_the_kabid_read_the_audit_log(client, auth, admin, username, status):
    auth.login(username)
    assert client.get("/audit").status_code == status
    assert client.get("/audit.csv").status_code == status


def test_a_department_account_gets_404(client, auth, department_users):
    auth.login("operator_dinkes")
    assert client.get("/audit").status_code == 404


def test_the_log_is_filtered_by_kind_and_user_and_paged(settings, people, put_instance, client, auth):
    for _ in range(30):
        auth.login("kasie", "tebakan-salah-123")
    refuse_a_command(settings, people, put_instance)
    auth.login("kabid")
    refused = client.get("/audit?jenis=perintah_ditolak").get_data(as_text=True)
    assert "Perintah ditolak" in refused and "Masuk gagal</th>" not in refused
    first = client.get("/audit?jenis=masuk_gagal&per=25").get_data(as_text=True)
    assert "25 peristiwa, terbaru" in first and 'data-testid="next"' in first
    older = re.search(r'href="([^"]+)" rel="next"', first)
    second = client.get(html.unescape(older[1])).get_data(as_text=True)
    assert "5 peristiwa:" in second and "jenis=masuk_gagal" in second and 'data-testid="next"' not in second
    by_user = client.get("/audit?pengguna=kabid").get_data(as_text=True)
    assert "Masuk berhasil" in by_user and "Masuk gagal" not in by_user.split("<tbody>")[1]


def test_the_export_is_a_csv_of_the_filtered_log_safe_for_spreadsheets(settings, client, auth):
    auth.login("=HYPERLINK(1)", "tebakan-salah-123")
    auth.login("kabid")
    answer = client.get("/audit.csv?jenis=masuk_gagal")
    assert answer.mimetype == "text/csv" and "attachment" in answer.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(answer.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["Waktu", "Jenis", "Pelaku"] and len(rows) == 2
    assert rows[1][1] == "Masuk gagal" and rows[1][2] == "'=HYPERLINK(1)"
    assert audit_rows(settings, "unduh_dokumen")[0]["target"] == "Log audit (CSV)"


def test_record_refuses_an_unknown_kind(app):
    from pantau_web import audit

    with app.app_context(), pytest.raises(ValueError, match="unknown audit kind"):
        audit.record(None, None, "sesuatu", "x")  # type: ignore[arg-type]


def test_an_unknown_command_id_is_not_required(settings, client, auth):
    """A refusal whose command is no longer in the outbox still shows, without an actor."""
    with psycopg.connect(settings.database_url) as conn:
        conn.execute(
            "INSERT INTO command_results (command_id, accepted, reason) VALUES (%s, false, 'Ditolak.')",
            (str(uuid.uuid4()),),
        )
    auth.login("kabid")
    assert "Ditolak." in client.get("/audit?jenis=perintah_ditolak").get_data(as_text=True)
