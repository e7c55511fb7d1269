"""Where the server sends Googlebot and phones, through a whole cycle check.

A phone sent by the server to the department's own app in Google Play or the App Store was reported as
a hacked site: the store's page names its own address as canonical, or Apple's edge refuses the checker.
Injected PHP that sends visitors from a search through a short link to a gambling site whose page spells
no gambling in its markup (a framework's shell) was not reported at all, and where the gambling site's
page was read, the official was told its words but not that the server had sent phones there.
Real HTTP servers on 127.0.0.1 (the stores and the short link's host resolved to them); no Kafka, no
PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from checker_servers import FakeSite, Reply, Request, make_checker
from cloaked_pages import (
    CAMPAIGN_BANNER,
    CAPTCHA,
    COOKIE_BANNER,
    GAMBLING_APP,
    GAMBLING_APP_TITLE,
    GAMBLING_LANDING,
    GAMBLING_SHELL,
    HOST,
    OWN_APP,
    amp,
    apple_refusal,
    department,
    english,
    gambling_app_in_play,
    hreflangs,
    mobile_theme,
    own_app_in_play,
    vendor_mirror,
)
from structured_data import brand_organization, yoast_graph

from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_contracts.status import ApplicationChecked, Finding

RESOLVE = tuple(
    ResolveRule(host, None, "127.0.0.1")
    for host in ("*.go.id", "*.web.id", "play.google.com", "apps.apple.com", "s.id")
)
SECURITY_CODES = ("cloaking_googlebot", "cloaking_seluler", "pengalihan_asing", "judi_online")


def app(port: int) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/")


def cycle_check(site: FakeSite) -> ApplicationChecked:
    """A cycle's check: the page, then the Googlebot and phone views."""
    return asyncio.run(make_checker(site.port, resolve=RESOLVE).check(app(site.port), "2026-11"))


def security(event: ApplicationChecked) -> list[Finding]:
    return [f for f in event.findings if f.code in SECURITY_CODES]


Answer = Callable[[], Reply]


def by_agent(usual: Answer, googlebot: Answer | None = None, phone: Answer | None = None) -> Callable[[Request], Reply]:
    """Answer Googlebot ``googlebot()``, a phone's browser ``phone()`` and the rest ``usual()``, anew each time, as
    the injected PHP (or a WordPress mobile plugin) tells them apart by the user agent."""

    def answer(request: Request) -> Reply:
        agent = request.headers.get("User-Agent", "")
        if googlebot is not None and "Googlebot" in agent:
            return googlebot()
        return phone() if phone is not None and "Android" in agent else usual()

    return answer


def for_phones(other: Answer, usual: Answer) -> Callable[[Request], Reply]:
    return by_agent(usual, phone=other)


def page() -> Reply:
    return Reply(200, department())


def visitor() -> Reply:
    """Answer the page as a first visit's browser gets it: a cookie bar, and one campaign banner of two."""
    return Reply(200, department(body_top=COOKIE_BANNER, main_extra=CAMPAIGN_BANNER))


def sent_to(address: str) -> Callable[[], Reply]:
    return lambda: Reply(302, "", {"Location": address})


def test_phones_sent_to_the_departments_app_in_google_play_is_no_cloaking(site: FakeSite) -> None:
    own = f"http://play.google.com:{site.port}/store/apps/details?id={OWN_APP}"
    site.route(HOST, "/", for_phones(sent_to(own), page))
    site.route("play.google.com", f"/store/apps/details?id={OWN_APP}", Reply(200, own_app_in_play()))
    assert security(cycle_check(site)) == []
    # A gambling app's page in the same store is what its title says.
    listed = f"http://play.google.com:{site.port}/store/apps/details?id={GAMBLING_APP}"
    site.route(HOST, "/", for_phones(sent_to(listed), page))
    site.route("play.google.com", f"/store/apps/details?id={GAMBLING_APP}", Reply(200, gambling_app_in_play()))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_seluler", "kritis")
    assert GAMBLING_APP_TITLE in cloaking.evidence


def test_phones_sent_to_the_departments_app_in_a_store_that_refuses_the_checker_is_no_cloaking(
    site: FakeSite,
) -> None:
    own = f"http://apps.apple.com:{site.port}/id/app/bekasi-sehat/id1534567890"
    site.route(HOST, "/", for_phones(sent_to(own), page))
    site.route("apps.apple.com", "/id/app/bekasi-sehat/id1534567890", Reply(403, apple_refusal()))
    assert security(cycle_check(site)) == []
    # A store's address that spells gambling is not the department's app.
    listed = f"http://play.google.com:{site.port}/store/apps/details?id={GAMBLING_APP}"
    site.route(HOST, "/", for_phones(sent_to(listed), page))
    site.route("play.google.com", f"/store/apps/details?id={GAMBLING_APP}", Reply(403, apple_refusal()))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler" and f"(pengalihan HTTP) ke {listed}" in cloaking.evidence


def test_visitors_from_a_search_sent_through_a_short_link_to_a_gambling_shell_are_caught(site: FakeSite) -> None:
    # The injected PHP reads the referrer only: whoever comes from Google goes, on a phone or not. The phone
    # view comes from a search; the browser's fetch and Googlebot's come from no page.
    short = f"http://s.id:{site.port}/dinkes-info"
    landing = f"http://rajazeus-login.web.id:{site.port}/?ref=dinkes"

    def by_referrer(request: Request) -> Reply:
        return Reply(302, "", {"Location": short}) if "google." in request.headers.get("Referer", "") else page()

    site.route(HOST, "/", by_referrer)
    site.route("s.id", "/dinkes-info", Reply(301, "", {"Location": landing}))
    site.route("rajazeus-login.web.id", "/?ref=dinkes", Reply(200, GAMBLING_SHELL))
    found = security(cycle_check(site))
    assert [(f.code, f.severity, f.location) for f in found] == [("cloaking_seluler", "kritis", "seluler")]
    assert (
        found[0].evidence == "hanya untuk ponsel Android dari pencarian Google: "
        f"server mengalihkan pengunjung (pengalihan HTTP) ke {landing}"
    )


def test_googlebot_sent_to_a_gambling_site_is_told_by_the_redirect_and_the_words(site: FakeSite) -> None:
    landing = f"http://rajazeus88.web.id:{site.port}/"
    site.route(HOST, "/", by_agent(page, googlebot=sent_to(landing)))
    site.route("rajazeus88.web.id", "/", Reply(200, GAMBLING_LANDING))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert cloaking.evidence.startswith(
        f"hanya untuk Googlebot: server mengalihkan pengunjung (pengalihan HTTP) ke {landing}"
    )
    assert "slot gacor" in cloaking.evidence  # what the page there shows, after where it is


def test_phones_sent_to_the_departments_page_on_its_vendors_host_is_no_cloaking(site: FakeSite) -> None:
    mirror = f"http://dinkes-bekasi.web.id:{site.port}/"
    site.route(HOST, "/", for_phones(sent_to(mirror), page))
    site.route("dinkes-bekasi.web.id", "/", lambda _request: Reply(200, vendor_mirror(site.port)))
    assert security(cycle_check(site)) == []
    # Nor are a mobile theme on the site itself, nor a mobile site on its own domain.
    site.route(HOST, "/", for_phones(lambda: Reply(200, mobile_theme()), page))
    assert security(cycle_check(site)) == []
    site.route(HOST, "/", for_phones(sent_to(f"http://m.{HOST}:{site.port}/"), page))
    site.route(f"m.{HOST}", "/", Reply(200, mobile_theme()))
    assert security(cycle_check(site)) == []
    # A gambling page on that host is still what it is.
    site.route(HOST, "/", for_phones(sent_to(mirror), page))
    site.route("dinkes-bekasi.web.id", "/", Reply(200, GAMBLING_LANDING))
    assert [f.code for f in security(cycle_check(site))] == ["cloaking_seluler"]


def test_an_hreflang_on_a_gambling_brand_for_googlebot_only_is_caught_beside_innocent_views(site: FakeSite) -> None:
    own = f"http://{HOST}:{site.port}"
    cloaked = department(head=hreflangs(("id", f"{own}/"), ("id-ID", "https://kaisar88.com/")))
    site.route(HOST, "/", by_agent(page, googlebot=lambda: Reply(200, cloaked)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity, cloaking.location) == ("cloaking_googlebot", "kritis", "googlebot")
    assert "(hreflang, og:url) diarahkan ke https://kaisar88.com/" in cloaking.evidence
    # Views that differ for no attacker: the browser's page with a cookie bar and the other campaign banner,
    # Googlebot's without them, or sent to the English version, shown a CAPTCHA or told to wait; phones the AMP page.
    site.route(HOST, "/en/", Reply(200, english(site.port)))
    for googlebot in (
        page,
        lambda: Reply(302, "", {"Location": "/en/"}),
        lambda: Reply(200, CAPTCHA),
        lambda: Reply(429, "<h1>Too Many Requests</h1>", {"Retry-After": "60"}),
    ):
        site.route(HOST, "/", by_agent(visitor, googlebot=googlebot, phone=lambda: Reply(200, amp(site.port))))
        assert security(cycle_check(site)) == []


def test_a_brands_json_ld_for_googlebot_only_is_caught_and_the_departments_own_graph_is_not(site: FakeSite) -> None:
    own = f"http://{HOST}:{site.port}"
    graph = yoast_graph(own)
    site.route(HOST, "/", by_agent(lambda: Reply(200, department(head=graph))))
    assert security(cycle_check(site)) == []  # the same graph, social profiles and all, for every view
    cloaked = department(head=graph + brand_organization())
    site.route(HOST, "/", by_agent(lambda: Reply(200, department(head=graph)), googlebot=lambda: Reply(200, cloaked)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.location) == ("cloaking_googlebot", "googlebot")
    assert "(JSON-LD) menunjuk ke https://kaisar88.com/" in cloaking.evidence
