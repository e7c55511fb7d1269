"""PANTAU_NOTIFY_* into a frozen NotifyConfig, and the secret references it points at."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau_common.notify import ConfigError, NotifyConfig, RetryPolicy
from pantau_common.secrets import SecretUnavailableError, is_secret_ref, read_secret
from pantau_common.settings import Settings

SMTP = {
    "PANTAU_NOTIFY_SMTP_HOST": "smtp.bekasikota.go.id",
    "PANTAU_NOTIFY_SMTP_FROM": "Pantau <pantau@bekasikota.go.id>",
    "PANTAU_NOTIFY_SMTP_USER": "pantau",
    "PANTAU_NOTIFY_SMTP_PASSWORD_REF": "env:SMTP_PASSWORD",
}


def _config(**env: str) -> NotifyConfig:
    return NotifyConfig.from_settings(Settings.from_env(env))


def test_without_variables_there_is_no_email_channel_and_the_defaults_hold() -> None:
    config = _config()

    assert config.smtp is None
    assert config.retry == RetryPolicy(max_attempts=6, base_s=30.0, cap_s=3600.0)
    assert config.webhook_timeout_s == 10.0
    assert config.webhook_allow == ()  # no internal or private address is allowed to a webhook


def test_the_smtp_settings_are_read_with_starttls_on_by_default() -> None:
    config = _config(**SMTP, PANTAU_NOTIFY_SMTP_PORT="2525", PANTAU_NOTIFY_MAX_ATTEMPTS="3")

    assert config.smtp is not None
    assert (config.smtp.host, config.smtp.port, config.smtp.user) == ("smtp.bekasikota.go.id", 2525, "pantau")
    assert config.smtp.starttls and config.smtp.password_ref == "env:SMTP_PASSWORD"
    assert config.retry.max_attempts == 3


def test_the_password_reference_never_shows_in_the_repr() -> None:
    assert "SMTP_PASSWORD" not in repr(_config(**SMTP))


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"PANTAU_NOTIFY_SMTP_PORT": "dua"}, "PANTAU_NOTIFY_SMTP_PORT"),
        ({"PANTAU_NOTIFY_SMTP_FROM": ""}, "PANTAU_NOTIFY_SMTP_FROM"),
        ({"PANTAU_NOTIFY_SMTP_PASSWORD_REF": "rahasia123"}, "PANTAU_NOTIFY_SMTP_PASSWORD_REF"),
        ({"PANTAU_NOTIFY_SMTP_PASSWORD_REF": ""}, "PANTAU_NOTIFY_SMTP_PASSWORD_REF"),
        ({"PANTAU_NOTIFY_SMTP_STARTTLS": "mungkin"}, "PANTAU_NOTIFY_SMTP_STARTTLS"),
        ({"PANTAU_NOTIFY_SMTP_STARTTLS": "0"}, "PANTAU_NOTIFY_SMTP_STARTTLS"),  # AUTH needs TLS
        ({"PANTAU_NOTIFY_SMTP_CA_BUNDLE": "/tidak/ada.pem"}, "PANTAU_NOTIFY_SMTP_CA_BUNDLE"),
        ({"PANTAU_NOTIFY_MAX_ATTEMPTS": "0"}, "PANTAU_NOTIFY_MAX_ATTEMPTS"),
        ({"PANTAU_NOTIFY_WEBHOOK_TIMEOUT_S": "nan"}, "PANTAU_NOTIFY_WEBHOOK_TIMEOUT_S"),
        ({"PANTAU_NOTIFY_RETRY_BASE_S": "-1"}, "PANTAU_NOTIFY_RETRY_BASE_S"),
        ({"PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES": "127.0.0.1/32, lokal"}, "PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES"),
    ],
)
def test_a_bad_value_is_an_error_naming_its_variable(changes: dict[str, str], named: str) -> None:
    with pytest.raises(ConfigError, match=named):
        _config(**{**SMTP, **changes})


def test_a_password_in_place_of_its_reference_is_not_echoed() -> None:
    with pytest.raises(ConfigError) as caught:
        _config(**{**SMTP, "PANTAU_NOTIFY_SMTP_PASSWORD_REF": "rahasia123"})

    assert "rahasia123" not in str(caught.value)


def test_starttls_may_be_turned_off_for_a_relay_without_auth() -> None:
    env = {k: v for k, v in SMTP.items() if "USER" not in k and "PASSWORD" not in k}

    config = _config(**env, PANTAU_NOTIFY_SMTP_STARTTLS="tidak")

    assert config.smtp is not None and not config.smtp.starttls


def test_a_secret_reference_reads_the_variable_or_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kunci"
    path.write_text("dari-berkas\n", "utf-8")

    assert read_secret("env:KUNCI", {"KUNCI": "dari-env"}) == "dari-env"
    assert read_secret(f"file:{path}", {}) == "dari-berkas"


@pytest.mark.parametrize(
    ("ref", "named"),
    [("env:TIDAK_ADA", "TIDAK_ADA"), ("file:/tidak/ada", "/tidak/ada"), ("vault:x", "vault")],
)
def test_an_unreadable_reference_names_itself(ref: str, named: str) -> None:
    with pytest.raises(SecretUnavailableError, match=named):
        read_secret(ref, {"LAIN": "nilai-rahasia"})


@pytest.mark.parametrize(("ref", "valid"), [("env:X", True), ("file:/k", True), ("env:", False), ("rahasia", False)])
def test_the_form_of_a_reference_is_recognised(ref: str, valid: bool) -> None:
    assert is_secret_ref(ref) is valid


def test_the_webhook_allowance_is_a_list_of_networks() -> None:
    config = _config(PANTAU_NOTIFY_WEBHOOK_ALLOW_ADDRESSES="127.0.0.1/32, 10.20.30.40")

    assert [str(net) for net in config.webhook_allow] == ["127.0.0.1/32", "10.20.30.40/32"]
