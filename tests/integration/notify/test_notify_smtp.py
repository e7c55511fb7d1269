"""E-mail against a real SMTP server on 127.0.0.1 (aiosmtpd) that requires STARTTLS and AUTH."""

from __future__ import annotations

import asyncio
import email
import logging
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from notify_parts import SECRET_ENV, SMTP_PASSWORD, SMTP_USER, add_notification, notification_row

from pantau_common.notify import NotificationRelay, NotifyConfig, RetryPolicy, SmtpConfig, SmtpMailer

pytestmark = pytest.mark.integration
SENDER = "Pantau Diskominfo Kota Bekasi <pantau@bekasikota.go.id>"
TO = "kepala@dinkes.bekasikota.go.id"
SUBJECT = "Situs Dinas Kesehatan tidak aktif — mohon segera ditindaklanjuti"
BODY = "Yth. Kepala Dinas Kesehatan,\n\nSitus dinkes.bekasikota.go.id tidak dapat diakses sejak 08.00 WIB."


def _relay(url: str, port: int, ca_bundle: str | None, env: dict[str, str] = SECRET_ENV) -> NotificationRelay:
    smtp = SmtpConfig("127.0.0.1", SENDER, port, SMTP_USER, "env:PANTAU_TEST_SMTP_PASSWORD", ca_bundle=ca_bundle)
    config = NotifyConfig(smtp=smtp, retry=RetryPolicy(max_attempts=3, base_s=0))
    return NotificationRelay(url, {"email": SmtpMailer(smtp, env)}, config)


def _parsed(raw: bytes) -> EmailMessage:
    message = email.message_from_bytes(raw, policy=default_policy)
    assert isinstance(message, EmailMessage)
    return message


def test_the_mail_arrives_in_indonesian_over_tls_authenticated_with_the_servers_receipt(
    database_url: str, smtp_server: Any, ca_bundle: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    controller, box = smtp_server
    sent_id = add_notification(database_url, "email", TO, subject=SUBJECT, body=BODY)

    assert asyncio.run(_relay(database_url, controller.port, ca_bundle).run_once()) == 1

    [mail] = box.mails
    message = _parsed(mail.content)
    assert mail.over_tls and mail.login == SMTP_USER.encode()
    assert (mail.mail_from, mail.rcpt_tos) == ("pantau@bekasikota.go.id", [TO])
    assert (message["From"], message["To"], message["Subject"]) == (SENDER, TO, SUBJECT)
    assert message.get_content().splitlines() == BODY.splitlines()  # CRLF on the wire
    row = notification_row(database_url, sent_id)
    assert row["sent_at"] is not None and row["attempts"] == 1 and row["receipt"] == mail.receipt
    assert SMTP_PASSWORD.encode() not in mail.content and SMTP_PASSWORD not in caplog.text


def test_a_wrong_password_is_a_retry_with_a_clear_error(
    database_url: str, smtp_server: Any, ca_bundle: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    controller, box = smtp_server
    sent_id = add_notification(database_url, "email", TO)
    wrong = {"PANTAU_TEST_SMTP_PASSWORD": "sandi-yang-salah-42"}

    asyncio.run(_relay(database_url, controller.port, ca_bundle, wrong).run_once())

    row = notification_row(database_url, sent_id)
    assert box.mails == []
    assert row["sent_at"] is None and row["dead_at"] is None and row["attempts"] == 1
    assert "server SMTP menolak login 'pantau' (535" in row["last_error"]
    assert "sandi-yang-salah-42" not in row["last_error"] + caplog.text


def test_a_missing_password_variable_is_named_in_the_error(database_url: str, smtp_server: Any, ca_bundle: str) -> None:
    controller, _box = smtp_server
    sent_id = add_notification(database_url, "email", TO)

    asyncio.run(_relay(database_url, controller.port, ca_bundle, {}).run_once())

    assert "PANTAU_TEST_SMTP_PASSWORD tidak diset" in notification_row(database_url, sent_id)["last_error"]


def test_a_relay_whose_certificate_is_not_trusted_gets_nothing(database_url: str, smtp_server: Any) -> None:
    controller, box = smtp_server
    sent_id = add_notification(database_url, "email", TO)

    asyncio.run(_relay(database_url, controller.port, ca_bundle=None).run_once())

    assert box.mails == []
    assert "sertifikat server SMTP tidak sah" in notification_row(database_url, sent_id)["last_error"]


def test_a_server_without_starttls_gets_nothing_in_clear_text(
    database_url: str, plain_smtp_server: Any, ca_bundle: str
) -> None:
    controller, box = plain_smtp_server
    sent_id = add_notification(database_url, "email", TO)

    asyncio.run(_relay(database_url, controller.port, ca_bundle).run_once())

    assert box.mails == []
    assert "tidak menawarkan STARTTLS" in notification_row(database_url, sent_id)["last_error"]
