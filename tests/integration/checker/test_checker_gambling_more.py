"""Gambling spam hidden by its colour, by legacy markup, in image banners and in letters spread
apart, on a department's whole home page through a whole check; and the department pages that
look alike but hide nothing (white text on a banner, a dark footer, news about gambling).

Real HTTP servers on 127.0.0.1 serve the pages of ``vendor_pages``. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "disdik.bekasikota.go.id"
THEME_CSS = "/wp-content/themes/pemkot/assets/css/custom.css?ver=2.0"
FARM = (
    '<a href="https://rajawin88.example/">situs toto</a> <a href="https://gaspol.example/">slot gacor maxwin</a> '
    '<a href="https://mahjong.example/">mahjong ways scatter hitam</a>'
)
WHITE_LINKS = FARM.replace("<a ", '<a style="color:#fff" ')


def app(port: int) -> AppSpec:
    return AppSpec(id="disdik-web", pd_id="disdik", nama="Website Disdik", url=f"http://{HOST}:{port}/")


def gambling(event: ApplicationChecked) -> dict[str | None, str]:
    return {f.location: f.severity for f in event.findings if f.code == "judi_online"}


def served(site, path: str) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in site.requests if r.path == path)


@pytest.mark.parametrize(
    "page",
    [
        Site(main_extra=f'<div class="seo-text" style="color:#ffffff;font-size:10px">{WHITE_LINKS}</div>'),
        Site(main_extra=f'<p style="color:#fff">{FARM.replace("<a ", "<span ").replace("</a>", "</span>")}</p>'),
        Site(main_extra='<div style="color:transparent">Bocoran RTP live slot gacor hari ini, pola maxwin</div>'),
        Site(
            head="<style>body{background-color:#f5f7fa}</style>",
            main_extra='<p style="color:#F5F7FA">agen slot resmi, bandar togel terpercaya, depo 25k</p>',
        ),
        Site(
            body_end='<center><font color="#FFFFFF" size="1">situs toto slot gacor maxwin bandar togel</font></center>'
        ),
    ],
    ids=["white-links", "white-text", "transparent", "page-colour", "font-color"],
)
def test_spam_in_the_colour_of_the_page_is_critical_and_hidden(site, page):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(page)))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"hidden": "kritis"}
    assert event.availability == "aktif"


@pytest.mark.parametrize(
    "hidden",
    [
        f'<marquee width="1" height="1">{FARM}</marquee>',
        f'<marquee behavior="scroll" scrollamount="99999">{FARM}</marquee>',
        f'<div style="line-height:0;overflow:hidden">{FARM}</div>',
    ],
    ids=["marquee-of-no-size", "marquee-too-fast", "lines-of-no-height"],
)
def test_spam_in_legacy_markup_or_lines_of_no_height_is_critical_and_hidden(site, hidden):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=hidden))))
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


def test_an_injected_image_banner_is_found_by_its_alt(site):  # type: ignore[no-untyped-def]
    banner = (
        '<section class="widget"><h3>Mitra</h3><a href="https://rjw88.example/?ref=disdik" rel="nofollow">'
        '<img src="https://cdn.rjw88.example/b.gif" alt="RAJAWIN88 Situs Slot Gacor Hari Ini Gampang Maxwin"></a>'
        "</section>"
    )
    site.route("*", "/", Reply(200, department_page(Site(main_extra=banner))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"link": "tinggi"}
    finding = next(f for f in event.findings if f.code == "judi_online")
    assert "slot gacor" in finding.evidence


def test_letters_spread_apart_by_tags_make_the_sites_stylesheet_read_and_are_hidden(site):  # type: ignore[no-untyped-def]
    # Before: no listed word was seen in the HTML, so the stylesheet that hides them was not read.
    spread = "".join(f"<b>{c}</b>" for c in "slot") + " " + "".join(f"<b>{c}</b>" for c in "gacor")
    page = Site(
        head=f'<link rel="stylesheet" href="{THEME_CSS}">',
        main_extra=f'<div class="wp-partner"><a href="https://rjw.example/">{spread}</a> {spread}</div>',
    )
    site.route("*", "/", Reply(200, department_page(page)))
    site.route("*", THEME_CSS, Reply(200, ".wp-partner{position:absolute;left:-9999px}", {"Content-Type": "text/css"}))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"hidden": "kritis"}
    assert served(site, THEME_CSS) == 1


INNOCENT = {
    "white-on-banner": (
        '<section class="hero" style="background:#0b3d91 url(/wp-content/uploads/hero.jpg) center/cover">'
        '<h2 style="color:#fff">STOP JUDI ONLINE!</h2><p style="color:#ffffff">Judi online merusak masa depan. '
        "Laporkan situs judi slot ke aduankonten.id</p></section>"
    ),
    "white-on-own-style": (
        "<style>.pita-info{background:#146c43;padding:8px}</style><div class='pita-info'>"
        "<span style='color:#fff'>Sisa slot kuota PPDB jalur zonasi SMPN 12 tinggal 24 kursi</span></div>"
    ),
    "dark-footer": (
        "<div class='footer-widget' style='background:#1d2327'><a href='/kontak/' style='color:#fff'>Kontak</a> "
        "<a href='/ppid/' style='color:#fff'>PPID</a> <span style='color:#fff'>Dokumentasi: kamera Olympus "
        "OM-D</span></div>"
    ),
    "arrest-news": (
        "<article><h3>Bandar Togel Diringkus</h3><a href='/berita/togel/'><img src='/razia.jpg' alt='Barang bukti "
        "rekap togel yang diamankan Polres'></a><p>Unit Reskrim Polres Metro Bekasi Kota meringkus bandar togel."
        "</p></article>"
    ),
    "satgas": (
        "<article><h3 style='color:#fff;background:#b02a37'>Satgas Pemberantasan Judi Online</h3><p>Satgas menindak "
        "situs judi slot, togel dan kasino online.</p></article>"
    ),
    "registration-slot": (
        "<p>Pilih <b>slot</b> waktu verifikasi berkas PPDB. <a href='/ppdb/'><img src='/ppdb.png' "
        "alt='Slot pendaftaran PPDB 2026'></a></p><marquee scrollamount='5'>Slot antrean tersedia setiap hari "
        "kerja</marquee>"
    ),
}


@pytest.mark.parametrize("html", INNOCENT.values(), ids=INNOCENT.keys())
def test_a_department_page_in_white_on_colour_or_about_gambling_has_no_finding(site, html):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=html))))
    event = check(make_checker(site.port), app(site.port))
    assert [f for f in event.findings if f.category == "keamanan"] == []
