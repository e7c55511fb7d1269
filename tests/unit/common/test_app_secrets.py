"""A registry row names only an application's secret: a PANTAU_APP_SECRET_* variable or a key of the directory.

The row's editor also writes the address the login or the webhook goes to; a reference to the process's own
secrets would send them there. Refused when the row is written (the shared validation) and when it is read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pantau_testing import secret_mount

from pantau_common.registry.validation import RegistryInvalidError, validate_registry
from pantau_common.secrets import APP_SECRETS_DIR, AppSecrets, SecretRefusedError, SecretUnavailableError

PD = {"id": "bkpsdm", "nama": "Badan Kepegawaian dan Pengembangan SDM", "singkatan": "BKPSDM"}
ALLOWED = "harus rujukan rahasia aplikasi env:PANTAU_APP_SECRET_NAMA atau file:/var/run/secrets/pantau-apps/kunci"
OUTSIDE = [
    "env:PANTAU_DATABASE_URI",
    "env:KAFKA_SASL_PASSWORD",
    "env:PANTAU_APP_SECRET_",
    "file:/etc/passwd",
    "file:/var/run/secrets/kubernetes.io/serviceaccount/token",
    f"file:{APP_SECRETS_DIR}/../pantau-db/uri",
    f"file:{APP_SECRETS_DIR}/..data/simpeg-password",
    f"file:{APP_SECRETS_DIR}/sub/simpeg-password",
    f"file:{APP_SECRETS_DIR}/",
    "file:simpeg-password",
]


def simpeg(username_ref: str, password_ref: str) -> dict[str, object]:
    login = {
        "url": "https://simpeg.bekasikota.go.id/login",
        "username_field": "nip",
        "password_field": "sandi",
        "username_secret": username_ref,
        "password_secret": password_ref,
    }
    return {"id": "simpeg", "pd": "bkpsdm", "nama": "SIMPEG", "url": "https://simpeg.bekasikota.go.id/", "login": login}


def errors_of(rows: dict[str, list[dict[str, object]]]) -> list[str]:
    with pytest.raises(RegistryInvalidError) as caught:
        validate_registry(rows)
    return [str(e) for e in caught.value.errors]


@pytest.mark.parametrize("ref", OUTSIDE)
def test_a_login_reference_outside_the_applications_secrets_is_refused_naming_the_allowed_forms(ref: str) -> None:
    rows = {"perangkat_daerah": [PD], "applications": [simpeg("env:PANTAU_APP_SECRET_SIMPEG_NIP", ref)]}

    [error] = errors_of(rows)

    assert error.startswith(f"applications baris 1, kolom login.password_secret: {ALLOWED}")


@pytest.mark.parametrize("ref", OUTSIDE)
def test_a_webhook_key_outside_the_applications_secrets_is_refused(ref: str) -> None:
    hook = {"webhook": "https://hook.bkpsdm.bekasikota.go.id/pantau", "secret_ref": ref}

    [error] = errors_of({"perangkat_daerah": [{**PD, "kontak": [hook]}]})

    assert error.startswith(f"perangkat_daerah baris 1, kolom kontak[1].secret_ref: {ALLOWED}")


def test_the_applications_own_references_are_accepted() -> None:
    app = simpeg("env:PANTAU_APP_SECRET_SIMPEG_NIP", f"file:{APP_SECRETS_DIR}/simpeg-password")

    registry = validate_registry({"perangkat_daerah": [PD], "applications": [app]})

    assert registry.applications[0].login is not None
    assert registry.applications[0].login.password_secret == "file:/var/run/secrets/pantau-apps/simpeg-password"


@pytest.fixture
def mounted(tmp_path: Path) -> Path:
    """Lay out a directory as Kubernetes mounts a Secret: each key a link through ``..data`` to a version."""
    directory = secret_mount(tmp_path / "pantau-apps", {"simpeg-password": "sandi-simpeg"})
    (tmp_path / "db-uri").write_text("postgresql://pantau:sandi-db@db/pantau\n")
    (directory / "db-uri").symlink_to(tmp_path / "db-uri")
    return directory


def test_a_key_of_a_mounted_secret_is_read_through_its_data_links(mounted: Path) -> None:
    secrets = AppSecrets(mounted, {})

    assert secrets.read(f"file:{APP_SECRETS_DIR}/simpeg-password") == "sandi-simpeg"


def test_a_link_out_of_the_directory_is_refused_without_its_path_or_value(mounted: Path) -> None:
    with pytest.raises(SecretRefusedError) as caught:
        AppSecrets(mounted, {}).read(f"file:{APP_SECRETS_DIR}/db-uri")

    assert "sandi-db" not in str(caught.value) and str(mounted) not in str(caught.value)


@pytest.mark.parametrize("ref", [*OUTSIDE, f"file:{APP_SECRETS_DIR}/db-uri"])
def test_the_process_environment_keeps_only_the_applications_variables(mounted: Path, ref: str) -> None:
    environ = {
        "PANTAU_DATABASE_URI": "postgresql://pantau:sandi-db@db/pantau",
        "KAFKA_SASL_PASSWORD": "sandi-kafka",
        "PANTAU_APP_SECRETS_DIR": str(mounted),
        "PANTAU_APP_SECRET_SIMPEG_NIP": "199001012020121001",
    }
    secrets = AppSecrets.from_env(environ)

    assert secrets.env == {"PANTAU_APP_SECRET_SIMPEG_NIP": "199001012020121001"}
    assert secrets.read("env:PANTAU_APP_SECRET_SIMPEG_NIP") == "199001012020121001"
    with pytest.raises(SecretRefusedError):
        secrets.read(ref)


def test_a_missing_application_secret_is_unavailable_naming_the_reference(mounted: Path) -> None:
    with pytest.raises(SecretUnavailableError, match="PANTAU_APP_SECRET_SIMPUS"):
        AppSecrets(mounted, {}).read("env:PANTAU_APP_SECRET_SIMPUS")


def test_the_directory_defaults_to_where_kubernetes_mounts_it() -> None:
    assert AppSecrets.from_env({}).directory == Path("/var/run/secrets/pantau-apps")
