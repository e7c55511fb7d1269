"""Cloaking as it is done on hacked government sites, through a whole cycle check.

A real HTTP server on 127.0.0.1 serves a department's page, and sniffs the user agent as the
injected PHP does: Googlebot gets a title and description of gambling words on a site whose spam
block every visitor gets too, or a refresh to a gambling page planted in the site's own uploads;
beside the sites that answer a view otherwise for no attacker (a mobile theme, a mobile site, a
firewall refusing Googlebot). No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked, Finding

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
HOST = "dinkes.bekasikota.go.id"
OWN_TITLE = "Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati"
OWN_DESCRIPTION = 'content="Situs resmi Dinas Kesehatan Kota Bekasi, Pemerintah Kota Bekasi."'
GAMBLING_TITLE = "SLOT GACOR HARI INI \u26a1 Link Situs Slot88 Gampang Maxwin Terpercaya 2026"
GAMBLING_DESCRIPTION = "Daftar situs slot gacor terbaru, RTP live tertinggi, deposit pulsa tanpa potongan."
# The backlink block every visitor gets, pushed off screen.
SPAM_BLOCK = (
    '<div style="position:absolute;left:-9999px"><a href="https://situs-toto88.example/">situs toto</a> '
    '<a href="https://rtp.example/rtp-live">RTP live slot gacor hari ini</a></div>'
)
PLANTED = "/wp-content/uploads/2024/05/slot-gacor-hari-ini/"


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def page(news: int = 6, **knobs: object) -> str:
    days = [1, 3, 6, 9, 14, 20, 27, 33][:news]
    return department_page(Site(news=news_since(days, now=NOW), **knobs))  # type: ignore[arg-type]


def cycle_check(site: FakeSite) -> ApplicationChecked:
    return asyncio.run(make_checker(site.port).check(app(site.port), "2026-11"))


def security(event: ApplicationChecked) -> list[Finding]:
    return [f for f in event.findings if f.category == "keamanan"]


def sniffing(marker: str, other: Callable[[], Reply], usual: Callable[[], Reply]) -> Callable[[Request], Reply]:
    """Answer ``other()`` to a user agent with ``marker`` in it, ``usual()`` to the rest, anew each time."""
    return lambda request: other() if marker in request.headers.get("User-Agent", "") else usual()


def laravel(body: str) -> Reply:
    """Answer ``body`` with a new anti-forgery token in its head, as a Laravel site does."""
    token = f'<meta name="csrf-token" content="{secrets.token_urlsafe(30)}">'
    return Reply(200, body.replace("</head>", f"{token}</head>", 1))


def test_a_gambling_title_for_googlebot_on_a_site_with_spam_for_everyone_is_cloaking_too(site: FakeSite) -> None:
    hacked = page(main_extra=SPAM_BLOCK)
    for_googlebot = hacked.replace(OWN_TITLE, GAMBLING_TITLE).replace(
        OWN_DESCRIPTION, f'content="{GAMBLING_DESCRIPTION}"'
    )
    site.route("*", "/", sniffing("Googlebot", lambda: laravel(for_googlebot), lambda: laravel(hacked)))
    found = security(cycle_check(site))
    assert {(f.code, f.location) for f in found} == {("judi_online", "hidden"), ("cloaking_googlebot", "googlebot")}
    [cloaking] = [f for f in found if f.code == "cloaking_googlebot"]
    assert GAMBLING_TITLE in cloaking.evidence and "situs toto" not in cloaking.evidence


def test_a_refresh_for_googlebot_to_a_gambling_page_planted_in_the_sites_uploads_is_cloaking(site: FakeSite) -> None:
    refresh = f'<meta http-equiv="refresh" content="0; url={PLANTED}">'
    site.route("*", "/", sniffing("Googlebot", lambda: laravel(page(head=refresh)), lambda: laravel(page())))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
    assert cloaking.evidence.endswith(f"(meta refresh) ke http://{HOST}:{site.port}{PLANTED}")


def test_a_refresh_header_for_everyone_to_a_planted_gambling_page_is_a_critical_hijack(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page(), {"Refresh": f"3; url={PLANTED}"}))
    [hijack] = security(cycle_check(site))
    assert (hijack.code, hijack.severity, hijack.location) == ("pengalihan_asing", "kritis", "header")


# --- views that differ for no attacker ----------------------------------------------------------------


def mobile_theme() -> str:
    """Return the page as a mobile theme (WPtouch's) serves it to phones: another layout, three news only."""
    return page(
        news=3,
        head='<link rel="stylesheet" href="/wp-content/plugins/wptouch/themes/bauhaus/style.css">',
        body_top='<div id="wptouch-menu" class="wptouch-menu"><a href="/">Beranda</a></div>',
        main_extra='<a class="switch" href="/?wptouch_switch=desktop">Tampilan desktop</a>',
        clock=NOW + timedelta(hours=7, minutes=1),
    )


def test_a_mobile_theme_and_a_mobile_site_on_the_sites_own_domain_are_no_cloaking(site: FakeSite) -> None:
    site.route("*", "/", sniffing("Android", lambda: laravel(mobile_theme()), lambda: laravel(page())))
    assert security(cycle_check(site)) == []
    mobile_site = f"http://m.{HOST}:{site.port}/"
    site.route(
        HOST, "/", sniffing("Android", lambda: Reply(302, "", {"Location": mobile_site}), lambda: laravel(page()))
    )
    site.route(f"m.{HOST}", "/", lambda _r: laravel(mobile_theme()))
    assert security(cycle_check(site)) == []


def test_googlebot_refused_by_the_sites_firewall_is_no_cloaking(site: FakeSite) -> None:
    challenge = (
        "<!DOCTYPE html><html><head><title>Just a moment...</title>"
        '<meta http-equiv="refresh" content="390"></head><body><h1>Checking your browser</h1>'
        "<script>window._cf_chl_opt = {cType: 'managed'};</script></body></html>"
    )
    for status in (403, 200):
        site.route("*", "/", sniffing("Googlebot", lambda s=status: Reply(s, challenge), lambda: laravel(page())))
        assert security(cycle_check(site)) == []


def test_a_refresh_for_googlebot_to_the_sites_own_news_on_gambling_is_no_cloaking(site: FakeSite) -> None:
    news = '<meta http-equiv="refresh" content="0; url=/berita/polisi-tangkap-bandar-togel-di-bekasi/">'
    site.route("*", "/", sniffing("Googlebot", lambda: laravel(page(head=news)), lambda: laravel(page())))
    assert security(cycle_check(site)) == []


def test_spam_for_a_client_that_asks_in_no_language_is_cloaking_as_googlebot_asks_so(site: FakeSite) -> None:
    # The injected PHP knows the crawler by what it leaves out: a browser always sends Accept-Language.
    def by_language(request: Request) -> Reply:
        return laravel(page(main_extra=SPAM_BLOCK) if "Accept-Language" not in request.headers else page())

    site.route("*", "/", by_language)
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.location) == ("cloaking_googlebot", "googlebot")
    assert "situs toto" in cloaking.evidence


def test_a_bilingual_site_that_answers_in_english_to_no_language_is_no_cloaking(site: FakeSite) -> None:
    english = page().replace('lang="id"', 'lang="en"').replace("Berita Terkini", "Latest News")
    site.route("*", "/", lambda r: laravel(english if "Accept-Language" not in r.headers else page()))
    assert security(cycle_check(site)) == []
