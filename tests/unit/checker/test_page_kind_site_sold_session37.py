"""Someone else's "Website ini dijual" on the department's host, on a bare page, is the host sold (a stand-in of the
parked kind); the department's news that asks it in its headline, in the site's frame, is the application (session
37)."""

from __future__ import annotations

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import classify

URL = "https://dishub.bekasikota.go.id/"
MENU = "".join(f'<li><a href="/profil/{i}/">Menu {i}</a></li>' for i in range(12))


def test_a_bare_page_that_sells_the_website_is_the_host_sold() -> None:
    sold = parse_page(
        "<html><head><title>Website ini dijual</title></head><body><h1>WEBSITE INI DIJUAL</h1><p>Minat hubungi WA"
        " 0812-9876-5432</p></body></html>",
        URL,
    )
    assert classify(sold).kind == "domain_parkir"


def test_a_news_headline_that_asks_it_in_the_sites_frame_is_the_application() -> None:
    asked = parse_page(
        f"<html><head><title>Dinas Perhubungan Kota Bekasi</title></head><body><nav><ul>{MENU}</ul></nav><main>"
        "<article><h1>Website Ini Dijual? Waspada Penipuan Mengatasnamakan Diskominfo</h1><p>Beredar pesan berantai"
        " yang menyebut website ini dijual. Diskominfo menegaskan kabar itu hoaks.</p></article></main></body></html>",
        URL,
    )
    assert classify(asked).is_app
