"""A department's news of judi online in more words, and the spam injected beside it.

``MENTIONS``: each a whole department page (menu, news, sidebar, footer) whose headlines or article name the gambling
trade in a sentence of prose: accounts of bandar judi frozen, links to situs judi taken down, a lurah's warning, a
Friday sermon's theme, a student film, a book on Batavia's gambling houses, an old domain that could become a situs
judi. None is an injection. ``SPAM_BESIDE``: the same trade's names injected into the same page as spam writes them
(hidden, in a link to a gambling site, with a seller's words, beside a term that sells), each still found.
"""

from __future__ import annotations

from defaced_pages_s28 import headlined, story
from vendor_pages import Site, department_page

MENTIONS = {
    "headline-sites-riding-on-schools": headlined(
        "Ribuan Situs Judi Menumpang di Domain Sekolah", "Vaksinasi HPV untuk Siswi SD di 42 Puskesmas"
    ),
    "headline-accounts-frozen": headlined(
        "Rekening Bandar Judi Milik Warga Dibekukan", "Pasar Murah Digelar di 12 Kecamatan"
    ),
    "headline-lurah-warns": headlined("Jelang Piala Dunia, Lurah Ingatkan Warga soal Judi Bola"),
    "links-taken-down": story(
        "Ribuan Konten Ditakedown Sepanjang November",
        "<p>Sebanyak 1.204 tautan situs judi yang menumpang di domain go.id berhasil di-takedown sepanjang November."
        "</p><p>Tim juga menemukan 32 akun media sosial yang mempromosikan poker online.</p>",
    ),
    "accounts-borrowed": story(
        "Ratusan Rekening Warga Dipinjam Namanya",
        "<p>Ratusan rekening atas nama warga Kota Bekasi dipinjam oleh bandar judi selama setahun terakhir. Warga"
        " diminta tidak meminjamkan KTP dan rekening kepada orang lain.</p>",
    ),
    "friday-sermon": story(
        "Materi Khutbah Jumat Pekan Ini",
        "<p>Bagian Kesra menyediakan materi khutbah Jumat pekan ini bertema menjaga keluarga dari judi bola dan situs"
        " judi yang marak di media sosial.</p><p>Materi dapat diunduh oleh para khatib masjid se-Kota Bekasi.</p>",
    ),
    "student-film": story(
        "Nobar Film Pendek Karya Pelajar",
        "<p>Dinas Pendidikan menggelar nonton bareng film pendek karya pelajar SMA. Film pemenang berjudul 'Ayah dan"
        " Situs Judi' mengisahkan keluarga yang kehilangan rumah.</p><p>Film pemenang akan diikutsertakan pada"
        " festival tingkat provinsi.</p>",
    ),
    "history-book": story(
        "Resensi Buku Bulan Ini",
        "<p>Buku sejarah ini mengisahkan kehidupan kota Batavia abad ke-19, ketika pacht (hak sewa) opium dan rumah"
        " judi dipegang para bandar judi Tionghoa yang ditunjuk pemerintah kolonial.</p><p>Tersedia di Perpustakaan"
        " Umum Daerah, nomor panggil 959.8 SUR b.</p>",
    ),
    "expired-domain": story(
        "Mengapa Situs Pemerintah Wajib Memakai Domain go.id",
        "<p>Domain lama yang expired berisiko dibeli pihak lain dan dijadikan situs judi. Perangkat daerah diminta"
        " memindahkan layanannya ke subdomain bekasikota.go.id.</p>",
    ),
}


def _beside(spam: str) -> str:
    """Return the page of the news of frozen accounts with ``spam`` written into its content."""
    news = "<p>Ratusan rekening atas nama warga Kota Bekasi dipinjam oleh bandar judi selama setahun terakhir.</p>"
    return department_page(Site(main_extra=news + spam))


SPAM_BESIDE = {
    "hidden-prose": (
        _beside('<div style="display:none">Bandar judi yang melayani warga Bekasi sejak lama dengan ramah.</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "hidden-lone-name": (
        _beside('<div style="display:none">situs judi</div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "link-to-a-gambling-site": (
        _beside(
            '<p><a href="https://pilihanku.com/">Cerita warga yang menemukan situs judi pilihannya di kota ini</a></p>'
        ),
        {("judi_online", "link"): "tinggi"},
    ),
    "sellers-words": (
        _beside("<p>Situs judi terbesar di Indonesia, daftar sekarang juga.</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
    "beside-a-selling-term": (
        _beside("<p>Warga Bekasi kini dapat mengakses bandar judi dan slot gacor dari rumah masing-masing.</p>"),
        {("judi_online", "visible"): "tinggi"},
    ),
}
