"""Gambling spam where a hacked department site hides it from visitors, as kits put it on the real web,
and the department's own use of the same places.

Each place has a hacked home page, the security findings it must give, the department's own page that
uses the place itself (and mentions judi online in its news, as Bekasi's sites do) and the stylesheets
both link from the site's host. The unit tests parse the pages with those stylesheets' rules; the
integration tests serve them and run a whole check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vendor_pages import Site, department_page

HIDDEN = {("judi_online", "hidden"): "kritis"}
FARM = (
    '<a href="https://gacor88.xyz/" title="Situs Slot Gacor Hari Ini Gampang Maxwin">slot gacor hari ini</a> '
    '<a href="https://gacor88.xyz/toto/" title="Bandar Togel Online Terpercaya">situs toto togel terpercaya</a> '
    '<a href="https://gacor88.xyz/rtp/" title="RTP Live Slot Gacor">rtp slot maxwin</a>'
)
WORDS = "Situs Slot Gacor Hari Ini Gampang Maxwin, bandar togel terpercaya, RTP live slot"
# The department's own news on judi online, as its news list writes a headline and its lead.
NEWS = (
    "Satgas Pemberantasan Judi Online Kota Bekasi bersama Polres Metro Bekasi Kota menangkap dua promotor "
    "situs judi online slot yang mengiklankan situs judi lewat media sosial"
)
NEWS_ITEM = (
    '<article class="post-item"><div class="post-body"><h3 class="post-title"><a href="/berita/satgas-judi-online/">'
    "Satgas Judi Online Kota Bekasi Tangkap Dua Promotor</a></h3><p>" + NEWS + "</p></div></article>"
)
THEME_SHEET = "/wp-content/themes/pemkot/assets/css/custom.css?ver=2.3.1"
# A theme's own sheet: screen-reader text, a mobile menu, icons, a breadcrumb, a "read more" and the
# city's campaign banner, each with its ``content``.
THEME_CSS = """
.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;
  overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}
.mobile-menu{display:none}
@media (max-width:991px){.mobile-menu{display:block}.main-nav{display:none}}
.fa-calendar:before{content:"\\f073"}
.breadcrumb li+li::before{content:"/\\00a0"}
.read-more::after{content:" Selengkapnya \\2192"}
.stop-judi::before{content:"Stop Judi Online! Laporkan situs judi ke aduankonten.id"}
.site-footer .copyright::after{content:" | Dikelola oleh Diskominfo Kota Bekasi"}
"""


def attribute(markup: str) -> str:
    """Return ``markup`` as an attribute's value, as a vendor's template escapes it."""
    return markup.replace("&", "&amp;").replace('"', "&quot;")


@dataclass
class Place:
    """A hiding place: the hacked page and its findings, the department's own page, and their stylesheets."""

    hacked: str
    found: dict[tuple[str, str], str]
    own: str
    sheets: dict[str, str] = field(default_factory=dict)  # path (as the page links it): CSS
    own_sheets: dict[str, str] = field(default_factory=dict)


def _page(**knobs: str) -> str:
    return department_page(Site(**knobs))


_LINKED_SHEET = f'<link rel="stylesheet" href="{THEME_SHEET}">'
# A kit that writes its own <style> into the theme's header: lines of no height, clipped.
_LINES_STYLE = "<style>.ft-partner{line-height:0;overflow:hidden;margin:0;padding:0}</style>"

PLACES: dict[str, Place] = {
    # A mobile menu the kit hid its links in: each link's title is its keywords.
    "link-titles-in-a-hidden-menu": Place(
        _page(
            body_end='<div class="menu-mobile-partner" style="display:none"><ul>'
            '<li><a href="/" title="Situs Slot Gacor Hari Ini Gampang Maxwin">Beranda</a></li>'
            '<li><a href="/kontak/" aria-label="Bandar Togel Online Terpercaya">Kontak</a></li></ul></div>'
        ),
        HIDDEN,
        _page(
            main_extra=NEWS_ITEM,
            body_end='<div class="menu-mobile" style="display:none"><ul>'
            '<li><a href="/" title="Beranda">Beranda</a></li>'
            '<li><a href="/berita/satgas-judi-online/" title="Satgas Pemberantasan Judi Online">Satgas PJO</a></li>'
            '<li><a href="/layanan/jadwal-vaksinasi/" title="Slot pendaftaran vaksinasi tersisa 12">Vaksinasi</a>'
            "</li></ul></div>",
        ),
    ),
    # An iframe of no size whose document writes the links in with a script (past filters of the markup).
    "script-in-an-unseen-srcdoc": Place(
        _page(
            body_end='<iframe width="0" height="0" style="border:0" srcdoc="'
            + attribute(
                '<script>document.write(\'<a href="https://gacor88.xyz/">slot gacor hari ini</a> '
                '<a href="https://gacor88.xyz/toto/">situs toto togel terpercaya</a>\');</script>'
            )
            + '"></iframe>'
        ),
        {("judi_online", "script"): "kritis"},
        # A YouTube embed that loads the player on a click, its script starting it.
        _page(
            main_extra=NEWS_ITEM
            + '<iframe width="560" height="315" title="Sosialisasi Bahaya Judi Online" srcdoc="'
            + attribute(
                "<style>*{padding:0;margin:0;overflow:hidden}</style><a id='play' href='https://www.youtube.com/"
                "embed/Xq2pH7v0bKo?autoplay=1'><img src='https://img.youtube.com/vi/Xq2pH7v0bKo/hqdefault.jpg' "
                "alt='Sosialisasi Bahaya Judi Online bagi Pelajar'></a><script>document.getElementById('play')"
                ".addEventListener('click',function(){document.title='Sosialisasi Bahaya Judi Online';});</script>"
            )
            + '" allowfullscreen></iframe>'
        ),
    ),
    # A script in a shown frame's document, its words spelt in escapes.
    "encoded-script-in-a-shown-srcdoc": Place(
        _page(
            main_extra='<iframe width="300" height="60" style="border:0" srcdoc="'
            + attribute(
                "<p>Mitra kami</p><script>document.write('\\x73\\x6c\\x6f\\x74 \\x67\\x61\\x63\\x6f\\x72 "
                "maxwin situs toto togel');</script>"
            )
            + '"></iframe>'
        ),
        {("judi_online", "script"): "kritis"},
        _page(
            main_extra=NEWS_ITEM
            + '<iframe width="300" height="60" srcdoc="'
            + attribute("<p>Pengunjung hari ini: <b id='n'></b></p><script>document.getElementById('n')")
            + attribute(".textContent='318';</script>")
            + '"></iframe>'
        ),
    ),
    # The kit appended its words to a stylesheet of the theme, written after the footer's copyright.
    "content-of-a-linked-stylesheet": Place(
        _page(head=_LINKED_SHEET, main_extra=NEWS_ITEM),
        HIDDEN,
        _page(
            head=_LINKED_SHEET,
            main_extra=NEWS_ITEM + '<p class="stop-judi"></p><a class="read-more" href="/berita/"></a>',
        ),
        {THEME_SHEET: THEME_CSS + f'.site-footer .copyright::after{{content:"{WORDS}"}}\n'},
        {THEME_SHEET: THEME_CSS},
    ),
    # A link around a pixel whose size is in its style.
    "pixel-sized-by-its-style": Place(
        _page(
            main_extra='<p>Informasi layanan <a href="https://slotgacor88.xyz/"><img src="/wp-content/uploads/'
            '2024/01/px.gif" style="width:1px;height:1px;border:0" alt=""></a></p>'
        ),
        HIDDEN,
        # A visitor counter's pixel, and a news item's thumbnail at the width of its column.
        _page(
            main_extra=NEWS_ITEM
            + '<a href="https://statcounter.com/" target="_blank"><img src="https://c.statcounter.com/12345/0/abc/1/"'
            ' style="width:1px;height:1px;border:none" alt="Web Analytics"></a><a href="/berita/satgas-judi-online/">'
            '<img src="/uploads/satgas.jpg" style="width:100%;height:auto" alt="Satgas judi online"></a>'
        ),
    ),
    # An image of a pixel, sized by its style, whose alt is the kit's keywords.
    "alt-of-a-pixel-sized-by-its-style": Place(
        _page(body_end=f'<img src="/wp-content/uploads/2024/01/px.png" style="width:1px;height:1px" alt="{WORDS}">'),
        HIDDEN,
        _page(
            main_extra=NEWS_ITEM
            + '<img src="/uploads/satgas.jpg" style="width:100%;height:auto" alt="Satgas Judi Online Kota Bekasi">'
        ),
    ),
    # Banners of the gambling sites in a hidden block: their alt is the keywords.
    "alt-of-images-in-a-hidden-block": Place(
        _page(
            body_end='<div class="partner-banner" style="display:none"><img src="/wp-content/uploads/2024/02/'
            f'banner-1.gif" alt="{WORDS}"><img src="/wp-content/uploads/2024/02/banner-2.gif" '
            'alt="Bandar Togel Online Terpercaya"></div>'
        ),
        HIDDEN,
        # A slide of the carousel shown by its script, and the campaign's banner.
        _page(
            main_extra=NEWS_ITEM
            + '<div class="slide" style="display:none"><img src="/uploads/kampanye.jpg" alt="Kampanye Stop Judi '
            'Online Pemerintah Kota Bekasi"></div>'
        ),
    ),
    # The head names the gambling hosts for the browser to connect to before the page asks.
    "hosts-named-by-link-tags": Place(
        _page(
            head='<link rel="dns-prefetch" href="//slotgacor88.xyz"><link rel="preconnect" '
            'href="https://cdn.situs-toto-togel.com" crossorigin><link rel="next" href="https://slot-gacor-maxwin.'
            'xyz/page/2/">'
        ),
        {("judi_online", "head"): "kritis"},
        # WordPress's head: fonts, emoji, a CDN's stylesheet, its next page and the site's author.
        _page(
            head='<link rel="dns-prefetch" href="//s.w.org"><link rel="preconnect" href="https://fonts.gstatic.com" '
            'crossorigin><link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/swiper@11/swiper-bundle.min.css">'
            '<link rel="next" href="/page/2/"><link rel="author" href="https://www.bekasikota.go.id/diskominfo/">'
            '<link rel="EditURI" type="application/rsd+xml" href="https://dinkes.bekasikota.go.id/xmlrpc.php?rsd">',
            main_extra=NEWS_ITEM,
        ),
    ),
    # A kit writing its links into the head of the theme: a browser that runs scripts shows nothing of them.
    "noscript-of-the-head": Place(
        _page(head=f"<noscript>{FARM}</noscript>"),
        HIDDEN,
        # Facebook's pixel, as its snippet puts it in the head.
        _page(
            head='<noscript><img height="1" width="1" style="display:none" src="https://www.facebook.com/tr?id='
            '1234567890&amp;ev=PageView&amp;noscript=1" alt=""></noscript>',
            main_extra=NEWS_ITEM,
        ),
    ),
    # Lines of no height in a box that clips them, by a class of the page's own <style>.
    "lines-of-no-height-by-a-class": Place(
        _page(head=_LINES_STYLE, body_end=f'<div class="ft-partner">{FARM}</div>'),
        HIDDEN,
        # A thumbnail's wrapper that drops the gap under the image, and an accordion that opens with a transition.
        _page(
            head="<style>.post-thumb{line-height:0;overflow:hidden}.acc-body{line-height:0;overflow:hidden;"
            "transition:line-height .3s}.acc.open .acc-body{line-height:1.6}</style>",
            main_extra='<div class="post-thumb"><img src="/uploads/satgas.jpg" alt="Satgas judi online"></div>'
            f'<div class="acc"><button>Laporan Satgas</button><div class="acc-body"><p>{NEWS}</p></div></div>',
        ),
    ),
}
