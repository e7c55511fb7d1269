"""PDF facts the signing and verification need: where the signature goes, is a signature valid."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from asn1crypto import x509 as asn1_x509
from pypdf import PdfReader

from .signing import Box

log = logging.getLogger(__name__)
QR_WIDTH_PT = 25 / 25.4 * 72
BOX_WIDTH_PT = 150.0
BOX_HEIGHT_PT = 62.0


def locate_text(pdf: bytes, needle: str) -> tuple[int, float, float] | None:
    """Return (page index, x, y) of the first text run containing ``needle``, in PDF points."""
    reader = PdfReader(io.BytesIO(pdf))
    for index, page in enumerate(reader.pages):
        hits: list[tuple[float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: Any, hits: list[Any] = hits) -> None:
            if needle in text and not hits:
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                hits.append((x, y))

        page.extract_text(visitor_text=visit)
        if hits:
            return index, hits[0][0], hits[0][1]
    return None


def signature_box(pdf: bytes, signer_name: str) -> Box | None:
    """Return the box right of the QR code, in the space above the signer's name."""
    found = locate_text(pdf, signer_name)
    if found is None:
        return None
    page, x, y = found
    left = x + QR_WIDTH_PT + 6
    bottom = y + 16
    return page, left, bottom, left + BOX_WIDTH_PT, bottom + BOX_HEIGHT_PT


@dataclass(frozen=True)
class SignatureCheck:
    """The outcome of validating the last signature of a PDF."""

    ok: bool
    reason: str
    signer: str | None = None
    signed_at: datetime | None = None
    intact: bool = False
    trusted: bool = False
    whole_file: bool = False


def check_signature(pdf: bytes, roots: list[asn1_x509.Certificate]) -> SignatureCheck:
    """Validate the last embedded signature against ``roots``; never raises on bad input."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = reader.embedded_signatures
    except MemoryError:  # out of the verification worker's memory: it must die, not answer
        raise
    except Exception as exc:  # any parse failure means "not a readable PDF"
        log.info("unreadable PDF: %s", exc)
        return SignatureCheck(False, "Berkas tidak dapat dibaca sebagai PDF atau strukturnya rusak.")
    if not sigs:
        return SignatureCheck(False, "Dokumen tidak memiliki tanda tangan elektronik.")
    try:
        status = validate_pdf_signature(sigs[-1], ValidationContext(trust_roots=roots, allow_fetching=False))
    except MemoryError:
        raise
    except Exception as exc:  # a hostile upload must get a verdict, never a crash
        log.info("signature validation failed: %s", exc)
        return SignatureCheck(False, "Tanda tangan elektronik rusak atau tidak cocok dengan isi dokumen.")
    return _judge(status)


def _judge(status: Any) -> SignatureCheck:
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    signer = status.signing_cert.subject.native.get("common_name") if status.signing_cert else None
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    base = {
        "signer": signer,
        "signed_at": status.signer_reported_dt,
        "intact": bool(status.intact),
        "trusted": bool(status.trusted),
        "whole_file": whole,
    }
    if not status.intact or not status.valid:
        return SignatureCheck(
            False,
            "Dokumen telah diubah setelah ditandatangani: isi dokumen tidak cocok dengan tanda tangan elektroniknya.",
            **base,
        )
    if not whole:
        return SignatureCheck(False, "Dokumen mendapat tambahan perubahan setelah ditandatangani.", **base)
    if not status.trusted:
        return SignatureCheck(
            False, "Sertifikat penanda tangan tidak diterbitkan oleh otoritas yang dipercaya Pantau.", **base
        )
    return SignatureCheck(True, "Tanda tangan elektronik sah dan dokumen tidak berubah sejak ditandatangani.", **base)
