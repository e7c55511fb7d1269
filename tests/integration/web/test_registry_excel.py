"""Excel both ways, against the real PostgreSQL: export, import, nothing changes; a bad workbook
lists every error with its row and column and changes nothing; a dry run before applying."""

from __future__ import annotations

import io

import openpyxl
import pytest
from pantau_testing import query
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

pytestmark = pytest.mark.integration


def upload(client, auth, content: bytes, name: str = "registri.xlsx"):  # type: ignore[no-untyped-def]
    """Post a registry file from bytes in memory (the test client would leave a large body's temp file open)."""
    form = {"berkas": FileStorage(io.BytesIO(content), name), "csrf_token": auth.csrf("/registri/impor")}
    boundary, body = encode_multipart(form)
    return client.post("/registri/impor", data=body, content_type=f"multipart/form-data; boundary={boundary}")


def snapshot(settings):  # type: ignore[no-untyped-def]
    url = settings.database_url
    return (
        query(url, "SELECT * FROM perangkat_daerah ORDER BY id"),
        query(
            url, "SELECT id, pd_id, nama, url, aktif, config, klasifikasi, tahun_operasi FROM applications ORDER BY id"
        ),
        query(url, "SELECT pd_id, app_id, channel, address, secret_ref, nama, aktif FROM contacts ORDER BY id"),
    )


def sheet_rows(content: bytes, sheet: str) -> list[list[object]]:
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [list(r) for r in book[sheet].iter_rows(values_only=True)]


def test_export_then_import_changes_nothing(client, auth, settings):
    auth.login("kasie")
    client.post(
        "/registri/aplikasi/app-0",
        data={
            "pd": "dinkes",
            "nama": "Aplikasi 0",
            "url": "https://app0.bekasikota.go.id/",
            "aktif": "ya",
            "interval_s": "300",
            "max_age_days": "30",
            "klasifikasi": "layanan_publik",
            "tahun_operasi": "2020",
            "maintenance": "sabtu 22:00-23:59",
            "kontak": "it@dinkes.bekasikota.go.id | Tim TI",
            "csrf_token": auth.csrf("/registri"),
        },
    )
    before = snapshot(settings)
    exported = client.get("/registri/ekspor.xlsx")
    assert exported.status_code == 200 and exported.mimetype.endswith("spreadsheetml.sheet")
    dry = upload(client, auth, exported.data).get_data(as_text=True)
    assert "0 baris akan berubah, 5 tetap" in dry and 'data-testid="terapkan"' not in dry
    csv = client.get("/registri/ekspor.csv")
    assert "0 baris akan berubah" in upload(client, auth, csv.data, "registri.csv").get_data(as_text=True)
    assert snapshot(settings) == before


def test_a_bad_workbook_lists_every_error_with_row_and_column_and_changes_nothing(client, auth, settings):
    auth.login("kasie")
    content = client.get("/registri/ekspor.xlsx").data
    book = openpyxl.load_workbook(io.BytesIO(content))
    apps = book["applications"]
    header = [c.value for c in apps[1]]
    apps.cell(row=2, column=header.index("url") + 1, value="bukan-url")
    apps.cell(row=4, column=header.index("interval_s") + 1, value=5)
    apps.cell(row=3, column=header.index("nama") + 1, value="Diubah tapi tidak diterapkan")
    out = io.BytesIO()
    book.save(out)
    before = snapshot(settings)
    answer = upload(client, auth, out.getvalue())
    page = answer.get_data(as_text=True)
    assert answer.status_code == 400 and "2 kesalahan" in page
    assert '<th scope="row">2</th><td>url</td>' in page and '<th scope="row">4</th><td>interval_s</td>' in page
    assert snapshot(settings) == before
    assert query(settings.database_url, "SELECT count(*) AS n FROM registry_imports")[0]["n"] == 0


def test_a_dry_run_shows_the_changes_and_applying_makes_them_with_history(client, auth, settings, people):
    auth.login("kasie")
    book = openpyxl.load_workbook(io.BytesIO(client.get("/registri/ekspor.xlsx").data))
    apps = book["applications"]
    header = [c.value for c in apps[1]]
    apps.cell(row=2, column=header.index("nama") + 1, value="Aplikasi Nol")
    apps.append(["app-baru", "bapenda", "Aplikasi Baru", "https://baru.bekasikota.go.id/"])
    out = io.BytesIO()
    book.save(out)
    dry = upload(client, auth, out.getvalue()).get_data(as_text=True)
    assert "2 baris akan berubah" in dry and "Aplikasi 0 → Aplikasi Nol" in dry
    assert query(settings.database_url, "SELECT nama FROM applications WHERE id = 'app-0'")[0]["nama"] == "Aplikasi 0"
    action = dry.split('action="')[-1].split('"')[0]
    assert client.post(action, data={"csrf_token": auth.csrf("/registri")}).status_code == 302
    assert query(settings.database_url, "SELECT nama FROM applications WHERE id = 'app-0'")[0]["nama"] == "Aplikasi Nol"
    changes = query(settings.database_url, "SELECT entity_id, change, actor_id FROM registry_history ORDER BY id")
    assert [(c["entity_id"], c["change"], c["actor_id"]) for c in changes] == [
        ("app-0", "diubah", people["kasie"]),
        ("app-baru", "baru", people["kasie"]),
    ]
    assert client.post(action, data={"csrf_token": auth.csrf("/registri")}).status_code == 404  # applied once


def test_the_check_results_download_as_xlsx_and_csv_with_labels(client, auth, put_check):
    put_check("app-0", "dinkes")
    put_check("app-1", "bapenda", availability="tidak_aktif", reason="waktu_habis", http_status=None)
    auth.login("kabid")
    rows = sheet_rows(client.get("/aplikasi/hasil.xlsx").data, "hasil_pemeriksaan")
    assert rows[0][:3] == ["waktu_wib", "aplikasi", "nama_aplikasi"] and len(rows) == 3
    assert {r[1]: r[6] for r in rows[1:]} == {"app-0": "Aktif", "app-1": "Tidak aktif"}
    csv = client.get("/aplikasi/hasil.csv?pd=bapenda").get_data(as_text=True)
    assert csv.count("\n") == 2 and "server tidak merespons (waktu habis)" in csv


def test_departments_and_readers_cannot_import(client, auth, department_users):
    auth.login("pelaksana")
    assert client.get("/registri/impor").status_code == 403
    auth.login("operator_dinkes")
    assert client.get("/registri/ekspor.xlsx").status_code == 404


def test_a_registry_past_the_upload_limit_is_refused_saying_so_of_the_registry(client, auth, settings):
    auth.login("kasie")
    before = snapshot(settings)
    refused = upload(client, auth, b"kode,nama\n" + b"x" * (7 * 1024 * 1024), "registri.csv")
    page = refused.get_data(as_text=True)
    assert refused.status_code == 413 and "Berkas registri paling besar 5 MB." in page
    assert "Lampiran" not in page  # an import attaches nothing
    assert snapshot(settings) == before
