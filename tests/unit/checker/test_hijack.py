"""The hijack check: a tag that sends search engines or visitors to someone else's site."""

from __future__ import annotations

import pytest
from integration.checker.vendor_pages import Site, department_page

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.checks.hijack import CHECK, HijackSettings
from pantau_checker.core.page import Pointer, parse_page, with_refresh_header
from pantau_common.registry.model import AppSpec

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
# Yoast and the AMP plugin write these into every WordPress page's head.
OWN_HEAD = (
    '<link rel="canonical" href="https://dinkes.bekasikota.go.id/" />\n'
    '<link rel="amphtml" href="https://dinkes.bekasikota.go.id/amp/" />\n'
    '<link rel="alternate" type="application/rss+xml" title="Dinkes &raquo; Feed" '
    'href="https://dinkes.bekasikota.go.id/feed/" />'
)


def judged(head: str, url: str = URL) -> tuple[str, str, str] | None:
    """Return (code, severity, evidence) of the page's hijack finding, or None."""
    page = parse_page(department_page(Site(head=head)), url)
    found = CHECK.judge(Observed(AppSpec(id="a", pd_id="p", nama="A", url=url), page=page), HijackSettings())
    return (found[0].code, found[0].severity, found[0].evidence) if found else None


@pytest.mark.parametrize(
    ("head", "severity", "quoted"),
    [
        # The AMP hijack: the government page's AMP version is the attacker's gambling page.
        (
            OWN_HEAD.replace("https://dinkes.bekasikota.go.id/amp/", "https://dinkes-bekasi.pages.dev/slot-gacor/"),
            "kritis",
            "versi AMP halaman (rel=amphtml) berada di https://dinkes-bekasi.pages.dev/slot-gacor/",
        ),
        (
            '<meta http-equiv="refresh" content="0; URL=\'https://gacor88.xyz/?ref=dinkes\'">',
            "kritis",
            "ke https://gacor88.xyz/?ref=dinkes",
        ),
        (
            OWN_HEAD.replace(
                'rel="canonical" href="https://dinkes.bekasikota.go.id/"',
                'rel="canonical" href="//situsgacor.com/dinkes"',
            ),
            "tinggi",
            "salinan (rel=canonical) dari https://situsgacor.com/dinkes",
        ),
        ('<link rel="AmpHTML" href="http://103.21.44.9/amp/">', "kritis", "http://103.21.44.9/amp/"),
        # An injected <base>: every relative link of the page (its menu, its news) resolves on the attacker's site.
        (
            '<base href="https://dinkes-bekasi.slotgacor.xyz/">',
            "kritis",
            "tautan relatif halaman diarahkan (base href) ke https://dinkes-bekasi.slotgacor.xyz/",
        ),
        ('<BASE HREF="//gacor88.xyz/dinkes/">', "kritis", "(base href) ke https://gacor88.xyz/dinkes/"),
    ],
)
def test_a_tag_pointing_to_another_site_is_a_finding_quoting_it(head: str, severity: str, quoted: str) -> None:
    found = judged(head)
    assert found is not None and found[:2] == ("pengalihan_asing", severity)
    assert quoted in found[2]


@pytest.mark.parametrize(
    "head",
    [
        OWN_HEAD,
        '<link rel="canonical" href="/profil/" /><link rel="amphtml" href="?amp=1" />',
        '<link rel="canonical" href="https://www.bekasikota.go.id/dinkes/" />',  # the city's portal: same domain
        '<link rel="canonical" href="https://dinkes.go.id/" />',  # another government domain
        '<meta http-equiv="refresh" content="300">',  # reloads itself every five minutes
        '<meta http-equiv="refresh" content="0;url=/beranda/">',
        '<link rel="amphtml" href="javascript:void(0)">',
        '<link rel="alternate" hreflang="en" href="https://translate.goog/dinkes" />',  # not a pointer kind
        '<base href="/">',  # a single-page application's own base
        '<base href="https://dinkes.bekasikota.go.id/portal/" target="_self">',
    ],
)
def test_a_page_pointing_to_itself_or_to_the_government_is_no_finding(head: str) -> None:
    assert judged(head) is None


def test_the_pointers_are_read_wherever_the_tags_are_and_made_absolute() -> None:
    html = department_page(
        Site(
            body_end='<link rel="amphtml" href="https://amp.x.web.id/"><meta http-equiv="Refresh" content="5;https://y.id/">'
        )
    )
    page = parse_page(html, URL)
    assert Pointer("amphtml", "https://amp.x.web.id/") in page.pointers
    assert Pointer("refresh", "https://y.id/") in page.pointers
    assert Pointer("canonical", URL) not in page.pointers  # the page has no canonical of its own


def test_the_allowed_suffixes_are_the_domain_checks() -> None:
    head = '<link rel="amphtml" href="https://dinkes.bekasikab.go.id/amp/">'
    page = parse_page(department_page(Site(head=head)), URL)
    strict = CHECK.judge(Observed(APP, page=page), HijackSettings(allowed_suffixes=("bekasikota.go.id",)))
    assert [f.code for f in strict] == ["pengalihan_asing"]
    assert CHECK.judge(Observed(APP, page=page), HijackSettings()) == ()


def test_the_hijack_comes_with_the_other_findings_and_can_be_switched_off() -> None:
    head = '<link rel="amphtml" href="https://dinkes-bekasi.pages.dev/">'
    seen = Observed(APP, page=parse_page(department_page(Site(head=head)), URL))
    assert [f.code for f in judge_all(switched(CHECKS), seen)] == ["pengalihan_asing"]
    assert judge_all(switched(CHECKS, off=["hijack"]), seen) == ()


# --- the server's Refresh header and the page's own scripts -----------------------------------------

# What a vendor's theme runs on every page: analytics, share buttons that open a window beside the
# page, a WhatsApp button and a complaint button that navigate when clicked, a back-to-top link.
VENDOR_SCRIPTS = """
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', 'G-8XK2PL4QZ1', { 'page_location': window.location.href, 'cookie_domain': 'auto' });
</script>
<script>
  jQuery(document).ready(function ($) {
    var here = encodeURIComponent(window.location.href);
    $('.share-facebook').on('click', function (e) {
      e.preventDefault();
      window.open('https://www.facebook.com/sharer/sharer.php?u=' + here, 'share', 'width=600,height=400');
    });
    $('.share-twitter').click(function () { window.open('https://twitter.com/intent/tweet?url=' + here); });
    $('.btn-wa').on('click', function () {
      window.location.href = 'https://api.whatsapp.com/send?phone=6281288001234&text=Halo%20Dinkes';
    });
    $('#back-to-top').click(function () { $('html, body').animate({ scrollTop: 0 }, 400); return false; });
    if (window.location.hash === '#kontak') { $('#kontak').addClass('aktif'); }
  });
  function bukaPengaduan() { window.location.href = 'https://www.lapor.go.id/instansi/pemerintah-kota-bekasi'; }
  function hubungiKami() { window.location.href = 'https://wa.me/6281288001234'; }
</script>
"""
REFERRER_CLOAK = """<script>
  var ref = document.referrer.toLowerCase();
  if (ref.indexOf("google") > -1 || ref.indexOf("bing") > -1 || ref.indexOf("yahoo") > -1) {
    window.location.href = "https://bandar-slot.example/daftar?ref=dinkes";
  }
</script>"""
CLOAK_EVIDENCE = (
    "skrip halaman mengalihkan pengunjung (hanya mesin pencari dan pengunjung dari mesin pencari) ke "
    "https://bandar-slot.example/daftar?ref=dinkes"
)


def judged_page(body_end: str, refresh: str = "", url: str = URL) -> tuple[str, str, str, str | None] | None:
    """Return (code, severity, evidence, location) of the hijack finding of a department page, or None."""
    page = with_refresh_header(parse_page(department_page(Site(body_end=body_end)), url), refresh, url)
    found = CHECK.judge(Observed(AppSpec(id="a", pd_id="p", nama="A", url=url), page=page), HijackSettings())
    return (found[0].code, found[0].severity, found[0].evidence, found[0].location) if found else None


@pytest.mark.parametrize(
    "refresh",
    ["0; url=https://slot-gacor.example/", "0;URL='https://slot-gacor.example/'", "3; https://slot-gacor.example/"],
)
def test_a_refresh_header_to_another_site_is_a_critical_finding_of_the_answer(refresh: str) -> None:
    assert judged_page(VENDOR_SCRIPTS, refresh) == (
        "pengalihan_asing",
        "kritis",
        "server mengalihkan pengunjung (header Refresh) ke https://slot-gacor.example/",
        "header",
    )


@pytest.mark.parametrize(
    "refresh", ["", "300", "0; url=/beranda/", "0; url=https://www.bekasikota.go.id/", "5; url=https://dinkes.go.id/"]
)
def test_a_refresh_header_that_reloads_or_stays_with_the_government_is_no_finding(refresh: str) -> None:
    assert judged_page(VENDOR_SCRIPTS, refresh) is None
    found = judged_page(VENDOR_SCRIPTS + REFERRER_CLOAK, refresh)  # beside the attacker's line, not quoted with it
    assert found is not None and found[2] == CLOAK_EVIDENCE


def test_a_refresh_header_without_an_address_leaves_the_page_as_it_was() -> None:
    page = parse_page(department_page(), URL)
    assert with_refresh_header(page, "300", URL) is page
    assert with_refresh_header(page, "0; url=/beranda/", URL).pointers == (
        Pointer("refresh_header", "https://dinkes.bekasikota.go.id/beranda/"),
    )


@pytest.mark.parametrize(
    ("script", "evidence"),
    [
        (
            '<script>window.location = "https://slot-gacor.example/";</script>',
            "skrip halaman mengalihkan pengunjung ke",
        ),
        (
            "<script>window.location.href='https://slot-gacor.example/'</script>",
            "skrip halaman mengalihkan pengunjung ke",
        ),
        (
            '<script>location.replace("https://slot-gacor.example/");</script>',
            "skrip halaman mengalihkan pengunjung ke",
        ),
        ("<script>window.top.location.assign(`https://slot-gacor.example/`)</script>", "mengalihkan pengunjung ke"),
        ('<script>document.location.href = "//slot-gacor.example/";</script>', "mengalihkan pengunjung ke"),
        ('<script>top.location="https:\\/\\/slot-gacor.example\\/";</script>', "mengalihkan pengunjung ke"),
        (
            "<script>jQuery(function () { setTimeout(function () {"
            " location.href = 'https://slot-gacor.example/'; }, 500); });</script>",
            "mengalihkan pengunjung ke",
        ),
        ("<script>function go(){ location.href = 'https://slot-gacor.example/'; } go();</script>", "pengunjung ke"),
        (
            '<script>if (document.referrer.indexOf("google") > -1) {'
            ' window.location.href = "https://slot-gacor.example/"; }</script>',
            "skrip halaman mengalihkan pengunjung (hanya mesin pencari dan pengunjung dari mesin pencari) ke",
        ),
        (
            '<script>if (/android|iphone/i.test(navigator.userAgent)) window.location.href = "https://slot-gacor.example/";'
            "</script>",
            "skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke",
        ),
    ],
)
def test_a_script_sending_visitors_to_another_site_is_a_critical_finding_of_the_script(
    script: str, evidence: str
) -> None:
    found = judged_page(VENDOR_SCRIPTS + script)
    assert found is not None and (found[0], found[1], found[3]) == ("pengalihan_asing", "kritis", "script")
    assert f"{evidence} https://slot-gacor.example/" in found[2]


def test_a_redirect_for_search_engines_visitors_only_says_so() -> None:
    found = judged_page(VENDOR_SCRIPTS + REFERRER_CLOAK)
    assert found is not None and found[2] == CLOAK_EVIDENCE


@pytest.mark.parametrize(
    "script",
    [
        "",  # the theme's own scripts: share buttons, a WhatsApp button, analytics
        "<script>window.location.href = '/beranda/';</script>",
        "<script>location.replace('https://dinkes.bekasikota.go.id/beranda/');</script>",
        "<script>window.location = 'https://www.bekasikota.go.id/dinkes/';</script>",  # the city's portal
        "<script>if (location.protocol !== 'https:') location.replace('https:' + location.href.substring(5));</script>",
        "<script>window.open('https://slot-gacor.example/');</script>",  # beside the page, not instead of it
        "<script>var cfg = { location: 'https://slot-gacor.example/' }; obj.location = 'https://slot-gacor.example/';</script>",
        "<script>if (window.location.href === 'https://slot-gacor.example/') { tandai(); }</script>",
        "<script>location.href = 'https://' + host + '/x'; location.href = `https://${host}/`;</script>",  # assembled
        "<script>location.href = atob(window.tujuan);</script>",  # decoded from what is not a literal: out of reach
        '<script type="application/ld+json">{"url": "https://slot-gacor.example/", "location": "x"}</script>',
        '<script src="https://cdn.example/x.js">window.location = "https://slot-gacor.example/";</script>',
    ],
)
def test_a_script_that_only_mentions_an_address_or_navigates_on_a_click_is_no_finding(script: str) -> None:
    assert judged_page(VENDOR_SCRIPTS + script) is None
    # Beside the attacker's line, it is not quoted with it.
    found = judged_page(VENDOR_SCRIPTS + script + REFERRER_CLOAK)
    assert found is not None and found[2] == CLOAK_EVIDENCE


def test_the_theme_scripts_add_no_pointer_to_the_page_and_the_attackers_line_one() -> None:
    with_scripts = parse_page(department_page(Site(body_end=VENDOR_SCRIPTS)), URL)
    assert with_scripts.pointers == ()
    assert len(with_scripts.scripts) == 3
    cloaked = parse_page(department_page(Site(body_end=VENDOR_SCRIPTS + REFERRER_CLOAK)), URL)
    assert cloaked.pointers == (Pointer("script_search", "https://bandar-slot.example/daftar?ref=dinkes"),)


def test_a_script_redirect_in_the_googlebot_view_only_is_cloaking() -> None:
    page = parse_page(department_page(Site(body_end=VENDOR_SCRIPTS)), URL)
    for_googlebot = parse_page(department_page(Site(body_end=VENDOR_SCRIPTS + REFERRER_CLOAK)), URL)
    seen = Observed(APP, page=page, googlebot_page=for_googlebot)
    found = judge_all(switched(CHECKS), seen)
    assert [(f.code, f.location) for f in found] == [("cloaking_googlebot", "googlebot")]
    assert found[0].evidence == (
        "hanya untuk Googlebot: skrip halaman mengalihkan pengunjung "
        "(hanya mesin pencari dan pengunjung dari mesin pencari) ke "
        "https://bandar-slot.example/daftar?ref=dinkes"
    )


def test_the_finding_is_where_its_worst_pointer_is() -> None:
    head = '<link rel="canonical" href="https://situsgacor.com/dinkes">'
    html = department_page(Site(head=head, body_end=REFERRER_CLOAK))
    page = with_refresh_header(parse_page(html, URL), "0; url=https://slot-gacor.example/", URL)
    [finding] = CHECK.judge(Observed(APP, page=page), HijackSettings())
    assert (finding.severity, finding.location) == ("kritis", "script")
    assert finding.evidence.split("; ") == [
        "halaman menyatakan dirinya salinan (rel=canonical) dari https://situsgacor.com/dinkes",
        "skrip halaman mengalihkan pengunjung (hanya mesin pencari dan pengunjung dari mesin pencari) ke "
        "https://bandar-slot.example/daftar?ref=dinkes",
        "server mengalihkan pengunjung (header Refresh) ke https://slot-gacor.example/",
    ]
