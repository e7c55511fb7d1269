"""Follow-ups in the web: a department answers (with a checked attachment), the Kasie closes by hand,
and the register filters. Commands go to the outbox; the workflow's history is shown."""

from __future__ import annotations

import hashlib
import html
import io
import re
import uuid

import pytest
from pantau_testing import query
from PIL import Image
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from pantau_contracts.advice import advice
from pantau_contracts.followup import AnswerFollowUp, CloseFollowUp

pytestmark = pytest.mark.integration


def image_bytes(fmt: str) -> bytes:
    """Return a small real file of ``fmt`` (PDF, PNG or JPEG) made in the test."""
    out = io.BytesIO()
    Image.new("RGB", (24, 16), (11, 79, 138)).save(out, fmt)
    return out.getvalue()


@pytest.fixture
def follow_up(department_users, put_follow_up):
    """A Dinkes follow-up, still open."""
    return put_follow_up("app-0", "dinkes")


def answer_form(auth, fid, content=None, filename="bukti.pdf", **fields):
    form = {"csrf_token": auth.csrf(f"/tindak-lanjut/{fid}"), "command_id": str(uuid.uuid4())}
    form["catatan"] = "Skrip judi online sudah dihapus dan kata sandi diganti."
    if content is not None:
        form["lampiran"] = FileStorage(io.BytesIO(content), filename, content_type="application/pdf")
    return {**form, **fields}


def post_answer(client, fid, form, **kwargs):
    """Post a multipart answer from bytes in memory (the test client would leave a large body's temp file open)."""
    boundary, body = encode_multipart(form)
    content_type = f"multipart/form-data; boundary={boundary}"
    return client.post(f"/tindak-lanjut/{fid}/tanggapi", data=body, content_type=content_type, **kwargs)


def stored_attachments(settings):
    return query(settings.database_url, "SELECT * FROM follow_up_attachments ORDER BY id")


@pytest.mark.parametrize(("fmt", "media_type"), [("PDF", "application/pdf"), ("PNG", "image/png")])
def test_an_operator_answers_with_a_real_file_stored_with_its_command(
    settings, follow_up, department_users, outbox_commands, client, auth, fmt, media_type
):
    content = image_bytes(fmt)
    auth.login("operator_dinkes")
    form = answer_form(auth, follow_up, content, filename=f"bukti perbaikan.{fmt.lower()}")
    answer = post_answer(client, follow_up, form)
    assert answer.status_code == 302 and form["command_id"] in answer.headers["Location"]
    (stored,) = stored_attachments(settings)
    assert stored["media_type"] == media_type and bytes(stored["content"]) == content
    assert stored["sha256"] == hashlib.sha256(content).hexdigest() and stored["pd_id"] == "dinkes"
    (env,) = outbox_commands()
    me = department_users["operator_dinkes"]
    assert env.id == form["command_id"]
    assert env.data == AnswerFollowUp(follow_up, me, form["catatan"], stored["id"])
    (row,) = query(settings.database_url, "SELECT topic, key FROM outbox")
    assert row == {"topic": settings.topics.sop_commands, "key": follow_up}


def test_an_answer_without_an_attachment_sends_the_note_alone(
    follow_up, department_users, outbox_commands, client, auth
):
    auth.login("operator_dinkes")
    post_answer(client, follow_up, answer_form(auth, follow_up))
    (env,) = outbox_commands()
    assert env.data.attachment_id is None and env.data.catatan.startswith("Skrip judi online")


def test_a_renamed_executable_is_refused_in_indonesian(settings, follow_up, outbox_commands, client, auth):
    auth.login("operator_dinkes")
    fake = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200  # a Windows program, named and sent as a PDF
    answer = post_answer(client, follow_up, answer_form(auth, follow_up, fake, "bukti.pdf"))
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400
    assert "Jenis berkas lampiran tidak diizinkan. Lampirkan berkas PDF, PNG, atau JPEG yang sebenarnya." in page
    assert "Skrip judi online sudah dihapus" in page  # the note is kept for the next try
    assert outbox_commands() == [] and stored_attachments(settings) == []


def test_an_oversized_attachment_is_refused(settings, follow_up, outbox_commands, client, auth):
    auth.login("operator_dinkes")
    big = image_bytes("PDF") + b"%" * (5 * 1024 * 1024)
    answer = post_answer(client, follow_up, answer_form(auth, follow_up, big))
    assert answer.status_code == 400 and "terlalu besar" in answer.get_data(as_text=True)
    huge = big + b"%" * (2 * 1024 * 1024)  # past the request limit itself
    refused = post_answer(client, follow_up, answer_form(auth, follow_up, huge))
    assert refused.status_code == 413 and "Lampiran paling besar 5 MB" in refused.get_data(as_text=True)
    assert outbox_commands() == [] and stored_attachments(settings) == []


def test_an_answer_without_a_csrf_token_is_refused_and_sends_nothing(
    settings, follow_up, outbox_commands, client, auth
):
    auth.login("operator_dinkes")
    form = answer_form(auth, follow_up, image_bytes("PDF"))
    del form["csrf_token"]
    answer = post_answer(client, follow_up, form)
    assert answer.status_code == 400 and "Formulir kedaluwarsa atau tidak sah" in answer.get_data(as_text=True)
    assert outbox_commands() == [] and stored_attachments(settings) == []


def test_an_answer_needs_a_note(settings, follow_up, outbox_commands, client, auth):
    auth.login("operator_dinkes")
    answer = post_answer(client, follow_up, answer_form(auth, follow_up, image_bytes("PNG"), catatan=" "))
    assert answer.status_code == 400 and "Catatan tanggapan wajib diisi." in answer.get_data(as_text=True)
    assert outbox_commands() == [] and stored_attachments(settings) == []


def test_a_replayed_answer_sends_once_and_keeps_one_attachment(settings, follow_up, outbox_commands, client, auth):
    auth.login("operator_dinkes")
    form = answer_form(auth, follow_up)
    content = image_bytes("PNG")
    for _ in range(2):
        again = post_answer(
            client,
            follow_up,
            {**form, "lampiran": FileStorage(io.BytesIO(content), "bukti.png")},
            follow_redirects=True,
        )
    assert "sudah pernah dikirim" in again.get_data(as_text=True)
    assert len(outbox_commands()) == 1 and len(stored_attachments(settings)) == 1


@pytest.mark.parametrize("username", ["kepala_dinkes", "kasie", "pelaksana"])
def test_only_the_departments_operator_may_answer(follow_up, outbox_commands, client, auth, username):
    auth.login(username)
    page = client.get(f"/tindak-lanjut/{follow_up}").get_data(as_text=True)
    assert 'data-testid="tanggapi"' not in page and "Konten judi online tersisip" in page
    answer = post_answer(client, follow_up, answer_form(auth, follow_up))
    assert answer.status_code == 403 and outbox_commands() == []


def test_a_closed_follow_up_takes_no_answer(department_users, put_follow_up, outbox_commands, client, auth):
    fid = put_follow_up("app-0", "dinkes", state="selesai")
    auth.login("operator_dinkes")
    assert 'data-testid="tanggapi"' not in client.get(f"/tindak-lanjut/{fid}").get_data(as_text=True)
    assert post_answer(client, fid, answer_form(auth, fid)).status_code == 403
    assert outbox_commands() == []


def test_the_operator_reads_the_action_the_nota_recommends(department_users, put_follow_up, client, auth):
    injected = put_follow_up("app-0", "dinkes")
    new_kind = put_follow_up("app-0", "dinkes", code="aksesibilitas_baru", category="kepatuhan", severity="rendah")
    auth.login("operator_dinkes")
    page = client.get(f"/tindak-lanjut/{injected}").get_data(as_text=True)
    assert "Tindakan yang disarankan" in page
    shown = re.search(r'data-testid="advice">([^<]*)<', page)
    assert shown is not None and shown[1] == html.escape(advice("judi_online", "keamanan"))
    assert shown[1].startswith("Segera menghapus konten ilegal") and "2×24 jam" in shown[1]
    other = client.get(f"/tindak-lanjut/{new_kind}").get_data(as_text=True)
    assert "Menyesuaikan aplikasi dengan ketentuan yang berlaku" in other  # a new check: its category's advice


def test_the_answer_shows_with_its_attachment_to_the_department_and_the_officials(
    follow_up, department_users, put_answer, client, auth
):
    content = image_bytes("PDF")
    attachment_id = put_answer(follow_up, "dinkes", department_users["operator_dinkes"], content)
    for username in ("kepala_dinkes", "kasie"):
        auth.login(username)
        page = client.get(f"/tindak-lanjut/{follow_up}").get_data(as_text=True)
        assert "Ditanggapi Perangkat Daerah" in page and "Sudah diperbaiki" in page
        assert f'href="/tindak-lanjut/lampiran/{attachment_id}"' in page
        download = client.get(f"/tindak-lanjut/lampiran/{attachment_id}")
        assert download.status_code == 200 and download.data == content
        assert download.mimetype == "application/pdf"
        assert download.headers["Content-Disposition"] == f'attachment; filename="lampiran-{attachment_id}.pdf"'
        assert download.headers["X-Content-Type-Options"] == "nosniff"
    auth.login("operator_bapenda")
    assert client.get(f"/tindak-lanjut/lampiran/{attachment_id}").status_code == 404
    assert client.get(f"/tindak-lanjut/{follow_up}").status_code == 404


def test_the_kasie_closes_a_follow_up_with_a_reason(settings, follow_up, people, outbox_commands, client, auth):
    auth.login("kasie")
    page = client.get(f"/tindak-lanjut/{follow_up}").get_data(as_text=True)
    command_id = re.search(r'name="command_id" value="([^"]+)"', page).group(1)
    form = {"csrf_token": auth.csrf(f"/tindak-lanjut/{follow_up}"), "command_id": command_id}
    refused = client.post(f"/tindak-lanjut/{follow_up}/tutup", data={**form, "alasan": ""})
    assert refused.status_code == 400 and "Alasan penutupan wajib diisi." in refused.get_data(as_text=True)
    alasan = "Aplikasi sudah dinonaktifkan sesuai surat Kepala Dinas Kesehatan."
    closed = client.post(f"/tindak-lanjut/{follow_up}/tutup", data={**form, "alasan": alasan})
    assert closed.status_code == 302
    (env,) = outbox_commands()
    assert env.data == CloseFollowUp(follow_up, people["kasie"], alasan) and env.id == command_id
    assert query(settings.database_url, "SELECT key FROM outbox") == [{"key": follow_up}]


@pytest.mark.parametrize("username", ["pelaksana", "kabid"])
def test_only_the_kasie_may_close(follow_up, outbox_commands, client, auth, username):
    auth.login(username)
    assert 'data-testid="tutup"' not in client.get(f"/tindak-lanjut/{follow_up}").get_data(as_text=True)
    form = {"csrf_token": auth.csrf("/"), "command_id": str(uuid.uuid4()), "alasan": "Tidak perlu"}
    assert client.post(f"/tindak-lanjut/{follow_up}/tutup", data=form).status_code == 403
    assert outbox_commands() == []


def test_the_register_filters_by_department_state_and_lateness(department_users, put_follow_up, client, auth):
    late = put_follow_up("app-0", "dinkes", terlambat=True)
    answered = put_follow_up("app-1", "bapenda", state="ditanggapi", code="tidak_update", category="konten")
    done = put_follow_up("app-2", "dinkes", state="selesai", code="tls_tidak_sah")
    auth.login("kasie")

    def listed(query_string):
        page = client.get(f"/tindak-lanjut?{query_string}").get_data(as_text=True)
        return {fid for fid in (late, answered, done) if fid in page}

    assert listed("") == {late, answered, done}
    assert listed("pd=dinkes") == {late, done}
    assert listed("status=ditanggapi") == {answered}
    assert listed("terlambat=1") == {late}
    page = client.get("/tindak-lanjut").get_data(as_text=True)
    assert "Sertifikat TLS tidak sah" in page and "Terlambat" in page and "Badan Pendapatan Daerah" in page
    assert "tidak_update" not in re.sub(r"<[^>]+>", " ", page)  # labels, never codes
