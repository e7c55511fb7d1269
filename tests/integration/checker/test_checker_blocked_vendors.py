"""LiteSpeed's reCAPTCHA and aaPanel's firewall in the application's place, through a whole check.

One real HTTP server on 127.0.0.1 serves every answer of ``blocked_vendor_pages``, each under a host
of its own. LiteSpeed's reCAPTCHA (200 from LiteSpeed, 403 from Hostinger's CDN through Cloudflare)
and aaPanel's firewall (403) are tidak_aktif for ``diblokir_pelindung``, at once, with nothing of
their page taken for content. LiteSpeed's own 403, a department's own "Akses Ditolak" and its
themed 404 listing articles that quote Cloudflare's pages or the block list keep their HTTP reason;
a login page with Google's reCAPTCHA and a help page quoting Imunify360's refusal stay aktif.
"""

from __future__ import annotations

from collections.abc import Iterator

import blocked_vendor_pages as pages
import pytest
from blocked_pages import Shape
from checker_servers import FakeSite, Reply
from test_checker_blocked import assert_protected, check, host

SHAPES = pages.BLOCKED + pages.OWN_REFUSALS + pages.APP_PAGES


@pytest.fixture(scope="module")
def served() -> Iterator[FakeSite]:
    """Return one running site that answers each shape at the root of its own host."""
    with FakeSite() as site:
        for shape in SHAPES:
            site.route(host(shape), "/", Reply(shape.status, shape.body, shape.headers))
        yield site


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_challenge_or_a_firewalls_block_is_diblokir_pelindung_naming_the_vendor(
    served: FakeSite, shape: Shape
) -> None:
    assert_protected(check(served, shape), shape)


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.OWN_REFUSALS])
def test_the_applications_own_refusal_keeps_its_http_reason(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.reason_detail) == (
        "tidak_aktif",
        "http_4xx",
        f"HTTP {shape.status}",
    )


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.APP_PAGES])
def test_the_applications_page_quoting_a_protection_stays_aktif(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)
