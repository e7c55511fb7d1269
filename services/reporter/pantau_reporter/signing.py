"""Electronic signatures behind one interface.

``Signer`` is the plug point. ``LocalDemoSigner`` signs with a local demo certificate authority
(made by ``pantau-reporter demo-ca`` under the data directory, never in the repository); it is
for development and tests and is labelled as such on the document. A certified provider plugs
in as another ``Signer``: ``bsre.BsreSigner`` signs through BSrE's eSign Client API (v2) with
the passphrase the Kepala Dinas types at the moment of signing. Only a signer with
``certified = True`` makes the documents carry the BSrE footer.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle

from .core.dates import tanggal_jam

Box = tuple[int, float, float, float, float]  # page index, x1, y1, x2, y2 in PDF points


class SigningError(RuntimeError):
    """A document could not be signed."""


@dataclass(frozen=True)
class SignRequest:
    """What to sign and how the visible signature looks."""

    pdf: bytes
    signer_name: str
    reason: str
    verify_url: str
    box: Box | None = None
    nik: str = ""
    passphrase: str | None = field(default=None, repr=False)  # typed for this signature only; never kept


class Signer(Protocol):
    """Signs PDFs (PAdES) and short statements such as a paraf entry."""

    name: str
    certified: bool

    def sign_pdf(self, request: SignRequest) -> bytes: ...

    def sign_statement(self, data: bytes) -> tuple[str, str]: ...

    def verify_statement(self, data: bytes, signature: str) -> bool: ...

    def trust_roots(self) -> list[asn1_x509.Certificate]: ...


class LocalDemoSigner:
    """Sign with the local demo CA's signing key; never a certified signature."""

    name = "demo"
    certified = False

    def __init__(self, ca_dir: Path) -> None:
        paths = DemoCaPaths(ca_dir)
        if not paths.exists():
            raise SigningError(f"demo CA not found in {ca_dir}; run 'pantau-reporter demo-ca'")
        self._paths = paths
        self._signer = signers.SimpleSigner.load(  # type: ignore[no-untyped-call]
            str(paths.signer_key), str(paths.signer_cert), ca_chain_files=(str(paths.ca_cert),)
        )
        self._key = serialization.load_pem_private_key(paths.signer_key.read_bytes(), password=None)

    @staticmethod
    def ready(ca_dir: Path) -> bool:
        """Return whether a demo CA exists in ``ca_dir``."""
        return DemoCaPaths(ca_dir).exists()

    def sign_pdf(self, request: SignRequest) -> bytes:
        """Add a visible PAdES signature to the PDF."""
        writer = IncrementalPdfFileWriter(io.BytesIO(request.pdf))
        meta = signers.PdfSignatureMetadata(
            field_name="TTE-Kepala-Dinas",
            reason=request.reason,
            location="Kota Bekasi",
            name=request.signer_name,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        spec = None
        if request.box:
            page, *rect = request.box
            spec = fields.SigFieldSpec(
                "TTE-Kepala-Dinas", on_page=page, box=(int(rect[0]), int(rect[1]), int(rect[2]), int(rect[3]))
            )
        # pyhanko's own %(ts)s is the machine's zone; the letter's times are WIB.
        style = TextStampStyle(
            stamp_text="Ditandatangani secara elektronik\n%(signer)s\n%(waktu)s\n(sertifikat demo)",
            border_width=1,
        )
        pdf_signer = signers.PdfSigner(meta, signer=self._signer, stamp_style=style, new_field_spec=spec)
        waktu = tanggal_jam(dt.datetime.now(dt.UTC))
        out = pdf_signer.sign_pdf(writer, appearance_text_params={"waktu": waktu})
        return bytes(out.getvalue())

    def sign_statement(self, data: bytes) -> tuple[str, str]:
        """Sign a statement with the demo signing key (ECDSA P-256, SHA-256)."""
        assert isinstance(self._key, ec.EllipticCurvePrivateKey)
        sig = self._key.sign(data, ec.ECDSA(hashes.SHA256()))
        return base64.b64encode(sig).decode(), "ecdsa-p256-sha256"

    def verify_statement(self, data: bytes, signature: str) -> bool:
        """Check a statement signed by ``sign_statement``."""
        from cryptography.exceptions import InvalidSignature

        assert isinstance(self._key, ec.EllipticCurvePrivateKey)
        try:
            self._key.public_key().verify(base64.b64decode(signature), data, ec.ECDSA(hashes.SHA256()))
        except (InvalidSignature, ValueError):
            return False
        return True

    def trust_roots(self) -> list[asn1_x509.Certificate]:
        """Return the demo CA certificate."""
        return [asn1_x509.Certificate.load(_pem_to_der(self._paths.ca_cert.read_bytes()))]


@dataclass(frozen=True)
class DemoCaPaths:
    root: Path

    @property
    def ca_cert(self) -> Path:
        return self.root / "ca.pem"

    @property
    def ca_key(self) -> Path:
        return self.root / "ca.key"

    @property
    def signer_cert(self) -> Path:
        return self.root / "signer.pem"

    @property
    def signer_key(self) -> Path:
        return self.root / "signer.key"

    def exists(self) -> bool:
        return all(p.exists() for p in (self.ca_cert, self.signer_cert, self.signer_key))


def create_demo_ca(
    ca_dir: Path, signer_name: str = "Kepala Dinas Kominfostandi Kota Bekasi (DEMO)", *, force: bool = False
) -> DemoCaPaths:
    """Create a demo root CA and a document-signing certificate, unless they exist.

    The files are written to a fresh folder that is then renamed into place, so two processes
    starting at once (worker and serve) never mix the keys of two CAs.
    """
    paths = DemoCaPaths(ca_dir)
    if paths.exists() and not force:
        return paths
    ca_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".demo-ca-", dir=ca_dir.parent))
    _write_demo_ca(DemoCaPaths(staging), signer_name)
    if force and ca_dir.exists():
        shutil.rmtree(ca_dir)
    try:
        staging.rename(ca_dir)
    except OSError:  # another process won the race; keep its CA
        shutil.rmtree(staging, ignore_errors=True)
    return paths


def _write_demo_ca(paths: DemoCaPaths, signer_name: str) -> None:
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Pantau DEMO Root CA - BUKAN UNTUK PRODUKSI")
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(signer_name))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(ca=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    _write_key(paths.ca_key, ca_key)
    _write_key(paths.signer_key, key)
    paths.ca_cert.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    paths.signer_cert.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "ID"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Pemerintah Kota Bekasi (DEMO)"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Diskominfostandi"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _key_usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not ca,
        content_commitment=not ca,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    path.chmod(0o600)


def _pem_to_der(pem: bytes) -> bytes:
    return x509.load_pem_x509_certificate(pem).public_bytes(serialization.Encoding.DER)
