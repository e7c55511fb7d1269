"""The extra views of a thorough check (as Googlebot, as a phone): a view that is the page's own
bytes, but for its new tokens, its clock and its visitor counter, is not parsed again, and a site
that cloaks is still caught.

Real HTTP servers on 127.0.0.1 serve a department's page (menu, news list, footer) to every user
agent alike, or another page to Googlebot or to phones. The checks are cycle checks, the SOP's
thorough ones, which always fetch the views.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
from checker_servers import LOOPBACK, ROOMY, FakeSite, Reply, Request, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_checker.http import GOOGLEBOT_UA, Session
from pantau_checker.probe import Checker
from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_contracts.status import ApplicationChecked

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
HOST = "disdik.bekasikota.go.id"
CYCLE = "2026-11"
SPAM_LINKS = (
    '<a href="https://situs-toto88.example/">situs toto</a> '
    '<a href="https://rtp.example/rtp-live">RTP live slot gacor hari ini</a>'
)
THEME_CSS = "/wp-content/themes/pemkot/seo.css?ver=1.0"
HIDING_CSS = ".mitra-seo { position: absolute; left: -10000px }"
CLOAKING = {"cloaking_googlebot", "cloaking_seluler"}
RESOLVE = (ResolveRule("*.go.id", None, "127.0.0.1"),)


def app(port: int) -> AppSpec:
    return AppSpec(id="disdik-web", pd_id="disdik", nama="Website Disdik", url=f"http://{HOST}:{port}/")


def page(minute: int = 0, **knobs: object) -> str:
    """Return the department's page, its server-rendered clock at ``minute`` past the hour."""
    clock = NOW + timedelta(hours=7, minutes=minute)
    return department_page(Site(news=news_since([1, 3, 6, 9, 14, 20], now=NOW), clock=clock, **knobs))  # type: ignore[arg-type]


def cycle_check(checker: Checker, port: int) -> ApplicationChecked:
    return asyncio.run(checker.check(app(port), CYCLE))


def codes(event: ApplicationChecked) -> set[tuple[str, str | None]]:
    return {(f.code, f.location) for f in event.findings}


def served(site: FakeSite, agent: str) -> int:
    return sum(1 for r in site.requests if r.path == "/" and agent in r.headers.get("User-Agent", ""))


def to_agent(marker: str, other: Reply, usual: Reply) -> Callable[[Request], Reply]:
    """Answer ``other`` to a user agent with ``marker`` in it, ``usual`` to the rest."""

    def answer(request: Request) -> Reply:
        return other if marker in request.headers.get("User-Agent", "") else usual

    return answer


def ticking(**knobs: object) -> Callable[[Request], Reply]:
    """Answer the page with its clock a minute on and its visitor counter one up at every request: no two
    answers are the same bytes. ``googlebot``: more content, shown to Googlebot only."""
    visits = count()

    def answer(request: Request) -> Reply:
        visit = next(visits)
        spam = knobs.get("googlebot") if "Googlebot" in request.headers.get("User-Agent", "") else None
        body = page(visit, main_extra=str(spam or ""))
        return Reply(200, body.replace('"visitor-today">318<', f'"visitor-today">{318 + visit}<'))

    return answer


# What a portal's sidebar shows, one picked at random for each answer.
ROTATING = (
    "Layanan perizinan kini dapat diajukan secara daring melalui MPP Kota Bekasi.",
    "Waspada penipuan yang mengatasnamakan pegawai Dinas Pendidikan.",
    "Pendaftaran beasiswa Kota Bekasi dibuka hingga 15 Desember 2026.",
)


def rotating() -> Callable[[Request], Reply]:
    """Answer the page with another of its announcements at every request: a view is another page."""
    visits = count()
    return lambda _request: Reply(200, page(main_extra=f"<p>Info: {ROTATING[next(visits) % len(ROTATING)]}</p>"))


@pytest.mark.parametrize("kept", [1000, 0], ids=["analyses-kept", "none-kept"])
def test_views_that_are_the_pages_own_bytes_are_not_parsed_again(site: FakeSite, kept: int) -> None:
    site.route("*", "/", Reply(200, page()))
    checker = make_checker(site.port, unchanged_pages=kept)
    events = [cycle_check(checker, site.port) for _ in range(2)]
    # The phone view asks as an Android, then as an iPhone (its turns).
    assert (served(site, "Googlebot"), served(site, "Android"), served(site, "iPhone")) == (2, 1, 1)
    assert checker.views_reused == 4
    assert all(not {c for c, _ in codes(e)} & CLOAKING for e in events)


def test_views_that_differ_from_the_page_are_parsed(site: FakeSite) -> None:
    site.route("*", "/", rotating())
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert (served(site, "Googlebot"), served(site, "Android")) == (1, 1)
    assert checker.views_reused == 0
    assert [f for f in event.findings if f.category == "keamanan"] == []


@pytest.mark.parametrize("kept", [1000, 0], ids=["analyses-kept", "none-kept"])
def test_views_that_differ_from_the_page_only_in_its_clock_and_counter_are_not_parsed_again(
    site: FakeSite, kept: int
) -> None:
    site.route("*", "/", ticking())
    checker = make_checker(site.port, unchanged_pages=kept)
    event = cycle_check(checker, site.port)
    assert (served(site, "Googlebot"), served(site, "Android")) == (1, 1)
    assert checker.views_reused == 2
    assert [f for f in event.findings if f.category == "keamanan"] == []


def with_new_tokens(**knobs: object) -> Callable[[Request], Reply]:
    """Answer the page as a Laravel site does: a new anti-forgery token in its head and search form each time."""

    def answer(request: Request) -> Reply:
        token = secrets.token_urlsafe(30)
        spam = knobs.get("googlebot") if "Googlebot" in request.headers.get("User-Agent", "") else None
        return Reply(
            200,
            page(
                head=f'<meta name="csrf-token" content="{token}">',
                body_top=f'<form action="/cari" method="POST"><input type="hidden" name="_token" value="{token}">'
                "</form>",
                main_extra=str(spam or ""),
            ),
        )

    return answer


def test_views_that_differ_from_the_page_only_in_new_tokens_are_not_parsed_again(site: FakeSite) -> None:
    site.route("*", "/", with_new_tokens())
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert (served(site, "Googlebot"), served(site, "Android")) == (1, 1)
    assert checker.views_reused == 2
    assert not {c for c, _ in codes(event)} & CLOAKING


@pytest.mark.parametrize("served_as", [with_new_tokens, ticking], ids=["new-tokens", "a-ticking-clock"])
def test_gambling_shown_to_googlebot_beside_what_changes_in_every_answer_is_caught(
    site: FakeSite, served_as: Callable[..., Callable[[Request], Reply]]
) -> None:
    site.route("*", "/", served_as(googlebot=f"<p>{SPAM_LINKS}</p>"))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert ("cloaking_googlebot", "googlebot") in codes(event)
    assert checker.views_reused == 1


def test_gambling_shown_to_googlebot_only_is_caught_while_the_phones_view_is_reused(site: FakeSite) -> None:
    site.route("*", "/", to_agent("Googlebot", Reply(200, page(main_extra=f"<p>{SPAM_LINKS}</p>")), Reply(200, page())))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert ("cloaking_googlebot", "googlebot") in codes(event)
    assert not {c for c, _ in codes(event)} & {"cloaking_seluler", "judi_online"}
    assert checker.views_reused == 1


def test_gambling_shown_to_phones_only_is_caught_while_googlebots_view_is_reused(site: FakeSite) -> None:
    site.route("*", "/", to_agent("Android", Reply(200, page(main_extra=f"<p>{SPAM_LINKS}</p>")), Reply(200, page())))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert ("cloaking_seluler", "seluler") in codes(event)
    assert not {c for c, _ in codes(event)} & {"cloaking_googlebot", "judi_online"}
    assert checker.views_reused == 1


def test_the_same_bytes_from_another_address_are_parsed(site: FakeSite) -> None:
    # A phone sent to the mobile site: its links resolve against another address.
    site.route("*", "/", to_agent("Android", Reply(302, "", {"Location": "/m/"}), Reply(200, page())))
    site.route("*", "/m/", Reply(200, page()))
    checker = make_checker(site.port)
    cycle_check(checker, site.port)
    assert [r.path for r in site.requests if "Android" in r.headers.get("User-Agent", "")] == ["/", "/m/"]
    assert checker.views_reused == 1


def test_a_view_that_fails_touches_nothing(site: FakeSite) -> None:
    site.route("*", "/", to_agent("Googlebot", Reply(503, "<h1>Service Unavailable</h1>"), Reply(200, page())))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert event.availability == "aktif"
    assert checker.views_reused == 1
    assert [f for f in event.findings if f.category == "keamanan"] == []


def test_the_views_go_over_the_checks_own_connection_without_its_cookies(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page(), cookies=("PHPSESSID=pengunjung-1; Path=/",)))
    checker = make_checker(site.port)
    cycle_check(checker, site.port)
    browser = {r.peer_port for r in site.requests if "Pantau" in r.headers.get("User-Agent", "")}
    views = [r for r in site.requests if "Pantau" not in r.headers.get("User-Agent", "")]
    assert len(browser) == 1 and len(views) == 2
    assert browser & {r.peer_port for r in views}  # a view did not connect anew
    assert [r.cookies for r in views] == [{}, {}]  # nor did it send the browser's session cookie


def test_a_view_that_ends_leaves_the_connection_to_the_pages_session(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page()))
    url = f"http://{HOST}:{site.port}/"

    async def page_view_page() -> list[int]:
        async with Session(AddressPolicy(LOOPBACK), RESOLVE, ROOMY) as session:
            statuses = [(await session.fetch(url)).status]
            async with session.alongside(GOOGLEBOT_UA) as viewer:
                statuses.append((await viewer.fetch(url)).status)
            statuses.append((await session.fetch(url)).status)
            return statuses

    assert asyncio.run(page_view_page()) == [200, 200, 200]
    assert len({r.peer_port for r in site.requests}) == 1
    assert [served(site, "Pantau"), served(site, "Googlebot")] == [2, 1]


# --- gambling the site's stylesheet hides, and views read without the stylesheets -----------------
#
# The page is parsed with its site's stylesheets, a view that differs without them: the same spam
# is then "hidden" in the page and "visible" in the view. That is no cloaking, since the browser
# fetch shows gambling too; a view of the page's own bytes is the page, and shows it where it does.


def hidden_by_stylesheet(visit: int = 0) -> str:
    """Return the page with spam its stylesheet hides, and the announcement of the ``visit``-th answer."""
    head = f'<link rel="stylesheet" href="{THEME_CSS}">'
    info = f"<p>Info: {ROTATING[visit % len(ROTATING)]}</p>"
    return page(head=head, main_extra=f'{info}<div class="mitra-seo">{SPAM_LINKS}</div>')


def test_spam_a_stylesheet_hides_in_views_of_the_same_bytes_is_the_pages_finding_only(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, hidden_by_stylesheet()))
    site.route("*", THEME_CSS, Reply(200, HIDING_CSS, {"Content-Type": "text/css"}))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert checker.views_reused == 2
    assert {(f.code, f.location, f.severity) for f in event.findings if f.category == "keamanan"} == {
        ("judi_online", "hidden", "kritis")
    }


def test_spam_a_stylesheet_hides_in_views_that_differ_is_no_cloaking(site: FakeSite) -> None:
    visits = count()
    site.route("*", "/", lambda _request: Reply(200, hidden_by_stylesheet(next(visits))))
    site.route("*", THEME_CSS, Reply(200, HIDING_CSS, {"Content-Type": "text/css"}))
    checker = make_checker(site.port)
    event = cycle_check(checker, site.port)
    assert checker.views_reused == 0
    assert {(f.code, f.location, f.severity) for f in event.findings if f.category == "keamanan"} == {
        ("judi_online", "hidden", "kritis")
    }
