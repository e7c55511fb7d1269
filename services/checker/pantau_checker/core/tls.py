"""TLS facts: from a verified certificate or a failed handshake to TlsFacts."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from pantau_contracts.status import TlsFacts

from .dates import wib_date


def facts_from_certificate(not_after: datetime, issuer: str | None, now: datetime) -> TlsFacts:
    """Return the facts of a certificate that passed verification."""
    days = int((not_after - now).total_seconds() // 86400)
    return TlsFacts(valid=days >= 0, days_to_expiry=days, not_after=not_after, issuer=issuer, hostname_match=True)


def facts_from_error(message: str) -> TlsFacts:
    """Return the facts of a handshake that failed verification."""
    lowered = message.lower()
    hostname = False if ("hostname" in lowered or "ip address mismatch" in lowered) else None
    return TlsFacts(valid=False, hostname_match=hostname, error=error_code(message))


def with_certificate(facts: TlsFacts, not_after: datetime, issuer: str | None, now: datetime) -> TlsFacts:
    """Add the expiry and issuer of an unverified certificate to the facts of a failed handshake."""
    days = int((not_after - now).total_seconds() // 86400)
    return replace(facts, days_to_expiry=days, not_after=not_after, issuer=issuer)


# A chain the server sent without its intermediate, completed as browsers do (``http.issuers``).
INCOMPLETE_CHAIN = "rantai_tidak_lengkap"
# What each code says to an official, in a finding's evidence.
ERROR_LABELS = {
    INCOMPLETE_CHAIN: "server tidak mengirim sertifikat perantara (rantai sertifikat TLS tidak lengkap): peramban"
    " desktop melengkapinya sendiri, tetapi aplikasi seluler dan klien lain gagal terhubung",
    "sertifikat_kedaluwarsa": "sertifikat TLS sudah kedaluwarsa",
    "nama_host_tidak_cocok": "sertifikat TLS diterbitkan untuk nama host lain",
    "sertifikat_swa_tanda_tangan": "sertifikat TLS ditandatangani sendiri (self-signed), tidak oleh penerbit tepercaya",
    "penerbit_tidak_dikenal": "penerbit sertifikat TLS tidak dikenal",
    "sertifikat_belum_berlaku": "sertifikat TLS belum berlaku (tanggal mulai berlakunya masih di depan)",
    "kunci_lemah": "kunci sertifikat TLS terlalu lemah (RSA kurang dari 2048 bit), ditolak peramban",
    "tanda_tangan_lemah": "sertifikat TLS ditandatangani dengan algoritma usang (SHA-1 atau MD5), ditolak peramban",
    "versi_tls_usang": "server hanya menerima versi TLS lama (TLS 1.0/1.1) yang tidak aman, ditolak peramban",
    "bukan_tls": "server tidak menjawab dengan TLS (HTTPS) di alamat ini",
    "tls_gagal": "jabat tangan TLS gagal",
}


def error_label(code: str | None) -> str:
    """Return what a TLS error code says to an official."""
    return ERROR_LABELS.get(code or "", "sertifikat TLS tidak sah")


def error_code(message: str) -> str:
    """Return a short stable code for a TLS verification error."""
    lowered = message.lower()
    if "expired" in lowered:
        return "sertifikat_kedaluwarsa"
    if "hostname" in lowered or "ip address mismatch" in lowered:
        return "nama_host_tidak_cocok"
    if "self-signed" in lowered or "self signed" in lowered:
        return "sertifikat_swa_tanda_tangan"
    if "unable to get local issuer" in lowered or "unknown ca" in lowered:
        return "penerbit_tidak_dikenal"
    return next((code for word, code in _HANDSHAKE_CODES if word in lowered), "tls_gagal")


# Handshakes that fail for an old server's sake, by a word of OpenSSL's message: each its own code, so that the
# finding says what to fix (a new certificate, a longer key, a newer TLS), not that the handshake failed.
_HANDSHAKE_CODES = (
    ("not yet valid", "sertifikat_belum_berlaku"),
    ("key too weak", "kunci_lemah"),  # OpenSSL's verification: "EE certificate key too weak"
    ("key too small", "kunci_lemah"),
    ("digest algorithm too weak", "tanda_tangan_lemah"),  # "CA signature digest algorithm too weak"
    ("md too weak", "tanda_tangan_lemah"),
    ("protocol version", "versi_tls_usang"),
    ("unsupported protocol", "versi_tls_usang"),
    ("wrong version number", "bukan_tls"),
)


# What a failed handshake says to an official, by its code; OpenSSL's own text stays the checker's.
_FAILURE_TEXTS = {
    "nama_host_tidak_cocok": "sertifikat bukan untuk nama host ini",
    "sertifikat_swa_tanda_tangan": "sertifikat ditandatangani sendiri (self-signed), tidak oleh penerbit tepercaya",
    "penerbit_tidak_dikenal": "rantai sertifikat tidak lengkap atau penerbitnya tidak dipercaya",
    "sertifikat_belum_berlaku": "sertifikat belum berlaku",
    "kunci_lemah": "kunci sertifikat terlalu lemah (RSA kurang dari 2048 bit)",
    "tanda_tangan_lemah": "sertifikat ditandatangani dengan algoritma usang (SHA-1 atau MD5)",
    "versi_tls_usang": "server hanya menerima versi TLS lama yang tidak aman",
    "bukan_tls": "server tidak menjawab dengan TLS di alamat ini",
}
# Handshakes that fail before any certificate is judged, by a word of OpenSSL's message.
_HANDSHAKE_TEXTS = (
    ("revoked", "sertifikat sudah dicabut oleh penerbitnya"),
    ("handshake failure", "server menolak jabat tangan TLS (tidak ada sandi yang sama-sama didukung)"),
    ("eof", "server memutus koneksi di tengah jabat tangan TLS"),
)
_QUOTED = re.compile(r"'([^']{1,253})'")


def failure_text(message: str, facts: TlsFacts) -> str:
    """Return what a failed handshake says to an official, from OpenSSL's message and the certificate's facts."""
    code = facts.error or error_code(message)
    if code == "sertifikat_kedaluwarsa":
        # The officials' day: a certificate ends on its WIB date.
        return (
            f"sertifikat kedaluwarsa pada {wib_date(facts.not_after)}" if facts.not_after else "sertifikat kedaluwarsa"
        )
    if code == "nama_host_tidak_cocok" and (name := _QUOTED.search(message)):
        return f"sertifikat bukan untuk nama host {name.group(1)}"
    if code == "penerbit_tidak_dikenal" and facts.issuer:
        return f"{_FAILURE_TEXTS[code]} (penerbit: {facts.issuer})"
    if code in _FAILURE_TEXTS:
        return _FAILURE_TEXTS[code]
    lowered = message.lower()
    return next((text for word, text in _HANDSHAKE_TEXTS if word in lowered), "jabat tangan TLS gagal")
