"""`pantau-checker import` against the real PostgreSQL: all or nothing, every error reported."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from pantau_checker.__main__ import main
from pantau_common.db import connect

pytestmark = pytest.mark.integration
DEMO = Path(__file__).resolve().parents[3] / "deploy" / "demo" / "registry.yaml"


def counts(url: str) -> tuple[int, int]:
    with connect(url) as conn:
        pds = conn.execute("SELECT count(*) AS n FROM perangkat_daerah").fetchone()["n"]
        apps = conn.execute("SELECT count(*) AS n FROM applications").fetchone()["n"]
    return pds, apps


def run(monkeypatch: pytest.MonkeyPatch, url: str, *argv: str) -> int:
    monkeypatch.setenv("DATABASE_URL", url)
    return main(list(argv))


def contacts(url: str) -> set[tuple[str, str | None, str, str]]:
    with connect(url) as conn:
        rows = conn.execute("SELECT pd_id, app_id, channel, address FROM contacts").fetchall()
    return {(r["pd_id"], r["app_id"], r["channel"], r["address"]) for r in rows}


def test_demo_registry_imports_every_row_with_its_config(database_url, monkeypatch, capsys):  # type: ignore[no-untyped-def]
    assert run(monkeypatch, database_url, "import", str(DEMO)) == 0
    assert counts(database_url) == (16, 29)
    with connect(database_url) as conn:
        row = conn.execute("SELECT * FROM applications WHERE id = 'diskominfo-sso'").fetchone()
    assert row["config"]["login"]["password_secret"] == "env:PANTAU_APP_SECRET_DEMO_LOGIN_PASSWORD"
    assert row["config"]["resolve"] == ["sso.bekasikota.go.id:18090:127.0.0.1"]
    assert "diimpor: 16 perangkat daerah, 29 aplikasi" in capsys.readouterr().out
    assert ("dinkes", None, "email", "it@dinkes.bekasikota.go.id") in contacts(database_url)
    assert ("dinkes", "dinkes-puskesmas", "email", "admin.simpus@dinkes.bekasikota.go.id") in contacts(database_url)


def test_import_twice_updates_rows_instead_of_duplicating(database_url, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    first = tmp_path / "a.yaml"
    first.write_text(
        "perangkat_daerah:\n  - {id: bpbd, nama: BPBD, singkatan: BPBD, jenis: badan}\n"
        "applications:\n  - {id: bpbd-web, pd: bpbd, nama: Lama, url: 'http://bpbd.bekasikota.go.id/'}\n"
    )
    assert run(monkeypatch, database_url, "import", str(first)) == 0
    first.write_text(first.read_text().replace("Lama", "Website BPBD"))
    assert run(monkeypatch, database_url, "import", str(first)) == 0
    with connect(database_url) as conn:
        names = [r["nama"] for r in conn.execute("SELECT nama FROM applications")]
    assert names == ["Website BPBD"]


def test_bad_file_lists_every_error_with_row_and_field_and_changes_nothing(database_url, monkeypatch, capsys, tmp_path):  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "perangkat_daerah:\n"
        "  - {id: dinkes, nama: Dinas Kesehatan, singkatan: Dinkes, jenis: dinas}\n"
        "applications:\n"
        "  - {id: dinkes-web, pd: dinkes, nama: Website, url: 'http://dinkes.bekasikota.go.id/'}\n"
        "  - {id: Bad_Id, pd: dinkes, nama: X, url: 'http://x.bekasikota.go.id/'}\n"
        "  - {id: dinkes-simpus, pd: tidak-ada, nama: Simpus, url: 'ftp://simpus/', interval_s: 5}\n"
        "  - id: dinkes-login\n    pd: dinkes\n    nama: Login\n    url: http://l.bekasikota.go.id/\n"
        "    login: {url: 'http://l.bekasikota.go.id/login', username_field: u, password_field: p,\n"
        "            username_secret: admin, password_secret: 'env:PANTAU_APP_SECRET_PW', success_marker: Keluar}\n"
    )
    assert run(monkeypatch, database_url, "import", str(bad)) == 2
    err = capsys.readouterr().err
    for expected in (
        "applications baris 2, kolom id",
        "applications baris 3, kolom pd",
        "applications baris 3, kolom url",
        "applications baris 3, kolom interval_s",
        "applications baris 4, kolom login.username_secret",
        "5 kesalahan; tidak ada yang diterapkan",
    ):
        assert expected in err
    assert counts(database_url) == (0, 0)


def test_csv_and_excel_registries_import_like_yaml(database_url, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    csv_file = tmp_path / "apps.csv"
    csv_file.write_text(
        "id;pd;pd_nama;pd_singkatan;nama;url;internal;resolve\n"
        "bapenda-web;bapenda;Badan Pendapatan Daerah;Bapenda;Website Bapenda;"
        "http://bapenda.bekasikota.go.id/;tidak;bapenda.bekasikota.go.id:80:10.1.2.3\n"
    )
    assert run(monkeypatch, database_url, "import", str(csv_file)) == 0
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "applications"
    sheet.append(["id", "pd", "nama", "url", "interval_s", "login.url"])
    sheet.append(["bapenda-ebphtb", "bapenda", "e-BPHTB", "http://ebphtb.bekasikota.go.id/", 600.0, None])
    book.save(tmp_path / "apps.xlsx")
    assert run(monkeypatch, database_url, "import", str(tmp_path / "apps.xlsx")) == 0
    assert counts(database_url) == (1, 2)


def test_excel_errors_name_the_spreadsheet_row(database_url, monkeypatch, capsys, tmp_path):  # type: ignore[no-untyped-def]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "applications"
    sheet.append(["id", "pd", "nama", "url"])
    sheet.append(["ok-app", "nope", "Nama", "http://a.bekasikota.go.id/"])
    book.save(tmp_path / "bad.xlsx")
    assert run(monkeypatch, database_url, "import", str(tmp_path / "bad.xlsx")) == 2
    assert "applications baris 2, kolom pd" in capsys.readouterr().err


REGISTRY_WITH_CONTACTS = """
perangkat_daerah:
  - id: dinkes
    nama: Dinas Kesehatan
    kontak:
      - {surel: it@dinkes.bekasikota.go.id, nama: Tim TI}
      - webhook: 'https://hook.dinkes.bekasikota.go.id/pantau'
        secret_ref: 'env:PANTAU_APP_SECRET_DINKES_HOOK'
        nama: SIMRS
  - id: bapenda
    nama: Badan Pendapatan Daerah
    kontak: [{surel: it@bapenda.bekasikota.go.id}]
applications:
  - id: dinkes-puskesmas
    pd: dinkes
    nama: Puskesmas
    url: 'http://puskesmas.bekasikota.go.id/'
    kontak: [{surel: admin.simpus@dinkes.bekasikota.go.id}]
"""


def test_import_replaces_the_contacts_of_each_row_that_lists_them(database_url, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    registry = tmp_path / "registri.yaml"
    registry.write_text(REGISTRY_WITH_CONTACTS)
    assert run(monkeypatch, database_url, "import", str(registry)) == 0
    with connect(database_url) as conn:
        hook = conn.execute("SELECT secret_ref, nama FROM contacts WHERE channel = 'webhook'").fetchone()
    assert (hook["secret_ref"], hook["nama"]) == ("env:PANTAU_APP_SECRET_DINKES_HOOK", "SIMRS")

    registry.write_text(
        "perangkat_daerah:\n"
        "  - {id: dinkes, nama: Dinas Kesehatan, kontak: [{surel: helpdesk@dinkes.bekasikota.go.id}]}\n"
        "  - {id: bapenda, nama: Badan Pendapatan Daerah}\n"  # no kontak: its contacts stay
        "applications:\n"
        "  - {id: dinkes-puskesmas, pd: dinkes, nama: Puskesmas, url: 'http://p.bekasikota.go.id/', kontak: []}\n"
    )
    assert run(monkeypatch, database_url, "import", str(registry)) == 0

    assert contacts(database_url) == {
        ("dinkes", None, "email", "helpdesk@dinkes.bekasikota.go.id"),
        ("bapenda", None, "email", "it@bapenda.bekasikota.go.id"),
    }


def test_an_application_moved_to_another_department_takes_its_contacts_along(database_url, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    registry = tmp_path / "registri.yaml"
    registry.write_text(REGISTRY_WITH_CONTACTS)
    assert run(monkeypatch, database_url, "import", str(registry)) == 0

    registry.write_text(
        "applications:\n  - {id: dinkes-puskesmas, pd: bapenda, nama: Puskesmas, url: 'http://p.bekasikota.go.id/'}\n"
    )
    assert run(monkeypatch, database_url, "import", str(registry)) == 0

    assert ("bapenda", "dinkes-puskesmas", "email", "admin.simpus@dinkes.bekasikota.go.id") in contacts(database_url)


def test_a_bad_contact_is_reported_at_its_row_and_field_and_changes_nothing(
    database_url, monkeypatch, capsys, tmp_path
):  # type: ignore[no-untyped-def]
    registry = tmp_path / "registri.yaml"
    registry.write_text(REGISTRY_WITH_CONTACTS)
    assert run(monkeypatch, database_url, "import", str(registry)) == 0
    before = contacts(database_url)

    registry.write_text(
        REGISTRY_WITH_CONTACTS.replace("it@bapenda.bekasikota.go.id", "it-bapenda").replace(
            "https://hook", "http://hook"
        )
    )
    assert run(monkeypatch, database_url, "import", str(registry)) == 2

    err = capsys.readouterr().err
    assert "perangkat_daerah baris 1, kolom kontak[2].webhook: harus https://" in err
    assert "perangkat_daerah baris 2, kolom kontak[1].surel: 'it-bapenda' bukan alamat surel yang sah" in err
    assert contacts(database_url) == before


def test_a_csv_kontak_column_gives_each_application_its_addresses(database_url, monkeypatch, tmp_path):  # type: ignore[no-untyped-def]
    csv_file = tmp_path / "apps.csv"
    csv_file.write_text(
        "id,pd,pd_nama,nama,url,kontak\n"
        "bapenda-web,bapenda,Badan Pendapatan Daerah,Website,http://bapenda.bekasikota.go.id/,"
        "it@bapenda.bekasikota.go.id;humas@bapenda.bekasikota.go.id\n"
    )
    assert run(monkeypatch, database_url, "import", str(csv_file)) == 0

    assert contacts(database_url) == {
        ("bapenda", "bapenda-web", "email", "it@bapenda.bekasikota.go.id"),
        ("bapenda", "bapenda-web", "email", "humas@bapenda.bekasikota.go.id"),
    }
