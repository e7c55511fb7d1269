"""Contacts in the registry: who is told what concerns a Perangkat Daerah or one application."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pantau_common.registry.files import load_registry
from pantau_common.registry.model import Contact
from pantau_common.registry.validation import RegistryInvalidError, validate_registry

PD = {"id": "dinkes", "nama": "Dinas Kesehatan", "singkatan": "Dinkes"}
APP = {"id": "dinkes-puskesmas", "pd": "dinkes", "nama": "Puskesmas", "url": "https://puskesmas.bekasikota.go.id/"}
HOOK = {"webhook": "https://hook.dinkes.bekasikota.go.id/pantau", "secret_ref": "env:PANTAU_APP_SECRET_DINKES_HOOK_KEY"}


def errors_of(pd_contacts: Any = None, app_contacts: Any = None) -> list[str]:
    rows = {"perangkat_daerah": [{**PD, "kontak": pd_contacts}], "applications": [{**APP, "kontak": app_contacts}]}
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry(rows, known_pd_ids={"dinkes"})  # the application's row stays valid
    return [str(e) for e in caught.value.errors]


def test_a_department_and_an_application_carry_their_contacts() -> None:
    registry = validate_registry(
        {
            "perangkat_daerah": [{**PD, "kontak": [{"surel": "it@dinkes.bekasikota.go.id", "nama": "Tim TI"}]}],
            "applications": [{**APP, "kontak": [{**HOOK, "nama": "SIMPUS", "aktif": "tidak"}]}],
        }
    )

    assert registry.perangkat_daerah[0].kontak == (Contact("email", "it@dinkes.bekasikota.go.id", "Tim TI"),)
    assert registry.applications[0].kontak == (
        Contact("webhook", HOOK["webhook"], "SIMPUS", "env:PANTAU_APP_SECRET_DINKES_HOOK_KEY", aktif=False),
    )
    assert "kontak" not in registry.applications[0].config


def test_a_row_without_kontak_says_nothing_and_an_empty_list_says_none() -> None:
    registry = validate_registry({"perangkat_daerah": [PD], "applications": [{**APP, "kontak": []}]})

    assert registry.perangkat_daerah[0].kontak is None
    assert registry.applications[0].kontak == ()


@pytest.mark.parametrize(
    "address",
    [
        "dinkes",
        "it@dinkes",
        "it@@dinkes.go.id",
        "it dinkes@bekasikota.go.id",
        "it@dinkes.go.id\nBcc: x@y.id",
        ".it@a.id",
        "it@-a.id",
    ],
)
def test_an_address_that_is_not_an_e_mail_address_is_refused_at_its_row_and_field(address: str) -> None:
    assert errors_of(pd_contacts=[{"surel": "ok@dinkes.bekasikota.go.id"}, {"surel": address}]) == [
        f"perangkat_daerah baris 1, kolom kontak[2].surel: {address.strip()!r} bukan alamat surel yang sah"
    ]


@pytest.mark.parametrize(
    ("contact", "field", "message"),
    [
        ({**HOOK, "webhook": "http://hook.dinkes.bekasikota.go.id/"}, "webhook", "harus https://"),
        ({**HOOK, "webhook": "https://[::1/"}, "webhook", "bukan URL http(s) yang sah"),
        ({**HOOK, "webhook": "https://u:p@hook.bekasikota.go.id/"}, "webhook", "tidak boleh memuat kredensial"),
        ({"webhook": HOOK["webhook"]}, "secret_ref", "wajib untuk webhook"),
        (
            {**HOOK, "secret_ref": "kunci-rahasia-asli"},
            "secret_ref",
            "env:PANTAU_APP_SECRET_NAMA atau file:/var/run/secrets/pantau-apps/kunci (bukan nilai",
        ),
        (
            {"surel": "it@dinkes.bekasikota.go.id", "secret_ref": "env:PANTAU_APP_SECRET_X"},
            "secret_ref",
            "hanya untuk webhook",
        ),
        ({"surel": "it@dinkes.bekasikota.go.id", "telepon": "021"}, "telepon", "kolom tidak dikenal"),
    ],
)
def test_a_bad_webhook_or_secret_reference_is_refused_at_its_field(
    contact: dict[str, str], field: str, message: str
) -> None:
    [error] = errors_of(app_contacts=[contact])

    assert error.startswith(f"applications baris 1, kolom kontak[1].{field}: ") and message in error


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1:5432",  # the database beside the notifier
        "localhost:9092",
        "api.localhost",
        "169.254.169.254",  # the cloud metadata address
        "10.20.30.40",
        "192.168.1.10:8080",
        "[::1]:8000",
        "[::ffff:127.0.0.1]",
        "0.0.0.0",
    ],
)
@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_webhook_on_this_machine_or_a_private_address_is_refused(scheme: str, host: str) -> None:
    [error] = errors_of(pd_contacts=[{**HOOK, "webhook": f"{scheme}://{host}/hook"}])

    assert error == "perangkat_daerah baris 1, kolom kontak[1].webhook: alamat webhook diblokir: alamat internal/privat"


@pytest.mark.parametrize("url", ["https://hook.dinkes.bekasikota.go.id/p", "https://203.0.114.7/hook"])
def test_a_webhook_on_a_public_name_or_address_is_kept(url: str) -> None:
    registry = validate_registry({"perangkat_daerah": [{**PD, "kontak": [{**HOOK, "webhook": url}]}]})

    assert registry.perangkat_daerah[0].kontak is not None
    assert registry.perangkat_daerah[0].kontak[0].address == url


@pytest.mark.parametrize(
    ("kontak", "error"),
    [
        ("it@dinkes.bekasikota.go.id", "kolom kontak: harus daftar"),
        (["it@dinkes.bekasikota.go.id"], "kolom kontak[1]: harus objek"),
        ([{"surel": "it@dinkes.bekasikota.go.id", **HOOK}], "kolom kontak[1]: isi tepat satu dari surel atau webhook"),
        ([{"nama": "Tim TI"}], "kolom kontak[1]: isi tepat satu dari surel atau webhook"),
    ],
)
def test_a_kontak_of_the_wrong_shape_is_refused_clearly(kontak: Any, error: str) -> None:
    [found] = errors_of(pd_contacts=kontak)

    assert found.startswith(f"perangkat_daerah baris 1, {error}")


def test_a_flat_file_has_a_kontak_column_of_addresses_separated_by_semicolons(tmp_path: Path) -> None:
    csv_file = tmp_path / "apps.csv"
    csv_file.write_text(
        "id,pd,pd_nama,nama,url,kontak\n"
        "dinkes-web,dinkes,Dinas Kesehatan,Website,https://dinkes.bekasikota.go.id/,"
        "it@dinkes.bekasikota.go.id; humas@dinkes.bekasikota.go.id\n"
        "dinkes-puskesmas,dinkes,Dinas Kesehatan,Puskesmas,https://puskesmas.bekasikota.go.id/,\n"
    )

    web, puskesmas = load_registry(csv_file).applications

    assert [c.address for c in web.kontak or ()] == ["it@dinkes.bekasikota.go.id", "humas@dinkes.bekasikota.go.id"]
    assert puskesmas.kontak == ()  # the column is there and empty: no contacts


def test_a_spreadsheets_department_sheet_has_a_kontak_column(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "applications"
    book.active.append(["id", "pd", "nama", "url"])
    book.active.append(["dinkes-web", "dinkes", "Website", "https://dinkes.bekasikota.go.id/"])
    pds = book.create_sheet("perangkat_daerah")
    pds.append(["id", "nama", "kontak"])
    pds.append(["dinkes", "Dinas Kesehatan", "it@dinkes.bekasikota.go.id"])
    book.save(tmp_path / "registri.xlsx")
    pds.append(["bapenda", "Badan Pendapatan Daerah", "it@bapenda.bekasikota.go.id;bukan-surel"])
    book.save(tmp_path / "salah.xlsx")

    [dinkes] = load_registry(tmp_path / "registri.xlsx").perangkat_daerah
    with pytest.raises(RegistryInvalidError) as caught:
        load_registry(tmp_path / "salah.xlsx")

    assert dinkes.kontak == (Contact("email", "it@dinkes.bekasikota.go.id"),)
    assert [str(e) for e in caught.value.errors] == [
        "perangkat_daerah baris 3, kolom kontak[2].surel: 'bukan-surel' bukan alamat surel yang sah"
    ]
