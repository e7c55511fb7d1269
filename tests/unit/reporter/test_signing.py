"""PAdES signing with the local demo CA, and the verdict on a changed PDF."""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reporter_samples import inputs

from pantau_reporter.core.dates import tanggal_jam
from pantau_reporter.core.model import build_nota
from pantau_reporter.pdfsig import check_signature, signature_box
from pantau_reporter.render.typeset import nota_pdf
from pantau_reporter.signing import LocalDemoSigner, SigningError, SignRequest, create_demo_ca

SIGNING = {"before": datetime.now(UTC)}


@pytest.fixture(scope="module")
def signed(signer: LocalDemoSigner) -> bytes:
    import dataclasses

    nota = build_nota(dataclasses.replace(inputs(3, paraf=True), verify_url="https://pantau/verifikasi/9"))
    pdf = nota_pdf(nota)
    box = signature_box(pdf, nota.signer.nama)
    assert box is not None
    SIGNING["before"] = datetime.now(UTC)
    out = signer.sign_pdf(SignRequest(pdf, nota.signer.nama, "Menandatangani", "https://pantau/verifikasi/9", box))
    SIGNING["after"] = datetime.now(UTC)
    return out


def _stamp_lines(pdf: bytes) -> list[str]:
    """Return the text lines of the visible signature's appearance, as pypdf reads them."""
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/FT") == "/Sig":
                stream = ContentStream(annot["/AP"]["/N"].get_object(), reader)
                return [str(operands[0]) for operands, op in stream.operations if op == b"Tj"]
    return []


def test_a_signed_pdf_validates_with_pyhanko(signer: LocalDemoSigner, signed: bytes) -> None:
    sig = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=signer.trust_roots(), allow_fetching=False))
    assert status.bottom_line
    assert sig.sig_object["/Filter"] == "/Adobe.PPKLite" and sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def test_the_signature_is_visible_on_the_signature_page(signed: bytes) -> None:
    sig = PdfFileReader(io.BytesIO(signed)).embedded_signatures[0]
    rect = [float(v) for v in sig.sig_field["/Rect"]]
    assert rect[2] - rect[0] > 50 and rect[3] - rect[1] > 20


def test_the_signature_stamp_tells_the_time_in_wib_like_the_letter(signed: bytes) -> None:
    lines = _stamp_lines(signed)
    assert lines[0] == "Ditandatangani secara elektronik" and "Budi Santoso" in lines[1]
    when = lines[2]
    assert re.fullmatch(r"\d{1,2} \w+ \d{4}, \d{2}\.\d{2} WIB", when), when
    assert when in {tanggal_jam(SIGNING["before"]), tanggal_jam(SIGNING["after"])}
    assert not any("UTC" in line for line in lines)


def test_check_signature_says_what_is_wrong(signer: LocalDemoSigner, signed: bytes) -> None:
    assert check_signature(signed, signer.trust_roots()).ok
    changed = bytearray(signed)
    changed[len(changed) // 2] ^= 0x20
    verdict = check_signature(bytes(changed), signer.trust_roots())
    assert not verdict.ok and "diubah" in verdict.reason
    assert not check_signature(b"not a pdf", signer.trust_roots()).ok


def test_another_ca_is_not_trusted(signed: bytes, tmp_path: Path) -> None:
    other = LocalDemoSigner(create_demo_ca(tmp_path / "other").root)
    verdict = check_signature(signed, other.trust_roots())
    assert not verdict.ok and "dipercaya" in verdict.reason


def test_paraf_statements_are_signed(signer: LocalDemoSigner) -> None:
    sig, algorithm = signer.sign_statement(b'{"step":4}')
    assert algorithm == "ecdsa-p256-sha256"
    assert signer.verify_statement(b'{"step":4}', sig)
    assert not signer.verify_statement(b'{"step":5}', sig)


def test_a_missing_demo_ca_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(SigningError, match="demo-ca"):
        LocalDemoSigner(tmp_path)


def test_demo_cas_created_at_once_never_mix_their_keys(tmp_path: Path) -> None:
    import threading

    from cryptography import x509

    folder = tmp_path / "data" / "demo-ca"
    threads = [threading.Thread(target=create_demo_ca, args=(folder,)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ca = x509.load_pem_x509_certificate((folder / "ca.pem").read_bytes())
    cert = x509.load_pem_x509_certificate((folder / "signer.pem").read_bytes())
    cert.verify_directly_issued_by(ca)
    assert [p.name for p in (tmp_path / "data").iterdir()] == ["demo-ca"]


@pytest.mark.parametrize(
    "junk",
    [b"", b"%PDF-1.7\n%%EOF", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"],
)
def test_junk_gets_a_verdict_not_a_crash(signer: LocalDemoSigner, junk: bytes) -> None:
    verdict = check_signature(junk, signer.trust_roots())
    assert not verdict.ok and verdict.reason


def test_a_truncated_signed_pdf_is_not_valid(signer: LocalDemoSigner, signed: bytes) -> None:
    assert not check_signature(signed[: len(signed) - 2000], signer.trust_roots()).ok
