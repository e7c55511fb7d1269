"""The reporter's web face: security headers on every page, a clear 400 for malformed input."""

from __future__ import annotations

import pytest
from reporter_it import Seeded

from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration


@pytest.fixture
def client(settings, seeded: Seeded):  # type: ignore[no-untyped-def]
    return create_app(settings).test_client()


@pytest.mark.parametrize("bulan", ["9999-12", "0001-01", "1999-12", "2999-01"])
def test_a_month_out_of_range_is_a_clear_400(client, bulan):
    answer = client.get("/laporan/walikota", query_string={"bulan": bulan})
    assert answer.status_code == 400 and "Parameter bulan harus berbentuk YYYY-MM" in answer.get_data(as_text=True)


@pytest.mark.parametrize("path", ["/dasbor/pd/dinkes%00", "/verifikasi?ref=%00", "/dasbor?x=%00"])
def test_a_nul_byte_is_a_clear_400(client, path):
    answer = client.get(path)
    assert answer.status_code == 400 and "karakter yang tidak sah (NUL)" in answer.get_data(as_text=True)


def test_a_reference_in_other_digits_is_no_document(client):
    assert client.get("/verifikasi/\u00b2").status_code == 404
    assert client.get("/verifikasi/99999999999999999999").status_code == 404


def test_the_api_answers_errors_in_json_and_indonesian(client):
    answer = client.get("/api/verifikasi")
    assert answer.status_code == 405 and "tidak menerima" in answer.get_json()["pesan"]


@pytest.mark.parametrize("method, path", [("GET", "/verifikasi"), ("POST", "/verifikasi"), ("GET", "/dasbor")])
def test_pages_carry_the_security_headers(client, method, path):
    answer = client.open(path, method=method)
    csp = answer.headers.get("Content-Security-Policy", "")
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp
    assert answer.headers.get("X-Content-Type-Options") == "nosniff"
    assert answer.headers.get("Referrer-Policy") == "same-origin"
    assert answer.headers.get("X-Frame-Options") == "DENY"


def test_the_public_verification_page_labels_its_file_and_links_no_internal_dashboard(client):
    # Whoever scans a nota's QR code lands here, away from the officials' network: the dashboards
    # answer them 404, and a screen reader must name the one field.
    page = client.get("/verifikasi").get_data(as_text=True)
    assert '<label for="berkas">' in page and 'id="berkas" name="file"' in page
    assert 'href="/dasbor' not in page and 'href="/verifikasi"' in page
    assert 'href="/dasbor/sop"' in client.get("/dasbor").get_data(as_text=True)
