"""The public verification upload costs bounded work: a hostile PDF is refused, a signed nota verifies."""

from __future__ import annotations

import dataclasses
import io

import pytest
from reporter_samples import inputs

from pantau_common.db import connect
from pantau_common.settings import Settings
from pantau_reporter.core.model import build_nota
from pantau_reporter.pdfsig import signature_box
from pantau_reporter.render.typeset import nota_pdf
from pantau_reporter.repository import NewDocument
from pantau_reporter.signing import LocalDemoSigner, SignRequest, create_demo_ca
from pantau_reporter.store_pg import PostgresDocuments
from pantau_reporter.verification import TOO_HEAVY
from pantau_reporter.web import create_app

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def signer(tmp_path_factory: pytest.TempPathFactory) -> LocalDemoSigner:
    return LocalDemoSigner(create_demo_ca(tmp_path_factory.mktemp("ca")).root)


@pytest.fixture(scope="module")
def signed_nota(signer: LocalDemoSigner) -> bytes:
    """Return a nota dinas signed by the demo CA, as the reporter signs it at step 6."""
    nota = build_nota(dataclasses.replace(inputs(3, paraf=True), verify_url="https://pantau/verifikasi/9"))
    pdf = nota_pdf(nota)
    box = signature_box(pdf, nota.signer.nama)
    assert box is not None
    return signer.sign_pdf(SignRequest(pdf, nota.signer.nama, "Menandatangani", "https://pantau/verifikasi/9", box))


def hostile_pdf(fields: int) -> bytes:
    """Return a well-formed PDF whose form holds ``fields`` text fields (the probe's long field list)."""
    first_field = 4
    refs = b" ".join(b"%d 0 R" % n for n in range(first_field, first_field + fields))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs + b"] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [" + refs + b"] >>",
        *(
            b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (isian%d) /Rect [0 0 1 1] /P 3 0 R >>" % n
            for n in range(fields)
        ),
    ]
    out, offsets = io.BytesIO(), []
    out.write(b"%PDF-1.7\n")
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def upload(client, pdf: bytes):  # type: ignore[no-untyped-def]
    return client.post("/api/verifikasi", data=pdf, content_type="application/pdf")


def app_with(settings: Settings, signer: LocalDemoSigner, **extra: str):  # type: ignore[no-untyped-def]
    return create_app(dataclasses.replace(settings, extra=extra), trust=signer)


@pytest.mark.parametrize("fields, counted", [(60_000, "60003 objek"), (5_000, "5000 isian formulir")])
def test_a_pdf_with_a_long_form_field_list_is_refused_before_it_is_parsed(settings, signer, fields, counted):
    answer = upload(app_with(settings, signer).test_client(), hostile_pdf(fields))
    verdict = answer.get_json()
    assert answer.status_code == 200 and verdict["asli"] is False
    assert "strukturnya terlalu rumit" in verdict["pesan"] and counted in verdict["pesan"]


def test_the_form_page_says_so_in_indonesian(settings, signer):
    # Small enough that the test client keeps the multipart body in memory.
    page = (
        app_with(settings, signer)
        .test_client()
        .post("/verifikasi", data={"file": (io.BytesIO(hostile_pdf(1_000)), "nota.pdf")})
    )
    assert "TIDAK TERVERIFIKASI" in page.get_data(as_text=True)
    assert "strukturnya terlalu rumit" in page.get_data(as_text=True)


def test_an_upload_over_ten_megabytes_is_refused(settings, signer):
    answer = upload(app_with(settings, signer).test_client(), b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024))
    assert answer.status_code == 413 and "melebihi batas 10 MB" in answer.get_json()["pesan"]


def test_a_genuine_signed_nota_still_verifies(settings, signer, signed_nota):
    with connect(settings.database_url, autocommit=True) as conn:
        PostgresDocuments(conn).add(NewDocument(None, "nota_dinas", 1, "pdf", signed_nota, "800/0001", signed=True))
    verdict = upload(app_with(settings, signer).test_client(), signed_nota).get_json()
    assert verdict["asli"] is True and verdict["tanda_tangan_sah"] is True and verdict["waktu_tanda_tangan"]


def test_a_check_beyond_the_workers_memory_limit_is_refused(settings, signer, signed_nota):
    # 16 MB of address space: less than the worker already holds, so its first allocation fails.
    client = app_with(settings, signer, PANTAU_REPORTER_VERIFY_MEMORY_MB="16").test_client()
    verdict = upload(client, signed_nota).get_json()
    assert verdict["asli"] is False and verdict["pesan"] == TOO_HEAVY


def test_uploads_from_one_address_are_rate_limited(settings, signer):
    app = app_with(settings, signer, PANTAU_REPORTER_VERIFY_PER_MINUTE="2")
    client = app.test_client()
    assert [upload(client, b"%PDF-1.7 kosong").status_code for _ in range(3)] == [200, 200, 429]
    assert "Terlalu banyak berkas" in upload(client, b"%PDF").get_json()["pesan"]
    elsewhere = app.test_client()
    answer = elsewhere.post(
        "/api/verifikasi",
        data={"file": (io.BytesIO(b"%PDF-1.7 kosong"), "nota.pdf")},
        environ_base={"REMOTE_ADDR": "192.0.2.4"},
    )
    assert answer.status_code == 200
