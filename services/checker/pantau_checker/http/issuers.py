"""The intermediate certificate a server forgot to send, fetched where the certificate says, as browsers do.

Many a server sends its own certificate without the intermediate one between it and the root.
Desktop browsers fetch the missing one from the address in the certificate's Authority
Information Access extension (``caIssuers``) and show the site; Python's TLS, Android apps and
``curl`` refuse it. Calling such a site down would be a false alarm; calling it fine would hide a
misconfiguration. So the checker does what a browser does, and reports the incomplete chain.

A fetched certificate is used only when the whole chain (the server's certificate, the fetched
one) verifies against the trusted roots for the host name: whoever serves the ``caIssuers``
address cannot make an untrusted certificate pass. It is then trusted for the rest of the check.
"""

from __future__ import annotations

import ipaddress
import ssl
import warnings
from datetime import UTC, datetime
from functools import lru_cache

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509.oid import AuthorityInformationAccessOID
from cryptography.x509.verification import PolicyBuilder, Store, VerificationError

from .certificates import ssl_context

MAX_ISSUER_URLS = 2
MAX_ISSUER_BYTES = 65_536  # an intermediate is 1-2 KB; a PKCS#7 bundle a few


def issuer_urls(leaf_der: bytes) -> tuple[str, ...]:
    """Return the http(s) ``caIssuers`` addresses of a certificate (DER), at most MAX_ISSUER_URLS."""
    try:
        access = x509.load_der_x509_certificate(leaf_der).extensions.get_extension_for_class(
            x509.AuthorityInformationAccess
        )
    except (ValueError, x509.ExtensionNotFound):
        return ()
    urls = (
        d.access_location.value
        for d in access.value
        if d.access_method == AuthorityInformationAccessOID.CA_ISSUERS
        and isinstance(d.access_location, x509.UniformResourceIdentifier)
    )
    return tuple(u for u in urls if u.lower().startswith(("http://", "https://")))[:MAX_ISSUER_URLS]


def certificates_in(body: bytes) -> list[x509.Certificate]:
    """Return the certificates a ``caIssuers`` answer holds: DER, PEM, or a PKCS#7 bundle of either."""
    body = body[:MAX_ISSUER_BYTES]
    readers = (
        lambda b: [x509.load_der_x509_certificate(b)],
        x509.load_pem_x509_certificates,
        pkcs7.load_der_pkcs7_certificates,
        pkcs7.load_pem_pkcs7_certificates,
    )
    for read in readers:
        try:
            return list(read(body))
        except ValueError:
            continue
    return []


def completing(leaf_der: bytes, fetched: list[x509.Certificate], host: str, ca_bundle: str | None) -> str | None:
    """Return the PEM of the fetched certificates when, with them, the server's certificate verifies
    for ``host`` against the trusted roots; else None."""
    if not fetched:
        return None
    try:
        leaf = x509.load_der_x509_certificate(leaf_der)
        verifier = (
            PolicyBuilder().store(_roots(ca_bundle)).time(datetime.now(UTC)).build_server_verifier(_subject(host))
        )
        verifier.verify(leaf, fetched)
    except (ValueError, VerificationError):
        return None
    return "".join(c.public_bytes(Encoding.PEM).decode() for c in fetched)


@lru_cache(maxsize=64)
def completed_context(ca_bundle: str | None, intermediates_pem: str) -> ssl.SSLContext:
    """Return a verifying context that also knows the fetched intermediates (verified to chain to a root)."""
    context = ssl.create_default_context(cafile=ca_bundle or None)
    context.load_verify_locations(cadata=intermediates_pem)
    return context


@lru_cache(maxsize=8)
def _roots(ca_bundle: str | None) -> Store:
    # The roots the checker trusts: those its verifying context was made with. A system store
    # keeps a few old roots that break RFC 5280 (a serial number of zero): they are left out.
    roots = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        for der in ssl_context(ca_bundle).get_ca_certs(binary_form=True):
            try:
                roots.append(x509.load_der_x509_certificate(der))
            except ValueError:
                continue
    return Store(roots)


def _subject(host: str) -> x509.DNSName | x509.IPAddress:
    try:
        return x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        return x509.DNSName(host)
