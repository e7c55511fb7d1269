"""A registry row may name only an application's secrets: the checker never sends its own.

A Kasie (or a holder of a ``tulis_registri`` token) writes the login's references; the application's
address is theirs too. A reference to the worker's own secrets (the database's URI, Kafka's password,
any file of the pod) would be posted to that host as the login's password. The checker builds its
secrets from the environment as its ``__main__`` does, and refuses every such reference before a form is
fetched: the login is "tidak_dapat_diperiksa", the value is nowhere in a request or in the event.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from checker_servers import FakeSite, Reply, Request, check, html_page, make_checker
from pantau_testing import secret_mount

from pantau_common.registry.model import AppSpec
from pantau_common.secrets import APP_SECRETS_DIR, AppSecrets
from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

DATABASE_URI = "postgresql://pantau:sandi-basis-data-7f3a@pantau-db-rw:5432/pantau"
SASL_PASSWORD = "sandi-kafka-sasl-19be"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.token-akun-layanan-4c2d"
REFUSED = "rujukan rahasia login berada di luar tempat rahasia aplikasi"
NAV = (
    '<header><img src="/img/logo-pemkot.png" alt="Pemkot Bekasi"><nav><a href="/">Beranda</a>'
    '<a href="/pegawai">Data Pegawai</a><a href="/cuti">Cuti</a><a href="/login">Masuk</a></nav></header>'
)
FOOTER = "<footer>© BKPSDM Kota Bekasi · Jl. Jend. Ahmad Yani No. 1 · Helpdesk 021-88951234</footer>"


@pytest.fixture
def apps_dir(tmp_path: Path) -> Path:
    """Return the applications' secrets directory as Kubernetes mounts a Secret: keys linked through ``..data``."""
    directory = secret_mount(tmp_path / "pantau-apps", {"simpeg-user": "pelaksana", "simpeg-password": "rahasia-benar"})
    outside = tmp_path / "serviceaccount-token"
    outside.write_text(TOKEN + "\n")
    (directory / "token").symlink_to(outside)  # a link out of the directory
    (tmp_path / "x").write_text(TOKEN + "\n")
    return directory


def worker_environment(apps_dir: Path) -> dict[str, str]:
    """Return a checker worker's environment: its own secrets beside the applications' directory."""
    return {
        "PANTAU_DATABASE_URI": DATABASE_URI,
        "DATABASE_URL": DATABASE_URI + "?sslmode=verify-full",
        "KAFKA_SASL_PASSWORD": SASL_PASSWORD,
        "PANTAU_APP_SECRETS_DIR": str(apps_dir),
    }


def simpeg(site: FakeSite) -> None:
    """Serve a department's staff application with its login form; only the right account gets in."""

    def login(r: Request) -> Reply:
        if r.method == "GET":
            form = (
                '<form method="post" action="/login" class="form-signin"><h2>Masuk SIMPEG</h2>'
                '<label>NIP</label><input name="nip" placeholder="NIP"><label>Kata sandi</label>'
                '<input type="password" name="sandi"><button type="submit">Masuk</button></form>'
            )
            return Reply(200, html_page("Masuk - SIMPEG Kota Bekasi", NAV + form + FOOTER))
        if r.value("nip") == "pelaksana" and r.value("sandi") == "rahasia-benar":
            return Reply(302, "", {"Location": "/dasbor", "Set-Cookie": "simpeg_session=ok; Path=/"})
        return Reply(200, html_page("Masuk - SIMPEG", NAV + "<p class=alert>NIP atau kata sandi salah</p>" + FOOTER))

    def dashboard(r: Request) -> Reply:
        if r.cookies.get("simpeg_session") != "ok":
            return Reply(302, "", {"Location": "/login"})
        return Reply(
            200, html_page("Dasbor - SIMPEG", NAV + "<h1>Selamat datang</h1><a href=/keluar>Keluar</a>" + FOOTER)
        )

    home = (
        "<h1>Sistem Informasi Manajemen Pegawai</h1><article><h2>Pengumuman kenaikan pangkat periode April</h2>"
        "<p>Berkas usulan diterima sampai akhir bulan.</p></article><article><h2>Jadwal rekonsiliasi data"
        " pegawai</h2><p>Operator kepegawaian tiap perangkat daerah diharap hadir.</p></article>"
    )
    site.route("*", "/", Reply(200, html_page("SIMPEG Kota Bekasi", NAV + home + FOOTER)))
    site.route("*", "/login", login)
    site.route("*", "/dasbor", dashboard)


def simpeg_app(site: FakeSite, username_ref: str, password_ref: str) -> AppSpec:
    login = {
        "url": f"http://simpeg.bekasikota.go.id:{site.port}/login",
        "username_field": "nip",
        "password_field": "sandi",
        "username_secret": username_ref,
        "password_secret": password_ref,
        "success_marker": "Selamat datang",
        "failure_marker": "kata sandi salah",
    }
    url = f"http://simpeg.bekasikota.go.id:{site.port}/"
    return AppSpec(id="simpeg", pd_id="bkpsdm", nama="SIMPEG", url=url, config={"login": login})


def checked(site: FakeSite, apps_dir: Path, username_ref: str, password_ref: str) -> ApplicationChecked:
    secrets = AppSecrets.from_env(worker_environment(apps_dir))
    return check(make_checker(site.port, secrets=secrets), simpeg_app(site, username_ref, password_ref))


def sent(site: FakeSite) -> str:
    return json.dumps([(r.method, r.path, r.headers, r.form, r.cookies) for r in site.requests])


USER = f"file:{APP_SECRETS_DIR}/simpeg-user"
PASSWORD = f"file:{APP_SECRETS_DIR}/simpeg-password"


def test_a_key_of_the_mounted_secret_logs_in_through_its_data_links(site: FakeSite, apps_dir: Path) -> None:
    simpeg(site)
    event = checked(site, apps_dir, USER, PASSWORD)
    assert (event.availability, event.login.result) == ("aktif", "berhasil")


@pytest.mark.parametrize(
    "ref",
    [
        "env:PANTAU_DATABASE_URI",
        "env:DATABASE_URL",
        "env:KAFKA_SASL_PASSWORD",
        "file:/etc/passwd",
        "file:/var/run/secrets/kubernetes.io/serviceaccount/token",
        f"file:{APP_SECRETS_DIR}/../x",
        f"file:{APP_SECRETS_DIR}/token",
        f"file:{APP_SECRETS_DIR}/..data/simpeg-password",
    ],
)
def test_a_password_reference_to_the_workers_own_secrets_is_never_sent(
    site: FakeSite, apps_dir: Path, ref: str
) -> None:
    simpeg(site)
    event = checked(site, apps_dir, USER, ref)
    assert (event.login.result, event.login.reason) == ("tidak_dapat_diperiksa", REFUSED)
    assert [r for r in site.requests if r.method == "POST" or r.path == "/login"] == []
    shown = sent(site) + json.dumps(to_jsonable(event))
    for value in (DATABASE_URI, SASL_PASSWORD, TOKEN, "sandi-basis-data", "root:x:0:0"):
        assert value not in shown


def test_the_real_path_of_the_directory_with_dot_dot_is_refused_too(site: FakeSite, apps_dir: Path) -> None:
    simpeg(site)
    event = checked(site, apps_dir, USER, f"file:{apps_dir}/../x")
    assert (event.login.result, event.login.reason) == ("tidak_dapat_diperiksa", REFUSED)
    assert TOKEN not in sent(site)


def test_a_username_reference_to_the_database_uri_is_never_sent(site: FakeSite, apps_dir: Path) -> None:
    simpeg(site)
    event = checked(site, apps_dir, "env:PANTAU_DATABASE_URI", PASSWORD)
    assert (event.login.result, event.login.reason) == ("tidak_dapat_diperiksa", REFUSED)
    assert DATABASE_URI not in sent(site) and "rahasia-benar" not in sent(site)
