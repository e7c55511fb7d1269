"""Gambling spam in Chinese, Thai and Vietnamese, and the e-wallet deposit lures, injected as it really
is into a department's home page, through a whole check: a hidden block of links to Chinese gambling
hosts at the end of the body, a Thai link farm after the footer, a Vietnamese title hijack. And the
department pages that look alike: a sister city's greeting, Imlek, a Thai welcome, a Vietnamese
delegation, news of a raid on Chinese gambling, village funds, a phone-credit counter.

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
CHINESE_LINKS = (
    '<a href="https://www.amxpj88.example/">澳门新葡京</a> <a href="https://www.bjl168.example/">百家乐</a> '
    '<a href="https://www.hgty.example/">皇冠体育</a> <a href="https://www.6hc.example/">六合彩开奖结果</a> '
    '<a href="https://www.wsdc.example/">網上賭場</a> <a href="https://www.tyc.example/">太阳城集团</a>'
)
THAI_FARM = (
    '<div class="footer-links"><a href="https://ufa.example/">แทงบอล</a> | '
    '<a href="https://pg.example/">สล็อตเว็บตรง</a> | <a href="https://bac.example/">บาคาร่า</a> | '
    '<a href="https://pn.example/">เว็บพนัน</a> | <a href="https://cr.example/">เครดิตฟรี</a></div>'
)


def app(port: int) -> AppSpec:
    return AppSpec(id="disdik-web", pd_id="disdik", nama="Website Disdik", url=f"http://{HOST}:{port}/")


def gambling(event: ApplicationChecked) -> dict[str | None, str]:
    return {f.location: f.severity for f in event.findings if f.code == "judi_online"}


def served(site, path: str) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for r in site.requests if r.path == path)


def test_chinese_links_hidden_at_the_end_of_the_body_are_critical(site):  # type: ignore[no-untyped-def]
    page = Site(body_end=f'<div style="display:none">{CHINESE_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event) == {"hidden": "kritis"}
    assert event.availability == "aktif"


def test_chinese_links_hidden_by_the_sites_stylesheet_make_it_read(site):  # type: ignore[no-untyped-def]
    # Before: no listed word was seen in the HTML, so the stylesheet that hides them was not read.
    page = Site(head=f'<link rel="stylesheet" href="{THEME_CSS}">', body_end=f'<div class="seo">{CHINESE_LINKS}</div>')
    site.route("*", "/", Reply(200, department_page(page)))
    site.route("*", THEME_CSS, Reply(200, ".seo{position:absolute;left:-9999px}", {"Content-Type": "text/css"}))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event)["hidden"] == "kritis"
    assert served(site, THEME_CSS) == 1


def test_a_thai_link_farm_after_the_footer_is_critical(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(body_end=THAI_FARM))))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event)["link"] == "kritis"
    finding = next(f for f in event.findings if f.location == "link")
    assert "บาคาร่า" in finding.evidence


def test_a_vietnamese_title_hijack_is_critical(site):  # type: ignore[no-untyped-def]
    page = Site(title="Nhà Cái Uy Tín – Cá Cược Bóng Đá Trực Tuyến, Tài Xỉu, Nổ Hũ Đổi Thưởng")
    site.route("*", "/", Reply(200, department_page(page)))
    event = check(make_checker(site.port), app(site.port))
    assert gambling(event)["title"] == "kritis"


def test_hidden_e_wallet_deposit_lures_are_critical(site):  # type: ignore[no-untyped-def]
    lures = "Deposit dana 10rb tanpa potongan, deposit via OVO 5000, deposit via GoPay 10rb"
    site.route("*", "/", Reply(200, department_page(Site(body_end=f'<div style="display:none">{lures}</div>'))))
    assert gambling(check(make_checker(site.port), app(site.port))) == {"hidden": "kritis"}


INNOCENT = {
    "sister-city": (
        "<article><h3>Kunjungan Kota Kembar</h3><p>Delegasi kota kembar (友好城市) dari Tiongkok disambut "
        "Wali Kota dengan spanduk 欢迎 (selamat datang). Delegasi menginap di 皇冠假日酒店 dan mempelajari "
        "pengelolaan pariwisata 澳门 serta 文化娱乐.</p></article>"
    ),
    "imlek": (
        "<article><h3>Perayaan Imlek 2577</h3><p>新年快乐，恭喜发财！ Pemkot Bekasi memeriahkan Imlek dengan "
        "barongsai, turnamen mahjong lansia dan bazar kuliner di Vihara Dharma Bhakti.</p></article>"
    ),
    "thai-greeting": (
        "<section class='widget'><h3>Selamat Datang</h3><p>Selamat datang · Welcome · 欢迎 · สวัสดีครับ "
        "ยินดีต้อนรับ</p></section>"
    ),
    "vietnamese-delegation": (
        "<article><h3>Đoàn đại biểu Việt Nam berkunjung</h3><p>Đoàn đại biểu Việt Nam dari Kota Hải Phòng "
        "mempelajari layanan Mal Pelayanan Publik Kota Bekasi.</p></article>"
    ),
    "raid-news": (
        "<article><h3>Polisi Gerebek Kantor Judi Online WNA</h3><p>Polda Metro Jaya menggerebek kantor judi "
        "online jaringan internasional. Polisi menyita komputer bertuliskan “百家乐” dan 42 tersangka WNA asal "
        "Tiongkok diamankan.</p></article>"
    ),
    "funds": (
        "<article><h3>Dana Desa</h3><p>Penyaluran dana desa tahap II telah selesai. Penempatan deposito dana "
        "pensiun pegawai dilakukan pada bank daerah.</p></article>"
    ),
    "pulsa-counter": (
        "<article><h3>Konter Pulsa UMKM Binaan</h3><p>Layanan isi pulsa, paket data dan token listrik; deposit "
        "pulsa untuk agen.</p></article>"
    ),
}


@pytest.mark.parametrize("html", INNOCENT.values(), ids=INNOCENT.keys())
def test_a_department_page_in_other_languages_or_about_funds_has_no_finding(site, html):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=html))))
    event = check(make_checker(site.port), app(site.port))
    assert [f for f in event.findings if f.category == "keamanan"] == []
