"""The city's servers at the HTTP level: a hosting's bot check, a Refresh header, a page's type (December 2026).

SiteGround's bot check answers a department's root with 202 and a page that only refreshes to its captcha under
``/.well-known/sgcaptcha/``: a visitor's browser passes it, the checker cannot. It is the protection where it stands
(``diblokir_pelindung`` naming SiteGround), not the captcha's page the refresh leads to, nor a signpost to follow.
A department's own signpost, and its page that mentions the path in a help article, stay the application. An empty
body under a ``Refresh`` header that names an address is no white page. A page's HTML served as ``text/plain`` is
shown as its code, and as ``application/octet-stream`` downloaded: no visitor sees the page.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, checked, modified_yesterday
from vendor_pages import department_page

from pantau_contracts.status import DOWN_REASONS

_CHALLENGE_PATH = "/.well-known/sgcaptcha/?r=%2F&y=ipr:203.0.113.7:1764947000.123"
# SiteGround's answer, byte for byte as it serves it (its favicon link keeps the browser from asking for one).
_SITEGROUND = (
    '<html><head><link rel="icon" href="data:;"><meta http-equiv="refresh" content="0;'
    + _CHALLENGE_PATH
    + '"></meta></head></html>'
)
_CAPTCHA = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Robot Challenge Screen</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><div class="container">
<h1>Robot Challenge Screen</h1><p>Checking your browser before accessing the website.</p>
<form method="post" action="/.well-known/sgcaptcha/?r=%2F"><div class="h-captcha" data-sitekey="5f2c"></div>
<input type="submit" value="Submit"></form></div><script src="https://hcaptcha.com/1/api.js" async defer></script>
</body></html>"""


def _served(site: FakeSite, root: Reply) -> None:
    site.route("*", "/", root)
    site.route("*", _CHALLENGE_PATH, Reply(200, _CAPTCHA, {"Server": "nginx"}))
    site.route("*", "/beranda", Reply(200, department_page(), modified_yesterday()))


def test_sitegrounds_bot_check_is_diblokir_pelindung_where_it_stands() -> None:
    with FakeSite() as site:
        _served(site, Reply(202, _SITEGROUND, {"Server": "nginx", "sg-captcha": "challenge"}))
        event = checked(site)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", 202)
    assert event.reason in DOWN_REASONS
    detail = event.reason_detail or ""
    assert detail.startswith("diblokir tantangan anti-bot SiteGround;")
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in detail
    assert event.content.result == "tidak_diketahui"


def test_sitegrounds_bot_check_through_a_proxy_that_drops_its_header_is_known_by_its_refresh() -> None:
    with FakeSite() as site:
        _served(site, Reply(202, _SITEGROUND, {"Server": "nginx"}))
        event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "diblokir_pelindung")
    assert "SiteGround" in (event.reason_detail or "")


def test_a_departments_own_signpost_is_still_followed() -> None:
    signpost = '<html><head><meta http-equiv="refresh" content="0;/beranda"></head><body></body></html>'
    with FakeSite() as site:
        _served(site, Reply(200, signpost, {"Server": "nginx"}))
        event = checked(site)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    assert (event.final_url or "").endswith("/beranda")


def test_a_departments_help_article_naming_the_captchas_path_stays_the_application() -> None:
    help_page = department_page().replace(
        "</main>",
        "<article><h2>Tidak bisa membuka situs?</h2><p>Jika peramban Anda dialihkan ke /.well-known/sgcaptcha/ "
        "dan diminta mengisi captcha, itu perlindungan bot dari SiteGround, hosting situs ini: isi captcha lalu "
        "lanjutkan.</p></article></main>",
    )
    with FakeSite() as site:
        _served(site, Reply(200, help_page, modified_yesterday()))
        event = checked(site)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
    assert event.findings == ()


# --- a Refresh header over an empty body ---------------------------------------------------------------------------


def test_an_empty_page_whose_refresh_header_sends_visitors_to_the_citys_portal_is_no_white_page() -> None:
    # The department's old address, kept alive by its server's header: the browser goes on to the portal's page.
    with FakeSite() as site:
        moved = {"Refresh": "0; url=https://www.bekasikota.go.id/dinkes/", **modified_yesterday()}
        site.route("*", "/", Reply(200, "", moved))
        event = checked(site)
    assert (event.availability, event.reason) == ("aktif", None)
    assert "halaman kosong" not in (event.content.detail or "")


def test_an_empty_page_whose_refresh_header_names_no_address_is_still_a_white_page() -> None:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, "", {"Refresh": "30", **modified_yesterday()}))
        event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert "halaman kosong" in (event.reason_detail or "")


# --- a page's type --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "shown"),
    [
        # nginx without its mime.types (``default_type text/plain``), or a proxy that rewrote the type.
        ("text/plain; charset=UTF-8", "peramban menampilkan kode HTML-nya"),
        ("text/plain", "peramban menampilkan kode HTML-nya"),
        # nginx's own ``default_type``; S3 or MinIO's for a site uploaded without its types.
        ("application/octet-stream", "peramban mengunduhnya sebagai berkas"),
        ("binary/octet-stream", "peramban mengunduhnya sebagai berkas"),
    ],
)
def test_a_page_served_as_plain_text_or_a_file_is_no_page_a_visitor_sees(content_type: str, shown: str) -> None:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, department_page(), {"Content-Type": content_type, **modified_yesterday()}))
        event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    detail = event.reason_detail or ""
    assert detail.startswith(f"halaman HTML dikirim sebagai {content_type.partition(';')[0]} ") and shown in detail


@pytest.mark.parametrize(
    "content_type",
    ["text/html; charset=UTF-8", "application/xhtml+xml; charset=UTF-8", "", "TEXT/HTML"],
)
def test_a_page_served_as_html_xhtml_or_without_a_type_stays_the_application(content_type: str) -> None:
    with FakeSite() as site:
        site.route("*", "/", Reply(200, department_page(), {"Content-Type": content_type, **modified_yesterday()}))
        event = checked(site)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_a_plain_text_answer_that_is_no_html_is_not_taken_for_a_misserved_page() -> None:
    # An API's root that only says it runs, in words: what it is, not HTML shown as code.
    with FakeSite() as site:
        site.route("*", "/", Reply(200, "SIPKD API v2.3 berjalan normal.", {"Content-Type": "text/plain"}))
        event = checked(site)
    assert "halaman HTML dikirim" not in (event.reason_detail or "") + (event.content.detail or "")
