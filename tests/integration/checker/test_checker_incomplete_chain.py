"""A server that sends its certificate without the intermediate one: browsers complete the chain,
and so does the checker, reporting the misconfiguration instead of calling the site down.

A test root (the checker's CA bundle), an intermediate under it, and a leaf under the
intermediate whose Authority Information Access names where the intermediate is published: a
plain HTTP server on 127.0.0.1, as CAs publish theirs. The HTTPS site sends the leaf alone.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import trustme
from checker_servers import FakeSite, Reply, html_page, make_checker
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "sipd.bekasikota.go.id"
PKI = "pki.bekasikota.go.id"


def leaf_with_issuer_address(
    issuer: trustme.CA, host: str, aia: str, key: ec.EllipticCurvePrivateKey
) -> x509.Certificate:
    """Return a server certificate for ``host`` signed by ``issuer``, naming ``aia`` as its caIssuers."""
    issuer_cert = x509.load_pem_x509_certificate(issuer.cert_pem.bytes())
    issuer_key = serialization.load_pem_private_key(issuer.private_key_pem.bytes(), None)
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(issuer_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=90))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_cert.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
        .add_extension(
            x509.AuthorityInformationAccess(
                [x509.AccessDescription(AuthorityInformationAccessOID.CA_ISSUERS, x509.UniformResourceIdentifier(aia))]
            ),
            critical=False,
        )
        .sign(issuer_key, hashes.SHA256())  # type: ignore[arg-type]
    )


@pytest.fixture
def pki() -> Iterator[FakeSite]:
    """Return the plain HTTP server where the intermediate is published."""
    with FakeSite() as running:
        yield running


def serve_leaf_only(tmp_path: Path, leaf: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> ssl.SSLContext:
    cert_file, key_file = tmp_path / "leaf.pem", tmp_path / "leaf.key"
    cert_file.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)  # the leaf alone: the intermediate left out
    return context


def check(site: FakeSite, ca_bundle: str) -> ApplicationChecked:
    spec = AppSpec(
        id="sipd",
        pd_id="bappelitbangda",
        nama="SIPD",
        url=f"https://{HOST}:{site.port}/",
        config={"ca_bundle": ca_bundle},
    )
    return asyncio.run(make_checker(site.port).check(spec))


def chain_site(tmp_path: Path, pki: FakeSite, test_ca: trustme.CA, published: bytes | None) -> FakeSite:
    intermediate = test_ca.create_child_ca()
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = leaf_with_issuer_address(intermediate, HOST, f"http://{PKI}:{pki.port}/intermediate.crt", key)
    der = x509.load_pem_x509_certificate(intermediate.cert_pem.bytes()).public_bytes(serialization.Encoding.DER)
    pki.route("*", "/intermediate.crt", Reply(200, published if published is not None else der))
    site = FakeSite(serve_leaf_only(tmp_path, leaf, key)).__enter__()
    site.route("*", "/", Reply(200, html_page("SIPD Kota Bekasi", "Sistem Informasi Pemerintahan Daerah")))
    return site


def test_a_missing_intermediate_is_fetched_as_browsers_do_and_the_site_is_aktif_with_a_finding(
    tmp_path: Path, pki: FakeSite, test_ca: trustme.CA, ca_bundle: str
) -> None:
    site = chain_site(tmp_path, pki, test_ca, None)
    try:
        event = check(site, ca_bundle)
    finally:
        site.__exit__(None, None, None)
    assert (event.availability, event.http_status) == ("aktif", 200)
    assert event.tls is not None and (event.tls.valid, event.tls.error) == (False, "rantai_tidak_lengkap")
    assert event.tls.days_to_expiry in (89, 90)
    [finding] = [f for f in event.findings if f.code == "tls_tidak_sah"]
    assert finding.severity == "sedang" and "sertifikat perantara" in finding.evidence
    assert [r.path for r in pki.requests] == ["/intermediate.crt"]  # once for the whole check


def test_an_untrusted_certificate_at_the_issuers_address_does_not_make_the_chain_pass(
    tmp_path: Path, pki: FakeSite, test_ca: trustme.CA, ca_bundle: str
) -> None:
    # Whoever serves the caIssuers address serves a CA of its own: it is not trusted for it.
    rogue = trustme.CA().create_child_ca()
    site = chain_site(tmp_path, pki, test_ca, rogue.cert_pem.bytes())
    try:
        event = check(site, ca_bundle)
    finally:
        site.__exit__(None, None, None)
    assert (event.availability, event.reason) == ("tidak_aktif", "tls_gagal")
    assert event.tls is not None and event.tls.error == "penerbit_tidak_dikenal"


def test_a_server_sending_its_whole_chain_fetches_nothing(tls_site_factory, pki: FakeSite, ca_bundle: str) -> None:  # type: ignore[no-untyped-def]
    secure = tls_site_factory(HOST)
    secure.route("*", "/", Reply(200, html_page("SIPD", "ok")))
    event = check(secure, ca_bundle)
    assert event.availability == "aktif" and event.tls is not None and event.tls.valid
    assert pki.requests == []
