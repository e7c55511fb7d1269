"""Delivery of the signed nota dinas to the Wali Kota: a ``Delivery`` adapter per channel."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate
from pathlib import Path
from typing import Protocol

from pantau_common.notify import DeliveryError as MailError
from pantau_common.notify import SmtpSender


class DeliveryError(RuntimeError):
    """A document could not be delivered."""


@dataclass(frozen=True)
class Parcel:
    instance_id: str
    version: int
    nomor: str
    filename: str
    pdf: bytes
    sha256: str
    at: datetime
    title: str = ""  # the e-mail's subject; the nota's by default


class Delivery(Protocol):
    channel: str

    def deliver(self, parcel: Parcel) -> str:
        """Deliver the parcel; return the receipt id. Delivering the same parcel twice is harmless."""
        ...


def receipt_id(parcel: Parcel) -> str:
    """Return the receipt id of a parcel (stable, so a redelivery gives the same receipt)."""
    return f"KM-{parcel.at:%Y%m%d}-{parcel.instance_id[:8]}-v{parcel.version}-{parcel.sha256[:10]}"


class FileDropDelivery:
    """Drop the PDF and a receipt file into the Wali Kota's inbox folder."""

    channel = "kotak_masuk"

    def __init__(self, inbox: Path) -> None:
        self._inbox = inbox

    def deliver(self, parcel: Parcel) -> str:
        receipt = receipt_id(parcel)
        self._inbox.mkdir(parents=True, exist_ok=True)
        (self._inbox / f"{receipt}.pdf").write_bytes(parcel.pdf)
        meta = {
            "tanda_terima": receipt,
            "nomor": parcel.nomor,
            "versi": parcel.version,
            "sha256": parcel.sha256,
            "diterima": parcel.at.isoformat(),
        }
        (self._inbox / f"{receipt}.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2), "utf-8")
        return receipt


class SmtpDelivery:
    """Send the PDF by e-mail over the city's relay (STARTTLS, AUTH); the receipt is the relay's
    answer to DATA, which carries its queue id (``250 2.0.0 Ok: queued as 4XyZ``)."""

    channel = "email"

    def __init__(self, sender: SmtpSender, from_header: str, recipient: str) -> None:
        self._sender, self._from, self._recipient = sender, from_header, recipient

    def deliver(self, parcel: Parcel) -> str:
        msg = EmailMessage()
        msg["From"], msg["To"] = self._from, self._recipient
        subject = parcel.title or f"Nota Dinas {parcel.nomor}"
        msg["Subject"] = subject
        msg["Date"] = formatdate(usegmt=True)
        # The same id on every try: the receiving mail system can tell a retried delivery.
        msg["Message-ID"] = f"<{receipt_id(parcel)}@pantau.bekasikota.go.id>"
        attached = parcel.title or f"Nota Dinas nomor {parcel.nomor}"
        msg.set_content(f"Yth. Wali Kota Bekasi,\n\nTerlampir {attached}.\nSHA-256: {parcel.sha256}\n")
        msg.add_attachment(parcel.pdf, maintype="application", subtype="pdf", filename=parcel.filename)
        try:
            return self._sender.send(self._recipient, msg.as_bytes(policy=SMTP_POLICY))
        except MailError as exc:
            raise DeliveryError(f"pengiriman surel ke {self._recipient} gagal: {exc}") from None
