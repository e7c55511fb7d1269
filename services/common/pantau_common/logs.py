"""Logging setup: one line per record, no secrets (the settings never log themselves)."""

from __future__ import annotations

import logging


def configure(level: str = "INFO") -> None:
    """Configure root logging for a service process."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("aiokafka").setLevel(logging.WARNING)
    logging.getLogger("kafka").setLevel(logging.WARNING)
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
