"""Verification of a nota dinas: is the signature valid, is the file the one Pantau stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from asn1crypto import x509 as asn1_x509

from pantau_contracts.vocabulary import DOCUMENT_KINDS, label

from .core.dates import tanggal_jam
from .pdfsig import SignatureCheck, check_signature
from .repository import Documents, StoredDocument, sha256_hex


@dataclass(frozen=True)
class Verdict:
    """What a verifier is told about one PDF."""

    asli: bool
    pesan: str
    check: SignatureCheck
    sha256: str
    document: StoredDocument | None

    def as_json(self) -> dict[str, Any]:
        doc = self.document
        return {
            "asli": self.asli,
            "tidak_berubah": self.check.intact and self.check.whole_file,
            "tanda_tangan_sah": self.check.ok,
            "pesan": self.pesan,
            "penanda_tangan": (doc.meta.get("signer") if doc else None) or self.check.signer,
            "sertifikat": self.check.signer,
            "waktu_tanda_tangan": self.check.signed_at.isoformat() if self.check.signed_at else None,
            "waktu_tanda_tangan_teks": tanggal_jam(self.check.signed_at) if self.check.signed_at else None,
            "sha256": self.sha256,
            "dokumen": None
            if doc is None
            else {
                "id": doc.id,
                "jenis": label(DOCUMENT_KINDS, doc.kind),
                "nomor": doc.nomor,
                "versi": doc.version,
                "ditandatangani": doc.signed,
                "instance_id": doc.instance_id,
            },
        }


def verify_pdf(documents: Documents, pdf: bytes, roots: list[asn1_x509.Certificate]) -> Verdict:
    """Check the signature of ``pdf`` and find it among the stored documents."""
    digest = sha256_hex(pdf)
    doc = documents.by_sha256(digest)
    check = check_signature(pdf, roots)
    if not check.ok:
        pesan = check.reason
        if doc is not None and not doc.signed:
            pesan = f"Berkas ini adalah draf versi {doc.version} yang belum ditandatangani."
        return Verdict(False, pesan, check, digest, doc)
    if doc is None or not doc.signed:
        return Verdict(
            False,
            "Tanda tangan elektronik sah, tetapi berkas ini tidak tercatat di Pantau "
            "sebagai dokumen yang ditandatangani.",
            check,
            digest,
            None,
        )
    return Verdict(
        True,
        f"Dokumen asli dan tidak berubah: {label(DOCUMENT_KINDS, doc.kind)} nomor {doc.nomor}, versi {doc.version}.",
        check,
        digest,
        doc,
    )
