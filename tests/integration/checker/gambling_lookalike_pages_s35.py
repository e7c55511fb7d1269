"""A department's pages in the words of gambling's game names and markets, and spam beside them.

``PAGES_OF_THOSE_WORDS``: a school's English Day, where class 8B tells the story of Zeus, the god of thunder, on Mount
Olympus (in English: the lesson's words were Indonesian only), and a procurement's announcement of a toilet's repair
with "kloset duduk merk TOTO" beside the data centre's "slot memory" (the English spelling of memori), a Puskesmas's
news "Cara Daftar Slot Online Poli Gigi Lewat Aplikasi" on top of its list and as its article. None is spam.

``SPAM``: the same school's page with a hacked theme's hidden block that sells "Gates of Olympus" and Zeus, whose
mythology words the block writes too ("sang dewa petir", "the god of thunder"), and a togel seller's "situs toto".
A seller's "cara daftar slot online" hidden in the Puskesmas's page is found too.
"""

from __future__ import annotations

from defaced_pages_s28 import article
from vendor_pages import News, Site, days_ago, department_page, news_since, tanggal

_ENGLISH_DAY = article(
    "English Day: Students Present Greek Mythology Stories",
    "<p>Students of class 8B presented Greek myths in front of the class. They told the story of Zeus, the god of"
    " thunder and sky, who ruled the other gods from Mount Olympus.</p><p>Another group told how Prometheus stole fire"
    " from the gods. The teacher said that learning myths improves the students' vocabulary and confidence.</p>",
)
_PROCUREMENT = article(
    "Pengumuman Pemenang Pengadaan Sanitair dan Perangkat Server",
    "<p>Pokja Pemilihan mengumumkan pemenang paket rehabilitasi toilet gedung kantor. Paket meliputi kloset duduk merk"
    " TOTO, wastafel, dan keran. Selain itu dilakukan pengadaan slot memory server dan UPS untuk ruang data"
    " center.</p><p>Masa sanggah berlangsung tiga hari kalender sejak pengumuman ini.</p>",
)
_BOOKING = "Cara Daftar Slot Online Poli Gigi Lewat Aplikasi"
_BOOKING_ARTICLE = article(
    _BOOKING,
    "<p>Pasien kini dapat memesan layanan poli gigi tanpa antre sejak subuh. Buka aplikasi, pilih poli gigi, lalu pilih"
    " slot yang tersedia. Daftar slot online dibuka H-1 pukul 14.00.</p>",
)
_HIDDEN = {("judi_online", "hidden"): "kritis"}


def _puskesmas(body_end: str = "") -> str:
    fresh = News(tanggal(days_ago(0), with_weekday=True), _BOOKING, "cara-daftar-slot-online-poli-gigi")
    return department_page(
        Site(
            name="UPTD Puskesmas Rawalumbu",
            news=[fresh, *news_since([2, 5, 9, 14, 20])],
            main_extra=_BOOKING_ARTICLE,
            body_end=body_end,
        )
    )


def _school(body_end: str = "") -> str:
    return department_page(Site(name="SMP Negeri 5 Kota Bekasi", main_extra=_ENGLISH_DAY, body_end=body_end))


PAGES_OF_THOSE_WORDS = {
    "an-english-lesson-of-zeus-on-olympus": _school(),
    "a-toilets-toto-and-a-servers-slot-memory": department_page(
        Site(name="Bagian Pengadaan Barang/Jasa Setda Kota Bekasi", main_extra=_PROCUREMENT)
    ),
    "a-puskesmas-booking-its-clinics-slots-online": _puskesmas(),
}
SPAM = {
    "zeus-sold-with-its-mythology": (
        _school(
            '<div class="wp-partner-links" style="display:none">Gates of Olympus: Zeus, the god of thunder, pays'
            " x500. Kakek Zeus sang dewa petir, slot gacor hari ini</div>"
        ),
        _HIDDEN,
    ),
    "a-togel-sellers-toto-beside-a-toilets": (
        department_page(
            Site(
                name="Bagian Pengadaan Barang/Jasa Setda Kota Bekasi",
                main_extra=_PROCUREMENT,
                body_end='<div style="display:none">Situs toto togel terpercaya, bandar toto 4D resmi</div>',
            )
        ),
        _HIDDEN,
    ),
    "a-sellers-sign-up-in-a-puskesmas-page": (
        _puskesmas('<div style="display:none">Cara daftar slot online terpercaya, slot gacor hari ini</div>'),
        _HIDDEN,
    ),
}
