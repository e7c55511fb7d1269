"""Log lines are JSON objects, and no secret reaches them even when logged by mistake."""

from __future__ import annotations

import io
import json
import logging
import logging.config
from collections.abc import Iterator

import pytest

from pantau_common.logs import JsonLines, dict_config, redact, secret_values

DB_PASSWORD = "pg-Sandi-r4hasia"
SECRET_KEY = "kunci-sesi-9f8e7d6c5b4a"
SMTP_PASSWORD = "smtp-Sandi-42xyz"
WEBHOOK_SECRET = "kait-web-rahasia-77"
ENV = {
    "DATABASE_URL": f"postgresql://pantau:{DB_PASSWORD}@db.pantau:5432/pantau",
    "PANTAU_SECRET_KEY": SECRET_KEY,
    "PANTAU_NOTIFY_SMTP_PASSWORD_REF": "env:SMTP_SANDI",
    "SMTP_SANDI": SMTP_PASSWORD,
    "PANTAU_WEBHOOK_DINKES_SECRET": WEBHOOK_SECRET,
    "KAFKA_SASL_PASSWORD": "sasl-sandi-0001",
    "PANTAU_LOG_LEVEL": "INFO",
    "PANTAU_HEARTBEAT_FILE": "/tmp/heartbeat",
}
SECRETS = (DB_PASSWORD, SECRET_KEY, SMTP_PASSWORD, WEBHOOK_SECRET, "sasl-sandi-0001")


@pytest.fixture
def lines() -> Iterator[io.StringIO]:
    """Route the 'pantau.test' logger through the service's formatter into a buffer."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonLines(secret_values(ENV)))
    logger = logging.getLogger("pantau.test")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield out
    finally:
        logger.removeHandler(handler)


def records(out: io.StringIO) -> list[dict[str, str]]:
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_line_is_one_json_object_with_time_level_logger_and_message(lines):
    logging.getLogger("pantau.test").warning("aplikasi %s tidak aktif", "dinkes-simpus")

    [entry] = records(lines)
    assert entry["level"] == "WARNING"
    assert entry["logger"] == "pantau.test"
    assert entry["message"] == "aplikasi dinkes-simpus tidak aktif"
    assert entry["time"].endswith("+00:00")


def test_secrets_logged_by_mistake_never_appear(lines):
    log = logging.getLogger("pantau.test")
    log.info("menyambung ke %s", ENV["DATABASE_URL"])
    log.info("settings: %s", ENV)
    log.info("smtp login pantau / %s", SMTP_PASSWORD)
    try:
        raise RuntimeError(f"connection failed: password={DB_PASSWORD} key={SECRET_KEY}")
    except RuntimeError:
        log.exception("gagal")

    text = lines.getvalue()
    for secret in SECRETS:
        assert secret not in text
    assert "postgresql://pantau:***@db.pantau:5432/pantau" in text
    assert "Traceback" in records(lines)[-1]["exception"]


def test_passwords_in_urls_and_libpq_strings_are_hidden_whatever_their_source():
    assert redact("amqp://tamu:rahasia@mq:5672/") == "amqp://tamu:***@mq:5672/"
    assert redact("host=db password=rahasia dbname=pantau") == "host=db password=*** dbname=pantau"
    assert redact("https://bekasikota.go.id/a:b") == "https://bekasikota.go.id/a:b"


def test_secret_values_are_picked_by_name_reference_and_url_not_plain_settings():
    found = secret_values(ENV)

    assert set(found) == set(SECRETS)
    assert "/tmp/heartbeat" not in found
    assert "env:SMTP_SANDI" not in found


def test_the_service_config_writes_json_lines_without_secrets(capsys):
    logging.config.dictConfig(dict_config("INFO", secret_values(ENV)))
    try:
        logging.getLogger("pantau.config-test").error("kunci %s", SECRET_KEY)
    finally:
        logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
        logging.root.handlers.clear()

    err = capsys.readouterr().err.strip()
    assert json.loads(err)["message"] == "kunci ***"
