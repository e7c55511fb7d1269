"""Why an application is down, in plain Indonesian, carried on its status event to the officials."""

from __future__ import annotations

import asyncio
import socket
import ssl
from datetime import UTC, datetime

import pytest

from pantau_checker.config import CheckerConfig
from pantau_checker.core import availability, tls
from pantau_checker.http.errors import FetchError, classify
from pantau_checker.http.guard import dns_failure
from pantau_checker.probe import Checker, Outcome
from pantau_checker.progress import summary_line
from pantau_common.registry.model import AppSpec
from pantau_common.secrets import AppSecrets
from pantau_contracts.codec import decode, encode, envelope, from_jsonable, to_jsonable
from pantau_contracts.status import REASON_DETAIL_MAX, ApplicationChecked, LoginResult, Timings, TlsFacts

NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
APP = AppSpec(id="simpeg", pd_id="bkpsdm", nama="SIMPEG", url="https://simpeg.bekasikota.go.id/")
LOOP = "pengalihan berputar tanpa akhir: /beranda → /id/beranda → /beranda"


def checked(outcome: Outcome) -> ApplicationChecked:
    """Return the event a check makes of ``outcome``, the fetching left out."""
    checker = Checker(CheckerConfig(), AppSecrets.from_env({}), clock=lambda: NOW)

    async def attempts(app: AppSpec, recall: object = None) -> tuple[Outcome, int]:
        return outcome, 1

    checker._with_retries = attempts  # type: ignore[method-assign]
    return asyncio.run(checker.check(APP))


# --- the event ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "verdict",
    [
        availability.from_status(503),
        availability.from_failure("redirects", LOOP),
        availability.from_failure("other", "server menutup koneksi tanpa mengirim jawaban"),
    ],
)
def test_a_down_check_carries_the_verdicts_detail(verdict: availability.Verdict) -> None:
    event = checked(Outcome(verdict, Timings(40.0)))
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", verdict.reason, verdict.detail)


def test_a_failed_login_carries_its_reason_and_never_the_username() -> None:
    login = LoginResult("gagal", "pesan gagal login tampil: “identitas tersebut tidak cocok dengan data kami”")
    verdict = availability.from_login(availability.from_status(200), True, login.reason)
    event = checked(Outcome(verdict, Timings(40.0), 200, login=login))
    assert (event.reason, event.reason_detail) == ("login_gagal", login.reason)


def test_an_up_check_carries_no_detail() -> None:
    event = checked(Outcome(availability.from_status(200), Timings(40.0), 200))
    assert (event.availability, event.reason_detail) == ("aktif", None)


def test_a_long_detail_is_cut_to_the_bound_on_making_and_on_decoding() -> None:
    event = checked(Outcome(availability.from_failure("redirects", LOOP + " → /beranda" * 60), Timings(40.0)))
    assert event.reason_detail is not None and len(event.reason_detail) == REASON_DETAIL_MAX
    assert event.reason_detail.endswith("…")
    wire = {**to_jsonable(event), "reason_detail": "x" * 5000}
    assert len(from_jsonable(ApplicationChecked, wire).reason_detail or "") == REASON_DETAIL_MAX


def test_an_event_from_before_the_detail_still_decodes_without_one() -> None:
    event = checked(Outcome(availability.from_status(503), Timings(40.0)))
    older = {k: v for k, v in to_jsonable(event).items() if k != "reason_detail"}
    assert from_jsonable(ApplicationChecked, older).reason_detail is None
    assert decode(encode(envelope(event, source="/pantau/checker", subject="simpeg"))).data == event


def test_the_terminal_line_of_a_down_check_says_why() -> None:
    event = checked(Outcome(availability.from_failure("redirects", LOOP), Timings(40.0)))
    assert f"tidak aktif (terlalu_banyak_redirect: {LOOP})" in summary_line(event)


# --- TLS failures in Indonesian -----------------------------------------------------------------


def handshake_error(message: str) -> FetchError:
    """Return the FetchError of a handshake whose verification failed with OpenSSL's ``message``."""
    error = ssl.SSLCertVerificationError(1, f"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: {message}")
    error.verify_message = message
    return classify(error)


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("self-signed certificate", "sertifikat ditandatangani sendiri (self-signed), tidak oleh penerbit tepercaya"),
        ("self signed certificate in certificate chain", "sertifikat ditandatangani sendiri (self-signed)"),
        ("Hostname mismatch, certificate is not valid for 'simpeg.bekasikota.go.id'.", "sertifikat bukan untuk nama"),
        ("IP address mismatch, certificate is not valid for '10.1.2.3'.", "sertifikat bukan untuk nama host 10.1.2.3"),
        ("unable to get local issuer certificate", "rantai sertifikat tidak lengkap atau penerbitnya tidak dipercaya"),
        ("certificate has expired", "sertifikat kedaluwarsa"),
        ("certificate is not yet valid", "sertifikat belum berlaku"),
        ("EE certificate key too weak", "kunci sertifikat terlalu lemah (RSA kurang dari 2048 bit)"),
        ("CA signature digest algorithm too weak", "sertifikat ditandatangani dengan algoritma usang (SHA-1 atau MD5)"),
    ],
)
def test_a_tls_failure_is_explained_in_indonesian_without_openssls_words(message: str, told: str) -> None:
    error = handshake_error(message)
    assert error.explanation.startswith(told)
    assert "certificate" not in error.explanation and "TLS:" not in error.explanation
    assert error.detail == f"TLS: {message}"  # what the session matches (an incomplete chain) stays


def test_an_expired_certificate_is_dated_and_a_wrong_host_named() -> None:
    expired = handshake_error("certificate has expired")
    expired.tls = tls.with_certificate(expired.tls or TlsFacts(False), datetime(2026, 11, 30, tzinfo=UTC), None, NOW)
    assert expired.explanation == "sertifikat kedaluwarsa pada 30 November 2026"
    # 20:00 UTC on 30 November is 03:00 WIB on 1 December: the day the officials live in.
    expired.tls = tls.with_certificate(expired.tls, datetime(2026, 11, 30, 20, tzinfo=UTC), None, NOW)
    assert expired.explanation == "sertifikat kedaluwarsa pada 1 Desember 2026"
    wrong = handshake_error("Hostname mismatch, certificate is not valid for 'simpeg.bekasikota.go.id'.")
    assert wrong.explanation == "sertifikat bukan untuk nama host simpeg.bekasikota.go.id"


def test_an_unknown_issuer_is_named_once_read_from_the_certificate() -> None:
    error = handshake_error("unable to get local issuer certificate")
    error.tls = tls.with_certificate(error.tls or TlsFacts(False), datetime(2027, 3, 1, tzinfo=UTC), "CA Dinas", NOW)
    assert error.explanation == "rantai sertifikat tidak lengkap atau penerbitnya tidak dipercaya (penerbit: CA Dinas)"


@pytest.mark.parametrize(
    ("message", "told"),
    [
        ("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1000)", "server tidak menjawab dengan TLS"),
        ("[SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1000)", "versi TLS lama"),
        ("[SSL: SSLV3_ALERT_HANDSHAKE_FAILURE] sslv3 alert handshake failure (_ssl.c:1000)", "menolak jabat tangan"),
        ("[SSL: SOMETHING_NEW] something new (_ssl.c:1000)", "jabat tangan TLS gagal"),
        ("[SSL: EE_KEY_TOO_SMALL] ee key too small (_ssl.c:1000)", "kunci sertifikat terlalu lemah"),
        ("[SSL: CA_MD_TOO_WEAK] ca md too weak (_ssl.c:1000)", "algoritma usang (SHA-1 atau MD5)"),
    ],
)
def test_a_handshake_that_fails_before_the_certificate_is_explained_too(message: str, told: str) -> None:
    error = classify(ssl.SSLError(1, message))
    assert told in error.explanation and "SSL" not in error.explanation


def test_other_failures_are_explained_by_their_own_detail() -> None:
    assert FetchError("refused", "koneksi ditolak").explanation == "koneksi ditolak"


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (socket.gaierror(socket.EAI_NONAME, "Name or service not known"), "nama domain x.go.id tidak ditemukan (DNS)"),
        (
            socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"),
            "server DNS tidak menjawab untuk x.go.id (gangguan sementara)",
        ),
        (
            socket.gaierror(socket.EAI_FAIL, "Non-recoverable failure"),
            "nama domain x.go.id tidak dapat diresolusi (DNS)",
        ),
        (UnicodeError("label too long"), "nama domain x.go.id tidak sah"),
    ],
)
def test_a_failed_name_lookup_is_told_in_indonesian(error: Exception, said: str) -> None:
    assert dns_failure("x.go.id", error) == said
