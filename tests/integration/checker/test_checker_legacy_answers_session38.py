"""An application whose root is no page: an API's JSON, a SOAP service's WSDL or its fault.

An API that answers is aktif, its freshness unknown (its data dates nothing); one that answers an error under HTTP
200 (Spring's ``{"status":500,…}``, FastAPI's ``{"detail":"Not Found"}``) is not healthy, as the same words under
text/html are not. A WSDL is a service that answers, not an empty page; a SOAP fault is the service's error. Real
HTTP servers on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, checked
from legacy_answers_s38 import (
    CI4_WELCOME,
    FASTAPI_NOT_FOUND,
    JSON,
    LARAVEL_SERVER_ERROR,
    SOAP_FAULT,
    SPRING_404,
    SPRING_500,
    UP,
    WSDL,
    XML,
    employees,
)

from pantau_contracts.status import ApplicationChecked

HOST = "api-simpeg.bekasikota.go.id"


def answered(site: FakeSite, body: str, headers: dict[str, str]) -> ApplicationChecked:
    site.route("*", "/", Reply(200, body, headers))
    return checked(site, HOST)


@pytest.mark.parametrize(
    ("body", "reason", "said"),
    [
        (SPRING_500, "galat_aplikasi", '"error":"Internal Server Error"'),
        (LARAVEL_SERVER_ERROR, "galat_aplikasi", '"message": "Server Error"'),
        (SPRING_404, "halaman_tidak_ditemukan", '"error":"Not Found"'),
        (FASTAPI_NOT_FOUND, "halaman_tidak_ditemukan", '{"detail":"Not Found"}'),
    ],
    ids=["spring-500", "laravel-500", "spring-404", "fastapi-404"],
)
def test_an_apis_json_error_under_200_is_not_healthy(site: FakeSite, body: str, reason: str, said: str) -> None:
    event = answered(site, body, JSON)
    assert (event.availability, event.reason, event.content.result) == ("tidak_aktif", reason, "tidak_diketahui")
    assert said in (event.reason_detail or "")


@pytest.mark.parametrize("body", [UP, CI4_WELCOME, employees(60)], ids=["status-ok", "ci4-welcome", "open-data"])
def test_an_api_that_answers_is_aktif_of_unknown_freshness(site: FakeSite, body: str) -> None:
    event = answered(site, body, JSON)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "tidak_diketahui")


def test_a_soap_services_wsdl_at_the_root_is_a_service_that_answers(site: FakeSite) -> None:
    event = answered(site, WSDL, XML)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "tidak_diketahui")


def test_a_soap_fault_under_200_is_the_services_error(site: FakeSite) -> None:
    event = answered(site, SOAP_FAULT, XML)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert "Server was unable to process request" in (event.reason_detail or "")


# --- a file, not a page: aktif, and the freshness says why it dates nothing ---------------------------------------

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.mark.parametrize(
    ("body", "headers", "what"),
    [
        (PDF, {"Content-Type": "application/pdf"}, "dokumen PDF"),
        (UP, JSON, "jawaban API (JSON)"),
        (
            b"PK\x03\x04" + bytes(300),
            {"Content-Type": "application/zip", "Content-Disposition": 'attachment; filename="SIMDA_Setup_v2.7.zip"'},
            "berkas unduhan \u201cSIMDA_Setup_v2.7.zip\u201d",
        ),
        # Office's type names "xml" in its vendor's name: a zip all the same, never read as a page.
        (
            b"PK\x03\x04" + bytes(300),
            {"Content-Type": XLSX, "Content-Disposition": "attachment; filename*=UTF-8''Rekap%20Pegawai%202026.xlsx"},
            "berkas unduhan \u201cRekap Pegawai 2026.xlsx\u201d",
        ),
        (b"\x89PNG\r\n\x1a\n" + bytes(60), {"Content-Type": "image/png"}, "gambar"),
    ],
    ids=["pdf", "json", "zip-download", "xlsx-download", "image"],
)
def test_a_file_at_the_root_is_aktif_and_its_freshness_says_what_it_is(
    site: FakeSite, body: str | bytes, headers: dict[str, str], what: str
) -> None:
    site.route("*", "/", Reply(200, body, headers))
    event = checked(site, HOST)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "tidak_diketahui")
    assert event.content.detail == f"{what}, bukan halaman web: tanggal isinya tidak dapat diperiksa"
