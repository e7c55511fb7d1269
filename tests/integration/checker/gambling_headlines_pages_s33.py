"""A department's literacy and police news headlined in the trade's newer slang and its brands, a tag cloud naming a
man called Toto beside a "judi online" tag, and a campaign's menu and widget folded away; and a kit's pages that read
alike (session 33).

``CLEAN``: headlines linked to their own news items, whose slugs repeat them ("Apa Itu Scatter Hitam dan Maxwin?
Kenali Jebakan Judi Online", "Polisi Tangkap Selebgram Promotor Situs Judi SLOT88 dan TOTO4D"), a slug a CMS cut
mid-word, Joomla's /index.php/ addresses; "Toto Sugiarto" and "Toto Hartono" in a tag cloud; a mobile menu hidden by
its inline style with "Stop Judi Online" and "Lapor Situs Judi Slot" to the site's own pages, and a collapsed widget
of popular articles ("Bahaya Judi Online bagi Pelajar", "Mengenali Ciri Situs Judi Slot").

``SPAM``: a kit's own-site link headlined in slang with no news word, "Toto Casino" and "Bandar Toto Terpercaya", a
hidden block with a "Stop Judi Online" beside a link to a gambling site, and one beside a page put among the site's
files.
"""

from __future__ import annotations

from vendor_pages import News, Site, days_ago, department_page, news_since, tanggal


def headlined(headline: str, slug: str, **site: object) -> str:
    """Return a department's page whose latest news item is ``headline`` at /``slug``/."""
    news = news_since([1, 3, 6, 9, 14, 20])
    news[0] = News(tanggal(days_ago(1), with_weekday=True), headline, slug)
    return department_page(Site(news=news, **site))  # type: ignore[arg-type]


_TAGS = (
    '<section class="widget widget_tag_cloud"><h3 class="widget-title">Tag</h3><div class="tagcloud">'
    '<a href="/tag/posyandu/">posyandu</a> <a href="/tag/toto-sugiarto/">Toto Sugiarto</a> '
    '<a href="/tag/judi-online/">judi online</a> <a href="/tag/slot-vaksin/">slot vaksin</a> '
    '<a href="/tag/toto-hartono/">Toto Hartono</a> <a href="/tag/stunting/">stunting</a></div></section>'
)
_MOBILE_MENU = (
    '<nav class="mobile-nav" style="display:none"><ul><li><a href="/">Beranda</a></li>'
    '<li><a href="/stop-judi-online/">Stop Judi Online</a></li>'
    '<li><a href="/lapor-situs-judi-slot/">Lapor Situs Judi Slot</a></li>'
    '<li><a href="/kontak/">Kontak</a></li></ul></nav>'
)
_POPULAR = (
    '<section class="widget collapse" style="display:none"><h3>Artikel Populer</h3><ul>'
    '<li><a href="/bahaya-judi-online-bagi-pelajar/">Bahaya Judi Online bagi Pelajar</a></li>'
    '<li><a href="/mengenali-ciri-situs-judi-slot/">Mengenali Ciri Situs Judi Slot</a></li></ul></section>'
)

CLEAN: dict[str, str] = {
    "scatter-hitam-and-maxwin-explained": headlined(
        "Apa Itu Scatter Hitam dan Maxwin? Kenali Jebakan Judi Online",
        "apa-itu-scatter-hitam-dan-maxwin-kenali-jebakan-judi-online",
    ),
    "mahjong-ways-explained-by-the-police": headlined(
        "Game Mahjong Ways Bukan Permainan Biasa, Ini Penjelasan Polisi",
        "game-mahjong-ways-bukan-permainan-biasa-ini-penjelasan-polisi",
    ),
    "rtp-live-headline-under-a-slug-cut-mid-word": headlined(
        "Mengenal Istilah RTP Live dan Pola Gacor, Jebakan Bandar Judi Online",
        "mengenal-istilah-rtp-live-dan-pola-gaco",
    ),
    "a-literacy-sidebar-of-slang-headlines": department_page(
        Site(
            main_extra='<section class="widget"><h3>Literasi Digital</h3><ul><li><a href="/apa-itu-scatter-hitam-'
            'jebakan-judi-online/">Apa Itu Scatter Hitam? Jebakan Judi Online</a></li><li><a href="/rtp-live-hanya-'
            'ilusi-bandar-selalu-menang/">RTP Live Hanya Ilusi, Bandar Selalu Menang</a></li></ul></section>'
        )
    ),
    "joomla-index-php-headline": department_page(
        Site(
            generator="Joomla! - Open Source Content Management",
            main_extra='<div class="blog-item"><h2><a href="/index.php/berita/mengenal-rtp-live-dan-pola-gacor-jebakan-'
            'judi-online">Mengenal RTP Live dan Pola Gacor, Jebakan Judi Online</a></h2><p>Literasi digital untuk '
            "warga.</p></div>",
        )
    ),
    "police-arrest-names-the-brands": department_page(
        Site(
            main_extra='<article class="post-item featured"><h2 class="post-title"><a href="/polisi-tangkap-selebgram-'
            'promotor-situs-judi-slot88-dan-toto4d/">Polisi Tangkap Selebgram Promotor Situs Judi SLOT88 dan TOTO4D</a>'
            "</h2><p>Tersangka mempromosikan situs judi online SLOT88 dan TOTO4D di akun Instagram-nya. Polres Metro "
            "Bekasi Kota menyita dua ponsel sebagai barang bukti.</p></article>"
        )
    ),
    "toto-sugiarto-in-a-tag-cloud": department_page(Site(main_extra=_TAGS)),
    "a-campaigns-mobile-menu-folded": department_page(Site(body_top=_MOBILE_MENU)),
    "a-collapsed-widget-of-popular-articles": department_page(Site(main_extra=_POPULAR)),
}

SPAM: dict[str, str] = {
    "a-kits-own-page-headlined-in-slang": department_page(
        Site(
            main_extra='<div class="promo"><a href="/slot-gacor-maxwin-scatter-hitam-hari-ini-gampang-menang/">Slot '
            "Gacor Maxwin Scatter Hitam Hari Ini Gampang Menang</a></div>"
        )
    ),
    "toto-casino-and-bandar-toto": department_page(
        Site(main_extra="<p>Main Toto Casino di Bandar Toto Terpercaya, bonus new member 100%.</p>")
    ),
    "a-warning-beside-a-gambling-sites-link-hidden": department_page(
        Site(
            body_end='<div style="display:none"><a href="/stop-judi-online/">Stop Judi Online</a> '
            '<a href="https://naga.vip/">Situs Judi Slot Gacor</a></div>'
        )
    ),
    "a-warning-beside-a-page-among-the-files-hidden": department_page(
        Site(
            body_end='<div style="display:none"><a href="/stop-judi-online/">Stop Judi Online</a> '
            '<a href="/wp-content/uploads/situs-judi-slot/">Situs Judi Slot</a></div>'
        )
    ),
}
