"""The shared registry: flat rows and documents both ways, the SPBE fields, and what a change is."""

from __future__ import annotations

import io
from dataclasses import replace

import openpyxl
import pytest

from pantau_common.registry.diff import plan
from pantau_common.registry.files import read_registry, registry_csv, registry_workbook
from pantau_common.registry.flat import (
    app_document,
    app_from_flat,
    contacts_from_text,
    flat_app,
    windows_from_text,
    windows_text,
)
from pantau_common.registry.model import Contact, Registry, Spbe
from pantau_common.registry.validation import RegistryInvalidError, validate_app, validate_registry

PD = {"id": "dinkes", "nama": "Dinas Kesehatan", "singkatan": "Dinkes"}
FULL_APP = {
    "id": "dinkes-simpus",
    "pd": "dinkes",
    "nama": "SIMPUS",
    "url": "https://simpus.bekasikota.go.id/",
    "interval_s": 600,
    "klasifikasi": "layanan_publik",
    "unit_pengembang": "Bidang Aptika",
    "tahun_operasi": 2019,
    "penanggung_jawab": "Kepala Seksi Data",
    "login": {
        "url": "https://simpus.bekasikota.go.id/masuk",
        "username_field": "u",
        "password_field": "p",
        "username_secret": "env:PANTAU_APP_SECRET_SIMPUS_USER",
        "password_secret": "file:/var/run/secrets/pantau-apps/simpus",
        "success_marker": "Keluar",
    },
    "resolve": ["simpus.bekasikota.go.id:443:10.0.0.5"],
    "ca_bundle": "/etc/pantau/ca/dinkes.pem",
    "maintenance": [
        {"days": ["senin", "rabu"], "from": "01:00", "to": "03:00"},
        {"start": "2026-01-05T22:00", "end": "2026-01-06T02:00"},
    ],
    "googlebot_check": False,
    "kontak": [
        {"surel": "it@dinkes.bekasikota.go.id", "nama": "Tim TI"},
        {
            "webhook": "https://hook.dinkes.bekasikota.go.id/pantau",
            "secret_ref": "env:PANTAU_APP_SECRET_HOOK_KEY",
            "aktif": False,
        },
    ],
}


def registry() -> Registry:
    """Return the registry as the store reads it back (contacts always known, maybe none)."""
    return validate_registry({"perangkat_daerah": [{**PD, "kontak": []}], "applications": [FULL_APP]})


def test_the_spbe_fields_are_read_and_optional() -> None:
    app = registry().applications[0]
    assert app.spbe == Spbe("layanan_publik", "Bidang Aptika", 2019, "Kepala Seksi Data")
    bare = validate_registry(
        {"perangkat_daerah": [PD], "applications": [{**FULL_APP, "klasifikasi": None, "tahun_operasi": None}]}
    )
    assert bare.applications[0].spbe.klasifikasi is None and bare.applications[0].spbe.tahun_operasi is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("klasifikasi", "hiburan", "kolom klasifikasi: harus layanan_publik atau administrasi_pemerintahan"),
        ("tahun_operasi", "kemarin", "kolom tahun_operasi: 'kemarin' harus bilangan bulat 1970..2100"),
        ("ca_bundle", "dinkes.pem", "kolom ca_bundle: harus jalur berkas PEM yang mutlak"),
    ],
)
def test_a_bad_spbe_or_setting_value_is_refused_at_its_field(field: str, value: str, message: str) -> None:
    with pytest.raises(RegistryInvalidError) as invalid:
        validate_registry({"perangkat_daerah": [PD], "applications": [{**FULL_APP, field: value}]})
    assert message in str(invalid.value.errors[0])


def test_a_flat_row_of_the_document_validates_to_the_same_application() -> None:
    app = registry().applications[0]
    document, _ = app_from_flat(flat_app(app_document(app)))
    again = validate_registry({"perangkat_daerah": [PD], "applications": [document]}).applications[0]
    assert again == app


def test_the_workbook_and_the_csv_import_back_unchanged() -> None:
    stored = registry()
    for name, content in (("r.xlsx", registry_workbook(stored)), ("r.csv", registry_csv(stored))):
        again = read_registry(name, content, known_pd_ids=["dinkes"])
        assert [c.kind for c in plan(stored, again)] == (["tetap", "tetap"] if name.endswith("xlsx") else ["tetap"])


def test_a_kontak_cell_carries_names_secret_references_and_inactive_contacts() -> None:
    cell = (
        "it@dinkes.bekasikota.go.id | Tim TI; https://hook.example.go.id/x | env:PANTAU_APP_SECRET_KEY | nonaktif\n"
        "a@x.go.id b@x.go.id"
    )
    assert contacts_from_text(cell) == [
        {"surel": "it@dinkes.bekasikota.go.id", "nama": "Tim TI"},
        {"webhook": "https://hook.example.go.id/x", "secret_ref": "env:PANTAU_APP_SECRET_KEY", "aktif": False},
        {"surel": "a@x.go.id"},
        {"surel": "b@x.go.id"},
    ]


def test_maintenance_windows_read_and_write_in_a_short_syntax() -> None:
    text = "senin,rabu 01:00-03:00; 2026-01-05T22:00/2026-01-06T02:00"
    assert windows_text(windows_from_text(text)) == text


def test_a_plan_names_new_changed_deactivated_and_unchanged_rows() -> None:
    stored = registry()
    app = stored.applications[0]
    incoming = Registry(
        stored.perangkat_daerah,
        (replace(app, nama="SIMPUS Baru", kontak=None), replace(app, id="dinkes-baru")),
    )
    kinds = {(c.id, c.kind) for c in plan(stored, incoming)}
    assert kinds == {("dinkes", "tetap"), ("dinkes-simpus", "diubah"), ("dinkes-baru", "baru")}
    [change] = [c for c in plan(stored, Registry(applications=(replace(app, aktif=False),))) if c.id == app.id]
    assert change.kind == "dinonaktifkan" and change.fields == ("aktif",)


def test_a_row_silent_on_contacts_keeps_the_stored_ones_in_the_plan() -> None:
    stored = registry()
    [change] = plan(stored, Registry(applications=(replace(stored.applications[0], kontak=None),)))
    assert change.kind == "tetap"
    assert change.after["kontak"][0] == {"surel": "it@dinkes.bekasikota.go.id", "nama": "Tim TI"}
    assert Contact("email", "it@dinkes.bekasikota.go.id", "Tim TI") in (stored.applications[0].kontak or ())


@pytest.mark.parametrize("bad", ["nama\x00", "\ud800", float("inf")])
def test_a_value_the_database_cannot_store_is_an_error_at_its_field(bad: object) -> None:
    errors: list[tuple[str, str]] = []
    row = {"id": "a", "pd": "p", "nama": "A", "url": "https://a.bekasikota.go.id/", "penanggung_jawab": bad}
    assert validate_app(row, errors, {"p"}) is None and [f for f, _ in errors] == ["penanggung_jawab"]


def test_a_url_scheme_is_written_in_lower_case() -> None:
    errors: list[tuple[str, str]] = []
    validate_app({"id": "a", "pd": "p", "nama": "A", "url": "HTTPS://a.bekasikota.go.id/"}, errors, {"p"})
    assert [f for f, _ in errors] == ["url"]


@pytest.mark.parametrize("field", ["id", "pd", "nama", "url", "unit_pengembang", "penanggung_jawab"])
@pytest.mark.parametrize("value", [{"nama": "SIMPUS"}, ["SIMPUS"]])
def test_an_object_or_a_list_where_text_belongs_is_refused_at_its_field(field: str, value: object) -> None:
    """Its Python form ("{'nama': 'SIMPUS'}") was kept as the application's text."""
    errors: list[tuple[str, str]] = []
    assert validate_app({**FULL_APP, field: value}, errors, {"dinkes"}) is None
    assert (field, "harus teks, bukan daftar atau objek") in errors
    assert [f for f, _ in errors].count(field) == 1  # one error for the field, not one per later check


def _aliased(levels: int, value: str) -> list[str]:
    """Return YAML lines anchoring ``a0``..``a<levels>``, each ten aliases of the one before."""
    lines = [f"a0: &a0 [{', '.join([value] * 10)}]"]
    return lines + [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, levels + 1)]


def test_a_yaml_registry_whose_aliases_stand_for_too_many_values_is_refused() -> None:
    """Nine levels of ten aliases, 500 bytes, stood for a billion values, walked by validation and written
    into its error message; six (ten million) show the refusal."""
    lines = [*_aliased(6, "x"), "perangkat_daerah:", "  - {id: dinkes, nama: Dinas Kesehatan, jenis: *a6}"]
    with pytest.raises(RegistryInvalidError) as invalid:
        read_registry("registri.yaml", "\n".join([*lines, "applications: []"]).encode())
    (error,) = invalid.value.errors
    assert error.section == "berkas" and error.message.startswith("YAML terlalu besar atau bertingkat terlalu dalam")


def test_a_yaml_registry_may_share_a_block_through_an_anchor() -> None:
    shared = "kontak: &operator [{surel: operator@bekasikota.go.id, nama: Operator}]"
    app = "{id: dinkes-simpus, pd: dinkes, nama: SIMPUS, url: 'https://simpus.bekasikota.go.id/', kontak: *operator}"
    text = f"{shared}\nperangkat_daerah:\n  - {{id: dinkes, nama: Dinas Kesehatan}}\napplications:\n  - {app}\n"
    registry = read_registry("registri.yaml", text.encode(), ["dinkes"])
    assert registry.applications[0].kontak[0].address == "operator@bekasikota.go.id"


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_a_file_of_more_rows_than_any_registry_is_refused_as_a_whole(kind: str) -> None:
    """A 2 MB CSV of one-letter lines was three million rows: 35 s, 1.5 GB and nine million errors."""
    from pantau_common.registry.files import MAX_ROWS

    lines = [["id", "pd", "nama", "url"], *([["x"]] * (MAX_ROWS + 1))]
    if kind == "csv":
        data = "\n".join(",".join(line) for line in lines).encode()
    else:
        book = openpyxl.Workbook()
        for line in lines:
            book.active.append(line)
        out = io.BytesIO()
        book.save(out)
        data = out.getvalue()
    with pytest.raises(RegistryInvalidError) as invalid:
        read_registry(f"registri.{kind}", data)
    (error,) = invalid.value.errors
    assert error.message == "berkas memuat lebih dari 50.000 baris; registri sebesar itu tidak diterima"
