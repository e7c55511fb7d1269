"""Redirects a kit hides where the checker did not read them, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page with a redirect to a gambling site put where a browser
still follows it: a refresh inside the head's ``<noscript>`` (every visitor and crawler that runs no script is sent
on), a hidden image's ``onerror`` or an ``<svg onload>`` that assigns ``location``; or with the server's ``Link``
header naming a canonical on the gambling site (search engines read it as the head's), for everyone or for
Googlebot alone. Beside each, the department's own: a ``<noscript>`` refresh to its page for browsers without
JavaScript, or to a page that tells the visitor to turn it on; an image's fallback, an embedded form's frame that
sends the visitor on to the thanks page, a button that opens the ministry's site on a click; WordPress's ``Link``
headers and a canonical of the site's own. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import by_agent, cycle_check, security
from vendor_pages import Site, department_page

BRAND = "https://toto4dresmi.xyz/"


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def noscript_refresh(address: str) -> str:
    return f'<noscript><meta http-equiv="refresh" content="0;url={address}"></noscript>'


def test_a_refresh_to_a_brand_in_the_heads_noscript_is_a_critical_hijack(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(head=noscript_refresh(BRAND)))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "head")
    assert hijack.evidence == f"halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {BRAND}"


def test_a_refresh_to_a_brand_in_the_heads_noscript_for_googlebot_alone_is_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(page, googlebot=lambda: page(head=noscript_refresh(BRAND))))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert cloaking.evidence.endswith(f"(meta refresh) ke {BRAND}")


def test_a_noscript_refresh_to_the_sites_own_page_or_to_a_javascript_help_page_is_no_finding(site: FakeSite) -> None:
    for address in ("/no-js/", "https://www.enable-javascript.com/id/"):
        site.route("*", "/", lambda _r, to=address: page(head=noscript_refresh(to)))  # type: ignore[misc]
        assert security(cycle_check(site)) == []
    # Google Tag Manager's <noscript> frame in the body, as every tagged site has it.
    gtm = (
        '<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7P2QZ" height="0" width="0" '
        'style="display:none;visibility:hidden"></iframe></noscript>'
    )
    site.route("*", "/", lambda _r: page(head=noscript_refresh("/no-js/"), body_top=gtm))
    assert security(cycle_check(site)) == []


IMG_ONERROR = (
    '<img src="/wp-content/uploads/px.gif" style="display:none" '
    f"onerror=\"if(/Android|iPhone/i.test(navigator.userAgent))window.location.href='{BRAND}'\">"
)
SVG_ONLOAD = f'<svg width="0" height="0" onload="top.location=\'{BRAND}\'"></svg>'
# The department's own handlers: a logo's fallback, a survey frame that moves the page on to its thanks page once
# the form is sent, a button that opens a document or the ministry's site when clicked.
OWN_HANDLERS = (
    '<img src="/wp-content/uploads/logo.webp" alt="Logo" '
    "onerror=\"this.onerror=null;this.src=location.origin+'/wp-content/uploads/logo.png'\">"
    '<iframe src="/survei/ikm/" width="100%" height="600" '
    "onload=\"if(this.contentWindow.location.pathname.indexOf('/selesai')===0){window.location.href='/terima-kasih/'}\">"
    "</iframe>"
    "<button onclick=\"window.location.href='https://drive.google.com/file/d/1AbCdEf/view'\">Unduh Renstra</button>"
    '<a href="#" onclick="window.open(\'https://sehatnegeriku.kemkes.go.id/\')">Kemenkes</a>'
)


def test_a_hidden_images_onerror_to_a_brand_for_phones_is_a_critical_hijack(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(body_end=IMG_ONERROR))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke {BRAND}"


def test_an_svgs_onload_to_a_brand_is_a_critical_hijack(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(main_extra=SVG_ONLOAD))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.location) == ("pengalihan_asing", "script")
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung ke {BRAND}"


def test_the_departments_own_handlers_are_no_finding(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: page(main_extra=OWN_HANDLERS))
    assert security(cycle_check(site)) == []


def linked(header: str) -> Reply:
    return Reply(200, str(page().body), {"Link": header})


def test_a_link_headers_canonical_on_a_brands_site_is_a_hijack_and_for_googlebot_alone_cloaking(
    site: FakeSite,
) -> None:
    header = f'<{BRAND}>; rel="canonical"'
    site.route("*", "/", lambda _r: linked(header))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.location) == ("pengalihan_asing", "head")
    assert hijack.evidence == f"halaman menyatakan dirinya salinan (rel=canonical) dari {BRAND}"
    site.route("*", "/", by_agent(page, googlebot=lambda: linked(header)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert cloaking.evidence.endswith(f"(rel=canonical) dari {BRAND}")


def test_wordpresses_link_headers_and_a_canonical_of_the_sites_own_are_no_finding(site: FakeSite) -> None:
    def own(request: object) -> Reply:
        root = f"http://dinkes.bekasikota.go.id:{site.port}"
        return linked(
            f'<{root}/wp-json/>; rel="https://api.w.org/", <{root}/wp-json/wp/v2/pages/2>; rel="alternate"; '
            f'type="application/json", <{root}/?p=2>; rel=shortlink, <{root}/>; rel="canonical"'
        )

    site.route("*", "/", own)
    assert security(cycle_check(site)) == []
