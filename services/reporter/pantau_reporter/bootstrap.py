"""The composition root: turn the typed configuration into a wired ``Reporter`` with real adapters."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from pantau_common.notify import SmtpSender
from pantau_common.settings import Settings

from .bsre import BsreClient, BsreSigner
from .config import ReporterConfig, reporter_config
from .delivery import Delivery, FileDropDelivery, SmtpDelivery
from .service import Reporter
from .signing import LocalDemoSigner, Signer, create_demo_ca

log = logging.getLogger(__name__)


def build_signer(config: ReporterConfig, secret_env: Mapping[str, str] = os.environ) -> Signer:
    """Return the configured signer: the local demo CA unless a certified provider is set."""
    folder = config.ca_dir
    if not LocalDemoSigner.ready(folder):
        log.warning("creating a demo CA in %s (development only)", folder)
        create_demo_ca(folder)
    demo = LocalDemoSigner(folder)
    if config.bsre is not None:  # set exactly when PANTAU_REPORTER_SIGNER=bsre
        client = BsreClient(config.bsre, secret_env)
        return BsreSigner(client, config.bsre.nik, audit=demo, trust=demo.trust_roots())
    return demo


def build_delivery(config: ReporterConfig, secret_env: Mapping[str, str] = os.environ) -> Delivery:
    """Return the configured delivery channel (a file drop by default)."""
    if config.smtp is not None:  # set exactly when PANTAU_REPORTER_DELIVERY=smtp
        return SmtpDelivery(SmtpSender(config.smtp, secret_env), config.smtp.sender, config.walikota_email)
    return FileDropDelivery(config.inbox_dir)


def build_reporter(settings: Settings, config: ReporterConfig | None = None) -> Reporter:
    """Return the reporter wired with the configured adapters."""
    config = config or reporter_config(settings)
    secrets = {**os.environ, **settings.extra}  # env: references name either
    return Reporter(config, build_signer(config, secrets), build_delivery(config, secrets))
