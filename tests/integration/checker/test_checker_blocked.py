"""A bot challenge or a firewall's block in the application's place, through a whole check.

One real HTTP server on 127.0.0.1 serves every answer of ``blocked_pages``, each under a host of
its own, with the vendor's status, headers and page. A challenge or a block is tidak_aktif for
``diblokir_pelindung`` with the vendor and its id in the detail, at once (no retry: the protection
answers the checker's address the same way until someone allows it). A rate limiter's 429 is
``diblokir_pelindung`` too, saying the site limited the checker's requests, with its Retry-After,
and is asked once only: a retry would count against the same limit. The application's own refusals
(nginx's limit_req with its default 503 and Cloudflare's 1027 among them) keep their HTTP reason,
and its pages behind a protection stay aktif.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import blocked_pages as pages
import pytest
from blocked_pages import Shape
from checker_servers import FakeSite, Reply, make_checker

from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_contracts.status import REASON_DETAIL_MAX, ApplicationChecked

SHAPES = pages.BLOCKED + pages.OWN_REFUSALS + pages.OWN_MAINTENANCE + pages.APP_PAGES + pages.LISTED
LANDING_HOST = "lamanlabuh.aduankonten.id"  # where a provider sends a browser asking for a listed site


@pytest.fixture(scope="module")
def served() -> Iterator[FakeSite]:
    """Return one running site that answers each shape at the root of its own host."""
    with FakeSite() as site:
        for shape in SHAPES:
            site.route(host(shape), "/", Reply(shape.status, shape.body, shape.headers))
        landing = pages.INTERNET_POSITIF
        asked = "/?url=simpeg.bekasikota.go.id"
        site.route(LANDING_HOST, asked, Reply(landing.status, landing.body, landing.headers))
        address = f"http://{LANDING_HOST}:{site.port}{asked}"
        site.route("sent-to-landing.bekasikota.go.id", "/", Reply(302, "", {"Location": address}))
        yield site


def host(shape: Shape) -> str:
    return f"{shape.id}.bekasikota.go.id"


def check(site: FakeSite, shape: Shape) -> ApplicationChecked:
    """Return one check of the shape's host, by a checker that would retry a passing failure twice."""
    app = AppSpec(id=shape.id, pd_id="diskominfo", nama=shape.id, url=f"http://{host(shape)}:{site.port}/")
    event: ApplicationChecked = asyncio.run(make_checker(site.port, retries=2).check(app))
    return event


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_challenge_or_a_firewalls_block_is_diblokir_pelindung_naming_the_vendor(
    served: FakeSite, shape: Shape
) -> None:
    assert_protected(check(served, shape), shape)


def assert_protected(event: ApplicationChecked, shape: Shape) -> None:
    """Assert that ``event`` is the shape's protection answering, named with its reference, at once."""
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", shape.status)
    detail = event.reason_detail or ""
    assert shape.vendor is not None and shape.vendor in detail
    assert (shape.reference or "") in detail
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in detail
    assert len(detail) <= REASON_DETAIL_MAX
    assert event.attempts == 1
    # Nothing of a challenge page is taken for content, nor dated.
    assert (event.content.result, event.content.last_changed) == ("tidak_diketahui", None)


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.LISTED])
def test_a_providers_landing_page_for_a_listed_site_is_diblokir_daftar_blokir(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == (
        "tidak_aktif",
        "diblokir_daftar_blokir",
        shape.status,
    )
    assert (event.reason_detail or "").startswith("diblokir Komdigi melalui TRUST+ Positif (Internet Positif): ")
    assert event.attempts == 1
    assert (event.content.result, event.content.last_changed) == ("tidak_diketahui", None)


def test_a_provider_that_sends_the_browser_to_its_landing_page_is_diblokir_daftar_blokir(served: FakeSite) -> None:
    app = AppSpec(
        id="sent",
        pd_id="bkpsdm",
        nama="SIMPEG",
        url=f"http://sent-to-landing.bekasikota.go.id:{served.port}/",
    )
    rules = (ResolveRule("*.go.id", None, "127.0.0.1"), ResolveRule(LANDING_HOST, None, "127.0.0.1"))
    event = asyncio.run(make_checker(served.port, retries=2, resolve=rules).check(app))
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_daftar_blokir", 200)
    assert event.final_url is not None and LANDING_HOST in event.final_url
    assert event.attempts == 1


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.OWN_REFUSALS])
def test_the_applications_own_refusal_keeps_its_http_reason(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    reason = "http_5xx" if shape.status >= 500 else "http_4xx"
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", reason, f"HTTP {shape.status}")


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.OWN_MAINTENANCE])
def test_the_applications_own_maintenance_notice_is_maintenance_not_a_protection(
    served: FakeSite, shape: Shape
) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason) == ("tidak_aktif", "dalam_pemeliharaan")
    assert (event.reason_detail or "").startswith(f"HTTP {shape.status}; pemberitahuan pemeliharaan: ")


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.APP_PAGES])
def test_the_applications_page_behind_a_protection_or_quoting_one_stays_aktif(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.RATE_LIMITED])
def test_a_rate_limiters_429_says_the_site_limited_the_checker_and_is_asked_once(
    served: FakeSite, shape: Shape
) -> None:
    asked = requests_to(served, shape)
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", 429)
    detail = event.reason_detail or ""
    assert detail.startswith("diblokir pembatas laju permintaan (rate limit)")
    assert "situs membatasi permintaan pemeriksa Pantau" in detail and "HTTP 429" not in detail
    assert ("Retry-After" in detail) == ("Retry-After" in shape.headers)
    # One request: no retry, no sitemap, no stylesheet or extra view of a page that is not the application.
    assert (event.attempts, requests_to(served, shape) - asked) == (1, 1)


def requests_to(site: FakeSite, shape: Shape) -> int:
    return sum(1 for request in site.requests if request.host == host(shape))


def test_cloudflares_1015_names_cloudflare_and_its_ray_id(served: FakeSite) -> None:
    event = check(served, pages.CLOUDFLARE_1015)
    assert event.reason_detail == (
        f"diblokir pembatas laju permintaan (rate limit) Cloudflare (Ray ID {pages.CF_1015_RAY}): situs membatasi "
        "permintaan pemeriksa Pantau; izinkan alamat IP dan user-agent pemeriksa Pantau di Cloudflare (Security > "
        "WAF: Rate limiting rules)"
    )


def test_laravels_throttle_quotes_its_retry_after(served: FakeSite) -> None:
    event = check(served, pages.LARAVEL_429)
    assert "situs membatasi permintaan pemeriksa Pantau (Retry-After: 60 detik)" in (event.reason_detail or "")
