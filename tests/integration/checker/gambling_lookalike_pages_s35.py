"""A department's pages in the words of gambling's game names and markets, and spam beside them.

``PAGES_OF_THOSE_WORDS``: a school's English Day, where class 8B tells the story of Zeus, the god of thunder, on Mount
Olympus (in English: the lesson's words were Indonesian only), and a procurement's announcement of a toilet's repair
with "kloset duduk merk TOTO" beside the data centre's "slot memory" (the English spelling of memori). None is spam.

``SPAM``: the same school's page with a hacked theme's hidden block that sells "Gates of Olympus" and Zeus, whose
mythology words the block writes too ("sang dewa petir", "the god of thunder"), and a togel seller's "situs toto".
Each is found.
"""

from __future__ import annotations

from defaced_pages_s28 import article
from vendor_pages import Site, department_page

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
_HIDDEN = {("judi_online", "hidden"): "kritis"}


def _school(body_end: str = "") -> str:
    return department_page(Site(name="SMP Negeri 5 Kota Bekasi", main_extra=_ENGLISH_DAY, body_end=body_end))


PAGES_OF_THOSE_WORDS = {
    "an-english-lesson-of-zeus-on-olympus": _school(),
    "a-toilets-toto-and-a-servers-slot-memory": department_page(
        Site(name="Bagian Pengadaan Barang/Jasa Setda Kota Bekasi", main_extra=_PROCUREMENT)
    ),
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
}
