"""Hostile answers from a real HTTP server on 127.0.0.1: what a browser shows is what is checked.

An intruder who labels a hacked department page with a charset Python knows but no browser does
(``idna``, ``cp037``) shows visitors the gambling he injected, read as UTF-8; the check must read it so too.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, checked, served_yesterday
from vendor_pages import Site, department_page

GAMBLING = (
    '<div class="widget"><h3>Link Terkait</h3><p>Situs slot gacor hari ini, daftar slot online terpercaya,'
    " bocoran RTP slot maxwin, togel online dan judi bola resmi. Daftar sekarang di SLOT88 bonus new member"
    ' 100%.</p><a href="https://slot88-gacor.example/">slot gacor</a></div>'
)


@pytest.mark.parametrize("label", ["idna", "undefined", "cp037", "utf-32"])
def test_a_gambling_page_labelled_with_a_charset_no_browser_knows_is_read_and_its_gambling_found(
    site, label: str
) -> None:  # type: ignore[no-untyped-def]
    html = department_page(Site(body_end=GAMBLING))
    event = served_yesterday(site, html, f"text/html; charset={label}")
    assert (event.availability, event.content.result) == ("aktif", "update"), event.content.detail
    assert [f.code for f in event.findings if f.code == "judi_online"], event.findings


@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("http://dinkes.bekasikota.go.id:99999/", "dinkes.bekasikota.go.id:99999"),
        ("http://[zz::1/\x7f%%%", "http://[zz::1/?%%%"),
    ],
)
def test_a_redirect_to_an_address_no_browser_can_go_to_is_said_in_words(site, location: str, said: str) -> None:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(302, "", {"Location": location}))
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert event.reason_detail is not None
    assert event.reason_detail.startswith("server mengalihkan ke alamat yang tidak sah"), event.reason_detail
    assert said in event.reason_detail
    assert "Error" not in event.reason_detail


def test_a_status_no_http_class_holds_is_no_server_error(site) -> None:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(999, "<html><body>Request denied</body></html>"))
    event = checked(site)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "galat_lain", 999)
    assert event.reason_detail == "server menjawab dengan kode status tak dikenal HTTP 999"


def test_a_server_error_is_still_one(site) -> None:  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(503, "<html><body>Service Unavailable</body></html>"))
    event = checked(site)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "http_5xx", 503)
