"""What SEO cloakers change for Googlebot and phones that spells no word of gambling, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page and tells Googlebot and phones apart by the user
agent, as the injected PHP does. Googlebot or a phone gets the page with a brand's name put before its title
("KOITOTO | Dinas Kesehatan Kota Bekasi"): the title keeps the department's words, so "a title that shares no
word" misses it. Phones get a banner laid over the whole page, an image linked to a brand's site, or a sticky
bar of two brands' images after the footer: one or two sites, not the block of three a link farm is, and
nothing written beside them. Beside them, what a department's vendor serves one view alone: an SEO plugin's
title for Googlebot, a mobile theme's short title, and for phones its app's banner, its chat button, the city's
app on a go.id host, a cookie bar and the ministry's campaign against online gambling. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import by_agent, cycle_check, security
from vendor_pages import Site, department_page

OWN_TITLE = "Dinas Kesehatan Kota Bekasi"


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def usual() -> Reply:
    return page()


# --- a brand's name put before the department's title --------------------------------------------------


def test_a_brand_put_before_the_title_for_googlebot_is_cloaking(site: FakeSite) -> None:
    title = f"KOITOTO | {OWN_TITLE}"
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(title=title)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
    assert cloaking.evidence == f"hanya untuk Googlebot: judul halaman diganti menjadi \u201c{title}\u201d"


def test_a_brand_put_before_the_title_for_phones_is_cloaking(site: FakeSite) -> None:
    title = f"HOKITOTO - {OWN_TITLE} \u2013 Melayani dengan Sepenuh Hati"
    site.route("*", "/", by_agent(usual, phone=lambda: page(title=title)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence.endswith(f"judul halaman diganti menjadi \u201c{title}\u201d")


def test_an_seo_plugins_title_for_googlebot_and_a_mobile_themes_for_phones_are_no_cloaking(site: FakeSite) -> None:
    # Words of the page's own menu and links; a short name of the department's.
    seo = f"Beranda - {OWN_TITLE} | Pemerintah Kota Bekasi"
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(title=seo), phone=lambda: page(title="Dinkes Bekasi")))
    assert security(cycle_check(site)) == []


# --- a brand's banner laid over the page, or its sticky bar, for phones ---------------------------------

POPUP = (
    '<div id="popup" style="position:fixed;inset:0;z-index:99999;background:rgba(0,0,0,.8)">'
    '<a href="https://koitoto.xyz/?ref=dinkes"><img src="https://i.ibb.co/x/banner-1.gif" width="320" height="480"></a>'
    '<a href="https://hokitoto.xyz/" class="close">x</a></div>'
)
STICKY_BAR = (
    '<div class="sticky-bottom" style="position:fixed;bottom:0;left:0;right:0">'
    '<a href="https://kaisar88.com/"><img src="https://i.ibb.co/x/bar-1.gif" width="160" height="40"></a> '
    '<a href="https://koitoto.xyz/"><img src="https://i.ibb.co/x/bar-2.gif" width="160" height="40"></a></div>'
)
# What a department's mobile theme shows phones alone: the app's banner, the chat button, the city's app,
# a cookie bar, and the ministry's campaign against online gambling, first in the body and after the footer.
APP_BANNER = (
    '<div class="smart-banner" style="position:fixed;top:0;width:100%"><img src="/wp-content/uploads/app-icon.png" '
    'alt="Bekasi Sehat"><a href="https://play.google.com/store/apps/details?id=id.go.bekasikota.dinkes.sehat">'
    "Pasang</a></div>"
)
CAMPAIGN = (
    '<div class="mobile-banner"><a href="https://aduankonten.id/">Laporkan Konten Negatif</a> | '
    '<a href="https://komdigi.go.id/">Komdigi</a> | <a href="https://sehat.bekasikota.go.id/app/">Aplikasi Sehat</a>'
    "</div>"
)
CHAT_AND_COOKIES = (
    '<a class="wa-float" style="position:fixed;right:16px;bottom:16px" href="https://wa.me/6281188899900">Chat</a>'
    '<div id="cookie-bar" style="position:fixed;bottom:0">Situs ini memakai cookie. '
    '<a href="https://www.cookiesandyou.com/">Pelajari</a> <a href="#" class="cc-dismiss">Setuju</a></div>'
)


def test_a_brands_banner_laid_over_the_page_for_phones_is_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(body_top=POPUP)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_seluler", "kritis")
    assert cloaking.evidence.endswith("tautan ke situs lain ditambahkan di halaman: koitoto.xyz, hokitoto.xyz")


def test_a_sticky_bar_of_two_brands_for_phones_is_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(body_end=STICKY_BAR)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence.endswith("tautan ke situs lain ditambahkan di halaman: kaisar88.com, koitoto.xyz")


def test_a_mobile_themes_banners_buttons_and_cookie_bar_are_no_cloaking(site: FakeSite) -> None:
    def phone() -> Reply:
        return page(body_top=APP_BANNER + CAMPAIGN, body_end=CHAT_AND_COOKIES)

    site.route("*", "/", by_agent(usual, phone=phone))
    assert security(cycle_check(site)) == []
