"""A page that comes back unchanged is not analysed again, and the reuse never hides a change.

Real HTTP servers on 127.0.0.1 serve a department's page; the checker checks it twice. The
page's server-rendered clock is fixed, so that the same page is the same bytes; a Laravel site's
page carries new tokens on every answer, another's clock ticks and its visitor counter counts our
visits, and each is the same page all the same.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import count

import pytest
from checker_servers import FakeSite, Reply, check, make_checker
from vendor_pages import Site, department_page, news_since

from pantau_checker.stylesheets import StylesheetCache
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

NOW = datetime(2026, 11, 24, 3, 0, tzinfo=UTC)
CLOCK = NOW + timedelta(hours=7)  # the page's own clock, in WIB
HOST = "dinkes.bekasikota.go.id"
SPAM = '<div style="position:absolute;left:-9999px"><a href="https://toto88.example/">situs toto slot gacor</a></div>'
CUSTOM_CSS = "/wp-content/themes/pemkot/custom.css?ver=1.2"


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def app(port: int, app_id: str = "dinkes-web", host: str = HOST) -> AppSpec:
    return AppSpec(id=app_id, pd_id="dinkes", nama="Website Dinkes", url=f"http://{host}:{port}/")


def page(**knobs: object) -> str:
    return department_page(Site(news=news_since([1, 3, 6, 9], now=NOW), clock=CLOCK, **knobs))  # type: ignore[arg-type]


def gambling(event: ApplicationChecked) -> dict[str | None, str]:
    return {f.location: f.severity for f in event.findings if f.code == "judi_online"}


def test_an_unchanged_page_is_analysed_once_a_day_and_its_age_read_anew(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page()))
    clock = Clock()
    checker = make_checker(site.port, clock=clock)
    first = check(checker, app(site.port))
    clock.now = NOW + timedelta(hours=12)  # 22.00 WIB, the same day in Bekasi
    check(checker, app(site.port))
    assert checker.pages.reused == 1
    # A new day: the page is read again (its tables of days, a closing's first day are measured against the day).
    clock.now = NOW + timedelta(days=60)
    later = check(checker, app(site.port))
    assert checker.pages.reused == 1
    assert (first.content.result, later.content.result) == ("update", "tidak_update")
    assert first.content.last_changed == later.content.last_changed


def test_a_change_to_a_page_is_analysed(site: FakeSite) -> None:
    served = {"page": page()}
    site.route("*", "/", lambda _request: Reply(200, served["page"]))
    checker = make_checker(site.port)
    clean = check(checker, app(site.port))
    served["page"] = page(main_extra=SPAM)
    spammed = check(checker, app(site.port))
    assert checker.pages.reused == 0
    assert (gambling(clean), gambling(spammed)) == ({}, {"hidden": "kritis"})


def test_a_reused_page_keeps_its_findings(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page(main_extra=SPAM)))
    checker = make_checker(site.port)
    first, second = check(checker, app(site.port)), check(checker, app(site.port))
    assert checker.pages.reused == 1
    assert gambling(first) == gambling(second) == {"hidden": "kritis"}


def test_a_reused_pages_attempt_is_judged_as_the_last_and_a_changed_pages_anew(site: FakeSite) -> None:
    served = {"page": page(main_extra=SPAM)}
    site.route("*", "/", lambda _request: Reply(200, served["page"]))
    checker = make_checker(site.port)
    checks = len(checker.config.checks)
    # The first check fetched the views and remembered the page's structure, which the second judged the page against.
    first, second, third = (check(checker, app(site.port)) for _ in range(3))
    assert (checker.pages.reused, checker.judgements.reused) == (2, checks)
    assert first.findings == second.findings == third.findings and gambling(third) == {"hidden": "kritis"}
    served["page"] = page()
    assert gambling(check(checker, app(site.port))) == {}
    assert checker.judgements.reused == checks


def test_the_checks_of_an_unchanged_page_that_read_no_view_are_not_judged_again_without_it(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page(main_extra=SPAM)))
    checker = make_checker(site.port)
    checks, viewing = len(checker.config.checks), sum(bool(s.check.views) for s in checker.config.checks)
    first, second = check(checker, app(site.port)), check(checker, app(site.port))  # the views, then none
    assert checker.judgements.reused == 0
    checker.config = replace(checker.config, views_every_minutes=0)
    third = check(checker, app(site.port))  # the views again: only the checks that read them judge again
    assert checker.judgements.reused == checks - viewing
    check(checker, app(site.port))  # the views as at the last check, but asked as the other phone
    assert checker.judgements.reused == 2 * (checks - viewing)
    assert first.findings == second.findings == third.findings and gambling(third) == {"hidden": "kritis"}


def test_the_same_page_of_another_application_is_analysed_for_it(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page()))
    checker = make_checker(site.port)
    other = app(site.port, "dishub-web", "dishub.bekasikota.go.id")
    check(checker, app(site.port))
    check(checker, other)
    assert checker.pages.reused == 0
    check(checker, other)
    assert checker.pages.reused == 1


def test_a_stylesheet_that_now_hides_a_part_of_an_unchanged_page_is_read_anew(site: FakeSite) -> None:
    links = '<a href="https://toto88.example/">situs toto</a> <a href="https://rtp.example/">rtp slot gacor</a>'
    head = f'<link rel="stylesheet" href="{CUSTOM_CSS}">'
    site.route("*", "/", Reply(200, page(head=head, main_extra=f'<div class="mitra-seo">{links}</div>')))
    served = {"css": ".mitra-seo { color: #333 }"}
    site.route("*", CUSTOM_CSS, lambda _request: Reply(200, served["css"], {"Content-Type": "text/css"}))
    checker = make_checker(site.port)
    checker.stylesheets = StylesheetCache(ttl_s=0)
    shown = check(checker, app(site.port))
    served["css"] = ".mitra-seo { position: absolute; left: -10000px }"
    hidden = check(checker, app(site.port))
    assert checker.pages.reused == 0
    assert (gambling(shown), gambling(hidden)) == ({"visible": "tinggi", "link": "tinggi"}, {"hidden": "kritis"})


def test_no_page_is_reused_when_none_is_kept(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, page()))
    checker = make_checker(site.port, unchanged_pages=0)
    check(checker, app(site.port))
    check(checker, app(site.port))
    assert checker.pages.reused == checker.judgements.reused == 0


def laravel_page(knobs: dict[str, str]) -> Callable[[object], Reply]:
    """Serve the department's page (``knobs`` as they are at each answer) as a Laravel site does: a new
    anti-forgery token and CSP nonce on every answer."""

    def answer(_request: object) -> Reply:
        token, nonce = secrets.token_urlsafe(30), secrets.token_urlsafe(12)
        head = (
            f'<meta name="csrf-token" content="{token}">\n'
            f'<script nonce="{nonce}">window.App = {{"csrfToken":"{token}"}};</script>'
        )
        form = (
            f'<form class="cari" method="POST" action="/cari"><input type="hidden" name="_token" value="{token}">'
            '<input name="q" placeholder="Cari..."></form>'
        )
        headers = {"Content-Security-Policy": f"script-src 'nonce-{nonce}'"}
        return Reply(200, page(head=head, body_top=form, **knobs), headers)

    return answer


def ticking_page(knobs: dict[str, str]) -> Callable[[object], Reply]:
    """Serve the department's page as its server renders it: the top bar's clock a few seconds on at
    every answer, and the visitor counter one more for every visit (ours included)."""
    visits = count(318)

    def answer(_request: object) -> Reply:
        visitors = next(visits)
        html = page(**knobs).replace(f"{CLOCK:%H:%M:%S} WIB", f"{CLOCK + timedelta(seconds=visitors):%H:%M:%S} WIB")
        return Reply(200, html.replace('"visitor-today">318<', f'"visitor-today">{visitors}<'))

    return answer


# The same page served as a server that changes a little of it on every answer: each is still the same page.
EVERY_ANSWER_ANEW = pytest.mark.parametrize("served", [laravel_page, ticking_page], ids=["new-tokens", "ticking-clock"])


@EVERY_ANSWER_ANEW
def test_a_page_that_differs_only_in_what_its_server_writes_anew_is_analysed_once(
    site: FakeSite, served: Callable[[dict[str, str]], Callable[[object], Reply]]
) -> None:
    site.route("*", "/", served({"main_extra": SPAM}))
    checker = make_checker(site.port)
    first, second, third = (check(checker, app(site.port)) for _ in range(3))
    assert checker.pages.reused == 2
    assert gambling(first) == gambling(second) == gambling(third) == {"hidden": "kritis"}
    assert first.content.last_changed == third.content.last_changed


@EVERY_ANSWER_ANEW
def test_a_change_beside_what_its_server_writes_anew_is_analysed(
    site: FakeSite, served: Callable[[dict[str, str]], Callable[[object], Reply]]
) -> None:
    knobs: dict[str, str] = {}
    site.route("*", "/", served(knobs))
    checker = make_checker(site.port)
    clean = check(checker, app(site.port))
    knobs["main_extra"] = SPAM
    spammed = check(checker, app(site.port))
    assert checker.pages.reused == 0
    assert (gambling(clean), gambling(spammed)) == ({}, {"hidden": "kritis"})
