"""More protections told from the application's own pages: LiteSpeed's reCAPTCHA, aaPanel's firewall.

The vendors' answers (``blocked_vendor_pages``) are written as they serve them: LiteSpeed Web
Server's reCAPTCHA with 200, and with 403 from Hostinger's CDN through Cloudflare; the Nginx
firewall of aaPanel/BT Panel, refusing with ngx_lua_waf's page. LiteSpeed's own 403, a department's
own "Akses Ditolak", its themed 404 listing articles that quote Cloudflare's pages or the block
list, a login page with Google's reCAPTCHA and a help page quoting Imunify360's refusal are the
application's and stay as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from pantau_checker.core import availability
from pantau_checker.core.blocked import recognise
from pantau_contracts.status import REASON_DETAIL_MAX

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import blocked_pages
import blocked_vendor_pages as pages
from blocked_pages import Shape
from unit.checker.test_blocked import found


def detail_of(shape: Shape) -> str:
    protection = found(shape)
    assert protection is not None
    return protection.detail


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_vendors_challenge_or_block_is_recognised(shape: Shape) -> None:
    protection = found(shape)
    assert protection is not None
    assert (protection.vendor, protection.challenge, protection.reference, protection.limited) == (
        shape.vendor,
        shape.challenge,
        shape.reference,
        False,
    )


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_the_detail_names_the_protection_and_where_to_allow_the_checker_and_quotes_nothing_else(
    shape: Shape,
) -> None:
    detail = detail_of(shape)
    assert len(detail) <= REASON_DETAIL_MAX
    assert detail.startswith("diblokir ") and shape.vendor is not None and shape.vendor in detail
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in detail
    for text in ("Verifying that you are not a robot", "Bot Verification", "已被网站管理员设置拦截", "网站防火墙"):
        assert text not in detail


def test_litespeeds_recaptcha_is_an_anti_bot_challenge_allowed_at_the_hosting() -> None:
    assert detail_of(pages.LITESPEED_RECAPTCHA) == (
        "diblokir tantangan anti-bot LiteSpeed; situs mungkin berjalan di peramban, tetapi pemeriksa Pantau tidak "
        "dapat melihatnya: izinkan alamat IP dan user-agent pemeriksa Pantau di pengaturan reCAPTCHA LiteSpeed Web "
        "Server (melalui penyedia hosting)"
    )


def test_litespeeds_recaptcha_through_cloudflare_names_litespeed_not_cloudflare() -> None:
    protection = found(pages.HOSTINGER_RECAPTCHA)
    assert protection is not None and protection.vendor == "LiteSpeed" and "Cloudflare" not in protection.detail


def test_a_200_recaptcha_of_litespeed_makes_an_up_verdict_tidak_aktif() -> None:
    verdict = availability.from_protection(availability.from_status(200), found(pages.LITESPEED_RECAPTCHA))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_pelindung")
    assert not availability.worth_retrying(verdict)


def test_aapanels_firewall_is_a_waf_allowed_in_its_ip_whitelist() -> None:
    assert detail_of(pages.BT_PANEL_WAF) == (
        "diblokir firewall aplikasi web (WAF) aaPanel/BT (ngx_lua_waf); situs mungkin berjalan di peramban, tetapi "
        "pemeriksa Pantau tidak dapat melihatnya: izinkan alamat IP dan user-agent pemeriksa Pantau di daftar putih "
        "IP firewall Nginx aaPanel/BT Panel (atau ipWhitelist ngx_lua_waf)"
    )


def test_a_403_of_aapanels_firewall_makes_the_application_diblokir_pelindung_not_http_4xx() -> None:
    verdict = availability.from_protection(availability.from_status(403), found(pages.BT_PANEL_WAF))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_pelindung")


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.OWN_REFUSALS + pages.APP_PAGES])
def test_the_applications_own_refusal_or_page_is_not_a_protection(shape: Shape) -> None:
    assert found(shape) is None


def test_a_help_page_quoting_imunify360s_refusal_under_its_words_is_the_application() -> None:
    # A 200 page under "Access denied" is read whole; Imunify360's words in it are the page's prose.
    assert found(pages.IMUNIFY360_HELP) is None
    assert b"access denied" in pages.IMUNIFY360_HELP.body.lower().encode()


def test_imunify360s_refusal_with_its_403_is_still_imunify360() -> None:
    protection = found(blocked_pages.IMUNIFY360_BLOCKED)
    assert protection is not None and (protection.vendor, protection.challenge) == ("Imunify360", False)


def test_a_page_under_the_title_of_litespeeds_challenge_without_its_form_is_the_application() -> None:
    body = (
        "<html><head><title>Bot Verification &ndash; Panduan Helpdesk</title></head><body><h1>Bot Verification</h1>"
        "<p>Halaman &ldquo;Verifying that you are not a robot...&rdquo; muncul bila server hosting menahan alamat IP"
        " Anda. Tunggu sebentar lalu muat ulang.</p></body></html>"
    )
    assert recognise(200, {"server": "LiteSpeed"}, body.encode()) is None


def test_the_words_of_aapanels_firewall_in_a_200_page_are_the_applications() -> None:
    assert recognise(200, {"server": "nginx"}, pages.BT_PANEL_WAF.body.encode()) is None


def test_litespeeds_recaptcha_served_with_429_stays_a_challenge() -> None:
    shape = pages.LITESPEED_RECAPTCHA
    protection = recognise(429, shape.headers, shape.body.encode())
    assert protection is not None
    assert (protection.vendor, protection.challenge, protection.limited) == ("LiteSpeed", True, False)


def test_cloudflares_words_in_a_sites_own_404_through_cloudflare_are_not_its_block() -> None:
    # The 404 lists articles quoting "Sorry, you have been blocked" and "Checking if the site connection is secure".
    assert found(pages.THEMED_404_QUOTING_CLOUDFLARE) is None
    # Cloudflare's own block page says the same in its own markup, and still names Cloudflare with any status.
    shape = blocked_pages.CLOUDFLARE_BLOCKED
    protection = recognise(404, httpx.Headers(shape.headers), shape.body.encode())
    assert protection is not None and (protection.vendor, protection.challenge) == ("Cloudflare", False)


def test_the_block_lists_words_in_a_sites_own_404_are_not_a_providers_landing_page() -> None:
    assert found(pages.THEMED_404_QUOTING_THE_BLOCK_LIST) is None
    for landing in blocked_pages.LISTED:
        protection = found(landing)
        assert protection is not None and protection.listed
