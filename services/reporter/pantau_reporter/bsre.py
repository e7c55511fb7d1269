"""The BSrE (BSSN) eSign Client API, version 2: the certified signature of the Kepala Dinas.

The city runs BSrE's *eSign Client* in its own network; Pantau calls it over HTTP(S) with the
application's Basic credentials:

- ``POST /api/v2/user/check/status`` ``{"nik"}`` answers ``{"status_code", "message", "status"}``;
  ``status`` is ``ISSUE`` while the signer's certificate is valid (``EXPIRED``, ``REVOKED``,
  ``NOT_REGISTERED``, ``NO_CERTIFICATE`` otherwise);
- ``POST /api/v2/sign/pdf`` ``{"nik", "passphrase", "signatureProperties": [...], "file": [base64]}``
  answers ``{"time", "file": [base64]}`` with the signed PDF (PAdES), or an error
  ``{"status_code", "error"}`` (a wrong passphrase is code 2031).

The passphrase is typed by the Kepala Dinas in the sign form and passed through to one request;
it is never stored, logged or put in an error message. A sign request that times out after it was
sent has an unknown outcome, so it is never retried by itself: the official is told to check.
The nota already prints its QR code and the BSrE footnote, so the signature is ``INVISIBLE``.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from asn1crypto import x509 as asn1_x509

from pantau_common.secrets import SecretUnavailableError, read_secret

from .signing import LocalDemoSigner, SigningError, SignRequest

STATUS_PATH = "/api/v2/user/check/status"
SIGN_PATH = "/api/v2/sign/pdf"
WRONG_PASSPHRASE = 2031
_CERTIFICATE_STATES = {
    "EXPIRED": "sertifikat elektronik penanda tangan sudah kedaluwarsa",
    "REVOKED": "sertifikat elektronik penanda tangan sudah dicabut",
    "SUSPEND": "sertifikat elektronik penanda tangan sedang dibekukan",
    "NOT_REGISTERED": "NIK penanda tangan tidak terdaftar di BSrE",
    "NO_CERTIFICATE": "penanda tangan belum memiliki sertifikat elektronik BSrE",
}


class PassphraseError(SigningError):
    """The signer's passphrase was refused: the official may type it again."""


class CertificateError(SigningError):
    """The signer has no valid certificate: signing cannot succeed until BSrE renews it."""


@dataclass(frozen=True)
class BsreConfig:
    """Where the eSign Client is and how Pantau logs in to it (never the signer's passphrase)."""

    url: str
    nik: str  # the Kepala Dinas's NIK, as registered with BSrE
    user: str
    password_ref: str = field(repr=False)  # env:NAME or file:/path
    ca_bundle: str | None = None
    timeout_s: float = 60.0


class BsreClient:
    """The two calls Pantau makes to the eSign Client."""

    def __init__(self, config: BsreConfig, secret_env: Mapping[str, str]) -> None:
        self._config = config
        self._secret_env = secret_env

    def certificate_status(self, nik: str) -> str:
        """Return the signer's certificate status (``ISSUE`` when it can sign)."""
        reply = self._post(STATUS_PATH, {"nik": nik}, timeout_s=min(self._config.timeout_s, 15.0))
        return str(_json(reply).get("status") or "")

    def sign_pdf(self, nik: str, passphrase: str, pdf: bytes, reason: str) -> bytes:
        """Sign ``pdf`` with the signer's certificate; return the signed file."""
        body = {
            "nik": nik,
            "passphrase": passphrase,
            "signatureProperties": [{"tampilan": "INVISIBLE", "location": "Kota Bekasi", "reason": reason}],
            "file": [base64.b64encode(pdf).decode("ascii")],
        }
        try:
            reply = self._post(SIGN_PATH, body, timeout_s=self._config.timeout_s)
        except httpx.TimeoutException:
            raise SigningError(
                f"BSrE tidak menjawab dalam {self._config.timeout_s:g} detik; hasil penandatanganan tidak"
                " diketahui, periksa di BSrE sebelum menandatangani ulang"
            ) from None
        if reply.status_code != 200:
            raise _sign_error(reply)
        return _signed_file(_json(reply))

    def _post(self, path: str, body: dict[str, Any], *, timeout_s: float) -> httpx.Response:
        try:
            password = read_secret(self._config.password_ref, self._secret_env)
        except SecretUnavailableError as exc:
            raise SigningError(f"kredensial aplikasi BSrE tidak tersedia: {exc}") from None
        verify: str | bool = self._config.ca_bundle or True
        try:
            reply = httpx.post(
                self._config.url.rstrip("/") + path,
                json=body,
                auth=(self._config.user, password),
                timeout=timeout_s,
                verify=verify,
            )
        except httpx.TimeoutException:
            raise
        except httpx.HTTPError as exc:
            raise SigningError(f"BSrE tidak dapat dihubungi ({type(exc).__name__})") from None
        if reply.status_code == 401:
            raise SigningError("BSrE menolak kredensial aplikasi Pantau (HTTP 401)")
        return reply


class BsreSigner:
    """A ``Signer`` whose PDF signatures are BSrE's; paraf statements stay on the audit key."""

    name = "bsre"
    certified = True

    def __init__(
        self, client: BsreClient, nik: str, audit: LocalDemoSigner, trust: list[asn1_x509.Certificate]
    ) -> None:
        self._client = client
        self._nik = nik
        self._audit = audit
        self._trust = trust

    def sign_pdf(self, request: SignRequest) -> bytes:
        """Check the certificate, then sign with the passphrase the Kepala Dinas typed for this request."""
        if not request.passphrase:
            raise SigningError("tanda tangan BSrE memerlukan passphrase Kepala Dinas dari formulir tanda tangan")
        nik = request.nik or self._nik
        status = self._client.certificate_status(nik)
        if status != "ISSUE":
            raise CertificateError(
                _CERTIFICATE_STATES.get(status, f"status sertifikat BSrE {status or 'tidak dikenal'}")
            )
        return self._client.sign_pdf(nik, request.passphrase, request.pdf, request.reason)

    def sign_statement(self, data: bytes) -> tuple[str, str]:
        return self._audit.sign_statement(data)

    def verify_statement(self, data: bytes, signature: str) -> bool:
        return self._audit.verify_statement(data, signature)

    def trust_roots(self) -> list[asn1_x509.Certificate]:
        return list(self._trust)


def _json(reply: httpx.Response) -> dict[str, Any]:
    try:
        data = reply.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise SigningError(f"BSrE menjawab dengan isi yang tidak dikenal (HTTP {reply.status_code})")
    return data


def _sign_error(reply: httpx.Response) -> SigningError:
    try:
        data = reply.json()
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    code = data.get("status_code")
    message = str(data.get("error") or data.get("message") or "").strip()[:200]
    if code == WRONG_PASSPHRASE or str(code) == str(WRONG_PASSPHRASE) or "passphrase" in message.lower():
        return PassphraseError("passphrase salah; ketik ulang passphrase sertifikat elektronik Anda")
    detail = f"{message} (kode {code})" if code is not None else message or "tanpa keterangan"
    return SigningError(f"BSrE menolak penandatanganan (HTTP {reply.status_code}): {detail}")


def _signed_file(data: dict[str, Any]) -> bytes:
    files = data.get("file")
    if not isinstance(files, list) or len(files) != 1 or not isinstance(files[0], str):
        raise SigningError("BSrE tidak mengembalikan tepat satu berkas bertanda tangan")
    try:
        signed = base64.b64decode(files[0], validate=True)
    except (binascii.Error, ValueError):
        raise SigningError("berkas dari BSrE bukan base64 yang sah") from None
    if not signed.startswith(b"%PDF"):
        raise SigningError("berkas dari BSrE bukan PDF")
    return signed
