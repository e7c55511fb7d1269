"""Hijacks and cloaking as judi-online kits on hacked go.id sites write them, past the common forms.

A redirect's address written backwards (an array turned round and joined, a string split, reversed and joined),
or assigned in a minifier's ternary for phones; a meta refresh or a ``Refresh`` header spaced and cased as the
standard lets browsers read it (``0 ; URL = '…'``, ``0,url=…``); a view that is the department's page with its
title swapped for a gambling brand's, or with a block of backlinks to brands added, none of which spells a word
of gambling. Beside each, the department's own redirects, titles and links that must stay clean.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

import pytest
from integration.checker.vendor_pages import Site, department_page, news_since

from pantau_checker.core.checks import CHECKS, Observed, judge_all, switched
from pantau_checker.core.page import Page, parse_page, with_refresh_header
from pantau_checker.core.script_redirects import MOBILE, SCRIPT, SEARCH, refresh_target, script_targets
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

URL = "https://dinkes.bekasikota.go.id/"
APP = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=URL)
NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
# A gambling brand's domain: no word of gambling in it, so only where it is named tells.
BRAND = "https://kaisar88.com/"
BRAND_TITLE = "KAISAR88 Situs Resmi Terpercaya Bonus Member Baru"
SSO = "https://sso.bekasikota.go.id/"
OWN_TITLE = "Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati"
# The backlinks a cloaker prints after the footer for Googlebot: brands only.
BACKLINKS = (
    '<div class="partner-links"><a href="https://kaisar88.com/">KAISAR88</a> | '
    '<a href="https://dewahoki99.net/">DEWAHOKI99</a> | <a href="https://hokijitu.org/">HOKIJITU</a></div>'
)


def html(clock: datetime = NOW, **knobs: object) -> str:
    news = news_since([1, 3, 6, 9, 14, 20], now=NOW)
    return department_page(Site(news=news, clock=clock, **knobs))  # type: ignore[arg-type]


def judged(page: Page, googlebot: Page | None = None, mobile: Page | None = None) -> list[Finding]:
    seen = Observed(APP, page=page, googlebot_page=googlebot, mobile_page=mobile)
    return [f for f in judge_all(switched(CHECKS), seen) if f.category == "keamanan"]


def hijacks(body_end: str = "", head: str = "") -> list[tuple[str, str | None, str]]:
    page = parse_page(html(body_end=body_end, head=head), URL)
    return [(f.code, f.location, f.evidence) for f in judged(page) if f.code == "pengalihan_asing"]


def backwards(text: str) -> str:
    """Return ``text`` as a JavaScript array of its characters in reverse order."""
    return "[" + ",".join(f'"{c}"' for c in reversed(text)) + "]"


# --- script redirects written backwards, or in a minifier's ternary ------------------------------------

B64_BACKWARDS = base64.b64encode(BRAND.encode()).decode()[::-1]


@pytest.mark.parametrize(
    ("kit", "kind", "own"),
    [
        (
            f"$(document).ready(function () {{ window.location.href = {backwards(BRAND)}.reverse().join(''); }});",
            SCRIPT,
            'jQuery(document).ready(function () { location.href = ["beranda", ""].reverse().join("/"); });',
        ),
        (
            f'top.location = "{BRAND[::-1]}".split("").reverse().join("");',
            SCRIPT,
            f'location.replace("{SSO[::-1]}".split("").reverse().join("") + "login");',
        ),
        (
            f"var p = {backwards(BRAND)};\nif (/Android|iPhone/i.test(navigator.userAgent)) "
            '{ self.location.replace(p.reverse().join("")); }',
            MOBILE,
            'var jejak = location.pathname.split("/").reverse().join(" \u00ab ");',
        ),
        (
            'if (document.referrer.indexOf("google") > -1) { setTimeout(function () { location.href = '
            f'atob("{B64_BACKWARDS}".split("").reverse().join("")); }}, 1500); }}',
            SEARCH,
            f'location.href = "{BRAND}".split("").reverse().join("");',  # reversed: no address
        ),
        (
            'var a = ["https:", "", "kaisar88.com", ""]; window.location.assign(a.join("/"));',
            SCRIPT,
            'var a = ["https:", "", "sso.bekasikota.go.id", "login"]; window.location.assign(a.join("/"));',
        ),
        (
            f'var m=/Android|iPhone/i.test(navigator.userAgent);m?document.location.href="{BRAND}":void 0;',
            MOBILE,
            f'var m=/Android|iPhone/i.test(navigator.userAgent);m?location.href="{SSO}m/":void 0;'
            'var en = navigator.language.indexOf("en") === 0; en ? location.href = "/en/" : 0;',
        ),
    ],
)
def test_an_address_written_backwards_or_in_a_ternary_is_read_unlike_the_departments_own(
    kit: str, kind: str, own: str
) -> None:
    assert script_targets([kit]) == [(kind, BRAND)]
    assert hijacks(f"<script>{kit}</script>")[0][:2] == ("pengalihan_asing", "script")
    assert hijacks(f"<script>{own}</script>") == []


# --- a refresh spaced and cased as browsers read it ----------------------------------------------------


@pytest.mark.parametrize(
    "content",
    ["0 ; URL = '{}'", "0,url={}", "0 url={}", '0;URL ="{}" ', "1.5\tURL = {}"],
)
def test_a_meta_refresh_spaced_or_cased_oddly_is_read_to_a_brand_and_to_the_departments_own_pages(
    content: str,
) -> None:
    assert refresh_target(content.format(BRAND)) == BRAND
    quoted = "'{}'" if '"' in content else '"{}"'
    tag = f'<META HTTP-EQUIV="REFRESH" CONTENT={quoted.format(content)}>'
    assert hijacks(head=tag.format(BRAND)) == [
        ("pengalihan_asing", "head", f"halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {BRAND}")
    ]
    for own in ("/id/beranda/", SSO, f"{SSO}login?next=/"):
        assert hijacks(head=tag.format(own)) == []


def test_a_refresh_header_with_a_quoted_spaced_address_is_read_to_a_brand_and_to_the_sso() -> None:
    page = with_refresh_header(parse_page(html(), URL), f'0 ; URL = "{BRAND}"', URL)
    [hijack] = judged(page)
    assert (hijack.code, hijack.location) == ("pengalihan_asing", "header")
    assert hijack.evidence == f"server mengalihkan pengunjung (header Refresh) ke {BRAND}"
    assert judged(with_refresh_header(parse_page(html(), URL), f'3 ; url = "{SSO}"', URL)) == []


def test_what_is_no_refresh_or_names_no_address_gives_none() -> None:
    assert [refresh_target(c) for c in ("5", "0;", "url=https://kaisar88.com/", "0x; url=/a", "")] == [""] * 5


# --- a view with the department's page retitled, or with backlinks added ------------------------------


def retitled(title: str, **knobs: object) -> Page:
    return parse_page(html(**knobs).replace(OWN_TITLE, title), URL)


def test_a_brand_title_for_googlebot_or_phones_is_cloaking_unlike_views_that_differ_for_no_attacker() -> None:
    page = parse_page(html(), URL)
    [cloaking] = judged(page, googlebot=retitled(BRAND_TITLE))
    assert (cloaking.code, cloaking.location) == ("cloaking_googlebot", "googlebot")
    assert cloaking.evidence == f"hanya untuk Googlebot: judul halaman diganti menjadi \u201c{BRAND_TITLE}\u201d"
    [cloaking] = judged(page, mobile=retitled(BRAND_TITLE, clock=NOW + timedelta(minutes=2)))
    assert (cloaking.code, cloaking.location) == ("cloaking_seluler", "seluler")
    # The site's own AMP page for Googlebot: its canonical, AMP's scripts.
    own_amp = html(
        head=f'<link rel="canonical" href="{URL}"><script async src="https://cdn.ampproject.org/v0.js"></script>'
    )
    # A view whose title is one of the page's own headings; one whose clock, counter, banner and token differ.
    heading = retitled("Berita Terkini")
    token = '<meta name="csrf-token" content="Zk3q9XbT2LwP0aR7uYc1">'
    banner = '<div class="banner"><a href="https://www.bankbjb.co.id/"><img src="/b/bjb.jpg" alt="Bank BJB"></a></div>'
    dynamic = html(clock=NOW + timedelta(minutes=3), head=token, body_end=banner).replace(">318<", ">321<")
    assert judged(page, googlebot=parse_page(own_amp, URL), mobile=heading) == []
    assert judged(page, googlebot=parse_page(dynamic, URL), mobile=parse_page(dynamic, URL)) == []


def test_a_block_of_backlinks_to_brands_for_googlebot_is_cloaking_unlike_a_share_bar_for_phones() -> None:
    page = parse_page(html(), URL)
    [cloaking] = judged(page, googlebot=parse_page(html(body_end=BACKLINKS), URL))
    assert (cloaking.code, cloaking.location) == ("cloaking_googlebot", "googlebot")
    assert cloaking.evidence == (
        "hanya untuk Googlebot: tautan ke situs lain ditambahkan di halaman: kaisar88.com, dewahoki99.net, hokijitu.org"
    )
    hidden = BACKLINKS.replace('class="partner-links"', 'style="display:none"')
    assert [f.code for f in judged(page, mobile=parse_page(html(main_extra=hidden), URL))] == ["cloaking_seluler"]
    # A share bar (its links name the page's own address) and a chat button, for phones alone.
    share = "".join(
        f'<a href="{to}{URL}">{label}</a>'
        for to, label in (
            ("https://www.facebook.com/sharer/sharer.php?u=", "Facebook"),
            ("https://twitter.com/intent/tweet?url=", "X"),
            ("https://api.whatsapp.com/send?text=Dinkes%20", "WhatsApp"),
            ("https://t.me/share/url?url=", "Telegram"),
        )
    )
    chat = '<a class="wa-float" href="https://wa.me/6281288001234">Chat</a>'
    for_phones = html(body_end=f'<div class="share-bar">{share}</div>{chat}')
    assert judged(page, mobile=parse_page(for_phones, URL)) == []
