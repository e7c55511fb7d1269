"""A view sent by the server's redirect to a gambling site that answers the checker no page.

Injected PHP that sends phones (or Googlebot) on with a 302 to a gambling site was found only where that
site answered with a page to read. Many sit behind a challenge that refuses a checker (403), or are
gone, or their name no longer resolves: the view came back as nothing, and the redirect with it. Now a
view that a redirect took off the page's own hosts, to no readable page, is that address: cloaking.
Not a redirect to the site's own mobile site, nor to the host every visitor is sent to. A real HTTP
server on 127.0.0.1; no Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from checker_servers import FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked, Finding

HOST = "dinkes.bekasikota.go.id"
GAMBLING = "gacor88-maxwin.web.id"  # resolved to the test server, as every *.web.id name is here
CHALLENGE = (
    "<!DOCTYPE html><html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1>"
    "<script>window._cf_chl_opt = {cType: 'managed'};</script></body></html>"
)


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def cycle_check(site: FakeSite) -> ApplicationChecked:
    """A cycle's check: the page, then the Googlebot and phone views."""
    return asyncio.run(make_checker(site.port).check(app(site.port), "2026-11"))


def cloaking(event: ApplicationChecked) -> list[Finding]:
    return [f for f in event.findings if f.code.startswith("cloaking")]


def sniffing(marker: str, other: Callable[[], Reply], usual: Callable[[], Reply]) -> Callable[[Request], Reply]:
    """Answer ``other()`` to a user agent with ``marker`` in it, ``usual()`` to the rest."""
    return lambda request: other() if marker in request.headers.get("User-Agent", "") else usual()


def page() -> Reply:
    return Reply(200, department_page(Site(news=news_since([1, 3, 6, 9]))))


def test_phones_sent_to_a_gambling_site_behind_a_challenge_is_cloaking(site: FakeSite) -> None:
    landing = f"http://{GAMBLING}:{site.port}/?ref=dinkes"
    site.route(HOST, "/", sniffing("Android", lambda: Reply(302, "", {"Location": landing}), page))
    site.route(GAMBLING, "/", Reply(403, CHALLENGE))
    found = cloaking(cycle_check(site))
    assert [(f.code, f.severity, f.location) for f in found] == [("cloaking_seluler", "kritis", "seluler")]
    assert f"pengalihan HTTP) ke {landing}" in found[0].evidence


def test_googlebot_sent_to_a_gambling_site_that_does_not_resolve_is_cloaking(site: FakeSite) -> None:
    gone = "https://situs-slot-gacor-maxwin.invalid/"
    site.route(HOST, "/", sniffing("Googlebot", lambda: Reply(301, "", {"Location": gone}), page))
    found = cloaking(cycle_check(site))
    assert [(f.code, f.location) for f in found] == [("cloaking_googlebot", "googlebot")]
    assert gone in found[0].evidence


def test_phones_sent_to_the_sites_own_mobile_site_that_is_down_is_no_cloaking(site: FakeSite) -> None:
    mobile = f"http://m.{HOST}:{site.port}/"
    site.route(HOST, "/", sniffing("Android", lambda: Reply(302, "", {"Location": mobile}), page))
    site.route(f"m.{HOST}", "/", Reply(503, "<h1>Service Unavailable</h1>"))
    assert cloaking(cycle_check(site)) == []


def test_a_view_refused_where_every_visitor_is_sent_is_no_cloaking(site: FakeSite) -> None:
    # The department's site lives on a host of its vendor's: every visitor is sent there, and its
    # firewall refuses Googlebot.
    vendor = f"dinkes-bekasi.web.id:{site.port}"
    site.route(HOST, "/", Reply(302, "", {"Location": f"http://{vendor}/"}))
    site.route("dinkes-bekasi.web.id", "/", sniffing("Googlebot", lambda: Reply(403, CHALLENGE), page))
    assert cloaking(cycle_check(site)) == []
