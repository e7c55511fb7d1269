"""A login address that is a page sending the browser on to the form, as the registry often has it.

The registry holds the address the department gave: the application's root, where the server keeps an old
``index.html`` that refreshes to the application's folder, or a single-page shell whose only script sends the
browser to ``#/login``'s server page, or a CodeIgniter root whose controller prints a script redirect to its
``auth`` page. A browser lands on the form; so must the checker, a bounded few steps, on the same site only.
Real HTTP servers on 127.0.0.1.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from login_apps_s23 import DisabledAccountApp
from test_checker_logins_real_web import assert_logged_in, check, posts

SIMPEG = "simpeg.bekasikota.go.id"
# Apache's DocumentRoot, as the vendor left it when the application moved into its folder.
REFRESH_INDEX = """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta http-equiv="refresh" content="0; URL={to}">
<title>SIMPEG Kota Bekasi</title>
</head>
<body>
<p>Mengalihkan ke halaman aplikasi... Jika tidak berpindah otomatis, <a href="{to}">klik di sini</a>.</p>
</body>
</html>"""
# CodeIgniter 3's default controller for a visitor without a session: a script and nothing to read.
SCRIPT_INDEX = """<html><head><title>SIMPEG</title>
<script type="text/javascript">
    window.location.href = "{to}";
</script>
</head><body></body></html>"""


def test_a_root_that_refreshes_to_the_login_page_is_followed_and_logs_in(site: FakeSite) -> None:
    DisabledAccountApp(disabled=False).install(site)
    site.route("*", "/", Reply(200, REFRESH_INDEX.format(to="/auth")))
    assert_logged_in(check(site, SIMPEG, "/", ("username", "password")))  # "no form" before: fixed here
    assert len(posts(site)) == 1


def test_a_root_whose_script_sends_on_twice_to_the_login_page_is_followed_and_logs_in(site: FakeSite) -> None:
    DisabledAccountApp(disabled=False).install(site)
    site.route("*", "/", Reply(200, SCRIPT_INDEX.format(to="/simpeg/")))
    site.route("*", "/simpeg/", Reply(200, REFRESH_INDEX.format(to="/auth")))
    assert_logged_in(check(site, SIMPEG, "/", ("username", "password")))


def test_a_login_address_sending_on_to_another_site_or_in_a_loop_is_no_login_form(site: FakeSite) -> None:
    DisabledAccountApp(disabled=False).install(site)
    site.route("*", "/masuk", Reply(200, REFRESH_INDEX.format(to="https://sso.example.org/login")))
    event = check(site, SIMPEG, "/masuk", ("username", "password"))
    assert (event.login.result, event.login.reason) == ("gagal", "tidak ada formulir dengan kolom 'password'")
    assert not any("example.org" in r.host for r in site.requests)
    site.route("*", "/masuk", Reply(200, REFRESH_INDEX.format(to="/a")))
    site.route("*", "/a", Reply(200, SCRIPT_INDEX.format(to="/masuk")))
    site.requests.clear()
    event = check(site, SIMPEG, "/masuk", ("username", "password"))
    assert (event.login.result, event.login.reason) == ("gagal", "tidak ada formulir dengan kolom 'password'")
    assert [r.path for r in site.requests if r.path in ("/masuk", "/a")] == ["/masuk", "/a", "/masuk", "/a"]
    assert posts(site) == []
