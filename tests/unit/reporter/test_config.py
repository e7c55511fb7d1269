"""The reporter's typed configuration: parsed once, with errors that name the variable."""

from __future__ import annotations

from pathlib import Path

import pytest

from pantau_common.config import ConfigError
from pantau_common.settings import Settings
from pantau_reporter.config import reporter_config


def _settings(**env: str) -> Settings:
    return Settings.from_env({"PANTAU_DATA_DIR": "/srv/pantau", **env})


def test_the_defaults_are_those_of_the_documentation() -> None:
    config = reporter_config(_settings())
    assert (config.signer, config.delivery, config.host, config.port) == ("demo", "file", "127.0.0.1", 8081)
    assert config.ca_dir == Path("/srv/pantau/demo-ca")
    assert config.inbox_dir == Path("/srv/pantau/kotak-masuk-walikota")
    assert config.verify_base == "http://127.0.0.1:8081"
    assert config.nomor.pattern == "{kode}/{seq}/{unit}/{bulan_romawi}/{tahun}"
    assert config.sop.legal_basis  # the packaged SOP when PANTAU_SOP_FILE is not set


def test_every_variable_reaches_its_field() -> None:
    config = reporter_config(
        _settings(
            PANTAU_REPORTER_VERIFY_BASE="https://pantau.bekasikota.go.id/",
            PANTAU_REPORTER_NOMOR_KODE="555.10",
            PANTAU_REPORTER_NOMOR_UNIT="Kominfo",
            PANTAU_REPORTER_KOP_ALAMAT="Jalan Lain 2",
            PANTAU_REPORTER_CA_DIR="/run/ca",
            PANTAU_REPORTER_SIGNER="bsre",
            PANTAU_REPORTER_BSRE_URL="https://bsre.example",
            PANTAU_REPORTER_BSRE_NIK="3275",
            PANTAU_REPORTER_BSRE_USER="esign-pantau",
            PANTAU_REPORTER_BSRE_PASSWORD_REF="file:/run/bsre/password",
            PANTAU_REPORTER_DELIVERY="smtp",
            PANTAU_REPORTER_SMTP_HOST="smtp.bekasikota.go.id",
            PANTAU_REPORTER_SMTP_FROM="pantau@bekasikota.go.id",
            PANTAU_REPORTER_SMTP_PORT="587",
            PANTAU_REPORTER_SMTP_USER="pantau",
            PANTAU_REPORTER_SMTP_PASSWORD_REF="env:SMTP_PASSWORD",
            PANTAU_REPORTER_SMTP_TO="sekretariat.walikota@bekasikota.go.id",
            PANTAU_REPORTER_PORT="9000",
            PANTAU_LOG_LEVEL="DEBUG",
        )
    )
    assert config.verify_base == "https://pantau.bekasikota.go.id"
    assert (config.nomor.kode, config.nomor.unit, config.kop.alamat) == ("555.10", "Kominfo", "Jalan Lain 2")
    assert config.bsre is not None
    assert (config.ca_dir, config.signer, config.bsre.url, config.bsre.nik, config.bsre.user) == (
        Path("/run/ca"),
        "bsre",
        "https://bsre.example",
        "3275",
        "esign-pantau",
    )
    assert config.bsre.password_ref == "file:/run/bsre/password"
    assert config.smtp is not None
    assert (config.delivery, config.smtp.host, config.smtp.port, config.port, config.log_level) == (
        "smtp",
        "smtp.bekasikota.go.id",
        587,
        9000,
        "DEBUG",
    )
    assert (config.smtp.user, config.smtp.password_ref, config.smtp.starttls) == ("pantau", "env:SMTP_PASSWORD", True)
    assert config.walikota_email == "sekretariat.walikota@bekasikota.go.id"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PANTAU_REPORTER_PORT", "delapan"),
        ("PANTAU_REPORTER_SMTP_HOST", ""),
        ("PANTAU_REPORTER_SMTP_PORT", "nol"),
        ("PANTAU_REPORTER_SMTP_STARTTLS", "0"),
        ("PANTAU_REPORTER_SIGNER", "bsree"),
        ("PANTAU_REPORTER_BSRE_URL", ""),
        ("PANTAU_REPORTER_BSRE_PASSWORD_REF", ""),
        ("PANTAU_REPORTER_BSRE_TIMEOUT_S", "sebentar"),
        ("PANTAU_REPORTER_DELIVERY", "fax"),
        ("PANTAU_REPORTER_NOMOR_PATTERN", "{kode}/{nomor_urut}"),
    ],
)
def test_a_bad_value_is_an_error_naming_the_variable(variable: str, value: str) -> None:
    smtp = {
        "PANTAU_REPORTER_SMTP_HOST": "smtp.bekasikota.go.id",
        "PANTAU_REPORTER_SMTP_FROM": "pantau@bekasikota.go.id",
    }
    if "BSRE" in variable:
        smtp |= {
            "PANTAU_REPORTER_SIGNER": "bsre",
            "PANTAU_REPORTER_BSRE_URL": "http://127.0.0.1:9",
            "PANTAU_REPORTER_BSRE_NIK": "3275",
        }
        smtp |= {"PANTAU_REPORTER_BSRE_USER": "esign", "PANTAU_REPORTER_BSRE_PASSWORD_REF": "env:BSRE_PASSWORD"}
    if "SMTP" in variable:
        smtp |= {"PANTAU_REPORTER_DELIVERY": "smtp", "PANTAU_REPORTER_SMTP_USER": "pantau"}
        smtp |= {"PANTAU_REPORTER_SMTP_PASSWORD_REF": "env:SMTP_PASSWORD"}
    with pytest.raises(ConfigError, match=variable):
        reporter_config(_settings(**(smtp | {variable: value})))
