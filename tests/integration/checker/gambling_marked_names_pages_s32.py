"""A spam kit's last hiding places in a department's page, and the department's own pages that read alike.

``SPAM``: glued names in capitals to their own sites that end as a person's or a shop's may ("toto": MAWARTOTO; "jp":
DEWAJP; a lucky number: HOKIJAYA88), with a kit's mark beside them: hidden in a block of their own, after the site's
footer (two, where they end in "toto"), three of them in a row with a NAGASLOT among them, two marked
``rel="dofollow"``; a lone hidden "Slot" to a name of one word on a gambling site's domain (naga.vip); a kit's blocks
hidden as slides of one wrapper beside a slide it shows.

``CLEAN``: the same names where a department writes them: a staff member's site in the content (SUHARTOTO), alone
hidden off-screen or after the footer, the site's footer crediting its developer with ``rel="dofollow"`` and listing
two partners (SUHARTOTO, TOKOJAYA88), a plain theme's footer of partners, a partner in a folded tab, a dropdown and a
carousel's hidden slide, a shop "TOKO JAYA 88"; a booking modal's "Slot" to a queue on .online, a hidden "Slot" to a
scheduling service, a vaccination's "Slot" quota in a tab pane and in a carousel's slides, a film carousel's "Casino"
slides. After a red team: three sponsors, Japan-internship centres, media partners, radio stations and clubs named
with a lucky number or "JP"; a developer's, a designer's, a theme's credit after the footer; a partner for screen
readers, a credit shown on large screens, a carousel's clone; two sponsors dofollow in a sentence; a queue's hidden
"Slot" on .online, .site, .xyz; a campaign popup's hidden "Judi Online" to the ministry.
"""

from __future__ import annotations

from vendor_pages import Site, department_page

_HIDDEN = {("judi_online", "hidden"): "kritis"}
_LINK = {("judi_online", "link"): "tinggi"}


def in_footer(widget: str, **site: object) -> str:
    """Return a department's page whose own footer holds ``widget`` above its copyright line."""
    return department_page(Site(**site)).replace('<p class="copyright">', f'{widget}<p class="copyright">', 1)  # type: ignore[arg-type]


def _partners(links: str) -> str:
    """Return a theme's widget of partner links, as a kit writes its own among them."""
    return (
        '<section class="widget widget_links"><h3 class="widget-title">Tautan</h3><ul>'
        '<li><a href="https://bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>'
        '<li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li>'
        f"<li>{links}</li></ul></section>"
    )


def _slides(shown: str, hidden: list[tuple[str, str]]) -> str:
    """Return a carousel of the department's: one slide shown, the others hidden until the script turns to them."""
    folded = "".join(
        f'<div class="slide" style="display:none"><a href="{href}">{text}</a></div>' for text, href in hidden
    )
    slider = f'<div class="slider"><div class="slide">{shown}</div>{folded}</div>'
    return f'<section class="sorotan"><h2>Sorotan</h2>{slider}</section>'


SPAM: dict[str, tuple[str, dict[tuple[str, str], str]]] = {
    "two-toto-names-hidden": (
        department_page(
            Site(
                body_end='<div style="display:none"><a href="https://mawartoto.com/">MAWARTOTO</a> <a href="https://'
                'koitoto.com/">KOITOTO</a></div>'
            )
        ),
        _HIDDEN,
    ),
    "dewajp-off-screen-in-the-content": (
        department_page(
            Site(
                main_extra='<div style="position:absolute;left:-9999px"><a href="https://dewajp.com/">DEWAJP</a></div>'
            )
        ),
        _HIDDEN,
    ),
    "hokijaya88-after-the-footer": (
        department_page(Site(body_end='<p class="links"><a href="https://hokijaya88.id/">HOKIJAYA88</a></p>')),
        _LINK,
    ),
    "two-toto-names-bare-apart-after-the-footer": (
        department_page(
            Site(
                body_end='<p><a href="https://mawartoto.com/">MAWARTOTO</a></p><div class="x"><a href="https://'
                'koitoto.net/">KOITOTO</a></div>'
            )
        ),
        _LINK,
    ),
    "three-such-names-with-a-slot-brand-in-a-widget": (
        department_page(
            Site(
                main_extra=_partners(
                    '<a href="https://mawartoto.com/">MAWARTOTO</a></li><li><a href="https://dewajp.com/">DEWAJP</a>'
                    '</li><li><a href="https://nagaslot.com/">NAGASLOT</a>'
                )
            )
        ),
        _LINK,
    ),
    "two-such-names-dofollow-in-the-footer": (
        in_footer(
            '<div class="mitra"><a href="https://mawartoto.com/" rel="dofollow">MAWARTOTO</a> <a href="https://'
            'dewajp.com/" rel="dofollow">DEWAJP</a></div>'
        ),
        _LINK,
    ),
    "a-lone-hidden-slot-to-a-vip-site": (
        department_page(
            Site(
                main_extra='<div style="position:absolute;left:-9999px"><a href="https://naga.vip/" rel="dofollow">'
                "Slot</a></div>"
            )
        ),
        _HIDDEN,
    ),
    "a-kits-slides-beside-a-shown-one": (
        department_page(
            Site(
                main_extra=_slides(
                    '<a href="/layanan/">Layanan Publik</a>',
                    [("slot demo", "https://demo-a1.xyz/"), ("slot demo", "https://demo-b2.top/")],
                )
            )
        ),
        _HIDDEN,
    ),
}

CLEAN: dict[str, str] = {
    "a-staff-members-site-in-the-content": department_page(
        Site(
            main_extra='<section class="widget"><h3>Tenaga Ahli</h3><ul><li><a href="https://suhartoto.com/">'
            "SUHARTOTO</a></li></ul></section>"
        )
    ),
    "the-footer-credits-its-developer-dofollow": in_footer(
        '<div class="credit">Dikembangkan oleh <a href="https://suhartoto.com/" rel="dofollow">SUHARTOTO</a></div>'
    ),
    "two-partners-in-the-footer": in_footer(
        '<div class="mitra"><a href="https://suhartoto.com/">SUHARTOTO</a> <a href="https://tokojaya88.com/">TOKOJAYA88'
        "</a></div>"
    ),
    "a-plain-themes-footer-of-partners": in_footer(
        '<div><a href="https://suhartoto.com/">SUHARTOTO</a> | <a href="https://tokojaya88.com/">TOKOJAYA88</a></div>',
        plain_markup=True,
    ),
    "partners-and-a-bank-after-the-footer": department_page(
        Site(
            body_end=_partners(
                '<a href="https://suhartoto.com/">SUHARTOTO</a></li><li><a href="https://tokojaya88.com/">TOKOJAYA88</a>'
                '</li><li><a href="https://bankbjb.co.id/">BANKBJB</a>'
            )
        )
    ),
    "a-shop-toko-jaya-88-in-the-content": department_page(
        Site(
            main_extra='<p>Pemenang lomba UMKM: <a href="https://tokojaya88.com/" rel="dofollow">TOKO JAYA 88</a>,'
            " penjual kue kering di Rawalumbu.</p>"
        )
    ),
    "a-partner-in-a-folded-tab": department_page(
        Site(
            main_extra='<ul class="nav nav-tabs"><li><a href="#berita">Berita</a></li><li><a href="#mitra">Mitra</a>'
            '</li></ul><div class="tab-pane" id="mitra" style="display:none"><a href="https://tokojaya88.com/">'
            "TOKOJAYA88</a></div>"
        )
    ),
    "a-partner-in-a-dropdown": department_page(
        Site(
            body_top='<ul class="menu"><li><a href="#">Mitra</a><ul class="sub-menu" style="display:none"><li><a href='
            '"https://suhartoto.com/">SUHARTOTO</a></li></ul></li></ul>'
        )
    ),
    "a-partner-in-a-carousels-hidden-slide": department_page(
        Site(
            main_extra=_slides(
                '<a href="https://bankbjb.co.id/">Bank BJB</a>', [("SUHARTOTO", "https://suhartoto.com/")]
            )
        )
    ),
    "a-lone-name-ending-in-toto-hidden": department_page(
        Site(
            body_end='<div class="wp-block-partners" style="position:absolute;left:-9999px"><a href="https://'
            'suhartoto.com/" rel="dofollow">SUHARTOTO</a></div>'
        )
    ),
    "a-lone-name-ending-in-toto-after-the-footer": department_page(
        Site(body_end='<p class="credit"><a href="https://suhartoto.com/">SUHARTOTO</a></p>')
    ),
    "a-hidden-prize-winner-in-words": department_page(
        Site(
            main_extra='<div style="display:none">Pemenang lomba desain logo: <a href="https://suhartoto.com/">'
            "SUHARTOTO</a></div>"
        )
    ),
    "a-booking-modals-slot-to-a-queue-online": department_page(
        Site(
            body_end='<div class="modal fade" id="booking" style="display:none"><div class="modal-body"><a href="https:'
            '//antrian.online/mpp">Slot</a></div></div>'
        )
    ),
    "a-hidden-slot-to-a-scheduling-service": department_page(
        Site(body_end='<div style="display:none"><a href="https://calendly.com/mpp-bekasi/antrian">Slot</a></div>')
    ),
    "a-vaccinations-slot-in-a-tab-pane": department_page(
        Site(
            main_extra='<div class="tab-pane" id="kuota" style="display:none"><a href="https://vaksin.online/">Slot</a>'
            "</div>"
        )
    ),
    "a-vaccinations-slots-in-a-carousel": department_page(
        Site(
            main_extra=_slides(
                '<a href="/vaksin/">Vaksinasi HPV</a>',
                [("Slot", "https://vaksin.online/a"), ("Slot", "https://vaksin.online/b")],
            )
        )
    ),
    # After a red team (session 32): a department's shops, stations, clubs and credits, worded or headed as a kit's
    # bare names never are; a queue's hidden "Slot"; a campaign's hidden "Judi Online" to the ministry.
    "a-fun-runs-three-sponsors-in-the-content": department_page(
        Site(
            name="Dinas Pemuda dan Olahraga Kota Bekasi",
            main_extra='<article class="post"><h2>Bekasi Fun Run 2026 Diikuti 5.000 Peserta</h2><p>Panitia mengucapkan'
            ' terima kasih kepada para sponsor yang mendukung acara ini:</p><ul class="sponsor"><li><a href="https://'
            'tokojaya88.com/">TOKOJAYA88</a></li><li><a href="https://sinarjaya77.co.id/">SINARJAYA77</a></li><li><a'
            ' href="https://majumakmur99.com/">MAJUMAKMUR99</a></li></ul></article>',
        )
    ),
    "japan-internship-centres-with-their-addresses": department_page(
        Site(
            name="Dinas Tenaga Kerja Kota Bekasi",
            main_extra='<article><h2>Daftar LPK Pemagangan ke Jepang yang Terdaftar</h2><ol><li><a href="https://'
            'sakurajp.co.id/">SAKURAJP</a> &ndash; Jl. Kemakmuran No. 12</li><li><a href="https://hikarijp.com/">'
            'HIKARIJP</a> &ndash; Jl. Pekayon Raya No. 3</li><li><a href="https://nihongojp.com/">NIHONGOJP</a> &ndash;'
            " Ruko Grand Galaxy Blok A</li></ol></article>",
        )
    ),
    "three-media-partners-in-the-footer": in_footer(
        '<div class="footer-col"><h4>Media Partner</h4><ul><li><a href="https://radiodakta99.com/">RADIODAKTA99</a>'
        '</li><li><a href="https://bekasitoday88.com/">BEKASITODAY88</a></li><li><a href="https://infobekasi77.id/">'
        "INFOBEKASI77</a></li></ul></div>",
        name="Dinas Kebudayaan dan Pariwisata Kota Bekasi",
    ),
    "a-widget-of-partner-radio-stations": department_page(
        Site(
            main_extra='<section class="widget"><h3 class="widget-title">Radio Mitra</h3><ul><li><a href="https://'
            'radiobekasi99.com/">RADIOBEKASI99</a></li><li><a href="https://swarabekasi88.com/">SWARABEKASI88</a></li>'
            '<li><a href="https://suarapatriot77.com/">SUARAPATRIOT77</a></li></ul></section>'
        )
    ),
    "a-table-of-badminton-clubs": department_page(
        Site(
            name="Dinas Pemuda dan Olahraga Kota Bekasi",
            main_extra="<h2>Daftar Klub Peserta Walikota Cup 2026</h2><table><tr><th>No</th><th>Klub</th><th>Kecamatan"
            '</th></tr><tr><td>1</td><td><a href="https://pbsinarjaya88.com/">PBSINARJAYA88</a></td><td>Bekasi Timur'
            '</td></tr><tr><td>2</td><td><a href="https://pbgarudamuda77.com/">PBGARUDAMUDA77</a></td><td>Rawalumbu'
            '</td></tr><tr><td>3</td><td><a href="https://pbtunasharapan99.com/">PBTUNASHARAPAN99</a></td><td>Jatiasih'
            "</td></tr></table>",
        )
    ),
    "a-developers-credit-after-the-footer": department_page(
        Site(
            body_end='<div class="credit">Dikembangkan oleh <a href="https://karyamedia88.com/" target="_blank">'
            "KARYAMEDIA88</a></div>"
        )
    ),
    "a-web-designers-credit-after-the-footer": department_page(
        Site(body_end='<div class="credit">Web design by <a href="https://kreasijp.com/">KREASIJP</a></div>')
    ),
    "a-themes-credit-after-back-to-top": department_page(
        Site(
            body_end='<a href="#page" id="back-to-top" style="display:none">&uarr;</a><div class="copyright-bar">Theme'
            ' by <a href="https://temajp.com/">TEMAJP</a></div>'
        )
    ),
    "a-developer-and-a-host-after-the-footer": department_page(
        Site(
            body_end='<div class="credit">Developed by <a href="https://solusi99.co.id/">SOLUSI99</a> | Hosting: <a'
            ' href="https://cloudhost88.id/">CLOUDHOST88</a></div>'
        )
    ),
    "two-persons-credited-after-the-footer": department_page(
        Site(
            body_end='<div class="credit">Desain &amp; pengembangan: <a href="https://suhartoto.com/">SUHARTOTO</a>'
            ' &middot; konten: <a href="https://agushartoto.com/">AGUSHARTOTO</a></div>'
        )
    ),
    "a-partner-for-screen-readers-off-screen": department_page(
        Site(
            main_extra='<section class="widget"><div class="sr-only" style="position:absolute;left:-9999px"><a href='
            '"https://koperasimaju99.com/">KOPERASIMAJU99</a></div></section>'
        )
    ),
    "a-credit-shown-on-large-screens": department_page(
        Site(
            body_end='<div class="d-none d-lg-block" style="display:none"><a href="https://karyamedia88.com/">'
            "KARYAMEDIA88</a></div>"
        )
    ),
    "a-slick-carousels-hidden-clone": department_page(
        Site(
            main_extra='<div class="partner-slider slick-initialized"><div class="slick-track"><div class="slick-slide'
            ' slick-cloned" aria-hidden="true" style="display:none"><a href="https://tokojaya88.com/">TOKOJAYA88</a>'
            '</div><div class="slick-slide slick-active"><a href="https://sinarjaya77.co.id/">SINARJAYA77</a></div>'
            '<div class="slick-slide"><a href="https://majumakmur99.com/">MAJUMAKMUR99</a></div></div></div>'
        )
    ),
    "two-sponsors-dofollow-in-a-sentence": department_page(
        Site(
            main_extra='<p>Kegiatan didukung oleh <a href="https://tokojaya88.com/" rel="dofollow">TOKOJAYA88</a> dan'
            ' <a href="https://sinarjaya77.co.id/" rel="dofollow">SINARJAYA77</a>.</p>'
        )
    ),
    "a-queue-button-shown-on-scroll": department_page(
        Site(
            name="Dinas Kependudukan dan Pencatatan Sipil Kota Bekasi",
            body_end='<div id="fab-booking" class="fab" style="display:none"><a href="https://disdukcapil-bekasi.online'
            '/booking">Slot</a></div><script>jQuery(window).scroll(function(){if(jQuery(this).scrollTop()>200)'
            "{jQuery('#fab-booking').fadeIn();}else{jQuery('#fab-booking').fadeOut();}});</script>",
        )
    ),
    "a-queue-button-hidden-by-its-attribute": department_page(
        Site(
            body_end='<div class="sticky-cta" hidden><a class="btn" href="https://antrian-bekasi.site/">Slot</a></div>'
        )
    ),
    "a-queue-button-hidden-by-a-class": department_page(
        Site(
            body_end='<div class="sticky-cta d-none"><a class="btn" href="https://bekasikota-antrian.xyz/">Slot</a>'
            "</div><style>.d-none{display:none!important}</style>"
        )
    ),
    "a-quick-panel-at-right-9999px": department_page(
        Site(
            head="<style>.quick-panel{position:fixed;top:0;right:9999px;width:280px}.quick-panel.open{right:0}</style>",
            body_end='<div class="quick-panel" id="quickPanel"><a href="https://jadwal-dukcapil.online/">Slot</a></div>'
            "<button class=\"quick-toggle\" onclick=\"document.getElementById('quickPanel').classList.toggle('open')\">"
            "Layanan Cepat</button>",
        )
    ),
    "a-flyout-at-right-minus-9999px": department_page(
        Site(
            head="<style>.side-flyout{position:fixed;top:30%;right:-9999px}.side-flyout.show{right:0}</style>",
            body_end='<div class="side-flyout"><a href="https://bekasi-antrian.online/">Slot</a></div>',
        )
    ),
    "a-hidden-popups-judi-online-to-the-ministry": department_page(
        Site(
            main_extra='<div class="banner-popup" style="display:none"><a href="https://komdigi.go.id/berita/judi-online">'
            "Judi Online</a></div>"
        )
    ),
    "a-film-carousels-casino-slides": department_page(
        Site(
            main_extra=_slides(
                '<a href="https://www.vidio.com/watch/1-gie">Gie</a>',
                [("Casino", "https://www.vidio.com/watch/2-casino"), ("Casino", "https://casino-royale.site/")],
            )
        )
    ),
    # After a second red team: credits worded in other ways after the footer, a theme's own widgets hidden until a
    # click or a script (custom classes), and clubs listed in the content.
    "a-copyright-line-crediting-a-vendor-after-the-footer": department_page(
        Site(body_end='<div class="copy">Copyright 2026 <a href="https://webjaya88.com/">WEBJAYA88</a></div>')
    ),
    "the-site-and-its-vendor-piped-after-the-footer": department_page(
        Site(
            body_end='<div class="bottom">Diskominfostandi Kota Bekasi | <a href="https://webjaya88.com/">WEBJAYA88'
            "</a></div>"
        )
    ),
    "managed-by-a-vendor-after-the-footer": department_page(
        Site(
            body_end='<div class="credit">Dikelola <a href="https://karyamedia88.com/" rel="dofollow">KARYAMEDIA88'
            "</a></div>"
        )
    ),
    "a-version-and-its-vendor-after-the-footer": department_page(
        Site(body_end='<div class="credit">v2.4 &middot; <a href="https://karyamedia88.com/">KARYAMEDIA88</a></div>')
    ),
    "hosted-at-a-vendor-after-the-footer": department_page(
        Site(body_end='<div class="credit">Hosted at <a href="https://cloud99.co.id/" rel="dofollow">CLOUD99</a></div>')
    ),
    "japan-internship-centres-in-a-faq-answer": department_page(
        Site(
            name="Dinas Tenaga Kerja Kota Bekasi",
            main_extra='<h2>Daftar LPK Program Jepang</h2><div class="faq-item"><h3 class="faq-q">LPK Terdaftar (klik)'
            '</h3><div class="faq-a" style="display:none"><a href="https://sakurajp.id/">SAKURAJP</a> <a href="https:'
            '//nihongojp.com/">NIHONGOJP</a></div></div>',
        )
    ),
    "radio-stations-in-a-toggled-list": department_page(
        Site(
            main_extra='<section class="widget"><div class="radio-widget"><a href="#" class="toggle">Radio Streaming'
            ' &#9662;</a><div class="radio-list" style="display:none"><a href="https://mustang88.com/">MUSTANG88</a>'
            ' <a href="https://gen98.com/">GEN98</a> <a href="https://bekasifm77.com/">BEKASIFM77</a></div></div>'
            "</section>"
        )
    ),
    "sponsors-in-a-sliders-hidden-track": in_footer(
        '<div class="sponsor-slider"><div class="sponsor-track" style="display:none"><a href="https://tokojaya88.com/">'
        'TOKOJAYA88</a> <a href="https://sinarjaya77.com/">SINARJAYA77</a></div></div>'
    ),
    "clubs-table-shown-on-larger-screens": department_page(
        Site(
            name="Dinas Pemuda dan Olahraga Kota Bekasi",
            main_extra='<h2>Klub Bulu Tangkis Peserta Kejurkot 2026</h2><table class="d-none d-md-table"><tr><td><a'
            ' href="https://pbjaya88.com/">PBJAYA88</a></td><td><a href="https://pbsakti77.com/">PBSAKTI77</a></td><td>'
            '<a href="https://pbgaruda99.com/">PBGARUDA99</a></td></tr></table>',
        )
    ),
    # After a third red team: a department's own line after the footer whose sentence ends before a partner's name.
    "a-radio-bar-after-the-footer": department_page(
        Site(
            body_end='<div class="radio-bar">Dengarkan radio kami. <a href="https://radio99.co.id/live">RADIO99</a>'
            "</div>"
        )
    ),
    "a-visitor-counter-after-the-footer": department_page(
        Site(
            body_end='<div class="counter">Pengunjung hari ini: 1.204. <a href="https://statcounter88.com/">'
            "STATCOUNTER88</a></div>"
        )
    ),
    "a-fun-runs-sponsor-thanked-after-the-footer": department_page(
        Site(
            name="Dinas Pemuda dan Olahraga Kota Bekasi",
            body_end='<div class="sponsor-line">Terima kasih atas dukungan sponsor Bekasi Fun Run. <a href="https://'
            'tokojaya88.com/">TOKOJAYA88</a></div>',
        )
    ),
    "a-radio-line-of-bare-text-after-the-footer": department_page(
        Site(body_end='Dengarkan radio kami. <a href="https://radio99.co.id/live">RADIO99</a>')
    ),
    "futsal-clubs-listed-in-the-content": department_page(
        Site(
            name="Dinas Pemuda dan Olahraga Kota Bekasi",
            main_extra='<h2>Klub Peserta Liga Futsal Pelajar 2026</h2><ul><li><a href="https://fcjaya88.com/">FCJAYA88'
            '</a></li><li><a href="https://garudasakti77.com/">GARUDASAKTI77</a></li><li><a href="https://bintang99fc'
            '.com/">BINTANGFC99</a></li></ul><p>Jadwal pertandingan diumumkan pekan depan.</p>',
        )
    ),
}
