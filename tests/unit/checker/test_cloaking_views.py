"""The cloaking and hijack checks against where a view of a department's page is sent, and what its head
gives search engines.

A vendor's script that sends phones to the department's app in a store is no hijack (a script that sends
them to a gambling app's page, or to a gambling site's APK, is). An ``hreflang`` version or an ``og:url``
on a gambling site's domain, printed for Googlebot alone, is cloaking, whether or not the domain spells
gambling; the same addresses on the site's own domain, another government's or a site the page links to
anyway, are not. A view that a redirect took to another site's page is judged as that site's page.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.page import Page, Pointer, parse_page
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from cloaked_pages import GAMBLING_APP, OWN_APP, department, mobile_theme, store_redirect_script

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
ADDRESSED = "alamat halaman bagi mesin pencari (hreflang, og:url) diarahkan ke"


def judged(page: Page, googlebot: Page | None = None, mobile: Page | None = None) -> list[Finding]:
    seen = Observed(APP, page=page, googlebot_page=googlebot, mobile_page=mobile)
    return [f for f in judge_all(switched(CHECKS), seen) if f.category == "keamanan"]


def evidence(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.code, f.evidence) for f in findings]


def with_script(target: str) -> Page:
    return parse_page(department(body_end=store_redirect_script(target)), URL)


def test_a_script_sending_phones_to_the_departments_app_in_a_store_is_no_hijack() -> None:
    for own in (
        f"https://play.google.com/store/apps/details?id={OWN_APP}",
        "https://apps.apple.com/id/app/bekasi-sehat/id1534567890",
        "https://appgallery.huawei.com/app/C107865321",
    ):
        assert judged(with_script(own)) == [], own
    # A gambling app's page, and a gambling site's APK, are what they are.
    listed = f"https://play.google.com/store/apps/details?id={GAMBLING_APP}"
    for elsewhere in (listed, "https://rajazeus88.link/download/rajazeus88.apk"):
        found = {(f.code, f.location) for f in judged(with_script(elsewhere))}
        assert ("pengalihan_asing", "script") in found, elsewhere


def hreflang(address: str, lang: str = "id-ID") -> str:
    return f'<link rel="alternate" hreflang="{lang}" href="{address}">'


def og_url(address: str) -> str:
    return f'<meta property="og:url" content="{address}">'


def test_an_hreflang_or_og_url_on_a_gambling_domain_for_googlebot_only_is_cloaking() -> None:
    page = parse_page(department(), URL)
    for head, address in (
        (hreflang("https://kaisar88.com/") + hreflang(URL, "x-default"), "https://kaisar88.com/"),
        (og_url("https://garuda303.net/dinkes-bekasi/"), "https://garuda303.net/dinkes-bekasi/"),
    ):
        [cloaking] = judged(page, googlebot=parse_page(department(head=head), URL))
        assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
        assert cloaking.evidence == f"hanya untuk Googlebot: {ADDRESSED} {address}"


def test_head_addresses_on_the_sites_own_or_a_known_domain_in_a_view_are_no_cloaking() -> None:
    # What plugins print for every visitor, or for the view's own theme, and a sister site the page links to.
    linked = department(main_extra='<p><a href="https://visitbekasi.id/">Wisata Kota Bekasi</a></p>')
    page = parse_page(linked, URL)
    innocent = (
        hreflang(URL, "id") + hreflang(f"{URL}en/", "en") + hreflang("https://visitbekasi.id/en/", "en-US"),
        og_url(URL) + '<link rel="shortlink" href="https://dinkes.bekasikota.go.id/?p=12">',
        hreflang("https://jabarprov.go.id/", "su"),
        '<link rel="alternate" type="application/rss+xml" href="https://feeds.feedburner.com/dinkesbekasi">',
    )
    for head in innocent:
        view = parse_page(department(news=4, head=head), URL)
        assert judged(page, googlebot=view, mobile=view) == [], head
    # Yet a gambling domain beside them is still found.
    view = parse_page(department(head=innocent[0] + hreflang("https://kaisar88.com/", "ms")), URL)
    assert [f.code for f in judged(page, googlebot=view)] == ["cloaking_googlebot"]


def landed(html: str, address: str) -> Page:
    """Return the page at ``address`` as ``content.fetch_page`` returns a view a redirect sent there."""
    page = parse_page(html, address)
    return replace(page, pointers=(Pointer("redirect", address), *page.pointers))


def test_a_view_sent_to_the_departments_page_on_another_host_is_judged_as_that_hosts_page() -> None:
    vendor = "https://dinkes-bekasi.web.id/"
    own_head = f'<link rel="canonical" href="{vendor}">'
    page = parse_page(department(), URL)
    assert judged(page, mobile=landed(department(news=3, head=own_head), vendor)) == []
    # An AMP version on a third site is that host's hijack, and the phones' view's.
    amp = "https://dinkes-bekasi.pages.dev/amp/"
    hijacked = landed(mobile_theme().replace("</head>", f'{own_head}<link rel="amphtml" href="{amp}"></head>'), vendor)
    assert evidence(judged(page, mobile=hijacked)) == [
        (
            "cloaking_seluler",
            f"hanya untuk ponsel Android dari pencarian Google: versi AMP halaman (rel=amphtml) berada di {amp}",
        )
    ]
