"""The intermediate certificates a ``caIssuers`` address answers with, in the forms CAs publish them."""

from __future__ import annotations

import pytest
import trustme
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from pantau_checker.http import issuers

INTERMEDIATE = x509.load_pem_x509_certificate(trustme.CA().create_child_ca().cert_pem.bytes())


@pytest.mark.parametrize(
    "body",
    [
        INTERMEDIATE.public_bytes(Encoding.DER),  # .crt or .cer, as most CAs publish it
        INTERMEDIATE.public_bytes(Encoding.PEM),
        pkcs7.serialize_certificates([INTERMEDIATE], Encoding.DER),  # .p7c
        pkcs7.serialize_certificates([INTERMEDIATE], Encoding.PEM),
    ],
)
def test_a_published_intermediate_is_read_in_each_form(body: bytes) -> None:
    assert issuers.certificates_in(body) == [INTERMEDIATE]


@pytest.mark.parametrize("body", [b"", b"<html>404 Not Found</html>", b"\x30\x82\x01\x00garbage"])
def test_anything_else_holds_no_certificate(body: bytes) -> None:
    assert issuers.certificates_in(body) == []


def test_a_certificate_without_an_issuers_address_names_none() -> None:
    leaf = trustme.CA().issue_cert("sipd.bekasikota.go.id").cert_chain_pems[0].bytes()
    assert issuers.issuer_urls(x509.load_pem_x509_certificate(leaf).public_bytes(Encoding.DER)) == ()
    assert issuers.issuer_urls(b"not a certificate") == ()


def test_no_fetched_certificate_completes_nothing() -> None:
    leaf = trustme.CA().issue_cert("sipd.bekasikota.go.id").cert_chain_pems[0].bytes()
    der = x509.load_pem_x509_certificate(leaf).public_bytes(Encoding.DER)
    assert issuers.completing(der, [], "sipd.bekasikota.go.id", None) is None
    assert issuers.completing(der, [INTERMEDIATE], "sipd.bekasikota.go.id", None) is None  # not under a trusted root
