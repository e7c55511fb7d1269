"""Gambling spam in words the checker did not know, and a department's pages in the words it mistook for spam.

``SPAM``: a department's page (menu, news, its article, sidebar, footer) with judi online spam written into it, as a
hacked theme writes it: a hidden block (or the footer's text) of brands glued without a number beside their sign-up
words ("Login MAWARTOTO", "Daftar KOITOTO sekarang juga"), togel's markets under the name of its game ("TOTO HK",
"TOTO SGP"), its draws' sites ("Hongkong Pools"), the four digits' sites and dealers ("situs 4D", "bandar 4D"), and
links whose text is a word of gambling to a site of that name on a domain gambling sites take ("slot dana" to
slotdana.click, "gacor" to gacor.site, "aviator" to aviatorbet.site, "dewapoker" to dewapoker88.net). Each is found.

``PAGES_OF_THOSE_WORDS``: what a department writes in the same words: a stage in a public open space ("Panggung RTP
Live Music"), a literacy article naming the lures as a marketing trick, an education box on the home page (shown, in a
closed ``<details>``, for screen readers only, behind "Baca selengkapnya") that says the RTP is fabricated, a staff
member "Drs. Toto HK", an application "Login SIMBOLA", a songbird contest's site, a club of pilots. None is spam.
"""

from __future__ import annotations

from defaced_pages_s28 import article, story
from vendor_pages import Site, department_page

_HEADLINE = "Pelayanan Posyandu Lansia Serentak di 56 Kelurahan"
_ARTICLE = (
    "<p>Dinas Kesehatan Kota Bekasi menggelar posyandu lansia serentak di 56 kelurahan. Pemeriksaan tekanan darah,"
    " gula darah dan kolesterol diberikan gratis bagi warga berusia 60 tahun ke atas.</p><p>Kader posyandu dibantu"
    " petugas puskesmas mencatat hasil pemeriksaan pada Kartu Menuju Sehat lansia.</p>"
)
_VISIBLE = {("judi_online", "visible"): "tinggi"}
_HIDDEN = {("judi_online", "hidden"): "kritis"}


def _injected(spam: str = "", body_end: str = "") -> str:
    """Return the department's page of its article with ``spam`` after the article's paragraphs, ``body_end`` before
    the end of its body."""
    return department_page(Site(main_extra=article(_HEADLINE, _ARTICLE + spam), body_end=body_end))


def _hidden(spam: str) -> str:
    """Return the page with ``spam`` in a hidden block after its footer, as a hacked theme writes it."""
    return _injected(body_end=f'<div class="wp-partner-links" style="display:none">{spam}</div>')


def _links(*links: tuple[str, str]) -> str:
    return " ".join(f'<a href="{href}" rel="dofollow">{text}</a>' for href, text in links)


SPAM = {
    # Brands glued without a number, in capitals, beside their sign-up words.
    "login-and-daftar-glued-brands-hidden": (
        _hidden(
            _links(("https://mawartoto.com/login", "Login MAWARTOTO"), ("https://koitoto.com/daftar", "Daftar KOITOTO"))
        ),
        _HIDDEN,
    ),
    "daftar-glued-brand-sentence-hidden": (_hidden("Daftar MAWARTOTO sekarang juga"), _HIDDEN),
    "login-glued-brand-in-the-text": (_injected("<p>Login OLXTOTO dan KOITOTO Daftar di sini.</p>"), _VISIBLE),
    # Togel's markets, its draws' sites, the four digits' sites and dealers.
    "toto-markets-hidden": (_hidden(_links(("/", "TOTO HK"), ("/", "TOTO SGP"), ("/", "TOTO SDY"))), _HIDDEN),
    "hongkong-pools-hidden": (
        _hidden(_links(("https://hk.example.com/", "hongkong pools"), ("https://hk.example.com/2", "data sgp"))),
        _HIDDEN,
    ),
    "situs-and-bandar-4d-hidden": (
        _hidden(_links(("https://x4d.example.com/", "situs 4d"), ("https://x4d.example.com/b", "bandar 4d"))),
        _HIDDEN,
    ),
    # A word of gambling linked to a site of its name.
    "slot-dana-to-its-site": (_hidden(_links(("https://slotdana.click/", "slot dana"))), _HIDDEN),
    "gacor-to-its-site": (
        _hidden(_links(("https://gacor.site/", "gacor"), ("https://gacor.site/2", "gacor"))),
        _HIDDEN,
    ),
    "aviator-to-its-brands-site": (_hidden(_links(("https://aviatorbet.site/", "aviator"))), _HIDDEN),
    "glued-brand-to-its-numbered-site": (_hidden(_links(("https://www.dewapoker88.net/", "dewapoker"))), _HIDDEN),
}


_EDUCATION = (
    "Kenali modus judi online: situs slot gacor menjanjikan maxwin, padahal RTP live hanya rekayasa. Bandar togel"
    " online selalu untung."
)
_LITERACY = (
    "<p>Diskominfo Kota Bekasi menggelar literasi digital tentang bahaya judi online bagi pelajar dan orang tua.</p>"
    "<p>Istilah seperti RTP live, pola gacor dan jam gacor hanyalah trik pemasaran bandar judi.</p>"
    "<p>Masyarakat dapat melaporkan konten judi online melalui aduankonten.id.</p>"
)

PAGES_OF_THOSE_WORDS = {
    "rtp-live-music": story(
        "Panggung RTP Live Music Hadir Setiap Malam Minggu",
        "<p>Disparbud menggelar RTP Live Music di Ruang Terbuka Publik Kalimalang, menampilkan band lokal dan pelaku"
        " UMKM kuliner.</p><p>Pengunjung dapat menikmati pertunjukan gratis mulai pukul 19.00 WIB.</p>",
    ),
    "literacy-marketing-tricks": story("Waspada Judi Online, Diskominfo Gelar Literasi Digital", _LITERACY),
    "education-box-shown": department_page(
        Site(main_extra=f'<div class="edukasi-box"><h3>Edukasi</h3><p>{_EDUCATION}</p></div>')
    ),
    "education-box-in-details": department_page(
        Site(main_extra=f"<details><summary>Kenali modus judi online</summary><p>{_EDUCATION}</p></details>")
    ),
    "education-box-for-screen-readers": department_page(Site(main_extra=f'<span class="sr-only">{_EDUCATION}</span>')),
    "education-box-read-more": department_page(
        Site(
            main_extra=f'<div id="more" style="display:none"><p>{_EDUCATION}</p></div><a href="#" onclick="document.'
            "getElementById('more').style.display='block';return false\">Baca selengkapnya</a>"
        )
    ),
    "staff-member-toto-hk": story(
        "Rapat Koordinasi Kesehatan Lingkungan",
        "<p>Rapat dibuka oleh Kabid Kesehatan Masyarakat, Drs. Toto HK, M.Si., dan diikuti 31 kepala puskesmas.</p>"
        "<p>Sekretaris dinas, Toto SDY Purnama, S.H., menyampaikan laporan anggaran.</p>",
    ),
    "application-login-in-capitals": department_page(
        Site(
            main_extra='<section class="widget"><h3>Aplikasi</h3><ul><li><a href="https://simbola.bekasikota.go.id/">'
            'Login SIMBOLA</a></li><li><a href="https://sipantau.bekasikota.go.id/">Login SIPANTAU</a></li></ul>'
            "</section>"
        )
    ),
    "songbird-contest-and-pilots-club": story(
        "Kontes Kicau dan Pameran Dirgantara di Alun-Alun",
        '<p>Lomba <a href="https://gacor.club/">burung gacor</a> tingkat kota digelar bersama pameran komunitas'
        ' pilot <a href="https://aviatorbekasi.club/">Aviator Bekasi</a>. Pengunjung dapat mencoba kacamata aviator'
        " di stan komunitas.</p>",
    ),
}
