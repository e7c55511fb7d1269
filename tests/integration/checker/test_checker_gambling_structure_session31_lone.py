"""A spam kit's lone hidden links told from a theme's folded menus, tabs and slides by their block, not by the host they
go to; glued names in capitals as a kit's only in a link farm's place; through a whole check against a real HTTP
server on 127.0.0.1."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page

_HIDDEN = {("judi_online", "hidden"): "kritis"}
_LINK = {("judi_online", "link"): "tinggi"}


def _menu(label: str, items: list[tuple[str, str]], folded: str = "") -> str:
    """Return a WordPress menu whose sub-menu is folded by the theme (its stylesheet, or ``folded`` inline)."""
    entries = "".join(f'<li class="menu-item"><a href="{href}">{text}</a></li>' for text, href in items)
    return (
        '<nav class="main-navigation"><ul class="menu"><li class="menu-item menu-item-has-children">'
        f'<a href="#">{label}</a><ul class="sub-menu"{folded}>{entries}</ul></li>'
        '<li class="menu-item"><a href="/kontak/">Kontak</a></li></ul></nav>'
    )


def _tags_tab(heading: str, tags: list[tuple[str, str]]) -> str:
    """Return a tab of the media's tags, folded until it is clicked."""
    links = " ".join(f'<a class="tag-cloud-link" href="{href}">{text}</a>' for text, href in tags)
    return (
        '<ul class="nav nav-tabs"><li class="active"><a href="#tab-berita">Berita</a></li><li><a href="#tab-isu">'
        f'Isu di Media</a></li></ul><div class="tab-pane fade" id="tab-isu" style="display:none"><h4>{heading}</h4>'
        f"{links}</div>"
    )


def _directory(rows: list[tuple[str, str, str, str]]) -> str:
    """Return a directory of the small businesses a department fosters, each linked to its own site."""
    cells = "".join(
        f'<tr><td>{n}</td><td><a href="{href}">{name}</a></td><td>{trade}</td><td>{address}</td></tr>'
        for n, (name, href, trade, address) in enumerate(rows, 1)
    )
    return (
        '<section class="umkm"><h2>Direktori UMKM Binaan Kota Bekasi</h2><table class="table table-striped"><thead>'
        f"<tr><th>No</th><th>Nama Usaha</th><th>Bidang</th><th>Alamat</th></tr></thead><tbody>{cells}</tbody></table>"
        "<p>Pelaku UMKM yang ingin terdaftar dapat menghubungi bidang Pemberdayaan Usaha Mikro.</p></section>"
    )


_SLIDES = (
    '<section class="film-pilihan"><h2>Film Pilihan Festival Film Bekasi</h2><div class="slider slick-initialized">'
    '<div class="slick-list"><div class="slick-track">'
    '<div class="slick-slide slick-active" aria-hidden="false"><a href="https://www.vidio.com/watch/456-dilan">Dilan'
    " 1990</a></div>"
    '<div class="slick-slide" aria-hidden="true" tabindex="-1"><a href="https://www.vidio.com/watch/123-casino">'
    "Casino</a></div>"
    '<div class="slick-slide" aria-hidden="true" tabindex="-1"><a href="https://www.vidio.com/watch/789-gie">Gie</a>'
    "</div></div></div></div></section>"
)

CLEAN: dict[str, str] = {
    "a-sub-menu-its-stylesheet-folds-to-a-portals-tags": department_page(
        Site(
            head="<style>.sub-menu{display:none}.menu-item:hover>.sub-menu{display:block}</style>",
            body_top=_menu(
                "Isu Publik",
                [
                    ("Judi Online", "https://www.cnbcindonesia.com/tag/judi-online"),
                    ("Pinjol", "https://www.cnbcindonesia.com/tag/pinjol"),
                ],
            ),
        )
    ),
    "a-folded-tab-of-a-local-papers-tags": department_page(
        Site(
            main_extra=_tags_tab(
                "Isu Terkini di Media",
                [
                    ("Judol", "https://radarbekasi.id/tag/judol/"),
                    ("Banjir", "https://radarbekasi.id/tag/banjir/"),
                    ("Pilkada", "https://radarbekasi.id/tag/pilkada/"),
                ],
            )
        )
    ),
    "a-mega-menu-of-campaign-sites-not-on-go-id": department_page(
        Site(
            body_top=_menu(
                "Kanal Aduan",
                [
                    ("Lapor Hoaks", "https://aduankonten.id/"),
                    ("Judi Online", "https://patrolisiber.id/"),
                    ("Cek Rekening", "https://cekrekening.id/"),
                ],
                ' style="display:none"',
            )
        )
    ),
    "a-menu-of-campaign-short-links": department_page(
        Site(
            body_top=_menu(
                "Satgas",
                [("Judol", "https://s.id/LaporJudolBekasi"), ("Pengaduan", "https://s.id/PengaduanBekasi")],
                ' style="display:none"',
            )
        )
    ),
    "a-one-item-sub-menu-to-the-ministry": department_page(
        Site(
            body_top=_menu(
                "Kampanye", [("Judi Online", "https://www.komdigi.go.id/berita/judi-online")], ' style="display:none"'
            )
        )
    ),
    "a-carousels-slides-hidden-from-screen-readers": department_page(
        Site(name="Dinas Pariwisata dan Kebudayaan Kota Bekasi", main_extra=_SLIDES)
    ),
    "an-older-carousels-slides-hidden-by-their-style": department_page(
        Site(
            main_extra='<div class="slides"><div class="slide"><a href="https://www.vidio.com/watch/789-gie">Gie</a>'
            '</div><div class="slide" style="display:none"><a href="https://www.vidio.com/watch/123-casino">Casino</a>'
            "</div></div>"
        )
    ),
    "a-directory-of-shops-beside-an-application-of-the-city": department_page(
        Site(
            main_extra='<ul class="mitra"><li><a href="https://sipelan.bekasikota.go.id/">SIPELAN</a></li><li><a href='
            '"https://sariroti.com/">SARIROTI</a></li><li><a href="https://bunda4d.com/">BUNDA4D</a></li></ul>'
        )
    ),
    "a-directory-of-shops-a-bird-shop-and-a-clinic": department_page(
        Site(
            name="Dinas Koperasi dan UKM Kota Bekasi",
            main_extra=_directory(
                [
                    ("KICAUGACOR", "https://kicaugacor.com", "Pakan burung kicau", "Jl. Siliwangi No. 12"),
                    ("BUNDA4D", "https://bunda4d.com", "Klinik USG 4D", "Jl. Kartini No. 8"),
                    ("TOKOALFABET", "https://tokoalfabet.com", "Alat tulis", "Jl. Chairil Anwar No. 3"),
                    ("SARIROTI", "https://sariroti.com", "Roti", "Jl. Ahmad Yani No. 3"),
                ]
            ),
        )
    ),
    "two-shops-whose-names-end-so": department_page(
        Site(
            name="Dinas Perhubungan Kota Bekasi",
            main_extra=_directory(
                [
                    ("PARKSLOT", "https://parkslot.id", "Aplikasi parkir", "Summarecon Bekasi"),
                    ("RUMAHBET", "https://rumahbet.co.id", "Beton pracetak", "Jl. Narogong Km 7"),
                ]
            ),
        )
    ),
    "two-songbird-breeders": department_page(
        Site(
            name="Dinas Ketahanan Pangan, Pertanian dan Perikanan Kota Bekasi",
            main_extra=_directory(
                [
                    ("MURAIGACOR", "https://muraigacor.com", "Penangkaran murai batu", "Jatiasih"),
                    ("LOVEBIRDGACOR", "https://lovebirdgacor.id", "Penangkaran lovebird", "Bantargebang"),
                ]
            ),
        )
    ),
}

SPAM: dict[str, tuple[str, dict[tuple[str, str], str]]] = {
    "slot-demo-hidden-to-a-hacked-government-page": (
        department_page(
            Site(
                body_end='<div style="display:none"><a href="https://disdik.kabupatenx.go.id/produk/?p=88">slot'
                " demo</a></div>"
            )
        ),
        _HIDDEN,
    ),
    "casino-and-judol-hidden-to-a-hacked-campus-and-school": (
        department_page(
            Site(
                body_end='<div style="display:none"><a href="https://jurnal.univ-contoh.ac.id/index.php/jm/article/'
                'view/88">casino</a><a href="https://e-learning.sman9.sch.id/mod/page/view.php?id=7">judol</a></div>'
            )
        ),
        _HIDDEN,
    ),
    "sabung-ayam-off-screen-to-a-villages-site": (
        department_page(
            Site(
                body_end='<div style="position:absolute;left:-9999px"><a href="https://sukamaju.desa.id/artikel/2024/1/'
                '1/x">sabung ayam</a></div>'
            )
        ),
        _HIDDEN,
    ),
    "slot-demo-through-youtubes-redirect": (
        department_page(
            Site(
                body_end='<div style="display:none"><a href="https://www.youtube.com/redirect?q=https://x.xyz/">slot'
                " demo</a></div>"
            )
        ),
        _HIDDEN,
    ),
    "slot-demo-through-facebooks-redirect": (
        department_page(
            Site(
                body_end='<div style="display:none"><a href="https://l.facebook.com/l.php?u=https%3A%2F%2Fx.xyz%2F">'
                "slot demo</a></div>"
            )
        ),
        _HIDDEN,
    ),
    "a-kits-item-hidden-among-a-footer-menus": (
        department_page(
            Site(
                body_end='<ul class="footer-menu"><li class="menu-item"><a href="/ppid/">PPID</a></li><li class='
                '"menu-item" style="display:none"><a href="https://x.xyz/">slot demo</a></li><li class="menu-item">'
                '<a href="/kontak/">Kontak</a></li></ul>'
            )
        ),
        _HIDDEN,
    ),
    "nagaslot-to-its-hyphened-com-dofollow": (
        department_page(Site(body_end='<footer><a href="https://naga-slot.com/" rel="dofollow">NAGASLOT</a></footer>')),
        _LINK,
    ),
    "a-brand-in-the-tail-beside-an-application-of-the-city": (
        department_page(
            Site(
                body_end='<div class="links"><a href="https://sipelan.bekasikota.go.id/">SIPELAN</a> <a href="https:'
                '//nagaslot.com/">NAGASLOT</a></div>'
            )
        ),
        _LINK,
    ),
    "three-brands-in-capitals-in-the-content": (
        department_page(
            Site(
                main_extra='<p class="partner"><a href="https://nagaslot.com/">NAGASLOT</a> <a href="https://'
                'kilatbet.com/">KILATBET</a> <a href="https://garuda4d.id/">GARUDA4D</a></p>'
            )
        ),
        {**_LINK, ("judi_online", "visible"): "tinggi"},
    ),
}


@pytest.mark.parametrize(("html", "found"), SPAM.values(), ids=SPAM.keys())
def test_a_kits_hidden_block_or_its_brands_are_found(shared_site, html: str, found: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    shared_site.route("*", "/", Reply(200, html))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == found


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_a_themes_folded_parts_and_a_directory_of_shops_have_no_security_finding(shared_site, html: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, html))
    event = check(make_checker(shared_site.port), app(shared_site.port))
    assert security(event) == {}
    assert event.availability == "aktif"
