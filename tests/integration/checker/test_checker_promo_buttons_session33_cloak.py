"""A promo block a view alone gets in the page's body, a gambling site's banner and its DAFTAR and LOGIN buttons,
through a whole cycle check; and the blocks of the department's own that one view gets.

A kit that shows phones (or Googlebot) the department's page puts its promo among the news, or in the news' place:
a banner, then two buttons to the brand's /register and /login. It was read as a rotating banner (one site) and not
reported. A department's theme shows phones an app's banner to the stores, a registration at its own go.id
service, its vendor's sign-in, its registration behind short links, or a bar against online gambling: no cloaking.
A real HTTP server on 127.0.0.1 serves the page and tells Googlebot and phones apart by the user agent; no Kafka, no
PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import by_agent, cycle_check, security
from vendor_pages import Site, department_page

LINKED = "tautan ke situs lain ditambahkan di halaman: "


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def usual() -> Reply:
    return page()


def promo(brand: str, sign_up: str = "DAFTAR") -> str:
    return (
        '<div class="promo-mobile" style="text-align:center">'
        f'<a href="https://{brand}/"><img src="https://i.ibb.co/7KJ3x2p/banner-k88.gif" alt="banner"'
        ' style="width:100%"></a>'
        f'<a href="https://{brand}/register" class="btn btn-daftar">{sign_up}</a> '
        f'<a href="https://{brand}/login" class="btn btn-login">LOGIN</a></div>'
    )


def test_a_brands_sign_up_and_log_in_buttons_among_the_news_for_phones_are_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=promo("kaisar88.vip"))))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_seluler", "kritis")
    assert cloaking.evidence.endswith(f"{LINKED}kaisar88.vip")


def test_the_promo_in_the_news_place_for_googlebot_is_cloaking(site: FakeSite) -> None:
    # The news gone for the promo's room: the view no longer resembles the page, and the buttons tell by themselves.
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(main=promo("kaisar88.vip"))))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_googlebot"
    assert cloaking.evidence.endswith(f"{LINKED}kaisar88.vip")


def test_a_host_that_spells_gambling_and_worded_buttons_are_cloaking_too(site: FakeSite) -> None:
    blocked = promo("kaisarmaxwin.vip", sign_up="DAFTAR SLOT")
    site.route("*", "/", by_agent(usual, phone=lambda: page(main=blocked)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence.endswith(f"{LINKED}kaisarmaxwin.vip")


APP_BANNER = (
    '<div class="app-banner d-md-none"><img src="/wp-content/uploads/2025/03/icon-sehat.png" alt="Bekasi Sehat">'
    "<p>Unduh aplikasi Bekasi Sehat untuk daftar antrean puskesmas</p>"
    '<a href="https://play.google.com/store/apps/details?id=id.go.bekasikota.sehat">Daftar lewat Google Play</a> '
    '<a href="https://apps.apple.com/id/app/bekasi-sehat/id6450011223">Masuk lewat App Store</a></div>'
)
OWN_SERVICE = (
    '<div class="antrean-mobile"><h3>Antrean Online Puskesmas</h3>'
    '<a href="https://antrian.dinkes.bekasikota.go.id/register" class="btn">DAFTAR</a> '
    '<a href="https://antrian.dinkes.bekasikota.go.id/login" class="btn">LOGIN</a></div>'
)
VENDORS_SIGN_IN = (
    '<div class="layanan-mobile"><h3>Sistem Informasi Kepegawaian</h3>'
    '<a href="https://dinkesbekasi.sipadu.online/register" class="btn">Daftar Akun</a> '
    '<a href="https://dinkesbekasi.sipadu.online/login" class="btn">Masuk</a></div>'
)
SHORT_LINKS = (
    '<div class="pengumuman-mobile"><a href="https://bit.ly/ppdb-bekasi-2026"><img src="/wp-content/uploads/2026/05/'
    'ppdb.jpg" alt="PPDB 2026"></a><a href="https://bit.ly/ppdb-bekasi-2026" class="btn">DAFTAR</a> '
    '<a href="https://bit.ly/login-siswa-ppdb" class="btn">LOGIN</a></div>'
)
AGAINST_GAMBLING = (
    '<div class="mobile-psa">STOP JUDI ONLINE! Laporkan situs judi online: '
    '<a href="https://aduankonten.id/register">Daftar di Aduan Konten</a> '
    '<a href="https://aduankonten.id/login">Masuk</a> &middot; <a href="https://www.komdigi.go.id">Komdigi</a></div>'
)


@pytest.mark.parametrize("block", [APP_BANNER, OWN_SERVICE, VENDORS_SIGN_IN, SHORT_LINKS, AGAINST_GAMBLING])
def test_the_departments_own_sign_up_and_log_in_blocks_for_phones_are_no_cloaking(site: FakeSite, block: str) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=block)))
    assert security(cycle_check(site)) == []
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(main=block)))
    assert security(cycle_check(site)) == []


def service_banner(label: str, sign_up: str, log_in: str, words: tuple[str, str] = ("DAFTAR", "LOGIN")) -> str:
    return (
        '<div class="app-banner d-md-none"><img src="/wp-content/uploads/2026/10/banner-app.jpg" alt="Aplikasi">'
        f'<p>{label}</p><a class="btn btn-primary" href="{sign_up}">{words[0]}</a> '
        f'<a class="btn btn-outline" href="{log_in}">{words[1]}</a></div>'
    )


NUMBERED_SERVICES = [
    service_banner(
        "Bayar PBB dan BPHTB lewat aplikasi e-Pajak 24", "https://e-pajak24.id/register", "https://e-pajak24.id/login"
    ),
    service_banner(
        "Bursa Kerja Online Kota Bekasi",
        "https://loker123.id/daftar",
        "https://loker123.id/masuk",
        ("Daftar Pencari Kerja", "Masuk"),
    ),
    service_banner("Aplikasi Darurat Bekasi 112", "https://bekasi112.id/register", "https://bekasi112.id/login"),
    service_banner(
        "Reservasi parkir Dishub", "https://slotparkir.id/daftar", "https://slotparkir.id/masuk", ("Daftar", "Masuk")
    ),
    service_banner(
        "Layanan pengaduan Halo 1500",
        "https://halo1500.id/account/register",
        "https://halo1500.id/account/login",
        ("Buat Akun", "Akun Saya"),
    ),
    service_banner("Layanan e-Pajak 24 Jam", "https://epajak24.com/register", "https://epajak24.com/login"),
]


@pytest.mark.parametrize("block", NUMBERED_SERVICES)
def test_a_service_named_with_a_number_or_a_slot_for_phones_is_no_cloaking(site: FakeSite, block: str) -> None:
    # Named with a number or a booking's "slot", on Indonesia's domain or a company's: no brand by itself.
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=block)))
    assert security(cycle_check(site)) == []
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(main_extra=block)))
    assert security(cycle_check(site)) == []


def test_a_brand_on_a_companys_domain_with_gambling_buttons_is_cloaking(site: FakeSite) -> None:
    words = ("DAFTAR SLOT", "LOGIN")
    blocked = service_banner("", "https://kaisar88.com/register", "https://kaisar88.com/login", words)
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=blocked)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.evidence.endswith(f"{LINKED}kaisar88.com")
