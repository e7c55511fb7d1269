"""A department's address redirected by its server to another site, through a whole check against a real HTTP
server on 127.0.0.1 (session 28).

A hacked ``.htaccess`` or a takeover of the server answers the application's address with a 301 or 302 to the
attacker's site: a crypto "doubler", an adult site, whose words no vocabulary of gambling or defacement holds.
The browser lands there; the checker reads that page, and now says where it was sent, as it does for a meta
refresh or a script to the same place. A department's own redirects stay clean: to its new path, to the city's
single sign-on, to its page on the city portal, to another government site.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
CRYPTO = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>BTC Doubler - Double Your Bitcoin in 24
Hours</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body class="landing">
<header><a href="/" class="logo">BTC<span>Doubler</span></a><nav><a href="/how">How it works</a> <a href="/faq">FAQ</a>
<a href="/login">Login</a> <a href="/register" class="btn">Start now</a></nav></header><main><section class="hero">
<h1>Send 0.01 BTC, receive 0.02 BTC in 24 hours</h1><p>Guaranteed returns from our automated arbitrage robot. Over
48,000 satisfied investors worldwide.</p><a class="btn" href="/register">Invest now</a></section><section class="stats">
<div><b>$12,408,221</b> paid out</div><div><b>48,112</b> investors</div><div><b>200%</b> return</div></section>
<section class="plans"><h2>Investment plans</h2><ul><li>Starter: 0.01 - 0.5 BTC, 200% after 24 hours</li>
<li>Pro: 0.5 - 5 BTC, 220% after 24 hours</li><li>VIP: 5+ BTC, 250% after 24 hours</li></ul></section></main>
<footer>&copy; 2026 BTC Doubler Ltd. All rights reserved.</footer></body></html>"""


def department() -> str:
    return department_page(Site(news=news_since((2, 6, 11, 19, 27))))


def redirect_to(host: str, path: str = "/") -> Callable[[Request], Reply]:
    def answer(request: Request) -> Reply:
        port = request.headers["Host"].rsplit(":", 1)[1]
        return Reply(301, "", {"Location": f"http://{host}:{port}{path}"})

    return answer


def check_redirected(site: FakeSite) -> ApplicationChecked:
    # Every host answers on the one local server: the attacker's as well as the government's.
    rules = tuple(ResolveRule(names, None, "127.0.0.1") for names in ("*.go.id", "*.io"))
    checker = make_checker(site.port, resolve=rules)
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(checker.check(spec))


def test_the_address_redirected_by_the_server_to_another_site_is_a_foreign_redirect_to_tell() -> None:
    with FakeSite() as site:
        site.route(HOST, "/", redirect_to("btc-doubler.io"))
        site.route("btc-doubler.io", "/", Reply(200, CRYPTO))
        event = check_redirected(site)
    found = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert [(f.severity, f.location) for f in found] == [("sedang", "header")]
    assert "alamat aplikasi ke situs di luar domain pemerintah: http://btc-doubler.io" in found[0].evidence


def test_the_address_redirected_by_the_server_to_a_gambling_brands_site_is_a_critical_hijack() -> None:
    with FakeSite() as site:
        site.route(HOST, "/", redirect_to("kaisar88.io"))
        site.route("kaisar88.io", "/", Reply(200, CRYPTO.replace("BTC Doubler", "KAISAR88")))
        event = check_redirected(site)
    found = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert [(f.severity, f.location) for f in found] == [("kritis", "header")]
    assert "server mengalihkan pengunjung (pengalihan HTTP) ke http://kaisar88.io" in found[0].evidence


OWN_MOVES = {
    "to its new path": (HOST, "/beranda/"),
    "to the city's single sign-on": ("sso.bekasikota.go.id", "/login"),
    "to its page on the city portal": ("bekasikota.go.id", "/perangkat-daerah/dinas-kesehatan"),
    "to the province's site": ("dinkes.jabarprov.go.id", "/"),
    "to its www name": (f"www.{HOST}", "/"),
}


@pytest.mark.parametrize(("host", "path"), OWN_MOVES.values(), ids=OWN_MOVES.keys())
def test_a_departments_own_redirect_is_no_finding(host: str, path: str) -> None:
    with FakeSite() as site:
        site.route(HOST, "/", redirect_to(host, path))
        site.route(host, path, Reply(200, department()))
        event = check_redirected(site)
    assert event.availability == "aktif"
    assert not [f for f in event.findings if f.code == "pengalihan_asing"], event.findings
    assert event.final_url is not None and event.final_url.split(":")[1] == f"//{host}"


def onloaded(onload: str) -> str:
    """Return a department's page whose ``<body>`` runs ``onload`` once loaded."""
    return department().replace("<body", f'<body onload="{onload}"', 1)


def test_a_body_that_sends_visitors_away_once_loaded_is_a_critical_foreign_redirect() -> None:
    with FakeSite() as site:
        site.route(HOST, "/", Reply(200, onloaded("window.location='https://kaisar88.com/'")))
        event = check_redirected(site)
    found = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert [(f.severity, f.location) for f in found] == [("kritis", "script")]
    assert "https://kaisar88.com/" in found[0].evidence


@pytest.mark.parametrize(
    "onload",
    [
        "MM_preloadImages('images/menu_profil_over.gif','images/menu_berita_over.gif')",  # Dreamweaver's rollovers
        "startTime(); tampilkanTanggal()",  # the top bar's clock
        "if (top != self) top.location = self.location",  # a frame buster
        "window.location.hash = '#konten'",
    ],
)
def test_a_body_that_runs_the_themes_own_code_once_loaded_is_no_finding(onload: str) -> None:
    with FakeSite() as site:
        site.route(HOST, "/", Reply(200, onloaded(onload)))
        event = check_redirected(site)
    assert event.availability == "aktif"
    assert not [f for f in event.findings if f.code == "pengalihan_asing"], event.findings
