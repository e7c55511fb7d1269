"""Verification of a nota dinas: is the signature valid, is the file the one Pantau stored."""

from __future__ import annotations

import multiprocessing
import re
import resource
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from asn1crypto import x509 as asn1_x509

from pantau_common.settings import Settings
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


Check = Callable[[bytes, list[asn1_x509.Certificate]], SignatureCheck]


def verify_pdf(
    documents: Documents, pdf: bytes, roots: list[asn1_x509.Certificate], check_with: Check = check_signature
) -> Verdict:
    """Check the signature of ``pdf`` (with ``check_with``) and find it among the stored documents."""
    digest = sha256_hex(pdf)
    doc = documents.by_sha256(digest)
    check = check_with(pdf, roots)
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
        f"Dokumen asli dan tidak berubah: {label(DOCUMENT_KINDS, doc.kind)}{_nomor(doc)}, versi {doc.version}.",
        check,
        digest,
        doc,
    )


def _nomor(doc: StoredDocument) -> str:
    """Return the nomor as the verdict names it (the monthly report has none)."""
    if doc.nomor:
        return f" nomor {doc.nomor}"
    bulan = doc.meta.get("bulan")
    return f" bulan {bulan}" if bulan else ""


# --- public uploads: bounded work --------------------------------------------------------------

TOO_COMPLEX = (
    "Berkas ditolak: strukturnya terlalu rumit untuk sebuah nota dinas ({what}). "
    "Unggah berkas PDF asli yang diterima dari Pantau."
)
TOO_HEAVY = (
    "Berkas ditolak: pemeriksaannya melampaui batas waktu atau memori. "
    "Unggah berkas PDF asli yang diterima dari Pantau."
)
BUSY = "Layanan verifikasi sedang sibuk. Silakan coba lagi beberapa saat lagi."
_PACKED = re.compile(rb"/Type\s*/ObjStm\b")
_PACKED_COUNT = re.compile(rb"/N\s+([0-9]{1,9})")


@dataclass(frozen=True)
class VerifyLimits:
    """How much work one public upload may cost (a signed nota is a few hundred objects, one field)."""

    max_bytes: int = 10 * 1024 * 1024
    max_objects: int = 20_000
    max_fields: int = 200
    seconds: float = 10.0
    memory: int = 256 * 1024 * 1024  # a nota of 30 applications verifies in 128 MB; the pod has 768 Mi
    workers: int = 2  # checks at once per process; more wait, then are told to come back
    per_minute: int = 10  # uploads per client address

    @classmethod
    def from_settings(cls, settings: Settings) -> VerifyLimits:
        """Read PANTAU_REPORTER_VERIFY_{SECONDS,MEMORY_MB,WORKERS,PER_MINUTE}, else the defaults."""
        return cls(
            seconds=float(settings.get("REPORTER_VERIFY_SECONDS", str(cls.seconds))),
            memory=int(settings.get("REPORTER_VERIFY_MEMORY_MB", str(cls.memory // 2**20))) * 2**20,
            workers=int(settings.get("REPORTER_VERIFY_WORKERS", str(cls.workers))),
            per_minute=int(settings.get("REPORTER_VERIFY_PER_MINUTE", str(cls.per_minute))),
        )


def structure_refusal(pdf: bytes, limits: VerifyLimits) -> str | None:
    """Return why the PDF is refused before it is parsed (too many objects or form fields), or None.

    A byte scan, linear and cheap. Every object outside an object stream has an ``obj`` and an
    ``endobj`` keyword; those packed in object streams are counted by the streams' /N. A field
    is counted by its /FT key (or a name written with # escapes, which only a forgery uses).
    """
    objects = pdf.count(b"obj") // 2 + _packed_objects(pdf)
    if objects > limits.max_objects:
        return TOO_COMPLEX.format(what=f"{objects} objek")
    fields = pdf.count(b"/FT") + pdf.count(b"/F#")
    if fields > limits.max_fields:
        return TOO_COMPLEX.format(what=f"{fields} isian formulir")
    return None


def _packed_objects(pdf: bytes) -> int:
    """Return how many objects the object streams hold (the /N of each, looked for near its /Type)."""
    total = 0
    for hit in _PACKED.finditer(pdf):
        start = pdf.rfind(b"<<", 0, hit.start())
        count = _PACKED_COUNT.search(pdf, start if start >= 0 else hit.start(), hit.end() + 200)
        total += int(count.group(1)) if count else 0
    return total


class BoundedVerifier:
    """Check uploaded PDFs with bounded work: structure limits, then a child process with a time
    and memory limit, a few at a time, and a rate per client address.

    The children are forked from a server process that has loaded the PDF libraries already
    (multiprocessing's forkserver), so a check costs a fork, not a Python start and its imports.
    """

    def __init__(self, limits: VerifyLimits) -> None:
        self.limits = limits
        self._slots = threading.BoundedSemaphore(limits.workers)
        self._recent: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._processes = multiprocessing.get_context("forkserver")
        # "__main__" too, or every child would import the main module again.
        preload = ["__main__", "pantau_reporter.verification", "pyhanko.sign.validation", "pyhanko.pdf_utils.reader"]
        self._processes.set_forkserver_preload(preload)

    def admit(self, address: str, now: float | None = None) -> bool:
        """Count an upload from ``address``; say whether it is within the rate per minute."""
        now = time.monotonic() if now is None else now
        with self._lock:
            if len(self._recent) > 10_000:  # keep the table small whatever the traffic
                self._recent.clear()
            times = self._recent.setdefault(address, deque())
            while times and times[0] <= now - 60:
                times.popleft()
            if len(times) >= self.limits.per_minute:
                return False
            times.append(now)
            return True

    def check(self, pdf: bytes, roots: list[asn1_x509.Certificate]) -> SignatureCheck:
        """Check the signature of an uploaded PDF within the limits; never raises on bad input."""
        refusal = structure_refusal(pdf, self.limits)
        if refusal:
            return SignatureCheck(False, refusal)
        if not self._slots.acquire(timeout=self.limits.seconds):
            return SignatureCheck(False, BUSY)
        try:
            return self._in_child(pdf, [root.dump() for root in roots])
        finally:
            self._slots.release()

    def _in_child(self, pdf: bytes, roots: list[bytes]) -> SignatureCheck:
        """Run the check in a child process; kill it when it runs out of time (or memory: it dies)."""
        answer, sender = self._processes.Pipe(duplex=False)
        child = self._processes.Process(target=_check_in_child, args=(sender, pdf, roots, self.limits.memory))
        child.start()
        sender.close()
        try:
            if answer.poll(self.limits.seconds):
                return answer.recv()  # type: ignore[no-any-return]
            return SignatureCheck(False, TOO_HEAVY)
        except EOFError:  # the child died: out of memory
            return SignatureCheck(False, TOO_HEAVY)
        finally:
            child.kill()
            child.join()
            answer.close()


def _check_in_child(sender: Connection, pdf: bytes, roots: list[bytes], memory: int) -> None:
    """Check the signature under a memory limit and send the result (in the child process)."""
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    sender.send(check_signature(pdf, [asn1_x509.Certificate.load(root) for root in roots]))
