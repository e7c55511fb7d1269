"""The composition root: turn the typed configuration into a wired ``Reporter`` with real adapters."""

from __future__ import annotations

import logging
import os

from pantau_common.notify import SmtpSender
from pantau_common.settings import Settings

from .config import ReporterConfig, reporter_config
from .delivery import Delivery, FileDropDelivery, SmtpDelivery
from .service import Reporter
from .signing import BsreSigner, LocalDemoSigner, Signer, create_demo_ca

log = logging.getLogger(__name__)


def build_signer(config: ReporterConfig) -> Signer:
    """Return the configured signer: the local demo CA unless a certified provider is set."""
    folder = config.ca_dir
    if not LocalDemoSigner.ready(folder):
        log.warning("creating a demo CA in %s (development only)", folder)
        create_demo_ca(folder)
    demo = LocalDemoSigner(folder)
    if config.signer == "bsre":
        return BsreSigner(
            config.bsre_url, config.bsre_nik, passphrase_source=None, audit=demo, trust=demo.trust_roots()
        )
    return demo


def build_delivery(config: ReporterConfig) -> Delivery:
    """Return the configured delivery channel (a file drop by default)."""
    if config.smtp is not None:  # set exactly when PANTAU_REPORTER_DELIVERY=smtp
        return SmtpDelivery(SmtpSender(config.smtp, os.environ), config.smtp.sender, config.walikota_email)
    return FileDropDelivery(config.inbox_dir)


def build_reporter(settings: Settings, config: ReporterConfig | None = None) -> Reporter:
    """Return the reporter wired with the configured adapters."""
    config = config or reporter_config(settings)
    return Reporter(config, build_signer(config), build_delivery(config))
