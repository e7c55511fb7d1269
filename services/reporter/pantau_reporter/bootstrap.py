"""The composition root: turn settings into a wired ``Reporter`` with real adapters."""

from __future__ import annotations

import logging
from pathlib import Path

from pantau_common.settings import Settings

from .core.model import Letterhead
from .core.nomor import NomorScheme
from .delivery import Delivery, FileDropDelivery, SmtpDelivery
from .service import Reporter, ReporterConfig
from .signing import BsreSigner, LocalDemoSigner, Signer, create_demo_ca

log = logging.getLogger(__name__)


def ca_dir(settings: Settings) -> Path:
    """Return where the demo CA lives (under the data directory, never in the repository)."""
    return Path(settings.get("REPORTER_CA_DIR") or Path(settings.data_dir) / "demo-ca")


def build_config(settings: Settings) -> ReporterConfig:
    """Return the document configuration of this deployment."""
    scheme = NomorScheme(
        kode=settings.get("REPORTER_NOMOR_KODE", "800.1.11.1"),
        unit=settings.get("REPORTER_NOMOR_UNIT", "Diskominfostandi"),
        pattern=settings.get("REPORTER_NOMOR_PATTERN", "{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}"),
    )
    kop = Letterhead()
    if settings.get("REPORTER_KOP_ALAMAT"):
        kop = Letterhead(alamat=settings.get("REPORTER_KOP_ALAMAT"))
    # The QR code opens the verification page, served by the reporter; a deployment that routes
    # /verifikasi through its public host sets PANTAU_REPORTER_VERIFY_BASE to that host.
    verify_base = settings.get("REPORTER_VERIFY_BASE") or settings.reporter_url
    return ReporterConfig(topics=settings.topics, public_url=verify_base.rstrip("/"), nomor=scheme, kop=kop)


def build_signer(settings: Settings) -> Signer:
    """Return the configured signer: the local demo CA unless a certified provider is set."""
    folder = ca_dir(settings)
    if not LocalDemoSigner.ready(folder):
        log.warning("creating a demo CA in %s (development only)", folder)
        create_demo_ca(folder)
    demo = LocalDemoSigner(folder)
    if settings.get("REPORTER_SIGNER", "demo") == "bsre":
        return BsreSigner(
            settings.get("REPORTER_BSRE_URL"),
            settings.get("REPORTER_BSRE_NIK"),
            passphrase_source=None,
            audit=demo,
            trust=demo.trust_roots(),
        )
    return demo


def build_delivery(settings: Settings) -> Delivery:
    """Return the configured delivery channel (a file drop by default)."""
    if settings.get("REPORTER_DELIVERY", "file") == "smtp":
        return SmtpDelivery(
            settings.get("REPORTER_SMTP_HOST", "127.0.0.1"),
            int(settings.get("REPORTER_SMTP_PORT", "25")),
            settings.get("REPORTER_SMTP_FROM", "pantau@bekasikota.go.id"),
            settings.get("REPORTER_SMTP_TO", "walikota@bekasikota.go.id"),
        )
    return FileDropDelivery(Path(settings.data_dir) / "kotak-masuk-walikota")


def build_reporter(settings: Settings) -> Reporter:
    """Return the reporter wired with the configured adapters."""
    return Reporter(build_config(settings), build_signer(settings), build_delivery(settings))
