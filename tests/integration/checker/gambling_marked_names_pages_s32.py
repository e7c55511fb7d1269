"""A spam kit's last hiding places in a department's page, and the department's own pages that read alike.

``SPAM``: glued names in capitals to their own sites that end as a person's or a shop's may ("toto": MAWARTOTO; "jp":
DEWAJP; a lucky number: HOKIJAYA88), with a kit's mark beside them: hidden in a block of their own, after the site's
footer (two, where they end in "toto"), three of them in a row, two marked ``rel="dofollow"``; a lone hidden "Slot" to
a site on a gambling site's domain (naga.vip); a kit's blocks hidden as slides of one wrapper beside a slide it shows.

``CLEAN``: the same names where a department writes them: a staff member's site in the content (SUHARTOTO), alone
hidden off-screen or after the footer, the site's footer crediting its developer with ``rel="dofollow"`` and listing
two partners (SUHARTOTO, TOKOJAYA88), a plain theme's footer of partners, a partner in a folded tab, a dropdown and a
carousel's hidden slide, a shop "TOKO JAYA 88"; a booking modal's "Slot" to a queue on .online, a hidden "Slot" to a
scheduling service, a vaccination's "Slot" quota in a tab pane and in a carousel's slides, a film carousel's "Casino"
slides.
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
    "three-such-names-in-a-widget": (
        department_page(
            Site(
                main_extra=_partners(
                    '<a href="https://mawartoto.com/">MAWARTOTO</a></li><li><a href="https://dewajp.com/">DEWAJP</a>'
                    '</li><li><a href="https://hokijaya88.com/">HOKIJAYA88</a>'
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
    "a-film-carousels-casino-slides": department_page(
        Site(
            main_extra=_slides(
                '<a href="https://www.vidio.com/watch/1-gie">Gie</a>',
                [("Casino", "https://www.vidio.com/watch/2-casino"), ("Casino", "https://casino-royale.site/")],
            )
        )
    ),
}
