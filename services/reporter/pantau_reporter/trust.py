"""What a verifier trusts: the CA certificates of the signing folder, and never its key.

The public verification server (``pantau-reporter serve``) mounts only ``ca.pem`` and
``signer.pem``; it checks signatures against ``ca.pem`` and builds no signer, so it cannot sign
and never creates a CA.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization

CA_FILE = "ca.pem"


class Trust(Protocol):
    """The certificates a signature must chain to (a ``Signer`` is one, too)."""

    def trust_roots(self) -> list[asn1_x509.Certificate]: ...


class CaCertificates:
    """The certificates in ``<ca_dir>/ca.pem``, read at each verification.

    Read each time, so that a CA the worker makes after the server started (``make up``) is
    trusted at once; a missing file trusts nothing, and every signature is then refused.
    """

    def __init__(self, ca_dir: Path) -> None:
        self._path = ca_dir / CA_FILE

    def trust_roots(self) -> list[asn1_x509.Certificate]:
        """Return every certificate of ``ca.pem`` (none when it is missing)."""
        try:
            pem = self._path.read_bytes()
        except FileNotFoundError:
            return []
        return [_asn1(cert) for cert in x509.load_pem_x509_certificates(pem)]


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
