"""A bot challenge or a firewall's block in the application's place, told from the application's own refusal.

The vendors' answers (``blocked_pages``) are written as they serve them: Cloudflare's managed
challenge, its 2022 interstitial and its block page, Sucuri's block and JavaScript challenge,
Imunify360's WebShield, DDoS-Guard, F5 BIG-IP ASM (with 200), ModSecurity's 406 and 403, Akamai,
AWS WAF on a load balancer, on CloudFront and its challenge (202), Wordfence (503), BitNinja,
FortiWeb and FortiGate's web filter on the checker's own network; and rate limiters' 429:
Cloudflare's 1015, nginx's limit_req page, Laravel's throttle, a WordPress plugin's, a department's
themed page and a bare 429. nginx's, Apache's and IIS's own 403, a
maintenance notice with 503, nginx's limit_req with its default 503, a CDN's "the origin is down",
Cloudflare's 1027 (a site whose plan ran out) and an article quoting a challenge's words are the
application's and stay as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import httpx
import pytest

from pantau_checker.core import availability
from pantau_checker.core.blocked import Protection, listed_by_certificate, recognise
from pantau_contracts.status import REASON_DETAIL_MAX
from pantau_contracts.vocabulary import REASON_LABELS, label

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import blocked_pages as pages
from blocked_pages import Shape
from vendor_pages import department_page


def found(shape: Shape) -> Protection | None:
    return recognise(shape.status, httpx.Headers(shape.headers), shape.body.encode())


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_a_vendors_challenge_or_block_is_recognised_with_its_reference(shape: Shape) -> None:
    protection = found(shape)
    assert protection is not None
    assert (protection.vendor, protection.challenge, protection.reference, protection.limited) == (
        shape.vendor,
        shape.challenge,
        shape.reference,
        shape.limited,
    )


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.BLOCKED])
def test_the_detail_names_the_protection_and_the_remedy_and_quotes_nothing_else(shape: Shape) -> None:
    detail = detail_of(shape)
    assert len(detail) <= REASON_DETAIL_MAX
    assert detail.startswith("diblokir ")
    assert shape.vendor in detail
    assert "izinkan alamat IP dan user-agent pemeriksa Pantau" in detail
    assert (shape.reference or "") in detail
    # The page's own words stay out: the checker's address, the site's address, the vendor's prose.
    for text in (pages.CLIENT_IP, "bekasikota.go.id", "Access Denied", "Just a moment"):
        assert text not in detail


def detail_of(shape: Shape) -> str:
    protection = found(shape)
    assert protection is not None
    return protection.detail


def test_a_challenge_reads_as_anti_bot_and_a_block_as_a_waf_with_where_to_allow_the_checker() -> None:
    assert detail_of(pages.CLOUDFLARE_MANAGED) == (
        f"diblokir tantangan anti-bot Cloudflare (Ray ID {pages.CF_RAY}); situs mungkin berjalan di peramban, "
        "tetapi pemeriksa Pantau tidak dapat melihatnya: izinkan alamat IP dan user-agent pemeriksa Pantau di "
        "Cloudflare (Security > WAF: aturan Skip atau IP Access Rules)"
    )
    assert "firewall aplikasi web (WAF) Sucuri Website Firewall (Block ID BNP005)" in detail_of(pages.SUCURI_BLOCKED)
    assert detail_of(pages.IMUNIFY360_CHALLENGE).endswith(
        "melalui penyedia hosting (daftar putih/whitelist Imunify360)"
    )


def test_a_network_web_filter_says_so_and_its_gambling_category_points_at_gambling_spam() -> None:
    detail = detail_of(pages.FORTIGATE_WEB_FILTER)
    assert detail.startswith("diblokir filter web jaringan FortiGate (kategori Gambling); ")
    assert detail.endswith("di FortiGate (Web Filter: pengecualian URL); periksa juga judi online di situs")
    assert "judi online" not in detail_of(pages.FORTIGATE_WEB_FILTER_200)


@pytest.mark.parametrize("shape", [pytest.param(s, id=s.id) for s in pages.LISTED])
def test_a_providers_landing_page_for_a_site_on_the_block_list_is_the_block_list_not_a_protection(
    shape: Shape,
) -> None:
    protection = found(shape)
    assert protection is not None and protection.listed and protection.vendor == "Komdigi"
    verdict = availability.from_protection(availability.from_status(shape.status), protection)
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_daftar_blokir")
    assert not availability.worth_retrying(verdict)
    detail = protection.detail
    assert len(detail) <= REASON_DETAIL_MAX
    assert detail.startswith("diblokir Komdigi melalui TRUST+ Positif (Internet Positif): ")
    assert "baik oleh masyarakat maupun pemeriksa Pantau" in detail
    assert "periksa judi online" in detail and "normalisasi" in detail
    assert "izinkan alamat IP" not in detail  # no allowance of the checker's lifts it
    assert REASON_LABELS["diblokir_daftar_blokir"].startswith("situs diblokir Komdigi")


@pytest.mark.parametrize(
    "names",
    [
        ("internetpositif.id", "www.internetpositif.id"),
        ("*.internetbaik.telkomsel.com",),
        ("lamanlabuh.example.net.id",),
    ],
)
def test_over_https_a_providers_certificate_for_its_landing_page_is_the_block_list(names: tuple[str, ...]) -> None:
    protection = listed_by_certificate(names, "dinkes.bekasikota.go.id")
    assert protection is not None and protection.listed and protection.vendor == "Komdigi"
    detail = protection.detail
    assert detail.startswith(f"diblokir Komdigi melalui TRUST+ Positif (sertifikat {names[0].removeprefix('*.')}): ")
    assert "periksa judi online" in detail and len(detail) <= REASON_DETAIL_MAX


@pytest.mark.parametrize(
    "names",
    [
        (),
        ("hosting-lain.example.net",),  # a vendor's other site on the same address: the site's misconfiguration
        ("internetbaik.bekasikota.go.id",),  # the city's own application of that name, its certificate expired
        ("*.bekasikota.go.id", "internetpositif-edukasi.bekasikota.go.id"),
    ],
)
def test_a_certificate_for_the_site_itself_or_another_host_is_no_block_list(names: tuple[str, ...]) -> None:
    host = "internetbaik.bekasikota.go.id" if "internetbaik.bekasikota.go.id" in names else "dinkes.bekasikota.go.id"
    assert listed_by_certificate(names, host) is None


def test_the_ray_id_is_read_from_the_page_when_no_header_carries_it() -> None:
    headers = {k: v for k, v in pages.CLOUDFLARE_BLOCKED.headers.items() if k != "CF-RAY"}
    protection = recognise(403, headers | {"server": "cloudflare"}, pages.CLOUDFLARE_BLOCKED.body.encode())
    assert protection is not None
    assert protection.reference == f"Ray ID {pages.CLOUDFLARE_BLOCKED_RAY}"


def test_cloudflares_access_rule_page_1020_is_a_block() -> None:
    body = (
        '<!DOCTYPE html><html lang="en-US"><head><title>Access denied | dukcapil.bekasikota.go.id used Cloudflare '
        'to restrict access</title><link rel="stylesheet" href="/cdn-cgi/styles/cf.errors.css"></head><body>'
        '<div id="cf-wrapper"><div id="cf-error-details"><h1><span>Error</span><span>1020</span></h1><h2>Access '
        "denied</h2><p>The site owner may have set restrictions that prevent you from accessing the site.</p>"
        "<p>Cloudflare Ray ID: <strong>6e0330d2ae6159a3</strong></p></div></div></body></html>"
    )
    protection = recognise(403, {"server": "cloudflare"}, body.encode())
    assert protection is not None
    assert (protection.vendor, protection.challenge, protection.reference) == (
        "Cloudflare",
        False,
        "Ray ID 6e0330d2ae6159a3",
    )


@pytest.mark.parametrize(
    "shape", [pytest.param(s, id=s.id) for s in pages.OWN_REFUSALS + pages.OWN_MAINTENANCE + pages.APP_PAGES]
)
def test_the_applications_own_refusal_or_page_is_not_a_protection(shape: Shape) -> None:
    assert found(shape) is None


def test_a_department_page_is_not_read_past_its_title() -> None:
    page = department_page().encode()
    assert recognise(200, {"server": "cloudflare", "cf-ray": f"{pages.CF_RAY}-CGK"}, page) is None


def test_a_large_answer_with_a_challenges_title_is_the_application() -> None:
    # A 200 answer larger than any challenge page is the application's, whatever its title says.
    padded = pages.F5_ASM.body.replace("</body>", "<p>" + "Berita Kota Bekasi. " * 2000 + "</p></body>")
    assert recognise(200, {}, padded.encode()) is None


def test_a_protection_makes_the_application_tidak_aktif_for_its_own_reason() -> None:
    verdict = availability.from_protection(availability.from_status(403), found(pages.CLOUDFLARE_MANAGED))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_pelindung")
    assert (
        label(REASON_LABELS, verdict.reason)
        == "pemeriksa diblokir perlindungan situs (anti-bot/WAF/pembatas permintaan)"
    )


def test_a_200_challenge_makes_an_up_verdict_tidak_aktif() -> None:
    verdict = availability.from_protection(availability.from_status(200), found(pages.F5_ASM))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_pelindung")


def test_no_protection_leaves_the_verdict_as_it_was() -> None:
    assert availability.from_protection(availability.from_status(403), None) == availability.from_status(403)
    assert availability.from_protection(availability.from_status(200), None).up


def test_a_blocked_check_is_not_retried() -> None:
    # The protection answers the checker's address the same way until someone allows it.
    verdict = availability.from_protection(availability.from_status(503), found(pages.CLOUDFLARE_CHECKING))
    assert not availability.worth_retrying(verdict)
    assert availability.worth_retrying(availability.from_status(503))


# --- rate limiters ---------------------------------------------------------------------------------


def test_cloudflares_1015_is_its_rate_limit_with_its_ray_id_and_where_to_allow_the_checker() -> None:
    assert detail_of(pages.CLOUDFLARE_1015) == (
        f"diblokir pembatas laju permintaan (rate limit) Cloudflare (Ray ID {pages.CF_1015_RAY}): situs membatasi "
        "permintaan pemeriksa Pantau; izinkan alamat IP dan user-agent pemeriksa Pantau di Cloudflare (Security > "
        "WAF: Rate limiting rules)"
    )


@pytest.mark.parametrize(
    ("shape", "quoted"),
    [
        pytest.param(shape, quoted, id=shape.id)
        for shape, quoted in (
            (pages.NGINX_429, "(Retry-After: 120 detik)"),
            (pages.LARAVEL_429, "(Retry-After: 60 detik)"),
            (pages.WORDPRESS_429, "(Retry-After: 2 Desember 2026 pukul 09.08 WIB)"),
        )
    ],
)
def test_a_rate_limit_says_the_site_limited_the_checker_and_quotes_its_retry_after(shape: Shape, quoted: str) -> None:
    detail = detail_of(shape)
    assert detail.startswith("diblokir pembatas laju permintaan (rate limit)")
    assert f"situs membatasi permintaan pemeriksa Pantau {quoted}; izinkan alamat IP" in detail


def test_a_limiter_no_page_names_is_the_sites_own_with_where_it_may_be() -> None:
    assert detail_of(pages.LARAVEL_429) == (
        "diblokir pembatas laju permintaan (rate limit): situs membatasi permintaan pemeriksa Pantau (Retry-After: 60 "
        "detik); izinkan alamat IP dan user-agent pemeriksa Pantau di pembatas laju server atau aplikasinya (mis. "
        "limit_req nginx, throttle Laravel, plugin keamanan)"
    )
    assert "Retry-After" not in detail_of(pages.THEMED_429)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b"", {}),
        (b"Too Many Requests", {"content-type": "text/plain; charset=utf-8"}),
        (b'{"message": "Too Many Attempts."}', {"content-type": "application/json", "x-ratelimit-remaining": "0"}),
        (pages.WORDPRESS_MAINTENANCE.body.encode(), {"server": "Apache"}),
    ],
    ids=["no-page", "text", "laravel-json", "maintenance-page"],
)
def test_any_429_is_a_rate_limit_whatever_its_page(body: bytes, headers: dict[str, str]) -> None:
    # 429 is a server that is up refusing this client's rate: no application that is down answers it.
    protection = recognise(429, headers, body)
    assert protection is not None
    assert (protection.vendor, protection.challenge, protection.limited) == ("", False, True)


@pytest.mark.parametrize(
    ("retry_after", "quoted"),
    [
        ("30", "(Retry-After: 30 detik)"),
        (" 3600 ", "(Retry-After: 3600 detik)"),
        ("Wed, 02 Dec 2026 02:08:11 GMT", "(Retry-After: 2 Desember 2026 pukul 09.08 WIB)"),
        ("Wed, 02 Dec 2026 09:08:11 +0700", "(Retry-After: 2 Desember 2026 pukul 09.08 WIB)"),
        ("Wed, 02 Dec 2026 02:08:11 -0000", "(Retry-After: 2 Desember 2026 pukul 09.08 WIB)"),
    ],
)
def test_the_retry_after_is_quoted_as_seconds_or_a_date_in_utc(retry_after: str, quoted: str) -> None:
    protection = recognise(429, {"Retry-After": retry_after}, b"")
    assert protection is not None and quoted in protection.detail


@pytest.mark.parametrize("garbled", ["soon", "-5", "1.5", "12345678901", "<script>alert(1)</script>", ""])
def test_a_garbled_retry_after_is_not_quoted(garbled: str) -> None:
    protection = recognise(429, {"Retry-After": garbled}, b"")
    assert protection is not None and protection.limited
    assert "Retry-After" not in protection.detail


def test_a_vendors_block_page_served_with_429_names_that_vendor() -> None:
    shape = pages.SUCURI_BLOCKED
    protection = recognise(429, shape.headers | {"Retry-After": "600"}, shape.body.encode())
    assert protection is not None
    assert (protection.vendor, protection.reference, protection.limited) == (shape.vendor, shape.reference, True)
    assert protection.detail.endswith(
        "(Retry-After: 600 detik); izinkan alamat IP dan user-agent pemeriksa Pantau di dasbor Sucuri (Whitelisted IPs)"
    )


def test_a_challenge_served_with_429_stays_a_challenge() -> None:
    shape = pages.CLOUDFLARE_MANAGED
    protection = recognise(429, shape.headers, shape.body.encode())
    assert protection is not None and (protection.challenge, protection.limited) == (True, False)


def test_the_origins_429_through_cloudflare_is_the_sites_own_limiter_not_cloudflares() -> None:
    protection = recognise(
        429, pages.LARAVEL_429.headers | pages.CLOUDFLARE_1015.headers, pages.LARAVEL_429.body.encode()
    )
    assert protection is not None and (protection.vendor, protection.reference) == ("", None)


def test_a_rate_limit_makes_the_application_diblokir_pelindung_not_http_4xx() -> None:
    verdict = availability.from_protection(availability.from_status(429), found(pages.LARAVEL_429))
    assert (verdict.availability, verdict.reason) == ("tidak_aktif", "diblokir_pelindung")
    assert "HTTP 429" not in (verdict.detail or "")


def test_a_rate_limited_check_is_not_retried_at_once() -> None:
    # A retry counts against the very limit the check hit.
    verdict = availability.from_protection(availability.from_status(429), found(pages.BARE_429))
    assert verdict.reason == "diblokir_pelindung" and not availability.worth_retrying(verdict)
