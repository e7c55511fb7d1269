"""The monthly Wali Kota report goes by e-mail like the nota: over a real SMTP relay on 127.0.0.1
that requires STARTTLS and AUTH; the receipt on record is the relay's queue id, and a refused
delivery is tried again at the next check that is due."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from notify_parts import SECRET_ENV, SMTP_USER

from pantau_common.db import connect
from pantau_common.notify import SmtpConfig, SmtpSender
from pantau_common.settings import Settings
from pantau_reporter.bootstrap import build_signer
from pantau_reporter.config import reporter_config
from pantau_reporter.delivery import SmtpDelivery
from pantau_reporter.monthly import FIRST_RETRY, MonthlyReporter
from pantau_reporter.monthly_worker import check_monthly

pytestmark = pytest.mark.integration
FROM = "Pantau Diskominfostandi Kota Bekasi <pantau@bekasikota.go.id>"
WALIKOTA = "sekretariat.walikota@bekasikota.go.id"
DUE = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 1 December, 08.00 WIB


def _monthly(settings: Settings, port: int, ca_bundle: str, secrets: dict[str, str]) -> MonthlyReporter:
    config = reporter_config(settings)
    relay = SmtpConfig("127.0.0.1", FROM, port, SMTP_USER, "env:PANTAU_TEST_SMTP_PASSWORD", ca_bundle=ca_bundle)
    return MonthlyReporter(config, build_signer(config), SmtpDelivery(SmtpSender(relay, secrets), FROM, WALIKOTA))


def _report(url: str) -> dict[str, Any]:
    with connect(url) as conn:
        row = conn.execute("SELECT * FROM monthly_reports").fetchone()
        assert row is not None
        return row


def _signed_pdf(url: str, doc_id: int) -> bytes:
    with connect(url) as conn:
        row = conn.execute("SELECT content FROM documents WHERE id = %s AND signed", (doc_id,)).fetchone()
        assert row is not None
        return bytes(row["content"])


def test_the_signed_report_is_mailed_after_a_refusal_and_the_receipt_is_the_relays_queue_id(
    settings: Settings, smtp_server: Any, ca_bundle: str
) -> None:
    controller, box = smtp_server
    url = settings.database_url
    with connect(url) as conn:
        conn.execute("INSERT INTO users (username, password_hash, nama, role) VALUES ('kadis','x','Dr. Budi','kadis')")
    refused = SECRET_ENV | {"PANTAU_TEST_SMTP_PASSWORD": "bukan-sandinya"}

    check_monthly(url, _monthly(settings, controller.port, ca_bundle, refused), DUE)
    first = _report(url)
    assert (first["state"], first["attempts"]) == ("ditandatangani", 1) and "menolak login" in first["reason"]
    assert box.mails == [] and "bukan-sandinya" not in first["reason"]

    check_monthly(url, _monthly(settings, controller.port, ca_bundle, SECRET_ENV), DUE + FIRST_RETRY)

    report = _report(url)
    [mail] = box.mails
    assert report["state"] == "terkirim" and report["channel"] == "email" and report["reason"] is None
    assert report["receipt"] == mail.receipt and "queued as" in report["receipt"]
    assert mail.over_tls and mail.rcpt_tos == [WALIKOTA]
    message = email.message_from_bytes(mail.content, policy=default_policy)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Laporan Bulanan Wali Kota 2026-11"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "laporan-walikota-2026-11.pdf"
    assert attachment.get_content() == _signed_pdf(url, report["signed_id"])
