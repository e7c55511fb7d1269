"""Step 7 by e-mail: the signed nota dinas reaches the Wali Kota's office through a real SMTP relay
on 127.0.0.1 (aiosmtpd) that requires STARTTLS and AUTH; the receipt is what the relay answered."""

from __future__ import annotations

import email
import hashlib
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from typing import Any

import pytest
from notify_parts import SECRET_ENV, SMTP_PASSWORD, SMTP_USER

from pantau_common.notify import SmtpConfig, SmtpSender
from pantau_reporter.delivery import DeliveryError, Parcel, SmtpDelivery

pytestmark = pytest.mark.integration
FROM = "Pantau Diskominfostandi Kota Bekasi <pantau@bekasikota.go.id>"
WALIKOTA = "sekretariat.walikota@bekasikota.go.id"
PDF = b"%PDF-1.7\n% nota dinas yang ditandatangani\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"


def _parcel() -> Parcel:
    return Parcel(
        instance_id="5d1f8a0e-3c2b-4d7e-9f10-2a3b4c5d6e7f",
        version=2,
        nomor="000.1.2.3/0142/Diskominfostandi",
        filename="nota-dinas-v2.pdf",
        pdf=PDF,
        sha256=hashlib.sha256(PDF).hexdigest(),
        at=datetime(2026, 12, 1, 3, 15, tzinfo=UTC),
    )


def _delivery(port: int, ca_bundle: str | None, password_ref: str = "env:PANTAU_TEST_SMTP_PASSWORD") -> SmtpDelivery:
    relay = SmtpConfig("127.0.0.1", FROM, port, SMTP_USER, password_ref, ca_bundle=ca_bundle, timeout_s=10)
    return SmtpDelivery(SmtpSender(relay, SECRET_ENV), FROM, WALIKOTA)


def test_the_signed_nota_goes_over_tls_authenticated_and_the_receipt_is_the_relays_queue_id(
    smtp_server: Any, ca_bundle: str
) -> None:
    controller, box = smtp_server

    receipt = _delivery(controller.port, ca_bundle).deliver(_parcel())

    [mail] = box.mails
    assert mail.over_tls and mail.login == SMTP_USER.encode()
    assert (mail.mail_from, mail.rcpt_tos) == ("pantau@bekasikota.go.id", [WALIKOTA])
    assert receipt == mail.receipt and "queued as" in receipt  # the relay's word, not one Pantau made up
    message = email.message_from_bytes(mail.content, policy=default_policy)
    assert isinstance(message, EmailMessage)
    assert message["Subject"] == "Nota Dinas 000.1.2.3/0142/Diskominfostandi"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "nota-dinas-v2.pdf"
    assert attachment.get_content() == PDF
    assert hashlib.sha256(PDF).hexdigest() in message.get_body(("plain",)).get_content()
    assert SMTP_PASSWORD.encode() not in mail.content


def test_a_retried_delivery_carries_the_same_message_id(smtp_server: Any, ca_bundle: str) -> None:
    controller, box = smtp_server
    delivery = _delivery(controller.port, ca_bundle)

    first, second = delivery.deliver(_parcel()), delivery.deliver(_parcel())

    ids = {email.message_from_bytes(m.content, policy=default_policy)["Message-ID"] for m in box.mails}
    assert len(box.mails) == 2 and len(ids) == 1 and first != second  # two answers, one message


def test_a_wrong_password_fails_with_the_reason_and_sends_nothing(smtp_server: Any, ca_bundle: str) -> None:
    controller, box = smtp_server
    env = SECRET_ENV | {"PANTAU_TEST_SMTP_PASSWORD": "bukan-sandinya"}
    relay = SmtpConfig(
        "127.0.0.1", FROM, controller.port, SMTP_USER, "env:PANTAU_TEST_SMTP_PASSWORD", ca_bundle=ca_bundle
    )
    delivery = SmtpDelivery(SmtpSender(relay, env), FROM, WALIKOTA)

    with pytest.raises(DeliveryError, match="menolak login") as failed:
        delivery.deliver(_parcel())

    assert WALIKOTA in str(failed.value) and "bukan-sandinya" not in str(failed.value)
    assert box.mails == []


def test_a_relay_whose_certificate_is_not_trusted_gets_no_nota(smtp_server: Any) -> None:
    controller, box = smtp_server

    with pytest.raises(DeliveryError, match="sertifikat server SMTP tidak sah"):
        _delivery(controller.port, ca_bundle=None).deliver(_parcel())

    assert box.mails == []
