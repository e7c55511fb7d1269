"""Hijacks and cloaking past the common forms, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page and sniffs the user agent as injected PHP does:
phones get the page under a gambling brand's title, Googlebot gets it with a block of backlinks to brands after
its footer (neither spells a word of gambling); everyone gets a redirect for phones whose address is written
backwards, or a refresh spaced and cased as only browsers read it. Beside each, what a department's site does
for no attacker: its own AMP page for Googlebot, a share bar for phones, a clock, a counter and a token that
change on every answer, its own redirects written the same ways. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import count

from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked, Finding

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
HOST = "dinkes.bekasikota.go.id"
OWN_TITLE = "Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati"
BRAND = "https://kaisar88.com/"  # a gambling brand's domain: no word of gambling in it
BRAND_TITLE = "KAISAR88 Situs Resmi Terpercaya Bonus Member Baru"
SSO = "https://sso.bekasikota.go.id/"
BACKLINKS = (
    '<div class="partner-links"><a href="https://kaisar88.com/">KAISAR88</a> | '
    '<a href="https://dewahoki99.net/">DEWAHOKI99</a> | <a href="https://hokijitu.org/">HOKIJITU</a> | '
    '<a href="https://bintang4dp.com/">BINTANG4DP</a></div>'
)
# The theme's own redirects, written the ways the kits write theirs: a path joined backwards, a language switch
# in a ternary, the single sign-on's address reversed, breadcrumbs.
THEME = f"""<script>
  jQuery(document).ready(function ($) {{
    if (location.pathname === '/index.php') {{ location.href = ['beranda', ''].reverse().join('/'); }}
    var en = navigator.language.indexOf('en') === 0 && !localStorage.getItem('bahasa'); en ? location.href = '/en/' : 0;
    if (document.cookie.indexOf('sesi_habis=1') > -1) {{
      location.replace('{SSO[::-1]}'.split('').reverse().join('') + 'login?next=' + encodeURIComponent(location.href));
    }}
    $('.jejak').text(location.pathname.split('/').reverse().join(' \u00ab '));
  }});
</script>"""
# The kit's line: the brand's address backwards, for phones, once the page is ready.
KIT = f"""<script>
  $(document).ready(function () {{
    var _p = [{",".join(f"'{c}'" for c in reversed(BRAND))}];
    if (/Android|iPhone|iPad/i.test(navigator.userAgent)) {{ self.location.replace(_p.reverse().join('')); }}
  }});
</script>"""


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def cycle_check(site: FakeSite) -> ApplicationChecked:
    return asyncio.run(make_checker(site.port).check(app(site.port), "2026-11"))


def security(event: ApplicationChecked) -> list[Finding]:
    return [f for f in event.findings if f.category == "keamanan"]


def live(**knobs: object) -> Callable[[], Reply]:
    """Return an answer of the page as a Laravel site gives it: its clock, visitor counter and token anew."""
    visits = count(318)

    def answer() -> Reply:
        clock = datetime.now(UTC) + timedelta(hours=7)
        page = department_page(Site(news=news_since([1, 3, 6, 9, 14, 20], now=NOW), clock=clock, **knobs))  # type: ignore[arg-type]
        token = f'<meta name="csrf-token" content="{secrets.token_urlsafe(30)}">'
        return Reply(200, page.replace("</head>", f"{token}</head>", 1).replace(">318<", f">{next(visits)}<"))

    return answer


def by_agent(
    googlebot: Callable[[], Reply], phone: Callable[[], Reply], usual: Callable[[], Reply]
) -> Callable[[Request], Reply]:
    """Answer Googlebot, a phone's browser and the rest each their own, anew each time."""

    def answer(request: Request) -> Reply:
        agent = request.headers.get("User-Agent", "")
        return googlebot() if "Googlebot" in agent else phone() if "Android" in agent else usual()

    return answer


def retitled(reply: Callable[[], Reply], title: str) -> Callable[[], Reply]:
    def answer() -> Reply:
        page = reply()
        return Reply(page.status, str(page.body).replace(OWN_TITLE, title), page.headers)

    return answer


def test_a_brand_title_for_phones_is_cloaking_while_googlebot_gets_the_sites_own_amp_page(site: FakeSite) -> None:
    own_amp = (
        f'<link rel="canonical" href="http://{HOST}:{site.port}/">'
        '<script async src="https://cdn.ampproject.org/v0.js"></script>'
    )
    site.route("*", "/", by_agent(live(head=own_amp), retitled(live(), BRAND_TITLE), live()))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity, cloaking.location) == ("cloaking_seluler", "kritis", "seluler")
    assert cloaking.evidence == (
        f"hanya untuk ponsel Android dari pencarian Google: judul halaman diganti menjadi \u201c{BRAND_TITLE}\u201d"
    )


def test_backlinks_to_brands_for_googlebot_are_cloaking_while_phones_get_a_share_bar(site: FakeSite) -> None:
    own = f"http%3A%2F%2F{HOST}%3A{site.port}%2F"
    share = (
        f'<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u={own}">Facebook</a>'
        f'<a href="https://twitter.com/intent/tweet?url={own}">X</a>'
        f'<a href="https://api.whatsapp.com/send?text={own}">WhatsApp</a>'
        f'<a href="https://t.me/share/url?url={own}">Telegram</a></div>'
        '<a class="wa-float" href="https://wa.me/6281288001234">Chat</a>'
    )
    site.route("*", "/", by_agent(live(body_end=BACKLINKS), live(body_end=share), live()))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity, cloaking.location) == ("cloaking_googlebot", "kritis", "googlebot")
    assert cloaking.evidence == (
        "hanya untuk Googlebot: tautan ke situs lain ditambahkan di halaman: "
        "kaisar88.com, dewahoki99.net, hokijitu.org, bintang4dp.com"
    )


def test_a_redirect_for_phones_written_backwards_is_a_critical_hijack_unlike_the_themes_own(site: FakeSite) -> None:
    site.route("*", "/", lambda _r: live(body_end=THEME)())
    assert security(cycle_check(site)) == []
    site.route("*", "/", lambda _r: live(body_end=THEME + KIT)())
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "script")
    assert hijack.evidence == f"skrip halaman mengalihkan pengunjung (hanya pengunjung ponsel) ke {BRAND}"


def test_a_refresh_spaced_and_cased_oddly_to_a_brand_is_a_critical_hijack_unlike_one_to_the_sso(
    site: FakeSite,
) -> None:
    page = live()().body
    site.route("*", "/", Reply(200, page, {"Refresh": f'3 ; url = "{SSO}"'}))
    assert security(cycle_check(site)) == []
    site.route("*", "/", Reply(200, page, {"Refresh": f'0 ; URL = "{BRAND}"'}))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "header")
    assert hijack.evidence == f"server mengalihkan pengunjung (header Refresh) ke {BRAND}"
    meta = f"<META HTTP-EQUIV=REFRESH CONTENT=\"0 , URL = '{BRAND}'\">"
    site.route("*", "/", lambda _r: live(head=meta)())
    [hijack] = security(cycle_check(site))
    assert (hijack.location, hijack.evidence) == (
        "head",
        f"halaman mengalihkan pengunjung secara otomatis (meta refresh) ke {BRAND}",
    )
