"""Whole checks logging into department applications on more vendors' frameworks.

Real HTTP servers on 127.0.0.1 (``login_apps_frameworks``), no marker configured: the verdict is
what the checker reads in the answers, as the Pelaksana would. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from checker_servers import FakeSite
from login_apps_frameworks import (
    AjaxLoginApp,
    BaseHrefApp,
    DjangoApp,
    ElsewhereApp,
    NoticePageApp,
    SipdApp,
    WebFormsApp,
)
from test_checker_logins_javascript import MANUAL, stored, unchecked
from test_checker_logins_real_web import WRONG, assert_logged_in, check, posts, refusal

# --- ASP.NET WebForms ----------------------------------------------------------------------------------

SIMPEG = "simpeg.bekasikota.go.id"
WEBFORMS_FIELDS = ("ctl00$MainContent$txtUsername", "ctl00$MainContent$txtPassword")


@pytest.mark.parametrize("button", ["linkbutton", "submit"])
def test_a_webforms_login_posts_the_login_buttons_event_not_the_header_search(site: FakeSite, button: str) -> None:
    # Was "formulir login masih tampil setelah dikirim": the post carried the search button (the
    # page's first), or no event at all for a LinkButton, so the page ran the search.
    app = WebFormsApp(button=button)
    app.install(site)
    assert_logged_in(check(site, SIMPEG, "/Login.aspx", WEBFORMS_FIELDS))
    (post,) = posts(site)
    assert "ctl00$btnCari" not in post.form and app.searches == 0
    assert post.form["__VIEWSTATE"] and post.form["__EVENTVALIDATION"]


def test_a_webforms_wrong_password_is_still_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    WebFormsApp().install(site)
    event = check(site, SIMPEG, "/Login.aspx", WEBFORMS_FIELDS, password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


# --- a year to choose ------------------------------------------------------------------------------------

EMONEV = "emonev.bekasikota.go.id"


def test_a_login_with_a_budget_year_to_choose_sends_a_year_not_the_prompt(site: FakeSite) -> None:
    # Was "dialihkan kembali ke halaman login": the prompt's text "-- Pilih Tahun Anggaran --" went as the year.
    SipdApp().install(site)
    assert_logged_in(check(site, EMONEV, "/auth", ("nip", "password")))
    (post,) = posts(site)
    assert post.form["tahun"] == ["2026"] and "remember" not in post.form


def test_a_budget_year_logins_wrong_password_is_still_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    SipdApp().install(site)
    event = check(site, EMONEV, "/auth", ("nip", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “nip atau password salah”"


# --- a notice page of its own ------------------------------------------------------------------------------

SIMPEL = "simpel-margahayu.bekasikota.go.id"


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        ("NIP tidak terdaftar", "nip tidak terdaftar"),
        ("password yang Anda masukan tidak sesuai", "password yang anda masukan tidak sesuai"),
        ("akun tidak ditemukan", "akun tidak ditemukan"),
    ],
)
def test_a_refusal_on_a_notice_page_after_a_redirect_is_login_gagal(
    site: FakeSite, tmp_path: Path, said: str, quoted: str
) -> None:
    # Was "berhasil": redirected away from the login page to a page without the password field.
    NoticePageApp(refusal=said).install(site)
    event = check(site, SIMPEL, "/", ("nip", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == f"pesan gagal login tampil: “{quoted}”"


def test_the_notice_page_apps_right_password_is_still_berhasil(site: FakeSite) -> None:
    NoticePageApp().install(site)
    assert_logged_in(check(site, SIMPEL, "/", ("nip", "password")))


# --- a login sent by jQuery's $.ajax --------------------------------------------------------------------------

SIASET = "siaset.bekasikota.go.id"


@pytest.mark.parametrize("kind", ["ajax", "javascript"])
def test_a_login_form_a_script_posts_by_ajax_is_not_attempted(site: FakeSite, kind: str) -> None:
    # Was "formulir login masih tampil setelah dikirim" (posted to the page itself) or "mengirim
    # formulir login gagal" (posted to "javascript:void(0)").
    app = AjaxLoginApp(kind=kind)
    app.install(site)
    reason = unchecked(check(site, SIASET, "/auth", ("username", "password")))
    assert reason == f"formulir login dikirim lewat AJAX oleh JavaScript, jawabannya data untuk skrip: {MANUAL}"
    assert not posts(site) and app.endpoint_posts == 0


def test_a_json_answer_naming_the_dashboard_is_followed_there_and_logged_in(site: FakeSite) -> None:
    # Was "tidak ada tanda login berhasil": the JSON that names the dashboard was read as a page.
    AjaxLoginApp(kind="json").install(site)
    assert_logged_in(check(site, SIASET, "/auth", ("username", "password")))
    assert any(r.path == "/dashboard" and "ci_session" in r.cookies for r in site.requests)


def test_a_json_answer_refusing_the_login_is_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    AjaxLoginApp(kind="json").install(site)
    event = check(site, SIASET, "/auth", ("username", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “nip tidak terdaftar”"


# --- a <base href> -------------------------------------------------------------------------------------------

SIMBADA = "simbada.bekasikota.go.id"


def test_a_relative_action_is_posted_from_the_pages_base_href(site: FakeSite) -> None:
    # Was "HTTP 404 setelah mengirim formulir": posted to /auth/auth/proses, from the page's own path.
    BaseHrefApp().install(site)
    assert_logged_in(check(site, SIMBADA, "/auth/login", ("username", "password")))
    assert [p.path for p in posts(site)] == ["/auth/proses"]


def test_a_base_href_apps_wrong_password_is_login_gagal(site: FakeSite, tmp_path: Path) -> None:
    BaseHrefApp().install(site)
    event = check(site, SIMBADA, "/auth/login", ("username", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “username atau password salah”"


# --- a form posting to another site -----------------------------------------------------------------------------


def test_a_login_form_posting_to_another_site_is_not_sent_there(site: FakeSite) -> None:
    # Was posted: the monitoring account's password went to whatever host the form named.
    app = ElsewhereApp()
    app.install(site)
    reason = unchecked(check(site, "simpaten.bekasikota.go.id", "/login", ("username", "password")))
    assert reason == f"formulir login dikirim ke situs lain (login.vendor-apps.co.id): {MANUAL}"
    assert app.received == 0 and not posts(site)


# --- look-alikes: as before ------------------------------------------------------------------------------------

SIPANDAI = "sipandai.bekasikota.go.id"


def test_django_login_with_its_csrf_token_and_referer_logs_in(site: FakeSite) -> None:
    DjangoApp().install(site)
    assert_logged_in(check(site, SIPANDAI, "/accounts/login/", ("username", "password")))
    (post,) = posts(site)
    assert post.form["csrfmiddlewaretoken"] == [post.cookies["csrftoken"]] == [post.headers["X-CSRFToken"]]


def test_django_wrong_password_names_its_message(site: FakeSite, tmp_path: Path) -> None:
    DjangoApp().install(site)
    event = check(site, SIPANDAI, "/accounts/login/", ("username", "password"), password=stored(tmp_path, WRONG))
    assert refusal(event) == "pesan gagal login tampil: “masukkan nama pengguna dan sandi yang benar”"
