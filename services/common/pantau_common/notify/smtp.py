"""E-mail over SMTP with the standard library: STARTTLS unless turned off, AUTH when a user is set.

The password is read from its secret reference at each try (a rotated one is picked up) and never
kept or logged. The receipt is the server's answer to DATA, e.g. ``250 2.0.0 Ok: queued as 4Xyz``.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate, parseaddr

from ..secrets import SecretUnavailableError, read_secret
from .config import SmtpConfig
from .core import DeliveryError, Notification


class SmtpMailer:
    """Send a notification as one plain-text e-mail to its address."""

    def __init__(self, config: SmtpConfig, secret_env: Mapping[str, str]) -> None:
        self._sender = SmtpSender(config, secret_env)
        self._from = config.sender

    async def send(self, notification: Notification) -> str:
        """Deliver one notification; return the server's answer to DATA."""
        raw = email_bytes(notification, self._from)
        return await asyncio.to_thread(self._sender.send, notification.address, raw)


class SmtpSender:
    """One e-mail over the relay: STARTTLS unless turned off, AUTH when a user is set."""

    def __init__(self, config: SmtpConfig, secret_env: Mapping[str, str]) -> None:
        self._config = config
        self._secret_env = secret_env
        self._tls = ssl.create_default_context(cafile=config.ca_bundle)
        self._envelope_sender = parseaddr(config.sender)[1]

    def send(self, recipient: str, raw: bytes) -> str:
        """Send ``raw`` to ``recipient``; return the server's answer to DATA (its queue id)."""
        password = self._password()
        try:
            with smtplib.SMTP(self._config.host, self._config.port, timeout=self._config.timeout_s) as smtp:
                self._open(smtp, password)
                return _transmit(smtp, self._envelope_sender, recipient, raw)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"server SMTP menolak login {self._config.user!r} ({_answer(exc)})") from None
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(f"sertifikat server SMTP tidak sah ({exc.verify_message})") from None
        except ssl.SSLError as exc:
            raise DeliveryError(f"TLS ke server SMTP gagal ({exc.reason})") from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"server SMTP menjawab {_answer(exc)}") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"hubungan ke server SMTP gagal ({type(exc).__name__}: {exc})") from None

    def _password(self) -> str:
        if not self._config.user:
            return ""
        try:
            return read_secret(self._config.password_ref, self._secret_env)
        except SecretUnavailableError as exc:
            raise DeliveryError(f"kata sandi SMTP tidak tersedia: {exc}") from None

    def _open(self, smtp: smtplib.SMTP, password: str) -> None:
        smtp.ehlo()
        if self._config.starttls:
            if not smtp.has_extn("starttls"):
                raise DeliveryError("server SMTP tidak menawarkan STARTTLS; surel tidak dikirim tanpa TLS")
            smtp.starttls(context=self._tls)
            smtp.ehlo()
        if self._config.user:
            if not smtp.has_extn("auth"):
                raise DeliveryError("server SMTP tidak menawarkan AUTH")
            smtp.login(self._config.user, password)


def email_bytes(notification: Notification, sender: str) -> bytes:
    """Return the e-mail of a notification, ready for DATA (UTF-8 headers and body)."""
    message = EmailMessage()
    try:
        message["From"] = sender
        message["To"] = notification.address
        message["Subject"] = notification.subject
    except ValueError as exc:  # a header with a line break: never let it through
        raise DeliveryError(f"surel tidak dapat disusun ({exc})", permanent=True) from None
    message["Date"] = formatdate(usegmt=True)
    # The same id on every try: a mail system that sees the message twice can tell.
    message["Message-ID"] = f"<pantau-notifikasi-{notification.id}@{_domain(sender)}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies
    message.set_content(notification.body, cte="quoted-printable")  # 7-bit: no 8BITMIME needed
    return message.as_bytes(policy=SMTP_POLICY)


def _transmit(smtp: smtplib.SMTP, sender: str, recipient: str, raw: bytes) -> str:
    _expect("MAIL FROM", *smtp.mail(sender), ok=(250,))
    _expect("RCPT TO", *smtp.rcpt(recipient), ok=(250, 251))
    try:
        code, answer = smtp.data(raw)
    except smtplib.SMTPDataError as exc:
        code, answer = exc.smtp_code, _bytes(exc.smtp_error)
    _expect("DATA", code, answer, ok=(250,))
    return f"{code} {answer.decode('utf-8', 'replace')}"


def _expect(step: str, code: int, answer: bytes, *, ok: tuple[int, ...]) -> None:
    if code not in ok:
        text = answer.decode("utf-8", "replace")
        raise DeliveryError(f"server SMTP menolak {step}: {code} {text}", permanent=500 <= code < 600)


def _answer(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_bytes(exc.smtp_error).decode('utf-8', 'replace')}"


def _bytes(value: bytes | str) -> bytes:
    return value if isinstance(value, bytes) else value.encode("utf-8")


def _domain(sender: str) -> str:
    return parseaddr(sender)[1].rpartition("@")[2] or "pantau"
