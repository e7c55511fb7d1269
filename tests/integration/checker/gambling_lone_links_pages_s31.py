"""A spam kit's lone links and glued brands written into a department's page, and the department's own pages that
read alike.

``SPAM``: what kits inject into WordPress and Joomla themes: a hidden block (``display:none``, off-screen, a font of
no size, ``aria-hidden``) holding one link whose whole text is one weak word of the trade ("slot demo", "daftar akun
pro", "casino", "judol") to a site of another host; and a brand's glued name in capitals as a link's whole text to a
site of exactly its name on a domain every company takes (NAGASLOT to nagaslot.com, GARUDA4D to garuda4d.id,
KILATBET to kilatbet.com), in a footer widget with ``rel="dofollow"``.

``CLEAN``: a department's pages that write the same words: a campaign's hashtags to Instagram and X in a hidden
share box, a folded sub-menu to the ministry's "Satgas Judol", a booking modal's "Slot" to a scheduling service, a
film's tab, its own tags of gambling news hidden in a collapsed widget, a staff member's and a shop's sites in
capitals (SUHARTOTO, TOKOKITA, TOKOJAYA88), a cinema's "4D", the dog Toto; and its news: an FAQ against a fraud ("Slot
gacor? Tidak ada."), the headlines "Awas Slot Gacor" and "Pemkot Tak Punya Situs Slot" linking to its own articles,
the Satgas Judi Online's and Kominfo's blocking figures, a vaccination's quota of slots.
"""

from __future__ import annotations

from defaced_pages_s28 import article, headlined, story
from vendor_pages import Site, department_page

_HIDDEN = {("judi_online", "hidden"): "kritis"}
_LINK = {("judi_online", "link"): "tinggi"}
_CAMPAIGN = (
    "Gerakan Stop Judol",
    "<p>Dinas Komunikasi dan Informatika Kota Bekasi mengajak warga melaporkan konten perjudian daring melalui kanal"
    " aduan resmi. Sepanjang November, 1.240 konten telah dilaporkan ke Kementerian.</p>",
)


def _footer_widget(links: str) -> str:
    """Return a theme's footer widget of partner links, as a kit writes its own among them."""
    return (
        '<section class="widget widget_links"><h3 class="widget-title">Tautan</h3><ul>'
        '<li><a href="https://bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>'
        '<li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li>'
        f"<li>{links}</li></ul></section>"
    )


SPAM: dict[str, tuple[str, dict[tuple[str, str], str]]] = {
    "slot-demo-in-a-hidden-div": (
        department_page(Site(body_end='<div style="display:none"><a href="https://x.xyz/">slot demo</a></div>')),
        _HIDDEN,
    ),
    "daftar-akun-pro-off-screen-dofollow": (
        department_page(
            Site(
                main_extra='<div style="position:absolute;left:-9999px;top:-9999px"><a href="https://akunpro-jp.com/'
                'daftar" rel="dofollow">daftar akun pro</a></div>'
            )
        ),
        _HIDDEN,
    ),
    "casino-in-a-font-of-no-size": (
        department_page(
            Site(
                body_end='<span style="font-size:0px"><a href="https://royal-win.net/" rel="dofollow">casino</a></span>'
            )
        ),
        _HIDDEN,
    ),
    "a-lone-judol-hidden-in-the-article": (
        story(
            *_CAMPAIGN[:1],
            _CAMPAIGN[1] + '<div style="display: none;"><a href="https://cuan-link.site/">judol</a></div>',
        ),
        _HIDDEN,
    ),
    "sabung-ayam-aria-hidden": (
        department_page(
            Site(
                body_end='<div aria-hidden="true" class="sr-only"><a href="https://sabungayam-online.org/">sabung ayam'
                "</a></div>"
            )
        ),
        _HIDDEN,
    ),
    "nagaslot-to-its-com-in-the-footer": (
        department_page(Site(body_end=_footer_widget('<a href="https://nagaslot.com/" rel="dofollow">NAGASLOT</a>'))),
        _LINK,
    ),
    "garuda4d-to-its-id": (
        department_page(Site(body_end=_footer_widget('<a href="https://garuda4d.id/">GARUDA4D</a>'))),
        _LINK,
    ),
    "kilatbet-to-its-com": (
        department_page(
            Site(main_extra='<p class="sponsor"><a href="https://www.kilatbet.com/" rel="dofollow">KILATBET</a></p>')
        ),
        _LINK,
    ),
}

CLEAN: dict[str, str] = {
    "campaign-hashtags-in-a-hidden-share-box": story(
        *_CAMPAIGN[:1],
        _CAMPAIGN[1] + '<div class="share-box" style="display:none"><a href="https://www.instagram.com/explore/tags/'
        'stopjudol/">#StopJudol</a> <a href="https://x.com/hashtag/judol">judol</a> <a href="https://www.tiktok.com/'
        'tag/judol">judol</a></div>',
    ),
    "a-folded-sub-menu-to-the-ministry": department_page(
        Site(
            body_top='<ul class="sub-menu" style="display:none"><li><a href="https://www.komdigi.go.id/berita/judol">'
            'judol</a></li><li><a href="https://aduankonten.id/">judi online</a></li><li><a href="https://'
            'pusatinformasi.unpad.ac.id/">judi</a></li></ul>'
        )
    ),
    "a-booking-modals-slot-and-time-slots": department_page(
        Site(
            body_end='<div class="modal fade" id="booking" style="display:none"><div class="modal-body"><p>Pilih'
            ' <a href="https://calendly.com/mpp-bekasi/antrian">Slot</a> waktu layanan, atau <a href="https://'
            'antrian.bekasikota.go.id/">time slot</a> loket.</p></div></div>'
        )
    ),
    "a-films-tab": department_page(
        Site(
            main_extra='<div class="tab-pane" id="nobar" style="display:none"><h4>Nonton Bareng Festival Film'
            ' Bekasi</h4><a href="https://www.imdb.com/title/tt0381061/">Casino Royale (2006)</a> <a href="https://'
            'id.wikipedia.org/wiki/Casino_(film)">Casino</a></div>'
        )
    ),
    "its-own-tags-in-a-collapsed-widget": department_page(
        Site(
            main_extra='<div class="collapse" style="display:none"><a href="/tag/judol/">judol</a> <a href="/tag/'
            'judi-online/">judi online</a> <a href="https://berita.bekasikota.go.id/tag/togel/">togel</a></div>'
        )
    ),
    "staff-and-shops-sites-in-capitals": department_page(
        Site(
            main_extra='<section class="widget"><h3>Mitra UMKM</h3><ul><li><a href="https://suhartoto.com/">'
            'SUHARTOTO</a></li><li><a href="https://tokokita.com/">TOKOKITA</a></li><li><a href="https://'
            'tokojaya88.com/">TOKOJAYA88</a></li><li><a href="https://alphabet.com/">ALPHABET</a></li><li><a href='
            '"https://usg4d.com/">USG4D</a></li></ul></section>'
        )
    ),
    "a-cinemas-4d-and-toto-the-dog": story(
        "Pemutaran Film Anak di Bioskop 4D Summarecon",
        '<p>Dalam rangka Hari Anak, Dinas memfasilitasi pemutaran film di <a href="https://cinema4d.com/">CINEMA4D</a>.'
        ' Film yang diputar mengisahkan Dorothy dan anjingnya, <a href="https://wizardofoz.com/toto">TOTO</a>.</p>',
    ),
    "an-faq-against-a-fraud": department_page(
        Site(
            main_extra='<section class="faq"><h2>Tanya Jawab Aplikasi SIPELAN</h2><dl><dt>Slot gacor?</dt><dd>Tidak'
            " ada. Aplikasi ini hanya melayani administrasi kependudukan.</dd><dt>Apakah ada slot gacor di aplikasi"
            " ini?</dt><dd>Tidak ada. Waspadai tautan palsu yang mengatasnamakan Pemkot Bekasi.</dd><dt>Apakah"
            " layanan ini berbayar?</dt><dd>Tidak. Seluruh layanan gratis.</dd></dl></section>"
        )
    ),
    "headlines-of-its-news-against-gambling": headlined(
        "Awas Slot Gacor", "Pemkot Tak Punya Situs Slot", "Satgas Judi Online Blokir 2,1 Juta Konten"
    ),
    "kominfos-blocking-figures": story(
        "Kominfo Blokir 5.000 Situs Judol Setiap Hari",
        "<p>Kementerian mencatat 5.000 situs dan konten judi online diblokir setiap hari. Dinas mengimbau warga"
        " melaporkan situs slot yang menyebar melalui pesan singkat.</p>",
    ),
    "a-vaccinations-quota-of-slots": department_page(
        Site(
            main_extra=article(
                "Kuota Vaksinasi HPV Bertambah",
                "<p>Tersedia 300 slot vaksinasi HPV di 12 puskesmas. Daftar slot melalui aplikasi, pilih time slot"
                " yang tersedia.</p>",
            )
        )
    ),
}
