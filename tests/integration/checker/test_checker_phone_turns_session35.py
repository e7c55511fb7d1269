"""The phone view asks as an Android's Chrome and an iPhone's Safari by turns.

Gambling kits tell phones by the User-Agent, and some serve their page or their redirect to iPhones
only (``/iPhone|iPad/``), others to Androids only. The phone view asked as an Android's Chrome only,
and never saw the first kind. It now asks as each by turns, one view after the other (no request
more on any check): an iPhone-only kit is found at the iPhone's turn, and its finding is kept at the
Android's turn (an Android seeing the page clean does not prove the iPhone's page gone). A department
whose mobile theme serves both phones stays clean at both turns. A real HTTP server on 127.0.0.1; no
Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_checker.probe import Checker
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import Finding

HOST = "dinkes.bekasikota.go.id"
GAMBLING = "slot88-gacor.web.id"  # resolved to the test server, as every *.web.id name is here
LANDING = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>SLOT88 : Situs Slot Gacor Hari Ini Gampang Maxwin &amp; Togel Online Terpercaya</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<header><a href="/daftar">DAFTAR</a> <a href="/login">LOGIN</a></header>
<main><h1>SLOT88 Situs Slot Gacor Maxwin</h1>
<p>Daftar situs toto slot88 resmi, RTP live tertinggi, deposit pulsa tanpa potongan, bonus new member 100%.</p>
<p>Main slot online dan togel 4D dengan jaminan menang, withdraw cepat 24 jam.</p></main>
<footer>&copy; 2026 SLOT88 Gacor</footer></body></html>"""
SPAM = "<p>Bocoran pola <a href='https://slot88-gacor.web.id/'>situs toto slot88 maxwin</a> hari ini, RTP live</p>"
# The kits' own tests, as their PHP writes them.
IPHONE = re.compile(r"iPhone|iPad")
ANDROID = re.compile(r"Android")
PHONES = re.compile(r"Mobile|Android|iPhone")


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(news=news_since([1, 3, 6, 9, 14]), **knobs)))  # type: ignore[arg-type]


def to_phones(test: re.Pattern[str], phone: Callable[[], Reply]) -> Callable[[Request], Reply]:
    """Answer ``phone()`` to a User-Agent ``test`` matches, the department's page to the rest."""
    return lambda request: phone() if test.search(request.headers.get("User-Agent", "")) else page()


def checker(site: FakeSite) -> Checker:
    return make_checker(site.port, views_every_minutes=0)  # every check takes the views


def phone_cloaking(checker: Checker, site: FakeSite) -> list[Finding]:
    event = asyncio.run(checker.check(app(site.port)))
    return [f for f in event.findings if f.code == "cloaking_seluler"]


def phones_asking(site: FakeSite) -> list[str]:
    """Return the phone of each request for the page's root that came from a phone, in order."""
    agents = [r.headers.get("User-Agent", "") for r in site.requests if r.path == "/"]
    return ["iPhone" if "iPhone" in a else "Android" for a in agents if "Mobile" in a]


def test_a_redirect_for_iphones_only_is_found_at_the_iphones_turn_and_kept_at_the_androids(site: FakeSite) -> None:
    landing = f"http://{GAMBLING}:{site.port}/?ref=dinkes"
    site.route(HOST, "/", to_phones(IPHONE, lambda: Reply(302, "", {"Location": landing})))
    site.route(GAMBLING, "/", Reply(200, LANDING))
    views = checker(site)
    assert phone_cloaking(views, site) == []  # the Android's turn: it gets the department's page
    (found,) = phone_cloaking(views, site)
    assert (found.severity, found.location) == ("kritis", "seluler")
    assert found.evidence.startswith("hanya untuk ponsel iPhone dari pencarian Google: ")
    assert landing in found.evidence
    # The Android's turn again: it sees the page clean, which does not prove the iPhone's redirect gone.
    assert phone_cloaking(views, site) == [found]
    assert phones_asking(site) == ["Android", "iPhone", "Android"]  # one phone a check
    # Cleaned: the iPhone's next turn proves it.
    site.route(HOST, "/", lambda request: page())
    assert phone_cloaking(views, site) == []


def test_a_page_for_androids_only_is_found_at_the_androids_turn(site: FakeSite) -> None:
    site.route(HOST, "/", to_phones(ANDROID, lambda: page(main_extra=SPAM)))
    views = checker(site)
    (found,) = phone_cloaking(views, site)
    assert found.evidence.startswith("hanya untuk ponsel Android dari pencarian Google: ")
    assert phone_cloaking(views, site) == [found]  # the iPhone's turn: it gets the page clean, and keeps it
    site.route(HOST, "/", lambda request: page())
    assert phone_cloaking(views, site) == []  # cleaned: the Android's turn proves it
    assert phones_asking(site) == ["Android", "iPhone", "Android"]


def test_a_mobile_theme_served_to_both_phones_is_clean_at_both_turns(site: FakeSite) -> None:
    theme = (
        '<link rel="stylesheet" href="/wp-content/plugins/wptouch/themes/bauhaus/style.css">'
        '<meta name="apple-mobile-web-app-capable" content="yes">'
    )
    menu = '<div id="wptouch-menu" class="wptouch-menu"><a href="/">Beranda</a> <a href="/berita/">Berita</a></div>'
    mobile = department_page(Site(news=news_since([1, 3, 6]), head=theme, body_top=menu))
    site.route(HOST, "/", to_phones(PHONES, lambda: Reply(200, mobile)))
    views = checker(site)
    assert [phone_cloaking(views, site) for _ in range(3)] == [[], [], []]
    assert phones_asking(site) == ["Android", "iPhone", "Android"]
