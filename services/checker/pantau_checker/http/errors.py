"""Why a fetch produced no usable response: the errors, and the mapping of any exception to one."""

from __future__ import annotations

import errno
import logging
import ssl

import httpx

from pantau_contracts.status import TlsFacts

from ..core import tls as tls_core
from ..core.availability import FailureKind
from .protocol import BadHeaders, BadStatusLine, BrokenChunks, EndlessInterim, ServerDisconnected

log = logging.getLogger(__name__)


class FetchError(Exception):
    """A fetch that produced no usable HTTP response; ``kind`` maps to a down reason.

    ``detail`` is what the checker reads (a TLS failure's is OpenSSL's own text, which the session
    matches); ``explanation`` is what an official reads. ``redirected_to`` is the address a redirect led
    to, where the failure came on it: the address asked for answered, and sent the client there.
    ``certificate_names`` are the host names of the certificate a failed handshake met, read without
    verifying it (an Internet provider's block page answers with a certificate of its own).
    """

    def __init__(self, kind: FailureKind, detail: str, tls: TlsFacts | None = None) -> None:
        super().__init__(detail)
        self.kind: FailureKind = kind
        self.detail = detail
        self.tls = tls
        self.redirected_to: str | None = None
        self.certificate_names: tuple[str, ...] = ()

    @property
    def explanation(self) -> str:
        """Return the failure in plain Indonesian: a TLS one from its facts, read once the certificate's are in."""
        if self.kind == "tls" and self.tls is not None:
            return tls_core.failure_text(self.detail, self.tls)
        return self.detail


class DnsLookupError(Exception):
    """The host name did not resolve."""


class AddressBlockedError(Exception):
    """The host resolved to an address the SSRF guard refuses."""


def classify(exc: BaseException) -> FetchError:  # noqa: PLR0911 - one branch per failure kind
    """Map an exception from a fetch to a FetchError with its failure kind."""
    chain = _chain(exc)
    if any(isinstance(e, DnsLookupError) for e in chain):
        return FetchError("dns", str(next(e for e in chain if isinstance(e, DnsLookupError))))
    if any(isinstance(e, AddressBlockedError) for e in chain):
        return FetchError("blocked", str(next(e for e in chain if isinstance(e, AddressBlockedError))))
    ssl_errors = [e for e in chain if isinstance(e, ssl.SSLError)]
    if ssl_errors:
        # The innermost is the handshake's own error; wrappers may be SSLErrors too.
        message = getattr(ssl_errors[-1], "verify_message", None) or str(ssl_errors[-1])
        return FetchError("tls", f"TLS: {message}", tls_core.facts_from_error(message))
    if any(isinstance(e, (TimeoutError, httpx.TimeoutException)) for e in chain):
        return FetchError("timeout", "batas waktu habis")
    if (
        any(isinstance(e, ConnectionRefusedError) or getattr(e, "errno", None) == errno.ECONNREFUSED for e in chain)
        or "refused" in str(exc).lower()
    ):
        return FetchError("refused", "koneksi ditolak")
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return FetchError("other", f"URL tidak sah: {exc}")
    # An official reads the detail: no exception's class name in it (it goes to the log).
    log.info("unexpected fetch failure: %s: %s", type(exc).__name__, exc)
    return FetchError("other", _unusable_answer(chain) or "galat tak terduga saat mengambil halaman")


# What was wrong with a server's answer that is no HTTP response, by the error that said so, in the order looked for.
_UNUSABLE: tuple[tuple[type[BaseException], str], ...] = (
    (ServerDisconnected, "server menutup koneksi tanpa mengirim jawaban"),
    (ConnectionResetError, "server memutus koneksi sebelum jawabannya lengkap"),
    (
        EndlessInterim,
        "server hanya mengirim jawaban sementara (HTTP 1xx) tanpa henti, tidak pernah jawaban yang sebenarnya",
    ),
    (BadStatusLine, "server menjawab tidak dengan HTTP (baris status tidak sah)"),
)


def _unusable_answer(chain: list[BaseException]) -> str | None:
    """Say in words what was wrong with a server's answer that is no HTTP response."""
    for kind, said in _UNUSABLE:
        if any(isinstance(e, kind) for e in chain):
            return said
    if any(isinstance(e, BrokenChunks) or "chunk" in str(e).lower() for e in chain):
        return "jawaban server rusak: pengodean chunked tidak sah"
    if any(isinstance(e, BadHeaders) for e in chain):
        return "jawaban server rusak: header HTTP tidak sah"
    return None


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
