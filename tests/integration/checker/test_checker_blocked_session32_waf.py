"""Firewalls and challenges as a red team met them, and the department pages that look like them (December 2026).

One real HTTP server on 127.0.0.1 serves every answer of ``blocked_pages_s32`` under a host of its own. Each
vendor's answer is ``diblokir_pelindung`` naming the vendor and its id, at once; each department page quoting a
vendor's words under its menu (its title kilobytes down, after an inlined critical stylesheet) is the site's own:
aktif, or its own 404.
"""

from __future__ import annotations

from collections.abc import Iterator

import blocked_pages_s32 as pages
import pytest
from blocked_pages import Shape
from checker_servers import FakeSite, Reply
from test_checker_blocked import check, host  # one host per shape, one check by a checker that retries twice

from pantau_contracts.status import DOWN_REASONS, REASON_DETAIL_MAX

SHAPES = (
    *pages.BLOCKED,
    *pages.LOOK_ALIKES,
    pages.OWN_404_QUOTING_F5,
    pages.OWN_404_QUOTING_F5_200,
    pages.OWN_404_QUOTING_WORDFENCE,
    *(shape for shape, _ in pages.OWN_ANSWERS_BEHIND_A_VENDOR),
    pages.LARAVEL_429_THROUGH_CLOUDFLARE,
    pages.F5_TSPD,
    pages.LANDING_TITLED_IN_ITS_WORDS,
    pages.LANDING_TITLED_PERINGATAN,
)


@pytest.fixture(scope="module")
def served() -> Iterator[FakeSite]:
    """Return one running site that answers each shape at the root of its own host."""
    with FakeSite() as site:
        for shape in SHAPES:
            site.route(host(shape), "/", Reply(shape.status, shape.body, shape.headers))
        yield site


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_vendors_challenge_or_block_is_diblokir_pelindung_naming_the_vendor_and_its_id(
    served: FakeSite, shape: Shape
) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_pelindung", shape.status)
    assert event.reason in DOWN_REASONS
    detail = event.reason_detail or ""
    assert detail.startswith("diblokir ") and shape.vendor is not None and shape.vendor in detail
    assert (shape.reference or "") in detail
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in detail and len(detail) <= REASON_DETAIL_MAX
    kind = "tantangan anti-bot" if shape.challenge else "firewall aplikasi web (WAF)"
    assert kind in detail
    assert event.attempts == 1
    assert (event.content.result, event.content.last_changed) == ("tidak_diketahui", None)


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.LOOK_ALIKES])
def test_a_department_page_quoting_a_vendor_under_its_menu_stays_aktif(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)
    assert event.content.result == "update"


@pytest.mark.parametrize("shape", [pages.OWN_404_QUOTING_F5, pages.OWN_404_QUOTING_WORDFENCE], ids=lambda s: s.id)
def test_the_sites_own_404_quoting_a_vendor_keeps_its_http_reason(served: FakeSite, shape: Shape) -> None:
    event = check(served, shape)
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", "http_4xx", "HTTP 404")


def test_the_sites_own_404_quoting_f5_served_with_200_is_a_page_not_found(served: FakeSite) -> None:
    event = check(served, pages.OWN_404_QUOTING_F5_200)
    assert (event.availability, event.reason) == ("tidak_aktif", "halaman_tidak_ditemukan")


# --- round 3: the application's own answers behind a vendor (a red team's false alarms), and what it found missed


@pytest.mark.parametrize(
    ("shape", "reason"), [pytest.param(s, r, id=s.id) for s, r in pages.OWN_ANSWERS_BEHIND_A_VENDOR]
)
def test_the_applications_own_answer_behind_a_vendor_or_under_its_badge_keeps_its_own_reason(
    served: FakeSite, shape: Shape, reason: str | None
) -> None:
    # Cloudflare's bot detection script, a vendor's Server header, a "Protected by" badge, the go.id badge
    # "Laporkan konten negatif ke aduankonten.id", a vendor's title on a maintenance notice: none is the vendor's page.
    event = check(served, shape)
    assert (event.availability == "aktif", event.reason, event.http_status) == (reason is None, reason, shape.status)


def test_laravels_throttle_behind_cloudflare_is_the_sites_own_rate_limit(served: FakeSite) -> None:
    event = check(served, pages.LARAVEL_429_THROUGH_CLOUDFLARE)
    assert (event.reason, event.http_status) == ("diblokir_pelindung", 429)
    detail = event.reason_detail or ""
    assert detail.startswith("diblokir pembatas laju permintaan (rate limit): ") and "Cloudflare" not in detail
    assert "Retry-After: 60 detik" in detail


def test_f5s_bot_defence_loading_its_tspd_script_is_a_challenge(served: FakeSite) -> None:
    event = check(served, pages.F5_TSPD)
    assert (event.availability, event.reason) == ("tidak_aktif", "diblokir_pelindung")
    detail = event.reason_detail or ""
    assert "tantangan anti-bot F5 BIG-IP ASM" in detail and f"support ID {pages.F5_TSPD_SUPPORT_ID}" in detail


@pytest.mark.parametrize(
    "shape", [pages.LANDING_TITLED_IN_ITS_WORDS, pages.LANDING_TITLED_PERINGATAN], ids=lambda s: s.id
)
def test_a_landing_page_titled_in_its_own_words_is_the_block_list(served: FakeSite, shape: Shape) -> None:
    # "Peringatan" alone is a CSIRT's or a department's title too: the provider's name on the page tells it.
    event = check(served, shape)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "diblokir_daftar_blokir", 200)
