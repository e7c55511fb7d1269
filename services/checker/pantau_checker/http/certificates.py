"""Certificate facts of a fetch: from a verified connection, or read again after a failed one."""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

import httpx

from pantau_contracts.status import TlsFacts

from ..core import tls as tls_core
from .guard import Guard


@lru_cache(maxsize=32)
def ssl_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """Return a verifying TLS context (system CAs, or the given bundle) shared between checks."""
    # The system store by default: a city installs its own CAs there for internal services.
    return ssl.create_default_context(cafile=ca_bundle or None)


def verified_facts(response: httpx.Response) -> TlsFacts | None:
    """Return the facts of the verified certificate a response came over, if any."""
    ssl_object = response.extensions.get("ssl_object")
    if ssl_object is None:
        return None
    cert = ssl_object.getpeercert()
    if not cert or "notAfter" not in cert:
        return None
    not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]), UTC)
    return tls_core.facts_from_certificate(not_after, _issuer(cert), datetime.now(UTC))


async def unverified_facts(guard: Guard, host: str, port: int, facts: TlsFacts) -> tuple[TlsFacts, tuple[str, ...]]:
    """Add expiry and issuer of a certificate that failed verification, read without verifying; and return
    the host names it is for (whose server answered: an Internet provider's block page has its own)."""
    der = await peer_certificate(guard, host, port)
    not_after, issuer, names = _der_facts(der)
    return tls_core.with_certificate(facts, not_after, issuer, datetime.now(UTC)), names


async def peer_certificate(guard: Guard, host: str, port: int) -> bytes:
    """Return the server's own certificate (DER), read without verifying it."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # only to read the certificate that already failed verification
    address = (await guard.addresses(host, port, timeout=5.0))[0]
    _, writer = await asyncio.open_connection(
        address, port, ssl=context, server_hostname=host, ssl_handshake_timeout=5.0
    )
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der: bytes = ssl_object.getpeercert(binary_form=True) if ssl_object is not None else b""
        return der
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(writer.wait_closed(), 1.0)


def _der_facts(der: bytes) -> tuple[datetime, str | None, tuple[str, ...]]:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    cert = x509.load_der_x509_certificate(der)
    issuers = cert.issuer.get_attributes_for_oid(NameOID.ORGANIZATION_NAME) or cert.issuer.get_attributes_for_oid(
        NameOID.COMMON_NAME
    )
    return cert.not_valid_after_utc, str(issuers[0].value) if issuers else None, _host_names(cert)


def _host_names(cert: Any) -> tuple[str, ...]:
    """Return the DNS names a certificate is for: its subject alternative names, else its common name."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        extension = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        names = [str(name) for name in extension.value.get_values_for_type(x509.DNSName)]
    except (ValueError, x509.ExtensionNotFound):  # none, or one the library cannot read
        names = []
    common = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return tuple(names or [str(c.value) for c in common])


def _issuer(cert: dict[str, Any]) -> str | None:
    parts = dict(item[0] for item in cert.get("issuer", ()) if item)
    return parts.get("organizationName") or parts.get("commonName")
