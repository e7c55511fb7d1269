"""An old server's HTTPS, met on 127.0.0.1: what a finding says to an official names what to fix.

A certificate not yet valid, a 1024-bit key, a server that speaks only TLS 1.0, and plain HTTP on the HTTPS port
each fail the handshake; the down reason says so, and so does the ``tls_tidak_sah`` finding, rather than a
handshake that "failed".
"""

from __future__ import annotations

import asyncio
import ssl
import warnings
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from checker_servers import FakeSite, Reply, make_checker
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "simpeg.bekasikota.go.id"


def certificate(ca: trustme.CA, key_bits: int = 2048, starts_in_days: int = -1) -> tuple[bytes, bytes]:
    """Return a leaf for ``HOST`` signed by ``ca`` (PEM certificate, PEM key): of a ``key_bits`` RSA key, valid
    from ``starts_in_days`` days from now."""
    issuer = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    issuer_key = serialization.load_pem_private_key(ca.private_key_pem.bytes(), None)
    key = rsa.generate_private_key(public_exponent=65537, key_size=key_bits)
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)]))
        .issuer_name(issuer.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now + timedelta(days=starts_in_days))
        .not_valid_after(now + timedelta(days=starts_in_days + 365))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(HOST)]), critical=False)
        .sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return cert.public_bytes(serialization.Encoding.PEM), key_pem


def server_context(
    tmp_path: Path, cert_and_key: tuple[bytes, bytes], only: ssl.TLSVersion | None = None
) -> ssl.SSLContext:
    """Return a server's TLS context for the certificate, of OpenSSL's lowest security level (an old server's
    weak key and old TLS load), speaking ``only`` that TLS version where given."""
    (tmp_path / "cert.pem").write_bytes(cert_and_key[0])
    (tmp_path / "key.pem").write_bytes(cert_and_key[1])
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    if only is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            context.minimum_version = context.maximum_version = only
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    return context


def checked(site: FakeSite, ca_bundle: str) -> ApplicationChecked:
    site.route("*", "/", Reply(200, department_page(Site(name="Badan Kepegawaian dan Pengembangan SDM"))))
    spec = AppSpec(id="simpeg", pd_id="bkpsdm", nama="SIMPEG", url=f"https://{HOST}:{site.port}/")
    event: ApplicationChecked = asyncio.run(make_checker(site.port, ca_bundle=ca_bundle).check(spec))
    return event


def said(event: ApplicationChecked) -> tuple[str, str | None, str | None, list[str]]:
    """Return the availability, the reason, its detail and the TLS finding's evidence."""
    tls = [f.evidence for f in event.findings if f.code == "tls_tidak_sah"]
    return event.availability, event.reason, event.reason_detail, tls


def test_a_certificate_not_yet_valid_is_said_so_in_the_finding(
    test_ca: trustme.CA, ca_bundle: str, tmp_path: Path
) -> None:
    with FakeSite(server_context(tmp_path, certificate(test_ca, starts_in_days=5))) as site:
        assert said(checked(site, ca_bundle)) == (
            "tidak_aktif",
            "tls_gagal",
            "sertifikat belum berlaku",
            ["sertifikat TLS belum berlaku (tanggal mulai berlakunya masih di depan)"],
        )


def test_a_1024_bit_key_is_a_weak_key_not_a_failed_handshake(
    test_ca: trustme.CA, ca_bundle: str, tmp_path: Path
) -> None:
    with FakeSite(server_context(tmp_path, certificate(test_ca, key_bits=1024))) as site:
        assert said(checked(site, ca_bundle)) == (
            "tidak_aktif",
            "tls_gagal",
            "kunci sertifikat terlalu lemah (RSA kurang dari 2048 bit)",
            ["kunci sertifikat TLS terlalu lemah (RSA kurang dari 2048 bit), ditolak peramban"],
        )


@pytest.mark.parametrize("only", ["TLSv1", "TLSv1_1"])
def test_a_server_of_tls_1_0_or_1_1_only_is_told_to_move_on(
    test_ca: trustme.CA, ca_bundle: str, tmp_path: Path, only: str
) -> None:
    with FakeSite(server_context(tmp_path, certificate(test_ca), getattr(ssl.TLSVersion, only))) as site:
        assert said(checked(site, ca_bundle)) == (
            "tidak_aktif",
            "tls_gagal",
            "server hanya menerima versi TLS lama yang tidak aman",
            ["server hanya menerima versi TLS lama (TLS 1.0/1.1) yang tidak aman, ditolak peramban"],
        )


def test_plain_http_on_the_https_port_is_said_so_in_the_finding(ca_bundle: str) -> None:
    with FakeSite() as site:
        assert said(checked(site, ca_bundle)) == (
            "tidak_aktif",
            "tls_gagal",
            "server tidak menjawab dengan TLS di alamat ini",
            ["server tidak menjawab dengan TLS (HTTPS) di alamat ini"],
        )
