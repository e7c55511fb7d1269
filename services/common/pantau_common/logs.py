"""Logging setup: one JSON object per line, with every secret Pantau knows of redacted.

The settings never log themselves; this is the second wall for a secret logged by mistake (a
connection string in an exception, a password in a message). The composition root passes the
environment, from which ``secret_values`` picks the values to hide; passwords in URLs and libpq
``password=`` pairs are hidden whatever their source.
"""

from __future__ import annotations

import json
import logging
import logging.config
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from .secrets import SecretUnavailableError, is_secret_ref, read_secret

HIDDEN = "***"
_SECRET_NAME = re.compile(r"PASSWORD|SECRET|TOKEN|(^|_)KEY$")
_NOT_SECRET = ("_REF", "_FILE", "_DIR")
_DATABASE_URLS = ("DATABASE_URL", "PANTAU_DATABASE_URI")
_MIN_LENGTH = 4  # shorter values ("1", "on") would redact half of every line
_PATTERNS = (
    (re.compile(r"(\w+://[^:/@\s]+:)[^@\s]+@"), r"\1" + HIDDEN + "@"),  # scheme://user:password@host
    (re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE), r"\1" + HIDDEN),  # libpq key=value
)
_QUIET = ("aiokafka", "kafka", "weasyprint", "fontTools")


def secret_values(env: Mapping[str, str]) -> list[str]:
    """Return the secret values in an environment, longest first."""
    found = {value for name, value in env.items() if _is_secret_name(name)}
    found |= {_referenced(value, env) for name, value in env.items() if name.endswith("_REF")}
    found |= {_database_password(env.get(name, "")) for name in _DATABASE_URLS}
    return sorted((v for v in found if len(v) >= _MIN_LENGTH), key=len, reverse=True)


def _is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name)) and not name.endswith(_NOT_SECRET)


def _referenced(ref: str, env: Mapping[str, str]) -> str:
    if not is_secret_ref(ref):
        return ""
    try:
        return read_secret(ref, env)
    except SecretUnavailableError:
        return ""


def _database_password(url: str) -> str:
    if not url:
        return ""
    import psycopg  # here: a process without a database (the one-shot checker) starts without it

    try:
        return str(psycopg.conninfo.conninfo_to_dict(url).get("password") or "")
    except psycopg.ProgrammingError:
        return ""


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Return ``text`` with the given secrets and any URL or libpq password replaced by ***."""
    for secret in secrets:
        text = text.replace(secret, HIDDEN)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class JsonLines(logging.Formatter):
    """Format a record as one JSON object: time, level, logger, message (and exception), redacted."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self._secrets = tuple(secrets)

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage(), self._secrets),
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info), self._secrets)
        return json.dumps(entry, ensure_ascii=False)


def dict_config(level: str = "INFO", secrets: Iterable[str] = ()) -> dict[str, Any]:
    """Return the ``logging.config.dictConfig`` of a service (faust's worker takes it as is)."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonLines, "secrets": list(secrets)}},
        "handlers": {"default": {"class": "logging.StreamHandler", "formatter": "json"}},
        "root": {"level": level.upper(), "handlers": ["default"]},
        "loggers": {name: {"level": "WARNING"} for name in _QUIET},
    }


def configure(level: str = "INFO", env: Mapping[str, str] | None = None) -> None:
    """Configure root logging for a service process: JSON lines, the secrets of ``env`` hidden."""
    logging.config.dictConfig(dict_config(level, secret_values(env or {})))
